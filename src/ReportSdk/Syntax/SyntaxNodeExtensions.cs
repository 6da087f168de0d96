namespace ReportSdk.Syntax;

/// <summary>
/// Roslyn's generic tree-changing helpers. Each returns a new root; subtrees that do not contain a
/// changed node are reused as they are.
/// </summary>
public static class SyntaxNodeExtensions
{
    /// <summary>Replaces <paramref name="oldNode"/> (a descendant of <paramref name="root"/>) with <paramref name="newNode"/>.</summary>
    public static TRoot ReplaceNode<TRoot>(this TRoot root, SyntaxNode oldNode, SyntaxNode newNode)
        where TRoot : SyntaxNode => root.ReplaceNodes([oldNode], (_, _) => newNode);

    /// <summary>Replaces each of <paramref name="nodes"/> with what <paramref name="computeReplacement"/> returns for it (given the original and the node with its own descendants already rewritten).</summary>
    public static TRoot ReplaceNodes<TRoot, TNode>(this TRoot root, IEnumerable<TNode> nodes, Func<TNode, TNode, SyntaxNode> computeReplacement)
        where TRoot : SyntaxNode
        where TNode : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(computeReplacement);
        var targets = new HashSet<SyntaxNode>(nodes, ReferenceEqualityComparer.Instance);
        var rewriter = new Rewriter(node => targets.Contains(node), (original, rewritten) => computeReplacement((TNode)original, (TNode)rewritten));
        return (TRoot)rewriter.Visit(root)!;
    }

    /// <summary>Replaces the token <paramref name="oldToken"/> with <paramref name="newToken"/>.</summary>
    public static TRoot ReplaceToken<TRoot>(this TRoot root, SyntaxToken oldToken, SyntaxToken newToken)
        where TRoot : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(root);
        var rewriter = new Rewriter(_ => false, (_, rewritten) => rewritten) { TokenToReplace = oldToken, ReplacementToken = newToken };
        return (TRoot)rewriter.Visit(root)!;
    }

    /// <summary>Inserts <paramref name="newNodes"/> before <paramref name="nodeInList"/>, which must be an element of a list.</summary>
    public static TRoot InsertNodesBefore<TRoot>(this TRoot root, SyntaxNode nodeInList, IEnumerable<SyntaxNode> newNodes)
        where TRoot : SyntaxNode => Insert(root, nodeInList, newNodes, after: false);

    /// <summary>Inserts <paramref name="newNodes"/> after <paramref name="nodeInList"/>, which must be an element of a list.</summary>
    public static TRoot InsertNodesAfter<TRoot>(this TRoot root, SyntaxNode nodeInList, IEnumerable<SyntaxNode> newNodes)
        where TRoot : SyntaxNode => Insert(root, nodeInList, newNodes, after: true);

    /// <summary>Removes <paramref name="node"/>: an element of a list, or the value of an optional slot.</summary>
    /// <exception cref="InvalidOperationException">The node fills a required slot.</exception>
    public static TRoot RemoveNode<TRoot>(this TRoot root, SyntaxNode node)
        where TRoot : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(node);
        var rewriter = new Rewriter(n => ReferenceEquals(n, node), (_, _) => null);
        try
        {
            return (TRoot)rewriter.Visit(root)!;
        }
        catch (ArgumentNullException exception)
        {
            throw new InvalidOperationException($"A {node.Kind} in a required slot cannot be removed; replace it instead.", exception);
        }
    }

    /// <summary>Returns the node with the leading trivia of its first token replaced.</summary>
    public static TNode WithLeadingTrivia<TNode>(this TNode node, IEnumerable<SyntaxTrivia> trivia)
        where TNode : SyntaxNode
    {
        var first = node.GetFirstToken();
        return first.Kind == SyntaxKind.None ? node : node.ReplaceToken(first, first.WithLeadingTrivia(trivia));
    }

    /// <summary>Returns the node with the trailing trivia of its last token replaced.</summary>
    public static TNode WithTrailingTrivia<TNode>(this TNode node, IEnumerable<SyntaxTrivia> trivia)
        where TNode : SyntaxNode
    {
        var last = node.GetLastToken();
        return last.Kind == SyntaxKind.None ? node : node.ReplaceToken(last, last.WithTrailingTrivia(trivia));
    }

    /// <summary>
    /// For trees built with <see cref="SyntaxFactory"/>: ends every line-level construct (title,
    /// meeting and speaker lines, salutation, headings, paragraphs, definitions, TOC entries) with a
    /// line break, so the tree prints as a well-formed report that parses back to the same structure.
    /// Existing trivia is kept; only missing line breaks are added.
    /// </summary>
    public static TNode NormalizeWhitespace<TNode>(this TNode node)
        where TNode : SyntaxNode => (TNode)new LineBreakNormalizer().Visit(node)!;

    private static TRoot Insert<TRoot>(TRoot root, SyntaxNode nodeInList, IEnumerable<SyntaxNode> newNodes, bool after)
        where TRoot : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(nodeInList);
        var inserted = newNodes.ToList();
        if (nodeInList.RawParent is not SyntaxListNode)
        {
            throw new InvalidOperationException($"The {nodeInList.Kind} is not an element of a list.");
        }

        var rewriter = new Rewriter(_ => false, (_, rewritten) => rewritten) { ListAnchor = nodeInList, Inserted = inserted, InsertAfter = after };
        return (TRoot)rewriter.Visit(root)!;
    }

    private sealed class Rewriter(Func<SyntaxNode, bool> isTarget, Func<SyntaxNode, SyntaxNode, SyntaxNode?> replace) : SyntaxRewriter
    {
        public SyntaxToken? TokenToReplace { get; init; }

        public SyntaxToken ReplacementToken { get; init; }

        public SyntaxNode? ListAnchor { get; init; }

        public List<SyntaxNode>? Inserted { get; init; }

        public bool InsertAfter { get; init; }

        public override SyntaxNode? Visit(SyntaxNode? node)
        {
            if (node is null)
            {
                return null;
            }

            var rewritten = base.Visit(node);
            return isTarget(node) ? replace(node, rewritten!) : rewritten;
        }

        public override SyntaxToken VisitToken(SyntaxToken token) =>
            TokenToReplace is { } old && token == old ? ReplacementToken : token;

        public override SyntaxList<TNode> VisitList<TNode>(SyntaxList<TNode> list)
        {
            var visited = base.VisitList(list);
            if (ListAnchor is null || Inserted is null)
            {
                return visited;
            }

            int index = list.IndexOf(ListAnchor as TNode ?? null!);
            if (index < 0)
            {
                return visited;
            }

            var items = visited.ToList();
            var typed = Inserted.Select(n => n as TNode ?? throw new ArgumentException($"A {n.Kind} cannot stand in a list of {typeof(TNode).Name}.")).ToList();
            items.InsertRange(after(index), typed);
            return new SyntaxList<TNode>(items);

            int after(int i) => InsertAfter ? i + 1 : i;
        }
    }
}
