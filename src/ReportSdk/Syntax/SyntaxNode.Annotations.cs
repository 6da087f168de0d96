namespace ReportSdk.Syntax;

public abstract partial class SyntaxNode
{
    /// <summary>Whether this node carries any annotation itself.</summary>
    public bool HasAnnotations() => Green.HasAnnotationsDirectly;

    /// <summary>Whether this node or anything under it (a node or a token) carries an annotation; cheap, kept on the green node.</summary>
    public bool ContainsAnnotations => Green.ContainsAnnotations;

    /// <summary>Whether this node carries <paramref name="annotation"/>.</summary>
    /// <param name="annotation">The annotation, or null (false).</param>
    /// <returns>True when the node has it.</returns>
    public bool HasAnnotation(SyntaxAnnotation? annotation) => annotation is not null && Green.HasAnnotationsDirectly && Array.IndexOf(Green.GetAnnotations(), annotation) >= 0;

    /// <summary>Whether this node carries an annotation of <paramref name="annotationKind"/>.</summary>
    /// <param name="annotationKind">The <see cref="SyntaxAnnotation.Kind"/> to look for.</param>
    /// <returns>True when it has one.</returns>
    public bool HasAnnotations(string annotationKind) => GetAnnotations(annotationKind).Any();

    /// <summary>The annotations this node carries itself.</summary>
    /// <returns>The annotations, in the order they were added.</returns>
    public IEnumerable<SyntaxAnnotation> GetAnnotations() => Green.GetAnnotations();

    /// <summary>The annotations of <paramref name="annotationKind"/> this node carries itself.</summary>
    /// <param name="annotationKind">The <see cref="SyntaxAnnotation.Kind"/> to look for.</param>
    /// <returns>The matching annotations.</returns>
    public IEnumerable<SyntaxAnnotation> GetAnnotations(string annotationKind) =>
        Green.GetAnnotations().Where(a => string.Equals(a.Kind, annotationKind, StringComparison.Ordinal));

    /// <summary>
    /// This node (when annotated) and the descendant nodes and tokens that carry <paramref name="annotation"/>, in
    /// document order. Subtrees without annotations are skipped without being walked.
    /// </summary>
    /// <param name="annotation">The annotation.</param>
    /// <returns>The annotated nodes and tokens.</returns>
    public IEnumerable<SyntaxNodeOrToken> GetAnnotatedNodesAndTokens(SyntaxAnnotation annotation)
    {
        ArgumentNullException.ThrowIfNull(annotation);
        return AnnotatedNodesAndTokens(a => a == annotation);
    }

    /// <summary>This node and the descendant nodes that carry <paramref name="annotation"/>, in document order.</summary>
    /// <param name="annotation">The annotation.</param>
    /// <returns>The annotated nodes.</returns>
    public IEnumerable<SyntaxNode> GetAnnotatedNodes(SyntaxAnnotation annotation) =>
        GetAnnotatedNodesAndTokens(annotation).Where(n => n.IsNode).Select(n => n.AsNode()!);

    /// <summary>This node and the descendant nodes that carry an annotation of <paramref name="annotationKind"/>, in document order.</summary>
    /// <param name="annotationKind">The <see cref="SyntaxAnnotation.Kind"/> to look for.</param>
    /// <returns>The annotated nodes.</returns>
    public IEnumerable<SyntaxNode> GetAnnotatedNodes(string annotationKind)
    {
        ArgumentNullException.ThrowIfNull(annotationKind);
        return AnnotatedNodesAndTokens(a => string.Equals(a.Kind, annotationKind, StringComparison.Ordinal))
            .Where(n => n.IsNode).Select(n => n.AsNode()!);
    }

    /// <summary>The descendant tokens that carry <paramref name="annotation"/>, in document order.</summary>
    /// <param name="annotation">The annotation.</param>
    /// <returns>The annotated tokens.</returns>
    public IEnumerable<SyntaxToken> GetAnnotatedTokens(SyntaxAnnotation annotation) =>
        GetAnnotatedNodesAndTokens(annotation).Where(n => n.IsToken).Select(n => n.AsToken());

    /// <summary>
    /// <paramref name="updated"/>, a node just made to replace this one, with this node's annotations, as Roslyn's
    /// generated <c>Update</c> methods carry them; the generated <c>Update</c> methods call this.
    /// </summary>
    private protected TNode CarryAnnotations<TNode>(TNode updated)
        where TNode : SyntaxNode =>
        Green.HasAnnotationsDirectly ? (TNode)Green.CarryAnnotationsTo(updated.Green).CreateRed(null, 0) : updated;

    /// <summary>The annotated nodes and tokens, entering only subtrees whose green node carries annotations.</summary>
    private IEnumerable<SyntaxNodeOrToken> AnnotatedNodesAndTokens(Func<SyntaxAnnotation, bool> match)
    {
        if (!Green.ContainsAnnotations)
        {
            return [];
        }

        return DescendantNodesAndTokens(static node => node.Green.ContainsAnnotations, includeSelf: true).Where(item =>
        {
            var green = item.IsNode ? item.AsNode()!.Green : (Syntax.InternalSyntax.GreenNode?)item.AsToken().Green;
            return green is not null && green.ContainsAnnotations && green.GetAnnotations().Any(match);
        });
    }
}
