namespace ReportSdk.Syntax;

/// <summary>
/// Rebuilds a tree bottom-up. Override a <c>Visit*</c> method to replace a node; subtrees where
/// nothing changed come back as the same instances.
/// </summary>
public abstract partial class SyntaxRewriter : SyntaxVisitor<SyntaxNode?>
{
    /// <summary>Visits a node; guards the stack on hostile, very deep trees.</summary>
    public override SyntaxNode? Visit(SyntaxNode? node)
    {
        if (node is null)
        {
            return null;
        }

        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        return node.Accept(this);
    }

    /// <summary>Rewrites a token. Returns it unchanged by default.</summary>
    public virtual SyntaxToken VisitToken(SyntaxToken token) => token;

    /// <summary>Rewrites each element of a list; returns the same list when nothing changed. Elements rewritten to null are removed.</summary>
    public virtual SyntaxList<TNode> VisitList<TNode>(SyntaxList<TNode> list)
        where TNode : SyntaxNode
    {
        List<TNode>? changed = null;
        for (int i = 0; i < list.Count; i++)
        {
            var item = list[i];
            var visited = Visit(item);
            if (changed is null && !ReferenceEquals(visited, item))
            {
                changed = new List<TNode>(list.Count);
                for (int j = 0; j < i; j++)
                {
                    changed.Add(list[j]);
                }
            }

            if (changed is not null && visited is not null)
            {
                changed.Add((TNode)visited);
            }
        }

        return changed is null ? list : new SyntaxList<TNode>(changed);
    }
}
