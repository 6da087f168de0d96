namespace ReportSdk.Text;

/// <summary>
/// A line/column location in a text, both 0-based (like Roslyn). Used to report positions to humans
/// and editors, which think in lines rather than absolute offsets.
/// </summary>
public readonly struct LinePosition : IEquatable<LinePosition>, IComparable<LinePosition>
{
    /// <summary>Creates a line position.</summary>
    /// <param name="line">The 0-based line number; must not be negative.</param>
    /// <param name="character">The 0-based character offset within the line (UTF-16 code units); must not be negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">Either argument is negative.</exception>
    public LinePosition(int line, int character)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(line);
        ArgumentOutOfRangeException.ThrowIfNegative(character);
        Line = line;
        Character = character;
    }

    /// <summary>The 0-based line number.</summary>
    public int Line { get; }

    /// <summary>The 0-based character (UTF-16 code unit) offset from the start of the line.</summary>
    public int Character { get; }

    /// <inheritdoc/>
    public bool Equals(LinePosition other) => Line == other.Line && Character == other.Character;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is LinePosition other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Line, Character);

    /// <summary>Orders positions by line, then by character.</summary>
    /// <param name="other">The position to compare with.</param>
    /// <returns>Negative, zero or positive as this position is before, at or after <paramref name="other"/>.</returns>
    public int CompareTo(LinePosition other)
    {
        int result = Line.CompareTo(other.Line);
        return result != 0 ? result : Character.CompareTo(other.Character);
    }

    /// <summary>Formats the position as <c>line,character</c> (0-based).</summary>
    /// <returns>The formatted position.</returns>
    public override string ToString() => $"{Line},{Character}";

    /// <summary>Value equality.</summary>
    /// <param name="left">The first position.</param>
    /// <param name="right">The second position.</param>
    /// <returns>True if line and character are equal.</returns>
    public static bool operator ==(LinePosition left, LinePosition right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first position.</param>
    /// <param name="right">The second position.</param>
    /// <returns>True if line or character differ.</returns>
    public static bool operator !=(LinePosition left, LinePosition right) => !left.Equals(right);

    /// <summary>Determines whether <paramref name="left"/> comes before <paramref name="right"/>.</summary>
    /// <param name="left">The first position.</param>
    /// <param name="right">The second position.</param>
    /// <returns>True if <paramref name="left"/> is earlier.</returns>
    public static bool operator <(LinePosition left, LinePosition right) => left.CompareTo(right) < 0;

    /// <summary>Determines whether <paramref name="left"/> comes after <paramref name="right"/>.</summary>
    /// <param name="left">The first position.</param>
    /// <param name="right">The second position.</param>
    /// <returns>True if <paramref name="left"/> is later.</returns>
    public static bool operator >(LinePosition left, LinePosition right) => left.CompareTo(right) > 0;

    /// <summary>Determines whether <paramref name="left"/> comes before or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first position.</param>
    /// <param name="right">The second position.</param>
    /// <returns>True if <paramref name="left"/> is not later.</returns>
    public static bool operator <=(LinePosition left, LinePosition right) => left.CompareTo(right) <= 0;

    /// <summary>Determines whether <paramref name="left"/> comes after or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first position.</param>
    /// <param name="right">The second position.</param>
    /// <returns>True if <paramref name="left"/> is not earlier.</returns>
    public static bool operator >=(LinePosition left, LinePosition right) => left.CompareTo(right) >= 0;
}
