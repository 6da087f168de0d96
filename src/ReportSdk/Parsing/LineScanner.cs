using System.Buffers;
using ReportSdk.Syntax;

namespace ReportSdk.Parsing;

/// <summary>
/// The hand-written front of the parser: one linear pass over the text that finds line
/// boundaries, strips indentation and markdown blockquote and heading marks, and — only for lines whose first
/// content character can open one — asks the Sprache grammars for a numbering marker or a note label.
/// </summary>
internal static class LineScanner
{
    /// <summary>How many characters of a line head a grammar may look at.</summary>
    private const int HeadWindow = 48;

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n\u2028\u2029\u0085");

    /// <summary>The lines of <paramref name="text"/>, each with its bounds, content bounds and head facts; one array of exactly one entry per line.</summary>
    public static LineInfo[] Scan(string text)
    {
        bool escaped = UsesEscapedBreaks(text);
        // One pass: the lines go into a pooled buffer (sized from the text, doubled when short), then into an array of
        // their exact count, where counting the lines first was a second search for line breaks over the whole text.
        var buffer = ArrayPool<LineInfo>.Shared.Rent(Math.Max(MinimumLineBuffer, text.Length / TypicalLineLength));
        int count = 0;
        try
        {
            int position = 0;
            while (true)
            {
                int start = position;
                int found = FindBreak(text, start, escaped, out int breakLength);
                int end = found < 0 ? text.Length : found;
                int breakEnd = found < 0 ? text.Length : found + breakLength;
                if (count == buffer.Length)
                {
                    var larger = ArrayPool<LineInfo>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<LineInfo>.Shared.Return(buffer);
                    buffer = larger;
                }

                buffer[count++] = Classify(text, start, end, breakEnd);
                if (found < 0)
                {
                    break;
                }

                position = breakEnd;
            }

            // LineInfo holds no references, and every element is copied in: the array need not be zeroed first
            // (a large text's array is on the large-object heap, where zeroing is a second pass over it).
            var lines = GC.AllocateUninitializedArray<LineInfo>(count);
            buffer.AsSpan(0, count).CopyTo(lines);
            return lines;
        }
        finally
        {
            ArrayPool<LineInfo>.Shared.Return(buffer);
        }
    }

    /// <summary>The smallest line buffer rented, so short texts do not grow it.</summary>
    private const int MinimumLineBuffer = 256;

    /// <summary>Characters per line (line break included) assumed when sizing the line buffer; report text runs 40–150.</summary>
    private const int TypicalLineLength = 32;

    /// <summary>
    /// True when the text's lines are joined by the literal characters <c>\n</c> or <c>\r\n</c> (a spreadsheet or
    /// JSON export) rather than by line breaks: at least <see cref="EscapedBreaksMinimum"/> escapes, and more
    /// than <see cref="EscapedBreaksPerRealBreak"/> of them per real line break.
    /// </summary>
    private static bool UsesEscapedBreaks(string text)
    {
        // Decided on the head of the text: an export that joins its lines by escapes does so from the start,
        // and a bounded sample keeps the scanner to one pass over a long text.
        var sample = text.AsSpan(0, Math.Min(text.Length, EscapedBreaksSampleLength));
        int escapes = 0;
        var span = sample;
        for (int at = span.IndexOf("\\n"); at >= 0; at = span.IndexOf("\\n"))
        {
            escapes++;
            span = span[(at + 2)..];
        }

        if (escapes < EscapedBreaksMinimum)
        {
            return false;
        }

        int real = sample.Count('\n') + sample.Count('\r');
        return escapes > real * EscapedBreaksPerRealBreak;
    }

    /// <summary>How much of the text's head decides whether its lines are joined by escapes.</summary>
    private const int EscapedBreaksSampleLength = 8192;

    /// <summary>The fewest literal <c>\n</c> escapes that make a text's lines escaped.</summary>
    private const int EscapedBreaksMinimum = 5;

    /// <summary>How many more escapes than real line breaks a text with escaped lines has.</summary>
    private const int EscapedBreaksPerRealBreak = 4;

    /// <summary>The next line break from <paramref name="start"/> (a real one, or in escaped mode also <c>\r\n</c>, <c>\n</c>), or -1.</summary>
    private static int FindBreak(string text, int start, bool escaped, out int length)
    {
        var rest = text.AsSpan(start);
        int real = rest.IndexOfAny(LineBreaks);
        int escape = escaped ? rest.IndexOf("\\n") : -1;
        if (escaped)
        {
            int escapedReturn = rest.IndexOf("\\r\\n");
            if (escapedReturn >= 0 && escapedReturn + 2 == escape)
            {
                escape = escapedReturn;
            }
        }

        if (escape >= 0 && (real < 0 || escape < real))
        {
            length = rest[escape..].StartsWith("\\r\\n") ? 4 : 2;
            return start + escape;
        }

        if (real < 0)
        {
            length = 0;
            return -1;
        }

        int at = start + real;
        length = text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n' ? 2 : 1;
        return at;
    }

    private static LineInfo Classify(string text, int start, int end, int breakEnd)
    {
        var line = new LineInfo { LabelNumber = -1, Split = -1, Split2 = -1 };
        line.SetBounds(start, end, breakEnd);
        int contentStart = SkipIndentAndMarks(text, start, end);
        int contentEnd = end;
        while (contentEnd > contentStart && CharClasses.IsSpace(text[contentEnd - 1]))
        {
            contentEnd--;
        }

        StripWholeLineEmphasis(text, ref contentStart, ref contentEnd);
        line.ContentStart = contentStart;
        line.ContentEnd = contentEnd;
        if (contentStart >= contentEnd)
        {
            return line;
        }

        // **（一）加快建设现代化产业体系。**推动… : a bold lead sentence that opens with a marker.
        if (contentEnd - contentStart > 4 && text[contentStart] == '*' && text[contentStart + 1] == '*'
            && CouldOpenMarker(text, contentStart + 2, Math.Min(contentEnd, contentStart + 2 + HeadWindow)))
        {
            line.LeadingEmphasis = true;
            contentStart += 2;
            line.ContentStart = contentStart;
        }

        int headEnd = Math.Min(contentEnd, contentStart + HeadWindow);
        char first = text[contentStart];
        if (CouldOpenMarker(text, contentStart, headEnd)
            && LineGrammar.TryParseMarker(text, contentStart, headEnd, out var marker, out int markerEnd)
            && marker.Number > 0)
        {
            line.Marker = marker;
            line.MarkerEnd = markerEnd;
        }
        else if (CharClasses.IsOpenParen(first) && LooksLikeOpenMarker(text, contentStart + 1, headEnd))
        {
            line.MalformedMarker = true;
        }

        if (first == '<' && LineGrammar.TryParseSuperscript(text, contentStart, headEnd, out int supNumber, out int supEnd))
        {
            line.LabelKind = NoteLabelKind.Superscript;
            line.LabelNumber = supNumber;
            line.LabelEnd = supEnd;
        }
        else if (first is '[' or '［' or '〔' or '【'
            && LineGrammar.TryParseBracketed(text, contentStart, headEnd, out int bracketNumber, out int bracketEnd))
        {
            line.LabelKind = NoteLabelKind.Bracketed;
            line.LabelNumber = bracketNumber;
            line.LabelEnd = bracketEnd;
        }
        else if (line.Marker.Style is NumberingStyle.Arabic or NumberingStyle.Circled)
        {
            line.LabelKind = line.Marker.Style == NumberingStyle.Arabic ? NoteLabelKind.ArabicPunctuated : NoteLabelKind.Circled;
            line.LabelNumber = line.Marker.Number;
            line.LabelEnd = line.MarkerEnd;
        }
        else if (CharClasses.IsDigit(first))
        {
            // "7.2022年十件民生实事：" (note 7), "11.03专项行动：" (note 11), "4 专精特新：" (a number and a space).
            // Only notes regions read these as labels; in the body they stay text (3. 5 公里).
            int i = contentStart;
            int number = 0;
            while (i < headEnd && CharClasses.IsDigit(text[i]) && i - contentStart < 3)
            {
                number = number * 10 + CharClasses.DigitValue(text[i]);
                i++;
            }

            if (i < headEnd && text[i] is '.' or '．' or '、' && i + 1 < headEnd)
            {
                line.LabelKind = NoteLabelKind.ArabicPunctuated;
                line.LabelNumber = number;
                line.LabelEnd = i + 1;
            }
            else if (i < headEnd && CharClasses.IsSpace(text[i]) && i + 1 < headEnd && !CharClasses.IsDigit(text[i + 1]) && !CharClasses.IsSpace(text[i + 1]) && text[i + 1] != '年')
            {
                line.LabelKind = NoteLabelKind.ArabicPunctuated;
                line.LabelNumber = number;
                line.LabelEnd = i;
            }
        }

        return line;
    }

    /// <summary>
    /// A line wrapped whole in markdown bold (<c>**一、2023年工作回顾**</c>) is a heading in a markdown
    /// conversion: the marks are trivia and the content is what they enclose.
    /// </summary>
    private static void StripWholeLineEmphasis(string text, ref int start, ref int end)
    {
        if (end - start <= 4 || text[start] != '*' || text[start + 1] != '*' || text[end - 1] != '*' || text[end - 2] != '*')
        {
            return;
        }

        if (text.IndexOf("**", start + 2, end - start - 4, StringComparison.Ordinal) >= 0)
        {
            return;
        }

        int newStart = start + 2;
        int newEnd = end - 2;
        while (newStart < newEnd && CharClasses.IsSpace(text[newStart]))
        {
            newStart++;
        }

        while (newEnd > newStart && CharClasses.IsSpace(text[newEnd - 1]))
        {
            newEnd--;
        }

        if (newEnd > newStart)
        {
            start = newStart;
            end = newEnd;
        }
    }

    /// <summary>
    /// Skips white space, markdown blockquote marks (<c>&gt;</c> followed by a space, another <c>&gt;</c> or the line's
    /// end: <c>&gt;5%</c> is a comparison, not a quote) and heading marks (<c>#</c> runs followed by a space).
    /// </summary>
    internal static int SkipIndentAndMarks(string text, int start, int end)
    {
        int i = start;
        while (true)
        {
            while (i < end && CharClasses.IsSpace(text[i]))
            {
                i++;
            }

            if (i < end && text[i] == '>' && (i + 1 == end || text[i + 1] == '>' || CharClasses.IsSpace(text[i + 1])))
            {
                i++;
                continue;
            }

            int hashes = i;
            while (hashes < end && text[hashes] == '#')
            {
                hashes++;
            }

            if (hashes > i && hashes - i <= 6 && (hashes == end || CharClasses.IsSpace(text[hashes])))
            {
                i = hashes;
                continue;
            }

            return i;
        }
    }

    /// <summary>An opening parenthesis and a numeral with no closing parenthesis after it: a marker that lost its bracket.</summary>
    private static bool LooksLikeOpenMarker(string text, int start, int end)
    {
        int i = start;
        while (i < end && i - start < 3 && (CharClasses.IsChineseNumeral(text[i]) || CharClasses.IsDigit(text[i])))
        {
            i++;
        }

        return i > start && i < end && !CharClasses.IsCloseParen(text[i]) && CharClasses.IsHan(text[i]) && text.AsSpan(i, Math.Min(6, end - i)).IndexOfAny(')', '）') < 0;
    }

    /// <summary>The cheap first-character test that keeps the grammar off ordinary lines.</summary>
    private static bool CouldOpenMarker(string text, int start, int end)
    {
        char first = text[start];
        if (CharClasses.IsCircled(first) || CharClasses.IsOpenParen(first))
        {
            return true;
        }

        if (CharClasses.IsDigit(first))
        {
            int i = start;
            while (i < end && CharClasses.IsDigit(text[i]))
            {
                i++;
            }

            return i < end && i - start <= 3 && text[i] is '.' or '、' or '．';
        }

        if (first == '第')
        {
            start++;
        }

        int j = start;
        while (j < end && j - start < 4 && CharClasses.IsChineseNumeral(text[j]))
        {
            j++;
        }

        return j > start && j < end && (text[j] is '、' or '，' or '．' or '.' or ',' or '：' or ':' || GenreProfile.OrdinalClauseVerbs.Contains(text[j]));
    }
}
