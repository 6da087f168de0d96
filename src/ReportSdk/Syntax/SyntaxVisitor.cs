namespace ReportSdk.Syntax;

/// <summary>
/// Visits nodes by type without returning a result. Override the <c>Visit*</c> methods for the
/// node types you care about; the rest go to <see cref="DefaultVisit"/>.
/// </summary>
public abstract partial class SyntaxVisitor
{
    /// <summary>Dispatches to the method for the node's type.</summary>
    public virtual void Visit(SyntaxNode? node) => node?.Accept(this);

    /// <summary>Called for node types whose method is not overridden. Does nothing by default.</summary>
    public virtual void DefaultVisit(SyntaxNode node)
    {
    }
}

/// <summary>Visits nodes by type and returns a result.</summary>
/// <typeparam name="TResult">The result type.</typeparam>
public abstract partial class SyntaxVisitor<TResult>
{
    /// <summary>Dispatches to the method for the node's type.</summary>
    public virtual TResult Visit(SyntaxNode? node) => node is null ? default! : node.Accept(this);

    /// <summary>Called for node types whose method is not overridden. Returns default by default.</summary>
    public virtual TResult DefaultVisit(SyntaxNode node) => default!;
}
