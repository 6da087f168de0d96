using Sprache;

namespace ReportSdk.Parsing;

/// <summary>
/// The Sprache grammars for the shapes of line heads and marks: numbering markers, note labels and
/// note marks. Built once into static fields; applied only to the short head of a
/// line the scanner has already judged likely (see <see cref="LineScanner"/>), through a
/// <see cref="LineHeadInput"/> window, so the parse stays linear.
/// </summary>
internal static class LineGrammar
{
    private static readonly Parser<char> Space = Parse.Char(CharClasses.IsSpace, "space");

    private static readonly Parser<char> AsciiOrWideDigit = Parse.Char(CharClasses.IsDigit, "digit");

    private static readonly Parser<char> ChineseNumeral = Parse.Char(CharClasses.IsChineseNumeral, "Chinese numeral");

    private static readonly Parser<char> OpenParen = Parse.Char(CharClasses.IsOpenParen, "(");

    private static readonly Parser<char> CloseParen = Parse.Char(CharClasses.IsCloseParen, ")");

    /// <summary>Up to three digits, as a number (never more: a year is not a marker).</summary>
    private static readonly Parser<int> ArabicNumber =
        AsciiOrWideDigit.Repeat(1, 3).Select(digits => digits.Aggregate(0, (n, c) => n * 10 + CharClasses.DigitValue(c)));

    private static readonly Parser<int> ChineseNumber =
        ChineseNumeral.Repeat(1, 4).Select(chars => CharClasses.ParseChineseNumber(new string(chars.ToArray())));

    /// <summary><c>一、</c> (also <c>一，</c>, <c>一．</c>).</summary>
    private static readonly Parser<MarkerShape> ChineseComma =
        from number in ChineseNumber
        from punct in Parse.Chars('、', '，', '．', '.')
        select new MarkerShape(NumberingStyle.ChineseComma, number);

    /// <summary><c>第一，</c> / <c>第一、</c> / <c>第一：</c>.</summary>
    private static readonly Parser<MarkerShape> ChineseOrdinal =
        from di in Parse.Char('第')
        from number in ChineseNumber
        from punct in Parse.Chars('，', ',', '、', '：', ':')
        select new MarkerShape(NumberingStyle.ChineseOrdinal, number);

    /// <summary><c>(一)</c> / <c>（一）</c>, <c>(1)</c> / <c>（1）</c>.</summary>
    private static readonly Parser<MarkerShape> Parenthesized =
        OpenParen.Then(_ =>
            ChineseNumber.Select(n => new MarkerShape(NumberingStyle.ChineseParenthesized, n))
                .XOr(ArabicNumber.Select(n => new MarkerShape(NumberingStyle.ArabicParenthesized, n))))
        .Then(shape => CloseParen.Return(shape));

    /// <summary><c>1.</c> / <c>1、</c> / <c>1．</c>, not a decimal (<c>3. 5 公里</c>) or a percentage.</summary>
    private static readonly Parser<MarkerShape> Arabic =
        from number in ArabicNumber
        from punct in Parse.Chars('.', '、', '．')
        from notDecimal in Space.Many().Then(_ => AsciiOrWideDigit.Or(Parse.Chars('%', '％'))).Not()
        select new MarkerShape(NumberingStyle.Arabic, number);

    /// <summary><c>①</c>.</summary>
    private static readonly Parser<MarkerShape> Circled =
        Parse.Char(CharClasses.IsCircled, "circled number").Select(c => new MarkerShape(NumberingStyle.Circled, CharClasses.CircledValue(c)));

    /// <summary>Any numbering marker, without the space that may follow it.</summary>
    public static readonly Parser<MarkerShape> NumberingMarker =
        ChineseComma.Or(ChineseOrdinal).Or(Parenthesized).Or(Arabic).Or(Circled);

    /// <summary>Bracketed note numbers: <c>[1]</c>, <c>［1］</c>, <c>〔1〕</c>, <c>【1】</c>.</summary>
    public static readonly Parser<int> BracketedNoteNumber =
        from open in Parse.Chars('[', '［', '〔', '【')
        from spaces in Space.Many()
        from number in ArabicNumber
        from spaces2 in Space.Many()
        from close in Parse.Chars(']', '］', '〕', '】')
        select number;

    /// <summary>
    /// <c>&lt;sup&gt;…&lt;/sup&gt;</c> as PDF and HTML conversions leave it, including broken escapes
    /// (<c>&lt;sup&gt;&amp;&lt;/sup&gt;lt;sup&gt;1&lt;/sup&gt;</c>, <c>&lt;sup&gt;&amp;&lt;/sup&gt;quot;</c>). The number is the first run of
    /// digits inside, or -1 when the number was lost.
    /// </summary>
    public static readonly Parser<int> SuperscriptMark =
        from open in Parse.IgnoreCase("<sup>")
        from inner in Parse.AnyChar.Except(Parse.String("</sup>")).Many().Text()
        from close in Parse.String("</sup>")
        from debris in SupDebris.Optional()
        select debris.IsDefined && debris.Get() >= 0 ? debris.Get() : FirstNumber(inner);

    /// <summary>What follows a broken <c>&lt;sup&gt;&amp;&lt;/sup&gt;</c>: an entity tail such as <c>lt;sup&gt;1&lt;/sup&gt;</c> or <c>quot;</c>.</summary>
    private static Parser<int> SupDebris =>
        from entity in Parse.Char(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'), "entity letter").Repeat(2, 6).Text()
        from semicolon in Parse.Char(';')
        from rest in
            (from tag in Parse.IgnoreCase("sup>")
             from inner in Parse.AnyChar.Except(Parse.String("</sup>")).Many().Text()
             from close in Parse.String("</sup>")
             select FirstNumber(inner)).Optional()
        select rest.IsDefined ? rest.Get() : -1;

    /// <summary>Runs <paramref name="parser"/> over <c>source[start..end)</c>; returns the result and the position after it.</summary>
    public static bool TryParse<T>(Parser<T> parser, string source, int start, int end, out T value, out int next)
    {
        var result = parser(new LineHeadInput(source, start, end));
        if (result.WasSuccessful)
        {
            value = result.Value;
            next = result.Remainder.Position;
            return true;
        }

        value = default!;
        next = start;
        return false;
    }

    private static int FirstNumber(string text)
    {
        int value = -1;
        foreach (char c in text)
        {
            if (CharClasses.IsDigit(c))
            {
                value = (value < 0 ? 0 : value * 10) + CharClasses.DigitValue(c);
                if (value > 9999)
                {
                    return -1;
                }
            }
            else if (value >= 0)
            {
                break;
            }
        }

        return value;
    }
}

/// <summary>A parsed numbering marker: its style and number.</summary>
internal readonly record struct MarkerShape(NumberingStyle Style, int Number);
