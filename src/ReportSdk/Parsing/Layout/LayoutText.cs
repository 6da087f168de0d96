namespace ReportSdk.Parsing;

/// <summary>Small questions about lines that several recognizers and the decoder ask.</summary>
internal static class LayoutText
{
    /// <summary>How many blank lines may stand inside a sentence broken at a link (Wikisource pages put up to two).</summary>
    public const int FragmentGapLines = 3;

    public static ReadOnlySpan<char> Content(string text, LineInfo[] lines, int index) =>
        text.AsSpan(lines[index].ContentStart, lines[index].ContentLength);

    public static ReadOnlySpan<char> AfterMarker(string text, LineInfo[] lines, int index)
    {
        int start = AfterMarkerStart(text, lines, index);
        return text.AsSpan(start, Math.Max(0, lines[index].ContentEnd - start));
    }

    /// <summary>Where the text after a line's marker (and the spaces after it) starts.</summary>
    public static int AfterMarkerStart(string text, LineInfo[] lines, int index)
    {
        ref var line = ref lines[index];
        int start = Math.Max(line.MarkerEnd, line.ContentStart);
        while (start < line.ContentEnd && CharClasses.IsSpace(text[start]))
        {
            start++;
        }

        return start;
    }

    public static int NextNonBlank(LineInfo[] lines, int from, int end)
    {
        for (int i = from; i < end; i++)
        {
            if (!lines[i].IsBlank)
            {
                return i;
            }
        }

        return -1;
    }

    public static int PreviousNonBlank(LineInfo[] lines, int from)
    {
        for (int i = from; i >= 0; i--)
        {
            if (!lines[i].IsBlank)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when the line can open a block: it is the first line, a blank line stands before it, or
    /// the line before ends a sentence or is short (a heading). False for a fragment of a paragraph
    /// broken at a link (<c>今年是我国与</c> / <c>印度</c> / <c>建交…</c>).
    /// </summary>
    public static bool StartsBlock(string text, LineInfo[] lines, int index)
    {
        // Scraped pages also put blank lines inside a broken sentence: look back over a few.
        int before = index - 1;
        while (before >= 0 && index - before <= FragmentGapLines && lines[before].IsBlank)
        {
            before--;
        }

        if (before < 0 || lines[before].IsBlank)
        {
            return true;
        }

        ref var previous = ref lines[before];
        char last = text[previous.ContentEnd - 1];
        return CharClasses.IsSentenceEnd(last) || CharClasses.IsColon(last) || last is '”' or '"' or '*' or '>' or '…' or '）' or ')'
            || previous.Marker.Style != Syntax.NumberingStyle.None || !EndsMidSentence(text, ref previous);
    }

    /// <summary>A line whose text stops mid-sentence: long, ending in a comma or an opening character, or punctuated inside (a heading has no punctuation).</summary>
    private static bool EndsMidSentence(string text, ref LineInfo line)
    {
        char last = text[line.ContentEnd - 1];
        return line.ContentLength > GenreProfile.UnnumberedHeadingMaxLength || last is '，' or ',' or '、' or '《' or '“' or '（' or '('
            || HasSentencePunctuation(text.AsSpan(line.ContentStart, line.ContentLength));
    }

    /// <summary>Punctuation that cannot open a line of its own: a line starting with it continues the line above (<c>、缅甸…</c>, <c>》提出…</c>).</summary>
    public static bool IsContinuationPunctuation(char c) =>
        c is '，' or ',' or '、' or '。' or '；' or ';' or '：' or ':' or '！' or '？' or '》' or '〉' or '”' or '’' or '）' or ')' or '」' or '』' or '】' or '．';

    /// <summary>True when the content contains sentence punctuation (。，；：！？).</summary>
    public static bool HasSentencePunctuation(ReadOnlySpan<char> content) => SentencePunctuation.ContainsAny(content);

    /// <summary>
    /// The index just after <paramref name="word"/> when <paramref name="text"/> opens with it, spaces between its
    /// characters allowed (<c>标　　题</c> for 标题); -1 when it does not open with the word.
    /// </summary>
    public static int StartsWithIgnoringSpaces(ReadOnlySpan<char> text, string word)
    {
        int i = 0;
        for (int k = 0; k < word.Length; k++, i++)
        {
            while (k > 0 && i < text.Length && CharClasses.IsSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length || text[i] != word[k])
            {
                return -1;
            }
        }

        return i;
    }

    private static readonly CharSetSearch SentencePunctuation = new("。，,；;：:！!？?");
}
