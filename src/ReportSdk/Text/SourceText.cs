using System.Text;

namespace ReportSdk.Text;

/// <summary>
/// The immutable, thread-safe text of a report: the single source of truth that every syntax node,
/// token and diagnostic points into by position. Parsing never alters it, so the tree round-trips to
/// exactly these characters.
/// </summary>
/// <remarks>
/// When created from bytes, a byte order mark is treated as part of the encoding, not of the text: it is
/// removed from the characters and reflected by <see cref="Encoding"/> (whose preamble is the BOM).
/// </remarks>
public sealed class SourceText
{
    private readonly string _text;
    private TextLineCollection? _lines;

    private SourceText(string text, Encoding? encoding, bool encodingWasGuessed)
    {
        _text = text;
        Encoding = encoding;
        EncodingWasGuessed = encodingWasGuessed;
    }

    /// <summary>Wraps an existing string; no copying or decoding takes place.</summary>
    /// <param name="text">The text.</param>
    /// <param name="encoding">Optionally, the encoding the text came from or should be saved with.</param>
    /// <returns>The source text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static SourceText From(string text, Encoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SourceText(text, encoding, false);
    }

    /// <summary>
    /// Decodes raw bytes, detecting the encoding: UTF-8 BOM, UTF-16 LE/BE BOM, BOM-less UTF-16 (by zero-byte
    /// heuristic), strict UTF-8, and finally GB18030. The BOM is not part of the resulting text.
    /// </summary>
    /// <param name="bytes">The encoded text.</param>
    /// <returns>The decoded source text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bytes"/> is null.</exception>
    public static SourceText From(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return From(new ReadOnlySpan<byte>(bytes));
    }

    /// <summary>Decodes raw bytes with encoding detection; see <see cref="From(byte[])"/>.</summary>
    /// <param name="bytes">The encoded text.</param>
    /// <returns>The decoded source text.</returns>
    public static SourceText From(ReadOnlySpan<byte> bytes)
    {
        string text = EncodingDetector.Decode(bytes, out Encoding encoding, out bool guessed);
        return new SourceText(text, encoding, guessed);
    }

    /// <summary>Reads all remaining bytes of <paramref name="stream"/> and decodes them like <see cref="From(byte[])"/>. The stream is not disposed.</summary>
    /// <param name="stream">A readable stream, read from its current position to the end.</param>
    /// <returns>The decoded source text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static SourceText From(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        int capacity = 0;
        if (stream.CanSeek)
        {
            long remaining = stream.Length - stream.Position;
            capacity = remaining > 0 && remaining <= Array.MaxLength ? (int)remaining : 0;
        }

        using var buffer = new MemoryStream(capacity);
        stream.CopyTo(buffer);
        return From(new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>The number of characters (UTF-16 code units) in the text.</summary>
    public int Length => _text.Length;

    /// <summary>Gets the character at <paramref name="position"/>.</summary>
    /// <param name="position">A position in <c>[0, Length)</c>.</param>
    /// <returns>The character.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="position"/> is out of range.</exception>
    public char this[int position] => _text[position];

    /// <summary>The encoding the text was decoded from (or that was declared in <see cref="From(string, Encoding)"/>); null if unknown.</summary>
    public Encoding? Encoding { get; }

    /// <summary>
    /// True when <see cref="Encoding"/> is a heuristic guess (BOM-less UTF-16) or decoding had to replace
    /// invalid bytes with U+FFFD, i.e. the text may not be what the author wrote. A clean GB18030 fallback is not a guess.
    /// </summary>
    public bool EncodingWasGuessed { get; }

    /// <summary>The line table, computed lazily on first access (thread-safe; all callers see the same instance).</summary>
    public TextLineCollection Lines
    {
        get
        {
            TextLineCollection? lines = Volatile.Read(ref _lines);
            if (lines is null)
            {
                Interlocked.CompareExchange(ref _lines, new TextLineCollection(this), null);
                lines = _lines;
            }

            return lines;
        }
    }

    /// <summary>Returns the whole text.</summary>
    /// <returns>The text (the original string instance, no copy).</returns>
    public override string ToString() => _text;

    /// <summary>Returns the characters in <paramref name="span"/>.</summary>
    /// <param name="span">A span within the text.</param>
    /// <returns>The substring.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="span"/> extends past the end of the text.</exception>
    public string ToString(TextSpan span)
    {
        CheckSpan(span);
        return span.Start == 0 && span.Length == _text.Length ? _text : _text.Substring(span.Start, span.Length);
    }

    /// <summary>Returns the whole text as a span, for allocation-free scanning.</summary>
    /// <returns>The characters of the text.</returns>
    public ReadOnlySpan<char> AsSpan() => _text.AsSpan();

    /// <summary>Returns the characters in <paramref name="span"/> without allocating.</summary>
    /// <param name="span">A span within the text.</param>
    /// <returns>The characters.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="span"/> extends past the end of the text.</exception>
    public ReadOnlySpan<char> AsSpan(TextSpan span)
    {
        CheckSpan(span);
        return _text.AsSpan(span.Start, span.Length);
    }

    /// <summary>Copies characters into an array.</summary>
    /// <param name="sourceIndex">The first position in this text to copy.</param>
    /// <param name="destination">The destination array.</param>
    /// <param name="destinationIndex">The first index in <paramref name="destination"/> to write.</param>
    /// <param name="count">The number of characters.</param>
    /// <exception cref="ArgumentNullException"><paramref name="destination"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A range is out of bounds.</exception>
    public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count) =>
        _text.CopyTo(sourceIndex, destination, destinationIndex, count);

    /// <summary>Applies edits and returns the resulting new text; this instance is unchanged. The encoding information is carried over.</summary>
    /// <param name="changes">Changes sorted by position and non-overlapping (insertions at the same position are applied in order).</param>
    /// <returns>The new text, or this instance when there are no changes.</returns>
    /// <exception cref="ArgumentException">The changes are unsorted or overlap.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A change extends past the end of the text.</exception>
    public SourceText WithChanges(params TextChange[] changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return WithChanges((IEnumerable<TextChange>)changes);
    }

    /// <summary>Applies edits and returns the resulting new text; see <see cref="WithChanges(TextChange[])"/>.</summary>
    /// <param name="changes">Changes sorted by position and non-overlapping.</param>
    /// <returns>The new text, or this instance when there are no changes.</returns>
    /// <exception cref="ArgumentException">The changes are unsorted or overlap.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A change extends past the end of the text.</exception>
    public SourceText WithChanges(IEnumerable<TextChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var builder = new StringBuilder();
        int position = 0;
        bool any = false;
        foreach (TextChange change in changes)
        {
            if (change.Span.End > _text.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(changes), change.Span, "A change extends past the end of the text.");
            }

            if (change.Span.Start < position)
            {
                throw new ArgumentException("Changes must be sorted by position and must not overlap.", nameof(changes));
            }

            if (!any)
            {
                builder.EnsureCapacity(_text.Length + 16);
                any = true;
            }

            builder.Append(_text, position, change.Span.Start - position);
            builder.Append(change.NewText);
            position = change.Span.End;
        }

        if (!any)
        {
            return this;
        }

        builder.Append(_text, position, _text.Length - position);
        return new SourceText(builder.ToString(), Encoding, EncodingWasGuessed);
    }

    private void CheckSpan(TextSpan span)
    {
        if (span.End > _text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, "Span extends past the end of the text.");
        }
    }
}
