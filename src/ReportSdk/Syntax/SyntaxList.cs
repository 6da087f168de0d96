using System.Collections;
using ReportSdk.Syntax.InternalSyntax;

namespace ReportSdk.Syntax;

/// <summary>
/// An immutable list of child nodes of one type, as in Roslyn. Changing methods return a new list.
/// </summary>
/// <typeparam name="TNode">The element type.</typeparam>
public readonly struct SyntaxList<TNode> : IReadOnlyList<TNode>, IEquatable<SyntaxList<TNode>>
    where TNode : SyntaxNode
{
    private readonly SyntaxNode? _node;

    internal SyntaxList(SyntaxNode? node)
    {
        _node = node;
    }

    /// <summary>Creates a list of the given nodes (not attached to any tree).</summary>
    public SyntaxList(IEnumerable<TNode> nodes)
    {
        _node = CreateNode(nodes);
    }

    internal SyntaxNode? Node => _node;

    internal GreenNode? Green => _node?.Green;

    /// <summary>The number of nodes.</summary>
    public int Count => _node?.SlotCount ?? 0;

    /// <summary>The node at <paramref name="index"/>.</summary>
    public TNode this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return (TNode)_node!.GetNodeSlot(index)!;
        }
    }

    /// <summary>The full span of the list, or an empty span when the list is empty.</summary>
    public Text.TextSpan FullSpan => _node?.FullSpan ?? default;

    /// <summary>True when the list has at least one node.</summary>
    public bool Any() => Count > 0;

    /// <summary>The first node, or null.</summary>
    public TNode? FirstOrDefault() => Count > 0 ? this[0] : null;

    /// <summary>The last node, or null.</summary>
    public TNode? LastOrDefault() => Count > 0 ? this[Count - 1] : null;

    /// <summary>The index of <paramref name="node"/> in this list, or -1.</summary>
    public int IndexOf(TNode node)
    {
        for (int i = 0; i < Count; i++)
        {
            if (ReferenceEquals(this[i], node))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A new list with <paramref name="node"/> appended.</summary>
    public SyntaxList<TNode> Add(TNode node) => Insert(Count, node);

    /// <summary>A new list with <paramref name="nodes"/> appended.</summary>
    public SyntaxList<TNode> AddRange(IEnumerable<TNode> nodes) => InsertRange(Count, nodes);

    /// <summary>A new list with <paramref name="node"/> inserted at <paramref name="index"/>.</summary>
    public SyntaxList<TNode> Insert(int index, TNode node) => InsertRange(index, [node]);

    /// <summary>A new list with <paramref name="nodes"/> inserted at <paramref name="index"/>.</summary>
    public SyntaxList<TNode> InsertRange(int index, IEnumerable<TNode> nodes)
    {
        var list = this.ToList();
        list.InsertRange(index, nodes);
        return new SyntaxList<TNode>(list);
    }

    /// <summary>A new list without the node at <paramref name="index"/>.</summary>
    public SyntaxList<TNode> RemoveAt(int index)
    {
        var list = this.ToList();
        list.RemoveAt(index);
        return new SyntaxList<TNode>(list);
    }

    /// <summary>A new list without <paramref name="node"/>.</summary>
    public SyntaxList<TNode> Remove(TNode node)
    {
        int index = IndexOf(node);
        return index < 0 ? this : RemoveAt(index);
    }

    /// <summary>A new list with <paramref name="oldNode"/> replaced by <paramref name="newNode"/>.</summary>
    public SyntaxList<TNode> Replace(TNode oldNode, TNode newNode)
    {
        int index = IndexOf(oldNode);
        if (index < 0)
        {
            throw new ArgumentException("The node is not in the list.", nameof(oldNode));
        }

        var list = this.ToList();
        list[index] = newNode;
        return new SyntaxList<TNode>(list);
    }

    /// <summary>Enumerates the nodes.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<TNode> IEnumerable<TNode>.GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<TNode>)this).GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(SyntaxList<TNode> other) => ReferenceEquals(_node, other._node) || (Count == 0 && other.Count == 0);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SyntaxList<TNode> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _node?.GetHashCode() ?? 0;

    /// <summary>Identity equality: the same underlying list node.</summary>
    public static bool operator ==(SyntaxList<TNode> left, SyntaxList<TNode> right) => left.Equals(right);

    /// <summary>Identity inequality.</summary>
    public static bool operator !=(SyntaxList<TNode> left, SyntaxList<TNode> right) => !left.Equals(right);

    /// <summary>The full text of the list.</summary>
    public override string ToString() => _node?.ToString() ?? string.Empty;

    private static SyntaxNode? CreateNode(IEnumerable<TNode> nodes)
    {
        var greens = new List<GreenNode>();
        foreach (var node in nodes)
        {
            ArgumentNullException.ThrowIfNull(node);
            greens.Add(node.Green);
        }

        return greens.Count == 0 ? null : GreenList.From([.. greens]).CreateRed(null, 0);
    }

    /// <summary>A struct enumerator over the list.</summary>
    public struct Enumerator
    {
        private readonly SyntaxList<TNode> _list;
        private int _index;

        internal Enumerator(SyntaxList<TNode> list)
        {
            _list = list;
            _index = -1;
        }

        /// <summary>Advances to the next node.</summary>
        public bool MoveNext() => ++_index < _list.Count;

        /// <summary>The current node.</summary>
        public readonly TNode Current => _list[_index];
    }
}
