using ReportSdk.Syntax.InternalSyntax;

namespace ReportSdk.Syntax;

/// <summary>
/// The red node behind a <see cref="SyntaxList{TNode}"/>. It is invisible in navigation
/// (<see cref="SyntaxNode.Parent"/> skips it) and caches its children and their offsets,
/// so enumerating a list of a million items is linear.
/// </summary>
internal sealed class SyntaxListNode : SyntaxNode
{
    private readonly SyntaxNode?[] _children;
    private int[]? _offsets;

    internal SyntaxListNode(GreenList green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
        _children = new SyntaxNode?[green.SlotCount];
    }

    internal override SyntaxNode? GetNodeSlot(int index)
    {
        var child = _children[index];
        if (child is null)
        {
            var green = Green.GetSlot(index)!;
            Interlocked.CompareExchange(ref _children[index], green.CreateRed(this, GetChildPosition(index)), null);
            child = _children[index];
        }

        return child;
    }

    internal override int GetChildPosition(int index)
    {
        var offsets = _offsets;
        if (offsets is null)
        {
            offsets = new int[SlotCount];
            int offset = 0;
            for (int i = 0; i < offsets.Length; i++)
            {
                offsets[i] = offset;
                offset += Green.GetSlot(i)!.FullWidth;
            }

            _offsets = offsets;
        }

        return Position + offsets[index];
    }

    public override void Accept(SyntaxVisitor visitor)
    {
    }

    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => default!;
}
