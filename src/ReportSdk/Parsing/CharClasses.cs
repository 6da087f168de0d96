using ReportSdk.Syntax;

namespace ReportSdk.Parsing;

/// <summary>
/// Character classes with explicit value tables. Sprache's own <c>Digit</c>, <c>Number</c> and
/// <c>WhiteSpace</c> accept characters (full-width and Arabic-Indic digits, ①, 〇, U+3000) in ways
/// that do not fit this genre, so every class the grammars use is defined here.
/// </summary>
internal static class CharClasses
{
    /// <summary>Spaces that indent or separate: space, tab, NBSP, ideographic space and other Unicode spaces (not line breaks).</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u3000' or '\u2002' or '\u2003' or '\u2009' or '\u200B' or '\uFEFF' or '\f' or '\v';

    /// <summary>The characters <see cref="IsSpace"/> accepts, for searches over a set (<c>IndexOfAny</c>).</summary>
    public const string SpaceCharacters = " \t\u00A0\u3000\u2002\u2003\u2009\u200B\uFEFF\f\v";

    /// <summary>Line-break characters.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    /// <summary>ASCII 0-9 or full-width ０-９.</summary>
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9 || (uint)(c - '０') <= 9;

    /// <summary>The value of a digit accepted by <see cref="IsDigit"/>.</summary>
    public static int DigitValue(char c) => (uint)(c - '0') <= 9 ? c - '0' : c - '０';

    /// <summary>Chinese numerals used in markers.</summary>
    public static bool IsChineseNumeral(char c) => ChineseNumeralValue(c) >= 0;

    /// <summary>The value of a Chinese numeral character: 一…九 give 1…9, 十 gives 10, 〇/零 give 0, 百 gives 100; -1 otherwise.</summary>
    public static int ChineseNumeralValue(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        '十' => 10,
        '百' => 100,
        _ => -1,
    };

    /// <summary>Converts a Chinese numeral such as 三, 十二, 二十一 to its value; -1 when malformed.</summary>
    public static int ParseChineseNumber(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 6)
        {
            return -1;
        }

        int total = 0;
        int current = -1;
        foreach (char c in text)
        {
            int value = ChineseNumeralValue(c);
            if (value < 0)
            {
                return -1;
            }

            if (value == 10 || value == 100)
            {
                total += (current < 0 ? 1 : current) * value;
                current = -1;
            }
            else if (value == 0 && total > 0 && current < 0)
            {
                // 一百零一: 零 only marks the empty tens place.
            }
            else
            {
                if (current >= 0)
                {
                    return -1;
                }

                current = value;
            }
        }

        return total + (current < 0 ? 0 : current);
    }

    /// <summary>Circled numbers ①…⑳ (U+2460–2473), ㉑…㉟ (U+3251–325F) and ㊱…㊿ (U+32B1–32BF).</summary>
    public static int CircledValue(char c)
    {
        if (c >= '\u2460' && c <= '\u2473')
        {
            return c - '\u2460' + 1;
        }

        if (c >= '\u3251' && c <= '\u325F')
        {
            return c - '\u3251' + 21;
        }

        if (c >= '\u32B1' && c <= '\u32BF')
        {
            return c - '\u32B1' + 36;
        }

        return -1;
    }

    /// <summary>True for a circled number.</summary>
    public static bool IsCircled(char c) => CircledValue(c) > 0;

    /// <summary>Opening parentheses, half and full width.</summary>
    public static bool IsOpenParen(char c) => c is '(' or '（';

    /// <summary>Closing parentheses, half and full width.</summary>
    public static bool IsCloseParen(char c) => c is ')' or '）';

    /// <summary>Closing quotation marks.</summary>
    public static bool IsCloseQuote(char c) => c is '”' or '"' or '’' or '」' or '』' or '》';

    /// <summary>Opening quotation marks.</summary>
    public static bool IsOpenQuote(char c) => c is '“' or '"' or '‘' or '「' or '『';

    /// <summary>Colons, half and full width.</summary>
    public static bool IsColon(char c) => c is ':' or '：';

    /// <summary>Punctuation that ends a sentence.</summary>
    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '!' or '？' or '?' or '；' or ';';

    /// <summary>The characters of <see cref="IsSentenceEnd"/>, for a vectorized search for the first.</summary>
    public static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create("。！!？?；;");

    /// <summary>Punctuation that separates clauses or list entries; a circled number after one of these starts an enumeration, not a note reference.</summary>
    public static bool IsSeparator(char c) => c is '：' or ':' or '；' or ';' or '。' or '，' or ',' or '、' or '！' or '!' or '？' or '?' or '（' or '(';

    /// <summary>Dashes that open a meeting line: —, ―, -, －, ─, ~.</summary>
    public static bool IsDash(char c) => c is '—' or '―' or '-' or '－' or '─' or '–' or '━';

    /// <summary>CJK ideographs (the basic block and extension A).</summary>
    public static bool IsHan(char c) => (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF');

    /// <summary>Converts full-width digits to ASCII and leaves other characters out.</summary>
    public static string DigitsToAscii(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 16)];
        int count = 0;
        foreach (char c in text)
        {
            if (IsDigit(c) && count < buffer.Length)
            {
                buffer[count++] = (char)('0' + DigitValue(c));
            }
        }

        return new string(buffer[..count]);
    }
}
