using System.Text;
using ReportSdk.Diagnostics;
using ReportSdk.Syntax.InternalSyntax;
using ReportSdk.Text;

namespace ReportSdk.Syntax;

/// <summary>
/// A node of the red tree: a thin, immutable wrapper around a green node that knows its parent
/// and absolute position. Red nodes are created lazily on first access and cached, so a tree
/// that is never walked costs nothing beyond its green nodes.
/// </summary>
/// <remarks>
/// Thread safety: a <see cref="SyntaxNode"/> is immutable; child nodes are created on demand with an
/// atomic compare-and-swap, so many threads may walk one shared tree at once and see the same instances.
/// </remarks>
public abstract partial class SyntaxNode
{
    private readonly SyntaxNode? _parent;
    private SyntaxTree? _syntaxTree;

    private protected SyntaxNode(GreenNode green, SyntaxNode? parent, int position)
    {
        Green = green;
        _parent = parent;
        Position = position;
    }

    internal GreenNode Green { get; }

    /// <summary>The parent including invisible list nodes.</summary>
    internal SyntaxNode? RawParent => _parent;

    /// <summary>The absolute position of the start of this node's full span (leading trivia included).</summary>
    public int Position { get; }

    /// <summary>The parent node, or null for the root (lists are invisible: the parent of a list element is the node that owns the list).</summary>
    public SyntaxNode? Parent => _parent is SyntaxListNode list ? list._parent : _parent;

    /// <summary>The kind of this node.</summary>
    public SyntaxKind Kind => Green.Kind;

    /// <summary>The span including leading and trailing trivia.</summary>
    public TextSpan FullSpan => new(Position, Green.FullWidth);

    /// <summary>The span without the leading trivia of the first token and the trailing trivia of the last.</summary>
    public TextSpan Span
    {
        get
        {
            int leading = Green.GetLeadingTriviaWidth();
            int trailing = Green.GetTrailingTriviaWidth();
            int width = Green.FullWidth - leading - trailing;
            return width <= 0 ? new TextSpan(Position + leading, 0) : new TextSpan(Position + leading, width);
        }
    }

    /// <summary>
    /// The position of the first character of <see cref="Span"/>: after the leading trivia of the first token, as in
    /// Roslyn. Equals <c>Span.Start</c>, without computing the trailing trivia.
    /// </summary>
    public int SpanStart => Position + Green.GetLeadingTriviaWidth();

    /// <summary>The tree this node belongs to. Nodes made with <see cref="SyntaxFactory"/> get a tree of their own on first use.</summary>
    public SyntaxTree SyntaxTree
    {
        get
        {
            if (_syntaxTree is not null)
            {
                return _syntaxTree;
            }

            var root = this;
            while (root._parent is not null)
            {
                root = root._parent;
            }

            if (root._syntaxTree is null)
            {
                Interlocked.CompareExchange(ref root._syntaxTree, SyntaxTree.CreateWithoutClone(root), null);
            }

            _syntaxTree = root._syntaxTree;
            return _syntaxTree!;
        }
    }

    internal void AttachTree(SyntaxTree tree) => _syntaxTree = tree;

    /// <summary>True when this node has zero width and stands for something the text lacks.</summary>
    public bool IsMissing => Green.FullWidth == 0;

    internal int SlotCount => Green.SlotCount;

    /// <summary>Returns the red node in slot <paramref name="index"/> (null for tokens and empty slots).</summary>
    internal abstract SyntaxNode? GetNodeSlot(int index);

    /// <summary>Returns the absolute position of the slot <paramref name="index"/>.</summary>
    internal virtual int GetChildPosition(int index)
    {
        int offset = 0;
        for (int i = 0; i < index; i++)
        {
            offset += Green.GetSlot(i)?.FullWidth ?? 0;
        }

        return Position + offset;
    }

    /// <summary>Creates (once, atomically) the red child for a node slot.</summary>
    internal SyntaxNode? GetRed(ref SyntaxNode? field, int slot)
    {
        var result = field;
        if (result is null)
        {
            var green = Green.GetSlot(slot);
            if (green is not null)
            {
                Interlocked.CompareExchange(ref field, green.CreateRed(this, GetChildPosition(slot)), null);
                result = field;
            }
        }

        return result;
    }

    /// <summary>Returns the token in slot <paramref name="index"/>.</summary>
    internal SyntaxToken GetToken(int index)
    {
        var green = Green.GetSlot(index) as GreenToken;
        return green is null ? default : new SyntaxToken(this, green, GetChildPosition(index), index);
    }

    /// <summary>Accepts a visitor that returns nothing.</summary>
    public abstract void Accept(SyntaxVisitor visitor);

    /// <summary>Accepts a visitor that returns a result.</summary>
    public abstract TResult Accept<TResult>(SyntaxVisitor<TResult> visitor);

    /// <summary>The child nodes and tokens in source order (list contents are flattened).</summary>
    public IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        for (int i = 0, n = SlotCount; i < n; i++)
        {
            var green = Green.GetSlot(i);
            if (green is null)
            {
                continue;
            }

            if (green is GreenToken token)
            {
                yield return new SyntaxToken(this, token, GetChildPosition(i), i);
            }
            else if (green.IsList)
            {
                var list = (SyntaxListNode)GetNodeSlot(i)!;
                for (int j = 0, m = list.SlotCount; j < m; j++)
                {
                    yield return list.GetNodeSlot(j)!;
                }
            }
            else
            {
                yield return GetNodeSlot(i)!;
            }
        }
    }

    /// <summary>The child nodes in source order.</summary>
    public IEnumerable<SyntaxNode> ChildNodes()
    {
        foreach (var child in ChildNodesAndTokens())
        {
            if (child.AsNode() is { } node)
            {
                yield return node;
            }
        }
    }

    /// <summary>All descendant nodes and tokens in document order, without recursion.</summary>
    public IEnumerable<SyntaxNodeOrToken> DescendantNodesAndTokens(bool includeSelf = false) => DescendantNodesAndTokens(null, includeSelf);

    /// <summary>
    /// The descendant nodes and tokens in document order, entering the children of a node only when
    /// <paramref name="descendIntoChildren"/> returns true for it (asked about this node too; null enters every node).
    /// A node it refuses is still returned; its subtree is skipped. Uses an explicit stack, no recursion: the one walk
    /// behind <see cref="DescendantNodes(Func{SyntaxNode, bool}?, bool)"/> and the annotation queries.
    /// </summary>
    /// <param name="descendIntoChildren">Whether to enter the children of a node, or null for all nodes.</param>
    /// <param name="includeSelf">Whether to return this node first.</param>
    /// <returns>The nodes and tokens, in document order.</returns>
    public IEnumerable<SyntaxNodeOrToken> DescendantNodesAndTokens(Func<SyntaxNode, bool>? descendIntoChildren, bool includeSelf = false)
    {
        if (includeSelf)
        {
            yield return this;
        }

        if (descendIntoChildren is not null && !descendIntoChildren(this))
        {
            yield break;
        }

        // A stack of cursors (node, slot, position in a list slot) instead of one child enumerator per node: the walk
        // allocates its stack array and nothing per node it enters.
        var cursors = new ChildCursor[InitialWalkDepth];
        int depth = 0;
        cursors[0] = new ChildCursor(this);
        while (depth >= 0)
        {
            if (!cursors[depth].TryNext(out var current))
            {
                cursors[depth] = default;
                depth--;
                continue;
            }

            yield return current;
            if (current.AsNode() is { } node && (descendIntoChildren is null || descendIntoChildren(node)))
            {
                if (++depth == cursors.Length)
                {
                    Array.Resize(ref cursors, cursors.Length * 2);
                }

                cursors[depth] = new ChildCursor(node);
            }
        }
    }

    /// <summary>The depth a tree walk's cursor stack starts with (a report's tree is rarely deeper); it grows when needed.</summary>
    private const int InitialWalkDepth = 16;

    /// <summary>
    /// A position among a node's children as <see cref="ChildNodesAndTokens"/> yields them: its slot, and within a list
    /// slot the element; <see cref="TryNext"/> yields the same children in the same order.
    /// </summary>
    private struct ChildCursor(SyntaxNode node)
    {
        private readonly SyntaxNode _node = node;
        private int _slot;
        private SyntaxNode? _list;
        private int _listIndex;

        public bool TryNext(out SyntaxNodeOrToken child)
        {
            while (true)
            {
                if (_list is not null)
                {
                    if (_listIndex < _list.SlotCount)
                    {
                        child = _list.GetNodeSlot(_listIndex++)!;
                        return true;
                    }

                    _list = null;
                    _slot++;
                    continue;
                }

                if (_slot >= _node.SlotCount)
                {
                    child = default;
                    return false;
                }

                var green = _node.Green.GetSlot(_slot);
                if (green is null)
                {
                    _slot++;
                }
                else if (green is GreenToken token)
                {
                    child = new SyntaxToken(_node, token, _node.GetChildPosition(_slot), _slot);
                    _slot++;
                    return true;
                }
                else if (green.IsList)
                {
                    _list = _node.GetNodeSlot(_slot)!;
                    _listIndex = 0;
                }
                else
                {
                    child = _node.GetNodeSlot(_slot)!;
                    _slot++;
                    return true;
                }
            }
        }
    }

    /// <summary>All descendant nodes in document order, without recursion.</summary>
    public IEnumerable<SyntaxNode> DescendantNodes(bool includeSelf = false)
    {
        foreach (var item in DescendantNodesAndTokens(includeSelf))
        {
            if (item.AsNode() is { } node)
            {
                yield return node;
            }
        }
    }

    /// <summary>
    /// The descendant nodes in document order, entering the children of a node only when
    /// <paramref name="descendIntoChildren"/> returns true for it (as in Roslyn, it is asked about this node too; null
    /// enters every node). A node it refuses is still returned; its subtree is skipped. Uses an explicit stack, no
    /// recursion.
    /// </summary>
    /// <param name="descendIntoChildren">Whether to enter the children of a node, or null for all nodes.</param>
    /// <param name="includeSelf">Whether to return this node first.</param>
    /// <returns>The nodes, in document order.</returns>
    public IEnumerable<SyntaxNode> DescendantNodes(Func<SyntaxNode, bool>? descendIntoChildren, bool includeSelf = false)
    {
        foreach (var item in DescendantNodesAndTokens(descendIntoChildren, includeSelf))
        {
            if (item.AsNode() is { } node)
            {
                yield return node;
            }
        }
    }

    /// <summary>The child tokens in source order (missing tokens included; tokens of child nodes are not).</summary>
    /// <returns>The tokens held directly by this node.</returns>
    public IEnumerable<SyntaxToken> ChildTokens()
    {
        foreach (var child in ChildNodesAndTokens())
        {
            if (child.IsToken)
            {
                yield return child.AsToken();
            }
        }
    }

    /// <summary>
    /// Every piece of trivia under this node in document order: each token's leading trivia, then its trailing trivia.
    /// With the token texts it covers <see cref="FullSpan"/> exactly. Iterative, as <see cref="DescendantTokens"/>.
    /// </summary>
    /// <returns>The trivia, in document order.</returns>
    public IEnumerable<SyntaxTrivia> DescendantTrivia()
    {
        foreach (var token in DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia)
            {
                yield return trivia;
            }

            foreach (var trivia in token.TrailingTrivia)
            {
                yield return trivia;
            }
        }
    }

    /// <summary>
    /// The leading trivia of this node: that of its first token with any text or trivia (zero-width missing tokens are
    /// passed over, as <see cref="Span"/> does), or an empty list. <see cref="Span"/> starts right after it.
    /// </summary>
    /// <returns>The trivia between <see cref="FullSpan"/>'s start and <see cref="Span"/>'s start.</returns>
    public SyntaxTriviaList GetLeadingTrivia() => FindEdgeToken(last: false).LeadingTrivia;

    /// <summary>
    /// The trailing trivia of this node: that of its last token with any text or trivia, or an empty list.
    /// <see cref="Span"/> ends right before it.
    /// </summary>
    /// <returns>The trivia between <see cref="Span"/>'s end and <see cref="FullSpan"/>'s end.</returns>
    public SyntaxTriviaList GetTrailingTrivia() => FindEdgeToken(last: true).TrailingTrivia;

    /// <summary>
    /// The node with the smallest full span that contains <paramref name="span"/>, as Roslyn's <c>FindNode</c>. When
    /// several nested nodes have that same full span, the outermost is returned (but a child of the tree's root rather
    /// than the root), or the innermost with <paramref name="getInnermostNodeForTie"/>; never a node above this one.
    /// Descends without recursion.
    /// </summary>
    /// <param name="span">A span inside this node's full span.</param>
    /// <param name="getInnermostNodeForTie">Return the innermost of several nodes with the same full span.</param>
    /// <returns>The node; this node when no smaller one contains the span.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="span"/> is not inside this node's full span.</exception>
    public SyntaxNode FindNode(TextSpan span, bool getInnermostNodeForTie = false)
    {
        if (!FullSpan.Contains(span))
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, $"The span is outside the node's full span {FullSpan}.");
        }

        SyntaxNode node = FindToken(span.Start).Parent ?? this;
        while (node != this && !node.FullSpan.Contains(span))
        {
            node = node.Parent!;
        }

        if (!getInnermostNodeForTie)
        {
            // As Roslyn: climb while the parent covers the same text, but prefer the root's child to the root.
            while (node != this && node.Parent is { Parent: not null } parent && parent.FullSpan == node.FullSpan)
            {
                node = parent;
            }
        }

        return node;
    }

    /// <summary>The first (or last) token with a non-zero full width, found by walking down one edge; default when none.</summary>
    private SyntaxToken FindEdgeToken(bool last)
    {
        SyntaxNode node = this;
        while (true)
        {
            SyntaxNodeOrToken? pick = null;
            foreach (var child in node.ChildNodesAndTokens())
            {
                if (child.FullSpan.Length > 0)
                {
                    pick = child;
                    if (!last)
                    {
                        break;
                    }
                }
            }

            if (pick is not { } chosen)
            {
                return default;
            }

            if (chosen.IsToken)
            {
                return chosen.AsToken();
            }

            node = chosen.AsNode()!;
        }
    }

    /// <summary>This node and all its descendant nodes in document order.</summary>
    public IEnumerable<SyntaxNode> DescendantNodesAndSelf() => DescendantNodes(includeSelf: true);

    /// <summary>All tokens under this node in document order (missing tokens included).</summary>
    public IEnumerable<SyntaxToken> DescendantTokens()
    {
        foreach (var item in DescendantNodesAndTokens())
        {
            if (item.IsToken)
            {
                yield return item.AsToken();
            }
        }
    }

    /// <summary>The parent, its parent, and so on up to the root.</summary>
    public IEnumerable<SyntaxNode> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent)
        {
            yield return node;
        }
    }

    /// <summary>This node and its ancestors.</summary>
    public IEnumerable<SyntaxNode> AncestorsAndSelf()
    {
        for (SyntaxNode? node = this; node is not null; node = node.Parent)
        {
            yield return node;
        }
    }

    /// <summary>The first ancestor (or this node) of type <typeparamref name="TNode"/>.</summary>
    public TNode? FirstAncestorOrSelf<TNode>()
        where TNode : SyntaxNode
    {
        foreach (var node in AncestorsAndSelf())
        {
            if (node is TNode match)
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>
    /// Finds the token whose full span contains <paramref name="position"/>, descending without recursion.
    /// At the end of the node's full span, returns the last token.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The position is outside this node's full span.</exception>
    public SyntaxToken FindToken(int position)
    {
        if (position < Position || position > FullSpan.End)
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, $"Position is outside the node's full span {FullSpan}.");
        }

        SyntaxNode node = this;
        while (true)
        {
            SyntaxNodeOrToken? found = null;
            SyntaxNodeOrToken? lastNonEmpty = null;
            foreach (var child in node.ChildNodesAndTokens())
            {
                var span = child.FullSpan;
                if (span.Length == 0)
                {
                    continue;
                }

                lastNonEmpty = child;
                if (position >= span.Start && position < span.End)
                {
                    found = child;
                    break;
                }
            }

            found ??= lastNonEmpty;
            if (found is null)
            {
                // Only zero-width children: return the first token there is.
                foreach (var child in node.DescendantTokens())
                {
                    return child;
                }

                return default;
            }

            if (found.Value.IsToken)
            {
                return found.Value.AsToken();
            }

            node = found.Value.AsNode()!;
        }
    }

    /// <summary>The first token of this node (possibly missing), or default when there is none.</summary>
    public SyntaxToken GetFirstToken()
    {
        foreach (var token in DescendantTokens())
        {
            return token;
        }

        return default;
    }

    /// <summary>The last token of this node, or default when there is none.</summary>
    public SyntaxToken GetLastToken()
    {
        SyntaxToken last = default;
        foreach (var token in DescendantTokens())
        {
            last = token;
        }

        return last;
    }

    /// <summary>The location of this node's span in its tree.</summary>
    public Location GetLocation() => new(SyntaxTree, Span);

    /// <summary>
    /// Whether this node, or a node or token under it, holds diagnostics. A flag of the green node, so O(1): a walk can
    /// skip the subtrees without any.
    /// </summary>
    public bool ContainsDiagnostics => Green.ContainsDiagnostics;

    /// <summary>
    /// The diagnostics this node and the nodes and tokens under it hold, in the order of
    /// <see cref="SyntaxTree.GetDiagnostics"/>. As in Roslyn they are kept on the green nodes they belong to, so this reads
    /// only the subtree (skipping the parts without diagnostics), never the whole tree's list. For the root they are the
    /// tree's, document-level ones included.
    /// </summary>
    public IEnumerable<Diagnostic> GetDiagnostics()
    {
        if (!Green.ContainsDiagnostics)
        {
            return [];
        }

        var tree = SyntaxTree;
        return Parent is null && tree.TryGetRoot(out var root) && ReferenceEquals(root, this)
            ? tree.GetDiagnostics()
            : GreenDiagnosticWalker.CreateDiagnostics(tree, Green, Position);
    }

    /// <summary>The text of this node without its leading and trailing trivia.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder(Green.FullWidth);
        Green.WriteTo(builder, leading: false, trailing: false);
        return builder.ToString();
    }

    /// <summary>The text of this node with all its trivia: for the root, exactly the parsed input.</summary>
    public string ToFullString() => Green.ToFullString();

    /// <summary>Writes the full text of this node to <paramref name="writer"/>.</summary>
    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(ToFullString());
    }

    /// <summary>True when both nodes have the same kind and text structure (green equality, not identity).</summary>
    public bool IsEquivalentTo(SyntaxNode? other) => other is not null && GreenEquivalence.AreEquivalent(Green, other.Green);
}
