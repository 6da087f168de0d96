using ReportSdk.Syntax;

namespace ReportSdk.Parsing;

/// <summary>How a segment of a line groups into inline nodes.</summary>
internal enum SegmentRole : byte
{
    Text,
    Reference,
    BoldOpen,
    BoldText,
    BoldClose,
    Other,
}

/// <summary>A run of a line that becomes one token.</summary>
internal readonly record struct Segment(SyntaxKind Kind, int Start, int End, SegmentRole Role = SegmentRole.Other, int Number = -1);

/// <summary>
/// Splits running text into text runs, bold runs (<c>**…**</c>) and note references
/// (<c>&lt;sup&gt;7&lt;/sup&gt;</c>, <c>[8]</c>, <c>⑪</c>, a bare number after a quoted term). Only characters
/// that can open a reference are tried, and each grammar looks at a bounded window.
/// </summary>
internal static class InlineScanner
{
    private const int MarkWindow = 40;

    /// <summary>The characters that can open a note mark or a bold run: the loop jumps between them.</summary>
    private static readonly string MarkOpeners = "<[［〔【*" + Range('\u2460', '\u2473') + Range('\u3251', '\u325F') + Range('\u32B1', '\u32BF');

    /// <summary>The openers, and the closing quotes a bare note number can follow ("三沿一口"3整治).</summary>
    private static readonly CharSetSearch Openers = new(MarkOpeners + "”\"’」』》");

    /// <summary>
    /// The openers of a report without numbered notes: a bare number after a quote can name no note there, so the
    /// closing quotes (frequent in Chinese text) are not stopped at.
    /// </summary>
    private static readonly CharSetSearch OpenersWithoutBareNumbers = new(MarkOpeners);

    private static string Range(char first, char last)
    {
        var chars = new char[last - first + 1];
        for (int k = 0; k < chars.Length; k++)
        {
            chars[k] = (char)(first + k);
        }

        return new string(chars);
    }

    public static void Scan(string text, int start, int end, IReadOnlySet<int> knownLabels, List<Segment> output)
    {
        int textStart = start;
        int i = start;
        var openers = knownLabels.Count == 0 ? OpenersWithoutBareNumbers : Openers;
        while (i < end)
        {
            int found = openers.IndexOfAny(text.AsSpan(i, end - i));
            if (found < 0)
            {
                break;
            }

            i += found;
            char c = text[i];
            if (CharClasses.IsCloseQuote(c))
            {
                // A bare note number right after a quoted term: "三沿一口"3整治.
                if (i + 1 < end && CharClasses.IsDigit(text[i + 1]) && TryBareNumber(text, i + 1, end, knownLabels, out int bareEnd, out int bare))
                {
                    Flush(output, textStart, i + 1);
                    output.Add(new Segment(SyntaxKind.FootnoteMarkToken, i + 1, bareEnd, SegmentRole.Reference, bare));
                    i = textStart = bareEnd;
                    continue;
                }

                if (c != '"' && c != '”')
                {
                    i++;
                    continue;
                }
            }

            int markEnd;
            int number;
            if (c == '<' && LineGrammar.TryParseSuperscript(text, i, Math.Min(end, i + MarkWindow), out number, out markEnd))
            {
                Flush(output, textStart, i);
                output.Add(new Segment(SyntaxKind.FootnoteMarkToken, i, markEnd, SegmentRole.Reference, number));
                i = textStart = markEnd;
                continue;
            }

            if (c is '[' or '［' or '〔' or '【' && LineGrammar.TryParseBracketed(text, i, Math.Min(end, i + 12), out number, out markEnd))
            {
                Flush(output, textStart, i);
                output.Add(new Segment(SyntaxKind.FootnoteMarkToken, i, markEnd, SegmentRole.Reference, number));
                i = textStart = markEnd;
                continue;
            }

            if (CharClasses.IsCircled(c) && i > start && IsCircledReference(text, i, knownLabels))
            {
                Flush(output, textStart, i);
                output.Add(new Segment(SyntaxKind.FootnoteMarkToken, i, i + 1, SegmentRole.Reference, CharClasses.CircledValue(c)));
                i = textStart = i + 1;
                continue;
            }

            if (c == '*' && i + 1 < end && text[i + 1] == '*')
            {
                int close = text.IndexOf("**", i + 2, end - i - 2, StringComparison.Ordinal);
                if (close > i + 2)
                {
                    Flush(output, textStart, i);
                    output.Add(new Segment(SyntaxKind.BoldMarkerToken, i, i + 2, SegmentRole.BoldOpen));
                    output.Add(new Segment(SyntaxKind.TextToken, i + 2, close, SegmentRole.BoldText));
                    output.Add(new Segment(SyntaxKind.BoldMarkerToken, close, close + 2, SegmentRole.BoldClose));
                    i = textStart = close + 2;
                    continue;
                }
            }

            i++;
        }

        Flush(output, textStart, end);
    }

    /// <summary>
    /// A circled number is a note mark when it follows a term (not a separator: <c>：①…；②…</c> is an
    /// enumeration) and either names a note of the report or directly follows a quoted term (<c>”⑪</c>).
    /// </summary>
    private static bool IsCircledReference(string text, int i, IReadOnlySet<int> knownLabels)
    {
        char previous = text[i - 1];
        if (CharClasses.IsSeparator(previous) || CharClasses.IsSpace(previous) || CharClasses.IsCircled(previous))
        {
            return false;
        }

        return knownLabels.Contains(CharClasses.CircledValue(text[i])) || CharClasses.IsCloseQuote(previous);
    }

    /// <summary>A number of one or two digits right after a closing quote (<c>"三沿一口"3整治</c>) that names a known note.</summary>
    private static bool TryBareNumber(string text, int start, int end, IReadOnlySet<int> knownLabels, out int markEnd, out int number)
    {
        number = 0;
        int i = start;
        while (i < end && CharClasses.IsDigit(text[i]) && i - start < 3)
        {
            number = number * 10 + CharClasses.DigitValue(text[i]);
            i++;
        }

        markEnd = i;
        if (i - start > 2 || !knownLabels.Contains(number))
        {
            return false;
        }

        if (i < end)
        {
            char next = text[i];
            if (CharClasses.IsDigit(next) || next is '.' or '．' or '%' or '％' or '年' or '月' or '日' or '号' or '万' or '亿' or '个' or '家' or '项' or '条' or '种' or '名' or '人' or '次' or '元' or '+' or '-')
            {
                return false;
            }
        }

        return true;
    }

    private static void Flush(List<Segment> output, int start, int end)
    {
        if (end > start)
        {
            output.Add(new Segment(SyntaxKind.TextToken, start, end, SegmentRole.Text));
        }
    }
}
