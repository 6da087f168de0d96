using System.Buffers;
using System.Collections;

namespace ReportSdk.Text;

/// <summary>
/// The line table of a <see cref="SourceText"/>: maps between absolute positions and line/column.
/// Built once with a single linear (vectorized) scan and stored as an <c>int[]</c> of line starts, so
/// lookups are O(log n) and even multi-hundred-megabyte texts cost only 4 bytes per line.
/// </summary>
/// <remarks>
/// Line breaks are <c>"\r\n"</c>, <c>"\n"</c>, <c>"\r"</c>, U+0085, U+2028 and U+2029 (as in Roslyn).
/// There is always at least one line, and a text ending in a line break has a final empty line.
/// </remarks>
public sealed class TextLineCollection : IReadOnlyList<TextLine>
{
    private static readonly SearchValues<char> s_lineBreakChars = SearchValues.Create("\r\n\u0085\u2028\u2029");

    private readonly SourceText _text;
    private readonly int[] _lineStarts;

    internal TextLineCollection(SourceText text)
    {
        _text = text;
        _lineStarts = ComputeLineStarts(text.AsSpan());
    }

    /// <summary>The number of lines (always at least 1).</summary>
    public int Count => _lineStarts.Length;

    /// <summary>Gets the line with the given 0-based number.</summary>
    /// <param name="index">The 0-based line number.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside <c>[0, Count)</c>.</exception>
    public TextLine this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_lineStarts.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, "Line number is out of range.");
            }

            int start = _lineStarts[index];
            if (index == _lineStarts.Length - 1)
            {
                return new TextLine(_text, index, start, _text.Length, _text.Length);
            }

            int endIncludingBreak = _lineStarts[index + 1];
            int breakLength = 1;
            if (endIncludingBreak - start >= 2 && _text[endIncludingBreak - 1] == '\n' && _text[endIncludingBreak - 2] == '\r')
            {
                breakLength = 2;
            }

            return new TextLine(_text, index, start, endIncludingBreak - breakLength, endIncludingBreak);
        }
    }

    /// <summary>Finds the 0-based number of the line containing <paramref name="position"/> by binary search; a position on a line break belongs to the line it ends, and <c>position == Length</c> maps to the last line.</summary>
    /// <param name="position">A position in <c>[0, Length]</c>.</param>
    /// <returns>The line number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is outside <c>[0, Length]</c>.</exception>
    public int IndexOf(int position)
    {
        if ((uint)position > (uint)_text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, "Position is outside the text.");
        }

        int index = Array.BinarySearch(_lineStarts, position);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>Gets the line containing <paramref name="position"/> (see <see cref="IndexOf"/>).</summary>
    /// <param name="position">A position in <c>[0, Length]</c>.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is outside <c>[0, Length]</c>.</exception>
    public TextLine GetLineFromPosition(int position) => this[IndexOf(position)];

    /// <summary>Converts an absolute position into a 0-based line/character pair.</summary>
    /// <param name="position">A position in <c>[0, Length]</c>.</param>
    /// <returns>The line position.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is outside <c>[0, Length]</c>.</exception>
    public LinePosition GetLinePosition(int position)
    {
        int line = IndexOf(position);
        return new LinePosition(line, position - _lineStarts[line]);
    }

    /// <summary>Converts a <see cref="TextSpan"/> into a line/character range.</summary>
    /// <param name="span">A span within the text.</param>
    /// <returns>The line position span.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="span"/> extends past the end of the text.</exception>
    public LinePositionSpan GetLinePositionSpan(TextSpan span)
    {
        if (span.End > _text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, "Span extends past the end of the text.");
        }

        return new LinePositionSpan(GetLinePosition(span.Start), GetLinePosition(span.End));
    }

    /// <summary>Converts a 0-based line/character pair back into an absolute position (inverse of <see cref="GetLinePosition"/>).</summary>
    /// <param name="position">The line position; the character may point into the line's break but not past it.</param>
    /// <returns>The absolute position.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The line does not exist or the character is past the end of the line including its break.</exception>
    public int GetPosition(LinePosition position)
    {
        if (position.Line >= _lineStarts.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, "Line number is out of range.");
        }

        int start = _lineStarts[position.Line];
        int endIncludingBreak = position.Line + 1 < _lineStarts.Length ? _lineStarts[position.Line + 1] : _text.Length;
        if (position.Character > endIncludingBreak - start)
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, "Character is past the end of the line.");
        }

        return start + position.Character;
    }

    /// <summary>Enumerates the lines in order.</summary>
    /// <returns>An enumerator over all lines.</returns>
    public IEnumerator<TextLine> GetEnumerator()
    {
        for (int i = 0; i < _lineStarts.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static int[] ComputeLineStarts(ReadOnlySpan<char> text)
    {
        // Rough initial guess (~1 line per 64 chars) to limit regrowth; capped to stay small for huge texts.
        var starts = new int[Math.Clamp(text.Length / 64, 16, 1 << 20)];
        int count = 1; // starts[0] = 0
        int position = 0;
        while (true)
        {
            int offset = text.Slice(position).IndexOfAny(s_lineBreakChars);
            if (offset < 0)
            {
                break;
            }

            position += offset;
            if (text[position] == '\r' && position + 1 < text.Length && text[position + 1] == '\n')
            {
                position += 2;
            }
            else
            {
                position += 1;
            }

            if (count == starts.Length)
            {
                Array.Resize(ref starts, checked(starts.Length * 2));
            }

            starts[count++] = position;
        }

        Array.Resize(ref starts, count);
        return starts;
    }
}
