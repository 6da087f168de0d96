namespace ReportSdk.Syntax;

/// <summary>
/// Walks a whole subtree in document order, calling <c>Visit*</c> for each node and, by depth,
/// <see cref="VisitToken"/> and <see cref="VisitTrivia"/>. Override a <c>Visit*</c> method and call
/// <c>base</c> to keep walking below that node.
/// </summary>
public abstract class SyntaxWalker : SyntaxVisitor
{
    /// <summary>Creates a walker.</summary>
    protected SyntaxWalker(SyntaxWalkerDepth depth = SyntaxWalkerDepth.Node)
    {
        Depth = depth;
    }

    /// <summary>How deep the walk goes.</summary>
    protected SyntaxWalkerDepth Depth { get; }

    /// <summary>Visits a node; guards the stack on hostile, very deep trees.</summary>
    public override void Visit(SyntaxNode? node)
    {
        if (node is null)
        {
            return;
        }

        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        node.Accept(this);
    }

    /// <summary>Visits the children of <paramref name="node"/>.</summary>
    public override void DefaultVisit(SyntaxNode node)
    {
        foreach (var child in node.ChildNodesAndTokens())
        {
            if (child.AsNode() is { } childNode)
            {
                Visit(childNode);
            }
            else if (Depth >= SyntaxWalkerDepth.Token)
            {
                VisitToken(child.AsToken());
            }
        }
    }

    /// <summary>Visits a token and, at trivia depth, its trivia.</summary>
    public virtual void VisitToken(SyntaxToken token)
    {
        if (Depth < SyntaxWalkerDepth.Trivia)
        {
            return;
        }

        foreach (var trivia in token.LeadingTrivia)
        {
            VisitTrivia(trivia);
        }

        foreach (var trivia in token.TrailingTrivia)
        {
            VisitTrivia(trivia);
        }
    }

    /// <summary>Visits one trivia. Does nothing by default.</summary>
    public virtual void VisitTrivia(SyntaxTrivia trivia)
    {
    }
}
