namespace ReportSdk.Text;

/// <summary>
/// One line of a <see cref="SourceText"/>: a lightweight view (text + line number + bounds), created on
/// demand from the line table so that no per-line objects are stored.
/// </summary>
public readonly struct TextLine : IEquatable<TextLine>
{
    internal TextLine(SourceText text, int lineNumber, int start, int end, int endIncludingLineBreak)
    {
        Text = text;
        LineNumber = lineNumber;
        Start = start;
        End = end;
        EndIncludingLineBreak = endIncludingLineBreak;
    }

    /// <summary>The text this line belongs to (null only for <c>default(TextLine)</c>).</summary>
    public SourceText Text { get; }

    /// <summary>The 0-based line number.</summary>
    public int LineNumber { get; }

    /// <summary>The position of the first character of the line.</summary>
    public int Start { get; }

    /// <summary>The position just past the line's content, excluding its line break.</summary>
    public int End { get; }

    /// <summary>The position just past the line's line break (equal to <see cref="End"/> on the last line).</summary>
    public int EndIncludingLineBreak { get; }

    /// <summary>The span of the line's content, excluding the line break.</summary>
    public TextSpan Span => TextSpan.FromBounds(Start, End);

    /// <summary>The span of the line including its line break (if any).</summary>
    public TextSpan SpanIncludingLineBreak => TextSpan.FromBounds(Start, EndIncludingLineBreak);

    /// <summary>The length of the line break that ends this line: 0 (last line), 1, or 2 (<c>"\r\n"</c>).</summary>
    public int LineBreakLength => EndIncludingLineBreak - End;

    /// <summary>Returns the line's content without its line break.</summary>
    /// <returns>The line's text.</returns>
    public override string ToString() => Text is null ? string.Empty : Text.ToString(Span);

    /// <inheritdoc/>
    public bool Equals(TextLine other) =>
        ReferenceEquals(Text, other.Text) && LineNumber == other.LineNumber && Start == other.Start
        && End == other.End && EndIncludingLineBreak == other.EndIncludingLineBreak;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TextLine other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Text, LineNumber, Start, End, EndIncludingLineBreak);

    /// <summary>Value equality (same text instance and same bounds).</summary>
    /// <param name="left">The first line.</param>
    /// <param name="right">The second line.</param>
    /// <returns>True if the lines are equal.</returns>
    public static bool operator ==(TextLine left, TextLine right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first line.</param>
    /// <param name="right">The second line.</param>
    /// <returns>True if the lines differ.</returns>
    public static bool operator !=(TextLine left, TextLine right) => !left.Equals(right);
}
