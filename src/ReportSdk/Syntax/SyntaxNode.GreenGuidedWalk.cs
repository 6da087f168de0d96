using ReportSdk.Syntax.InternalSyntax;

namespace ReportSdk.Syntax;

public abstract partial class SyntaxNode
{
    /// <summary>
    /// The descendant nodes whose green node <paramref name="isWanted"/> accepts, in document order, with red nodes
    /// created only on the way to them: each child is judged by its green node first, and one that is neither wanted nor
    /// able to hold a wanted node (<paramref name="mayHoldWanted"/>) is neither created nor entered. A wanted node is
    /// entered only when it may hold more. A list child is entered when <paramref name="mayHoldWanted"/> accepts the list.
    /// </summary>
    /// <remarks>
    /// <see cref="DescendantNodes(bool)"/> creates the red node of every descendant; a search for a few kinds of nodes
    /// (the footnote binder's references and definitions among a report's text runs) need not. No recursion: an explicit
    /// stack of cursors, as <see cref="DescendantNodesAndTokens(Func{SyntaxNode, bool}?, bool)"/> keeps.
    /// </remarks>
    internal IEnumerable<SyntaxNode> DescendantNodesGuidedByGreen(Func<GreenNode, bool> isWanted, Func<GreenNode, bool> mayHoldWanted)
    {
        var stack = new (SyntaxNode Node, int Next)[InitialWalkDepth];
        int depth = 0;
        stack[0] = (this, 0);
        while (depth >= 0)
        {
            var (node, next) = stack[depth];
            if (next >= node.SlotCount)
            {
                stack[depth--] = default;
                continue;
            }

            stack[depth].Next = next + 1;
            var green = node.Green.GetSlot(next);
            if (green is null || green.IsToken)
            {
                continue;
            }

            bool wanted = !green.IsList && isWanted(green);
            if (!wanted && !mayHoldWanted(green))
            {
                continue;
            }

            var child = node.GetNodeSlot(next)!;
            if (wanted)
            {
                yield return child;
            }

            if (green.IsList || mayHoldWanted(green))
            {
                if (++depth == stack.Length)
                {
                    Array.Resize(ref stack, stack.Length * 2);
                }

                stack[depth] = (child, 0);
            }
        }
    }
}
