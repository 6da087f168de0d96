namespace ReportSdk.Syntax;

/// <summary>
/// Roslyn's generic tree-changing helpers. Each returns a new root; subtrees that do not contain a
/// changed node are reused as they are.
/// </summary>
public static partial class SyntaxNodeExtensions
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
    /// <exception cref="ArgumentException"><paramref name="newToken"/> is not of the kind its slot takes.</exception>
    public static TRoot ReplaceToken<TRoot>(this TRoot root, SyntaxToken oldToken, SyntaxToken newToken)
        where TRoot : SyntaxNode => root.ReplaceTokens([oldToken], (_, _) => newToken);

    /// <summary>
    /// Replaces each of <paramref name="tokens"/> (tokens of <paramref name="root"/>) with what
    /// <paramref name="computeReplacement"/> returns for it, given the original and the token with its trivia already
    /// rewritten; as Roslyn's <c>ReplaceTokens</c>. Subtrees without a replaced token are reused.
    /// </summary>
    /// <param name="root">The root to rewrite.</param>
    /// <param name="tokens">The tokens to replace.</param>
    /// <param name="computeReplacement">The replacement for a token.</param>
    /// <returns>The new root.</returns>
    /// <exception cref="ArgumentException">A replacement is not of the kind its slot takes.</exception>
    public static TRoot ReplaceTokens<TRoot>(this TRoot root, IEnumerable<SyntaxToken> tokens, Func<SyntaxToken, SyntaxToken, SyntaxToken> computeReplacement)
        where TRoot : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(computeReplacement);
        var rewriter = new Rewriter(_ => false, (_, rewritten) => rewritten) { Tokens = [.. tokens], TokenReplacement = computeReplacement };
        return (TRoot)rewriter.Visit(root)!;
    }

    /// <summary>
    /// Replaces <paramref name="oldTrivia"/> (trivia of a token of <paramref name="root"/>) with
    /// <paramref name="newTrivia"/>; a default <paramref name="newTrivia"/> removes it.
    /// </summary>
    /// <param name="root">The root to rewrite.</param>
    /// <param name="oldTrivia">The trivia to replace.</param>
    /// <param name="newTrivia">Its replacement, or default to remove it.</param>
    /// <returns>The new root.</returns>
    public static TRoot ReplaceTrivia<TRoot>(this TRoot root, SyntaxTrivia oldTrivia, SyntaxTrivia newTrivia)
        where TRoot : SyntaxNode => root.ReplaceTrivia([oldTrivia], (_, _) => newTrivia);

    /// <summary>
    /// Replaces each of <paramref name="trivia"/> (trivia of tokens of <paramref name="root"/>) with what
    /// <paramref name="computeReplacement"/> returns for it (given the original twice, as Roslyn does for trivia, which
    /// has nothing inside to rewrite first); a default result removes the trivia. Only the tokens that hold such trivia
    /// and their ancestors are rebuilt.
    /// </summary>
    /// <param name="root">The root to rewrite.</param>
    /// <param name="trivia">The trivia to replace.</param>
    /// <param name="computeReplacement">The replacement for a piece of trivia, or default to remove it.</param>
    /// <returns>The new root.</returns>
    public static TRoot ReplaceTrivia<TRoot>(this TRoot root, IEnumerable<SyntaxTrivia> trivia, Func<SyntaxTrivia, SyntaxTrivia, SyntaxTrivia> computeReplacement)
        where TRoot : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(trivia);
        ArgumentNullException.ThrowIfNull(computeReplacement);
        var rewriter = new Rewriter(_ => false, (_, rewritten) => rewritten) { Trivia = [.. trivia], TriviaReplacement = computeReplacement };
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
        ArgumentNullException.ThrowIfNull(node);
        return root.RemoveNodes([node]);
    }

    /// <summary>
    /// Removes each of <paramref name="nodes"/> (descendants of <paramref name="root"/>): elements of lists, or the
    /// values of optional slots, with all their trivia (a removed line takes its line break with it). A node inside
    /// another removed node goes with it.
    /// </summary>
    /// <param name="root">The root to rewrite.</param>
    /// <param name="nodes">The nodes to remove.</param>
    /// <returns>The new root.</returns>
    /// <exception cref="InvalidOperationException">A node fills a required slot.</exception>
    public static TRoot RemoveNodes<TRoot>(this TRoot root, IEnumerable<SyntaxNode> nodes)
        where TRoot : SyntaxNode
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(nodes);
        var targets = new HashSet<SyntaxNode>(nodes, ReferenceEqualityComparer.Instance);
        if (targets.Contains(root))
        {
            throw new InvalidOperationException("The root itself cannot be removed.");
        }

        var rewriter = new Rewriter(targets.Contains, (_, _) => null);
        try
        {
            return (TRoot)rewriter.Visit(root)!;
        }
        catch (ArgumentNullException exception)
        {
            throw new InvalidOperationException($"A node in a required slot ({exception.ParamName}) cannot be removed; replace it instead.", exception);
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
        public HashSet<SyntaxToken>? Tokens { get; init; }

        public Func<SyntaxToken, SyntaxToken, SyntaxToken>? TokenReplacement { get; init; }

        public HashSet<SyntaxTrivia>? Trivia { get; init; }

        public Func<SyntaxTrivia, SyntaxTrivia, SyntaxTrivia>? TriviaReplacement { get; init; }

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

        public override SyntaxToken VisitToken(SyntaxToken token)
        {
            var rewritten = Trivia is { Count: > 0 } ? RewriteTrivia(token) : token;
            return Tokens is not null && Tokens.Contains(token) ? TokenReplacement!(token, rewritten) : rewritten;
        }

        private SyntaxToken RewriteTrivia(SyntaxToken token)
        {
            var result = token;
            if (Replace(token.LeadingTrivia) is { } leading)
            {
                result = result.WithLeadingTrivia(leading);
            }

            if (Replace(token.TrailingTrivia) is { } trailing)
            {
                result = result.WithTrailingTrivia(trailing);
            }

            return result;
        }

        /// <summary>The list with its targeted trivia replaced (default ones dropped), or null when none is targeted.</summary>
        private List<SyntaxTrivia>? Replace(SyntaxTriviaList list)
        {
            List<SyntaxTrivia>? changed = null;
            int index = 0;
            foreach (var trivia in list)
            {
                if (Trivia!.Contains(trivia))
                {
                    changed ??= [.. list.Take(index)];
                    var replacement = TriviaReplacement!(trivia, trivia);
                    if (replacement.Kind != SyntaxKind.None)
                    {
                        changed.Add(replacement);
                    }
                }
                else
                {
                    changed?.Add(trivia);
                }

                index++;
            }

            return changed;
        }

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
