namespace ReportSdk.Syntax.InternalSyntax;

/// <summary>
/// A list of green children: nodes of a <see cref="SyntaxList{TNode}"/>, or trivia of a token.
/// </summary>
internal sealed class GreenList : GreenNode
{
    private readonly GreenNode[] _children;

    public GreenList(GreenNode[] children)
        : base(SyntaxKind.List)
    {
        _children = children;
        foreach (var child in children)
        {
            AdjustWidth(child);
        }
    }

    public static readonly GreenList Empty = new([]);

    public override bool IsList => true;

    public override int SlotCount => _children.Length;

    public override GreenNode? GetSlot(int index) => _children[index];

    public ReadOnlySpan<GreenNode> Children => _children;

    /// <summary>Makes a list of the children, or null when there are none.</summary>
    public static GreenNode? Create(IReadOnlyList<GreenNode>? children)
    {
        if (children is null || children.Count == 0)
        {
            return null;
        }

        var array = new GreenNode[children.Count];
        for (int i = 0; i < array.Length; i++)
        {
            array[i] = children[i];
        }

        return new GreenList(array);
    }

    protected override GreenNode CloneWithoutAnnotations() => new GreenList(_children);

    public override SyntaxNode CreateRed(SyntaxNode? parent, int position) => new SyntaxListNode(this, parent, position);
}
