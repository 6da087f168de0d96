using System.Runtime.CompilerServices;

namespace ReportSdk.Syntax;

public static partial class SyntaxNodeExtensions
{
    /// <summary>The <see cref="SyntaxAnnotation.Kind"/> of the annotations <see cref="TrackNodes{TRoot}(TRoot, IEnumerable{SyntaxNode})"/> adds.</summary>
    private const string TrackingKind = "ReportSdk.Tracking";

    /// <summary>The tracking annotation given to each original node, so the node of the old tree finds its new self.</summary>
    private static readonly ConditionalWeakTable<SyntaxNode, SyntaxAnnotation> TrackingIds = new();

    /// <summary>
    /// A node like <paramref name="node"/> (with no parent; put it in place with
    /// <see cref="ReplaceNode{TRoot}"/>) that also carries <paramref name="annotations"/>. The annotations live on the
    /// green node, so they survive <c>With*</c>, <see cref="SyntaxRewriter"/> and the <c>Replace*</c> helpers, and
    /// <see cref="SyntaxNode.GetAnnotatedNodes(SyntaxAnnotation)"/> finds the node in any tree built from it.
    /// </summary>
    /// <param name="node">The node to annotate.</param>
    /// <param name="annotations">The annotations to add.</param>
    /// <returns>The annotated node.</returns>
    public static TNode WithAdditionalAnnotations<TNode>(this TNode node, params SyntaxAnnotation[] annotations)
        where TNode : SyntaxNode => node.WithAdditionalAnnotations((IEnumerable<SyntaxAnnotation>)annotations);

    /// <summary>A node like <paramref name="node"/> that also carries <paramref name="annotations"/>.</summary>
    /// <param name="node">The node to annotate.</param>
    /// <param name="annotations">The annotations to add.</param>
    /// <returns>The annotated node, with no parent.</returns>
    public static TNode WithAdditionalAnnotations<TNode>(this TNode node, IEnumerable<SyntaxAnnotation> annotations)
        where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(annotations);
        return (TNode)node.Green.WithAnnotations(node.Green.GetAnnotations().Concat(annotations)).CreateRed(null, 0);
    }

    /// <summary>A node like <paramref name="node"/> without <paramref name="annotations"/> (its descendants keep theirs).</summary>
    /// <param name="node">The node.</param>
    /// <param name="annotations">The annotations to remove.</param>
    /// <returns>The node, with no parent.</returns>
    public static TNode WithoutAnnotations<TNode>(this TNode node, params SyntaxAnnotation[] annotations)
        where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(annotations);
        return (TNode)node.Green.WithAnnotations(node.Green.GetAnnotations().Except(annotations)).CreateRed(null, 0);
    }

    /// <summary>A node like <paramref name="node"/> without its annotations of <paramref name="annotationKind"/>.</summary>
    /// <param name="node">The node.</param>
    /// <param name="annotationKind">The <see cref="SyntaxAnnotation.Kind"/> to remove.</param>
    /// <returns>The node, with no parent.</returns>
    public static TNode WithoutAnnotations<TNode>(this TNode node, string annotationKind)
        where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.WithoutAnnotations([.. node.GetAnnotations(annotationKind)]);
    }

    /// <summary>
    /// Marks <paramref name="nodes"/> (descendants of <paramref name="root"/>, or the root) so that after any number of
    /// rewrites of the returned root, <see cref="GetCurrentNode{TNode}"/> finds what became of each, given the node of
    /// the original tree; as Roslyn's <c>TrackNodes</c>.
    /// </summary>
    /// <param name="root">The root.</param>
    /// <param name="nodes">The nodes to track.</param>
    /// <returns>A root equal in text to <paramref name="root"/> whose tracked nodes carry tracking annotations.</returns>
    /// <exception cref="ArgumentException">A node is not in <paramref name="root"/>.</exception>
    public static TRoot TrackNodes<TRoot>(this TRoot root, IEnumerable<SyntaxNode> nodes)
        where TRoot : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(nodes);
        var list = nodes.ToList();
        foreach (var node in list)
        {
            if (!node.AncestorsAndSelf().Any(a => ReferenceEquals(a, root)))
            {
                throw new ArgumentException($"The {node.Kind} at {node.Span} is not part of the root being tracked.", nameof(nodes));
            }
        }

        var rootId = list.FirstOrDefault(n => ReferenceEquals(n, root)) is null ? null : GetOrCreateTrackingId(root);
        var result = root.ReplaceNodes(list.Where(n => !ReferenceEquals(n, root)), (original, rewritten) =>
        {
            var id = GetOrCreateTrackingId(original);
            return rewritten.HasAnnotation(id) ? rewritten : rewritten.WithAdditionalAnnotations(id);
        });

        return rootId is null || result.HasAnnotation(rootId) ? result : result.WithAdditionalAnnotations(rootId);
    }

    /// <summary>Marks <paramref name="nodes"/> for <see cref="GetCurrentNode{TNode}"/>; see <see cref="TrackNodes{TRoot}(TRoot, IEnumerable{SyntaxNode})"/>.</summary>
    /// <param name="root">The root.</param>
    /// <param name="nodes">The nodes to track.</param>
    /// <returns>The root with the nodes marked.</returns>
    public static TRoot TrackNodes<TRoot>(this TRoot root, params SyntaxNode[] nodes)
        where TRoot : SyntaxNode => root.TrackNodes((IEnumerable<SyntaxNode>)nodes);

    /// <summary>
    /// What <paramref name="node"/> (a node passed to <see cref="TrackNodes{TRoot}(TRoot, IEnumerable{SyntaxNode})"/>, or
    /// a node of the tracked root) has become in <paramref name="root"/>, a root rewritten from the tracked one; null when
    /// it was removed or never tracked.
    /// </summary>
    /// <param name="root">The current root.</param>
    /// <param name="node">The tracked node, from the original tree.</param>
    /// <returns>The current node, or null.</returns>
    /// <exception cref="InvalidOperationException">The node has become several nodes (a rewrite copied it).</exception>
    public static TNode? GetCurrentNode<TNode>(this SyntaxNode root, TNode node)
        where TNode : SyntaxNode
    {
        TNode? found = null;
        foreach (var current in root.GetCurrentNodes(node))
        {
            if (found is not null)
            {
                throw new InvalidOperationException($"The tracked {node.Kind} has several current nodes; use GetCurrentNodes.");
            }

            found = current;
        }

        return found;
    }

    /// <summary>Every node in <paramref name="root"/> that <paramref name="node"/> has become (none when it was removed or never tracked).</summary>
    /// <param name="root">The current root.</param>
    /// <param name="node">The tracked node, from the original tree.</param>
    /// <returns>The current nodes, in document order.</returns>
    public static IEnumerable<TNode> GetCurrentNodes<TNode>(this SyntaxNode root, TNode node)
        where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(node);
        var id = TrackingIds.TryGetValue(node, out var known) ? known : node.GetAnnotations(TrackingKind).FirstOrDefault();
        return id is null ? [] : root.GetAnnotatedNodes(id).OfType<TNode>();
    }

    private static SyntaxAnnotation GetOrCreateTrackingId(SyntaxNode node) =>
        node.GetAnnotations(TrackingKind).FirstOrDefault() ?? TrackingIds.GetValue(node, _ => new SyntaxAnnotation(TrackingKind));
}
