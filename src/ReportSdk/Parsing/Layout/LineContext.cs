namespace ReportSdk.Parsing;

/// <summary>
/// What a recognizer sees of one line: its scanner facts, its exact content, the normalized view
/// used for phrase matching, and read-only access to its neighbours.
/// </summary>
/// <remarks>
/// A context made by the <see cref="LayoutDecoder"/> builds the normalized view lazily: only when a
/// recognizer reads <see cref="Normalized"/>, once per line (the decoder keeps the last line's view).
/// Recognizers that look at the content or the scanner's facts first never pay for it.
/// </remarks>
internal readonly ref struct LineContext
{
    private readonly ReadOnlySpan<char> _normalized;
    private readonly LayoutDecoder? _decoder;

    /// <summary>A context over a normalized view computed by the caller.</summary>
    public LineContext(string text, LineInfo[] lines, int index, ReadOnlySpan<char> normalized)
    {
        Text = text;
        Lines = lines;
        Index = index;
        _normalized = normalized;
    }

    /// <summary>A context whose normalized view <paramref name="decoder"/> builds on first use.</summary>
    public LineContext(string text, LineInfo[] lines, int index, LayoutDecoder decoder)
    {
        Text = text;
        Lines = lines;
        Index = index;
        _decoder = decoder;
    }

    public string Text { get; }

    public LineInfo[] Lines { get; }

    public int Index { get; }

    /// <summary>The normalized view (<see cref="LineNormalizer"/>); of the first <see cref="GenreProfile.NormalizeLimit"/> characters of a longer line.</summary>
    public ReadOnlySpan<char> Normalized => _decoder is null ? _normalized : _decoder.Normalized(Index);

    /// <summary>The first character of <see cref="Normalized"/>, or -1 when it is empty; without building the view.</summary>
    public int FirstNormalized => _decoder is null ? (_normalized.IsEmpty ? -1 : _normalized[0]) : _decoder.FirstNormalized(Index);

    public ref readonly LineInfo Info => ref Lines[Index];

    /// <summary>The exact content, without indentation and trailing spaces.</summary>
    public ReadOnlySpan<char> Content => Text.AsSpan(Lines[Index].ContentStart, Lines[Index].ContentLength);

    /// <summary>The content after the numbering marker and the spaces after it.</summary>
    public ReadOnlySpan<char> AfterMarker => LayoutText.AfterMarker(Text, Lines, Index);

    /// <summary>The next non-blank line, or -1.</summary>
    public int Next => LayoutText.NextNonBlank(Lines, Index + 1, Lines.Length);

    /// <summary>The previous non-blank line, or -1.</summary>
    public int Previous => LayoutText.PreviousNonBlank(Lines, Index - 1);

    /// <summary>True when the line follows a finished sentence, a blank line or the start of the text: it can open a block.</summary>
    public bool StartsBlock => LayoutText.StartsBlock(Text, Lines, Index);

    /// <summary>Whether line <paramref name="index"/>'s text is chrome (<see cref="ChromeRecognizer.IsChrome"/>); kept per line by the decoder.</summary>
    public bool IsChromeText(int index)
    {
        if (_decoder is not null)
        {
            return _decoder.IsChromeText(index, isProposedLine: index == Index);
        }

        return index == Index ? ChromeRecognizer.IsChrome(ContentOf(index), Normalized) : ChromeRecognizer.IsChromeContent(ContentOf(index));
    }

    public ReadOnlySpan<char> ContentOf(int index) => Text.AsSpan(Lines[index].ContentStart, Lines[index].ContentLength);
}
