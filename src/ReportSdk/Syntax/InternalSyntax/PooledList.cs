using System.Buffers;

namespace ReportSdk.Syntax.InternalSyntax;

/// <summary>
/// A growable list over arrays rented from <see cref="ArrayPool{T}.Shared"/>, for the scratch lists of a walk that should
/// not allocate; <see cref="Dispose"/> returns the array. A mutable struct: pass it by reference.
/// </summary>
internal struct PooledList<T> : IDisposable
{
    private const int InitialCapacity = 16;

    private T[]? _items;

    public int Count { get; private set; }

    public void Add(T item)
    {
        if (_items is null || Count == _items.Length)
        {
            Grow();
        }

        _items![Count++] = item;
    }

    /// <summary>Removes and returns the last item.</summary>
    public T Pop()
    {
        var item = _items![--Count];
        _items[Count] = default!;
        return item;
    }

    public readonly Span<T> AsSpan() => _items is null ? [] : _items.AsSpan(0, Count);

    public void Dispose()
    {
        if (_items is not null)
        {
            ArrayPool<T>.Shared.Return(_items, clearArray: true);
            _items = null;
            Count = 0;
        }
    }

    private void Grow()
    {
        var larger = ArrayPool<T>.Shared.Rent(_items is null ? InitialCapacity : _items.Length * 2);
        if (_items is not null)
        {
            _items.AsSpan(0, Count).CopyTo(larger);
            ArrayPool<T>.Shared.Return(_items, clearArray: true);
        }

        _items = larger;
    }
}
