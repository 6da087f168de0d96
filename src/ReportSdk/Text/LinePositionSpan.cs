namespace ReportSdk.Text;

/// <summary>
/// A range between two <see cref="LinePosition"/>s (start inclusive, end exclusive), the line/column
/// counterpart of <see cref="TextSpan"/> used when reporting locations to humans and editors.
/// </summary>
public readonly struct LinePositionSpan : IEquatable<LinePositionSpan>
{
    /// <summary>Creates a line position span.</summary>
    /// <param name="start">The start position.</param>
    /// <param name="end">The end position; must not precede <paramref name="start"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> precedes <paramref name="start"/>.</exception>
    public LinePositionSpan(LinePosition start, LinePosition end)
    {
        if (end < start)
        {
            throw new ArgumentException("The end position must not precede the start position.", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>The start (inclusive) position.</summary>
    public LinePosition Start { get; }

    /// <summary>The end (exclusive) position.</summary>
    public LinePosition End { get; }

    /// <inheritdoc/>
    public bool Equals(LinePositionSpan other) => Start == other.Start && End == other.End;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is LinePositionSpan other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Formats the span as <c>(line,char)-(line,char)</c> (0-based).</summary>
    /// <returns>The formatted span.</returns>
    public override string ToString() => $"({Start})-({End})";

    /// <summary>Value equality.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns>True if both ends are equal.</returns>
    public static bool operator ==(LinePositionSpan left, LinePositionSpan right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns>True if either end differs.</returns>
    public static bool operator !=(LinePositionSpan left, LinePositionSpan right) => !left.Equals(right);
}
