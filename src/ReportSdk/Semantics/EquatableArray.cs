using System.Collections;
using System.Runtime.CompilerServices;

namespace ReportSdk.Semantics;

/// <summary>
/// An immutable list that compares by its elements, so records holding lists (the outline) have value equality:
/// two outlines built from the same text are <c>==</c>. <c>default</c> is the empty list.
/// </summary>
/// <typeparam name="T">The element type; elements compare with <see cref="EqualityComparer{T}.Default"/>.</typeparam>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IReadOnlyList<T>, IEquatable<EquatableArray<T>>
{
    private readonly T[]? _items;

    /// <summary>A list of <paramref name="items"/>, copied.</summary>
    /// <param name="items">The elements in order.</param>
    public EquatableArray(ReadOnlySpan<T> items)
    {
        _items = items.ToArray();
    }

    /// <summary>A list of <paramref name="items"/>, copied.</summary>
    /// <param name="items">The elements in order.</param>
    public EquatableArray(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = [.. items];
    }

    /// <summary>The empty list.</summary>
    public static EquatableArray<T> Empty => default;

    /// <summary>The number of elements.</summary>
    public int Count => _items?.Length ?? 0;

    /// <summary>The element at <paramref name="index"/>.</summary>
    /// <param name="index">A 0-based index.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not below <see cref="Count"/>.</exception>
    public T this[int index] => (uint)index < (uint)Count ? _items![index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The elements as a span.</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>A list copied from <paramref name="items"/>.</summary>
    /// <param name="items">The elements.</param>
    public static implicit operator EquatableArray<T>(T[] items) => new(items);

    /// <summary>A list copied from <paramref name="items"/>.</summary>
    /// <param name="items">The elements.</param>
    public static implicit operator EquatableArray<T>(List<T> items) => new(items);

    /// <summary>Whether both lists have equal elements in the same order.</summary>
    /// <param name="other">The other list.</param>
    /// <returns>True for the same elements.</returns>
    public bool Equals(EquatableArray<T> other) => AsSpan().SequenceEqual(other.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <summary>A hash of the elements, so equal lists hash alike.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Equality by elements.</summary>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Inequality by elements.</summary>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>Enumerates the elements.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The elements, for debugging: <c>[a, b]</c>.</summary>
    public override string ToString() => "[" + string.Join(", ", _items ?? []) + "]";
}

/// <summary>Creates <see cref="EquatableArray{T}"/> values; lets collection expressions (<c>[a, b]</c>) build them.</summary>
public static class EquatableArray
{
    /// <summary>A list of <paramref name="items"/>, copied.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements in order.</param>
    /// <returns>The list.</returns>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => new(items);
}
