namespace ReportSdk.Parsing;

/// <summary>
/// What a recognizer sees of one line: its scanner facts, its exact content, the normalized view
/// used for phrase matching, and read-only access to its neighbours.
/// </summary>
internal readonly ref struct LineContext
{
    public LineContext(string text, LineInfo[] lines, int index, ReadOnlySpan<char> normalized)
    {
        Text = text;
        Lines = lines;
        Index = index;
        Normalized = normalized;
    }

    public string Text { get; }

    public LineInfo[] Lines { get; }

    public int Index { get; }

    /// <summary>The normalized view (<see cref="LineNormalizer"/>); of the first <see cref="GenreProfile.NormalizeLimit"/> characters of a longer line.</summary>
    public ReadOnlySpan<char> Normalized { get; }

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

    public ReadOnlySpan<char> ContentOf(int index) => Text.AsSpan(Lines[index].ContentStart, Lines[index].ContentLength);
}
