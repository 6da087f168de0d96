using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ReportSdk.Syntax.InternalSyntax;

/// <summary>
/// A growable list of green nodes for the parser's open containers and scratch lists (Roslyn's <c>SyntaxListBuilder</c>):
/// the children are written through a reference into the array, not by an array store, so no covariance check runs per
/// child (<see cref="GreenNode"/> is not sealed: a <c>List&lt;GreenNode&gt;</c> checks the element type at every
/// <c>Add</c>, 3–5 % of a parse by <c>perf</c>), and <see cref="ToList"/> copies the children in one block.
/// </summary>
internal sealed class GreenListBuilder
{
    private const int InitialCapacity = 4;

    private GreenNode[] _items;

    /// <summary>An empty list with room for <paramref name="capacity"/> children before it grows.</summary>
    public GreenListBuilder(int capacity = InitialCapacity)
    {
        _items = new GreenNode[Math.Max(1, capacity)];
    }

    /// <summary>How many children have been added since the last <see cref="Clear"/>.</summary>
    public int Count { get; private set; }

    /// <summary>The child at <paramref name="index"/> (below <see cref="Count"/>).</summary>
    public GreenNode this[int index] => AsSpan()[index];

    /// <summary>The children added so far; valid until the next <see cref="Add(GreenNode)"/>.</summary>
    public ReadOnlySpan<GreenNode> AsSpan() => _items.AsSpan(0, Count);

    /// <summary>Adds a child at the end, doubling the array when it is full.</summary>
    public void Add(GreenNode node)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_items), Count++) = node;
    }

    /// <summary>Adds the children of <paramref name="other"/> at the end, in one block copy.</summary>
    public void AddRange(GreenListBuilder other)
    {
        int count = Count + other.Count;
        if (count > _items.Length)
        {
            Array.Resize(ref _items, Math.Max(count, _items.Length * 2));
        }

        other.AsSpan().CopyTo(_items.AsSpan(Count));
        Count = count;
    }

    /// <summary>Empties the list for reuse; the array keeps its size (and its stale references, overwritten as it refills).</summary>
    public void Clear() => Count = 0;

    /// <summary>The children as a green list (null when there are none), as <see cref="GreenList.Create(ReadOnlySpan{GreenNode})"/> makes it.</summary>
    public GreenNode? ToList() => GreenList.Create(AsSpan());
}
