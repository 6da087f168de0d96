namespace ReportSdk.Parsing;

/// <summary>
/// Line-level questions the incremental parser asks about stretches of raw text, answered with
/// <see cref="LineScanner"/> itself (its classification of a line depends on that line only), so a
/// line seen here is the line the full parse sees.
/// </summary>
internal static class LineWindow
{
    /// <summary>
    /// Scans the lines from <paramref name="start"/> (a line start) over at least <paramref name="minLength"/>
    /// characters, cut after a line break. Offsets in the result are relative to <paramref name="start"/>.
    /// <paramref name="complete"/> is true when the scan reached the end of the text; otherwise the
    /// empty line after the cut is left out. Null when the scanner could read the stretch alone in its escaped
    /// mode (<see cref="MayUseEscapedBreaks"/>), where its lines could differ from the whole text's.
    /// </summary>
    public static LineInfo[]? Scan(string text, int start, int minLength, out bool complete)
    {
        int end = (int)Math.Min((long)start + minLength, text.Length);
        if (end < text.Length)
        {
            int found = text.AsSpan(end).IndexOfAny(LineBreakChars);
            if (found < 0)
            {
                end = text.Length;
            }
            else
            {
                end += found;
                end += text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1;
            }
        }

        complete = end == text.Length;
        if (MayUseEscapedBreaks(text.AsSpan(start, end - start)))
        {
            return null;
        }

        var lines = LineScanner.Scan(text.Substring(start, end - start));
        return complete ? lines : lines[..^1];
    }

    /// <summary>
    /// True when <see cref="LineScanner"/> could read <paramref name="text"/> in its escaped mode (lines joined by
    /// literal <c>\n</c>), a decision it makes on the whole text it is given. Wider than the scanner's own test
    /// (at least 5 escapes and more than 4 per real line break): any 2 escapes and more than half as many as
    /// real line breaks.
    /// </summary>
    public static bool MayUseEscapedBreaks(ReadOnlySpan<char> text)
    {
        int first = text.IndexOf("\\n");
        if (first < 0 || text[(first + 2)..].IndexOf("\\n") < 0)
        {
            return false;
        }

        long escapes = text.Count("\\n");
        return escapes * 2 > text.Count('\n') + text.Count('\r');
    }

    private static readonly System.Buffers.SearchValues<char> LineBreakChars = System.Buffers.SearchValues.Create("\r\n\u2028\u2029\u0085");

    /// <summary>The start of the line that contains <paramref name="position"/>.</summary>
    public static int LineStart(string text, int position)
    {
        while (position > 0 && !CharClasses.IsLineBreak(text[position - 1]))
        {
            position--;
        }

        return position;
    }

    /// <summary>
    /// The end (after its line break) of the <paramref name="count"/>-th non-blank line counted from the line
    /// starting at <paramref name="lineStart"/>, that line included; the text's length when there are fewer;
    /// -1 when the lines cannot be scanned alone (<see cref="Scan"/>).
    /// </summary>
    public static int NonBlankLinesEnd(string text, int lineStart, int count)
    {
        for (int length = 2048; ; length *= 2)
        {
            var lines = Scan(text, lineStart, length, out bool complete);
            if (lines is null)
            {
                return -1;
            }

            int seen = 0;
            foreach (ref readonly var line in lines.AsSpan())
            {
                if (!line.IsBlank && ++seen == count)
                {
                    return lineStart + line.BreakEnd;
                }
            }

            if (complete)
            {
                return text.Length;
            }
        }
    }

    /// <summary>
    /// The number of line breaks in <c>[start, end)</c> (CRLF once), counting no further than
    /// <paramref name="cap"/>; both ends must be line starts or text ends.
    /// </summary>
    public static int CountBreaks(ReadOnlySpan<char> text, int cap = int.MaxValue)
    {
        int count = 0;
        while (count < cap)
        {
            int found = text.IndexOfAny(LineBreakChars);
            if (found < 0)
            {
                break;
            }

            count++;
            int skip = text[found] == '\r' && found + 1 < text.Length && text[found + 1] == '\n' ? 2 : 1;
            text = text[(found + skip)..];
        }

        return count;
    }

    /// <summary>The position after the <paramref name="count"/>-th line break from <paramref name="start"/>, or the text's length.</summary>
    public static int SkipLines(string text, int start, int count)
    {
        int position = start;
        for (int n = 0; n < count; n++)
        {
            int found = text.AsSpan(position).IndexOfAny(LineBreakChars);
            if (found < 0)
            {
                return text.Length;
            }

            position += found;
            position += text[position] == '\r' && position + 1 < text.Length && text[position + 1] == '\n' ? 2 : 1;
        }

        return position;
    }

    /// <summary>
    /// True when some line in <paramref name="text"/> could be a table-of-contents heading (<c>目录</c>, spaced,
    /// marked up): a line holding 目 and 录 and at most a dozen other characters besides white space, <c>#</c>
    /// and <c>*</c>. Deliberately wider than the layout's own test.
    /// </summary>
    public static bool ContainsTocHeadingLike(ReadOnlySpan<char> text)
    {
        int from = 0;
        while (from < text.Length)
        {
            int found = text[from..].IndexOf('录');
            if (found < 0)
            {
                return false;
            }

            int position = from + found;
            int start = position;
            while (start > 0 && !CharClasses.IsLineBreak(text[start - 1]))
            {
                start--;
            }

            int end = position;
            while (end < text.Length && !CharClasses.IsLineBreak(text[end]))
            {
                end++;
            }

            int significant = 0;
            bool mu = false;
            foreach (char c in text[start..end])
            {
                if (!CharClasses.IsSpace(c) && c is not ('#' or '*' or '>'))
                {
                    significant++;
                    mu |= c == '目';
                }
            }

            if (mu && significant <= 12)
            {
                return true;
            }

            from = end + 1;
        }

        return false;
    }
}
