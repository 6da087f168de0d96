namespace ReportSdk.Text;

/// <summary>
/// An immutable, half-open range <c>[Start, End)</c> of character positions in a <see cref="SourceText"/>.
/// Every node, token and diagnostic locates itself with a span, so it is a cheap value type.
/// </summary>
public readonly struct TextSpan : IEquatable<TextSpan>
{
    /// <summary>Creates a span from a start position and a length.</summary>
    /// <param name="start">The 0-based start position; must not be negative.</param>
    /// <param name="length">The number of characters; must not be negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="length"/> is negative, or the end overflows.</exception>
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (start + length < start)
        {
            throw new ArgumentOutOfRangeException(nameof(length), "The end of the span overflows Int32.");
        }

        Start = start;
        Length = length;
    }

    /// <summary>The 0-based position of the first character in the span.</summary>
    public int Start { get; }

    /// <summary>The number of characters in the span.</summary>
    public int Length { get; }

    /// <summary>The position just past the last character (exclusive end), i.e. <c>Start + Length</c>.</summary>
    public int End => Start + Length;

    /// <summary>True when the span covers no characters (<see cref="Length"/> is 0).</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from its inclusive start and exclusive end, which is often more natural than start/length.</summary>
    /// <param name="start">The inclusive start position; must not be negative.</param>
    /// <param name="end">The exclusive end position; must not be less than <paramref name="start"/>.</param>
    /// <returns>The span <c>[start, end)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative or <paramref name="end"/> is less than <paramref name="start"/>.</exception>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>Determines whether <paramref name="position"/> lies inside the span (<c>Start &lt;= position &lt; End</c>); an empty span contains no position.</summary>
    /// <param name="position">The position to test.</param>
    /// <returns>True if the position is in the span.</returns>
    public bool Contains(int position) => unchecked((uint)(position - Start) < (uint)Length);

    /// <summary>Determines whether <paramref name="span"/> lies entirely within this span (an empty span at either boundary counts).</summary>
    /// <param name="span">The span to test.</param>
    /// <returns>True if <paramref name="span"/> is a sub-range of this span.</returns>
    public bool Contains(TextSpan span) => span.Start >= Start && span.End <= End;

    /// <summary>Determines whether the two spans share at least one character; empty spans never overlap anything.</summary>
    /// <param name="span">The other span.</param>
    /// <returns>True if the overlap is non-empty.</returns>
    public bool OverlapsWith(TextSpan span) => Math.Max(Start, span.Start) < Math.Min(End, span.End);

    /// <summary>Determines whether the two spans overlap or merely touch (share a boundary position); unlike <see cref="OverlapsWith"/> this is true for adjacent and empty spans.</summary>
    /// <param name="span">The other span.</param>
    /// <returns>True if <c>span.Start &lt;= End</c> and <c>span.End &gt;= Start</c>.</returns>
    public bool IntersectsWith(TextSpan span) => span.Start <= End && span.End >= Start;

    /// <summary>Determines whether <paramref name="position"/> lies in the span or on its end boundary (<c>Start &lt;= position &lt;= End</c>).</summary>
    /// <param name="position">The position to test.</param>
    /// <returns>True if the position touches the span.</returns>
    public bool IntersectsWith(int position) => unchecked((uint)(position - Start) <= (uint)Length);

    /// <inheritdoc/>
    public bool Equals(TextSpan other) => Start == other.Start && Length == other.Length;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, Length);

    /// <summary>Formats the span as <c>[start..end)</c>.</summary>
    /// <returns>The span in half-open interval notation.</returns>
    public override string ToString() => $"[{Start}..{End})";

    /// <summary>Value equality of two spans.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns>True if start and length are equal.</returns>
    public static bool operator ==(TextSpan left, TextSpan right) => left.Equals(right);

    /// <summary>Value inequality of two spans.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns>True if start or length differ.</returns>
    public static bool operator !=(TextSpan left, TextSpan right) => !left.Equals(right);
}
