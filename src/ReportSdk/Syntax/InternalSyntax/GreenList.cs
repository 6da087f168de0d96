namespace ReportSdk.Syntax.InternalSyntax;

/// <summary>
/// A list of green children: nodes of a <see cref="SyntaxList{TNode}"/>, or trivia of a token. As in Roslyn, a list of
/// one or two children keeps them in fields (most paragraphs hold one run of text, most items one paragraph, most
/// paragraphs' leading trivia a blank line and an indentation), so such a list costs one object, not a node and an array.
/// </summary>
internal abstract class GreenList : GreenNode
{
    private protected GreenList()
        : base(SyntaxKind.List)
    {
    }

    public static readonly GreenList Empty = new WithManyChildren([]);

    public override bool IsList => true;

    /// <summary>A list of exactly <paramref name="children"/> (the array is kept, not copied).</summary>
    public static GreenList From(GreenNode[] children) => children.Length switch
    {
        1 => new WithOneChild(children[0]),
        2 => new WithTwoChildren(children[0], children[1]),
        _ => new WithManyChildren(children),
    };

    /// <summary>Makes a list of the children, or null when there are none.</summary>
    public static GreenNode? Create(ReadOnlySpan<GreenNode> children)
    {
        switch (children.Length)
        {
            case 0:
                return null;
            case 1:
                return new WithOneChild(children[0]);
            case 2:
                return new WithTwoChildren(children[0], children[1]);
            default:
                // One block copy: an element-by-element store into a GreenNode[] checks each child's type.
                var array = new GreenNode[children.Length];
                children.CopyTo(array);
                return new WithManyChildren(array);
        }
    }

    /// <summary>A list of the children of <paramref name="children"/> (see <see cref="Create(ReadOnlySpan{GreenNode})"/>).</summary>
    public static GreenNode? Create(List<GreenNode>? children) => Create(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(children));

    public override SyntaxNode CreateRed(SyntaxNode? parent, int position) => new SyntaxListNode(this, parent, position);

    private sealed class WithOneChild : GreenList
    {
        private readonly GreenNode _child;

        public WithOneChild(GreenNode child)
        {
            _child = child;
            AdjustWidth(child);
        }

        public override int SlotCount => 1;

        public override GreenNode? GetSlot(int index) => index == 0 ? _child : throw new ArgumentOutOfRangeException(nameof(index));

        protected override GreenNode CloneWithoutAnnotations() => new WithOneChild(_child);
    }

    private sealed class WithTwoChildren : GreenList
    {
        private readonly GreenNode _first;
        private readonly GreenNode _second;

        public WithTwoChildren(GreenNode first, GreenNode second)
        {
            _first = first;
            _second = second;
            AdjustWidth(first);
            AdjustWidth(second);
        }

        public override int SlotCount => 2;

        public override GreenNode? GetSlot(int index) => index switch
        {
            0 => _first,
            1 => _second,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };

        protected override GreenNode CloneWithoutAnnotations() => new WithTwoChildren(_first, _second);
    }

    private sealed class WithManyChildren : GreenList
    {
        private readonly GreenNode[] _children;

        public WithManyChildren(GreenNode[] children)
        {
            _children = children;
            foreach (var child in children)
            {
                AdjustWidth(child);
            }
        }

        public override int SlotCount => _children.Length;

        public override GreenNode? GetSlot(int index) => _children[index];

        protected override GreenNode CloneWithoutAnnotations() => new WithManyChildren(_children);
    }
}
