using System.Globalization;
using ReportSdk.Parsing;

namespace ReportSdk.Syntax;

public static partial class SyntaxFactory
{
    private static readonly string[] ChineseDigits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    /// <summary>
    /// A numbering marker token: <c>NumberingMarker(NumberingStyle.ChineseParenthesized, 3)</c> gives <c>（三）</c>,
    /// or <c>(三)</c> with <see cref="MarkerWidth.HalfWidth"/>. <see cref="NumberingStyle.Dash"/> gives the dash lead
    /// <c>——</c>, which carries no number (its <see cref="SyntaxToken.ValueText"/> is null).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The style is <see cref="NumberingStyle.None"/> or <see cref="NumberingStyle.BracketLead"/> (whose text is its phrase:
    /// make it with <see cref="Token(SyntaxKind, string)"/>), checked before the number; or the number is not 1–99 (1–50 for
    /// circled numbers; not checked for the dash lead, which does not write it).
    /// </exception>
    public static SyntaxToken NumberingMarker(NumberingStyle style, int number, MarkerWidth width = MarkerWidth.FullWidth)
    {
        // The style first: a bracket lead has no number to check, and its message says how to build one.
        if (style == NumberingStyle.BracketLead)
        {
            throw new ArgumentOutOfRangeException(nameof(style), style, BracketLeadMessage);
        }

        if (style == NumberingStyle.None || !Enum.IsDefined(style))
        {
            throw new ArgumentOutOfRangeException(nameof(style), style, "Not a numbering style.");
        }

        // The dash lead carries no number: whatever is passed is not written, so it is not checked either.
        if (style != NumberingStyle.Dash && (number < 1 || number > 99 || (style == NumberingStyle.Circled && number > 50)))
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "Markers are numbered 1–99 (circled numbers 1–50).");
        }

        bool full = width == MarkerWidth.FullWidth;
        string arabic = number.ToString(CultureInfo.InvariantCulture);
        string text = style switch
        {
            NumberingStyle.ChineseComma => ToChineseNumber(number) + "、",
            NumberingStyle.ChineseOrdinal => "第" + ToChineseNumber(number) + (full ? "，" : ","),
            NumberingStyle.ChineseParenthesized => full ? "（" + ToChineseNumber(number) + "）" : "(" + ToChineseNumber(number) + ")",
            NumberingStyle.Arabic => arabic + (full ? "．" : "."),
            NumberingStyle.ArabicParenthesized => full ? "（" + arabic + "）" : "(" + arabic + ")",
            NumberingStyle.Circled => CircledNumber(number),
            NumberingStyle.OrdinalClause => ToChineseNumber(number) + "是",
            NumberingStyle.Dash => "——",
            _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Not a numbering style."),
        };

        return Token(SyntaxKind.NumberingMarkerToken, text);
    }

    private const string BracketLeadMessage =
        "A bracket lead has no number: it is its phrase (【稳增长】). Make it with Token(SyntaxKind.NumberingMarkerToken, \"【稳增长】\").";

    /// <summary>A footnote reference mark <c>[n]</c>.</summary>
    public static SyntaxToken FootnoteMark(int number) =>
        Token(SyntaxKind.FootnoteMarkToken, "[" + number.ToString(CultureInfo.InvariantCulture) + "]");

    /// <summary>A footnote definition label <c>［n］</c>, the bracketed form notes sections use.</summary>
    public static SyntaxToken FootnoteLabel(int number) =>
        Token(SyntaxKind.FootnoteLabelToken, "［" + number.ToString(CultureInfo.InvariantCulture) + "］");

    /// <summary>A markdown bold marker <c>**</c>.</summary>
    public static SyntaxToken BoldMarker() => Token(SyntaxKind.BoldMarkerToken, "**");

    /// <summary>Writes 1–99 in Chinese numerals: 3 → 三, 12 → 十二, 20 → 二十, 21 → 二十一.</summary>
    public static string ToChineseNumber(int number)
    {
        if (number < 1 || number > 99)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "Only 1–99 are supported.");
        }

        int tens = number / 10;
        int ones = number % 10;
        string result = tens switch
        {
            0 => string.Empty,
            1 => "十",
            _ => ChineseDigits[tens] + "十",
        };

        return ones == 0 ? result : result + ChineseDigits[ones];
    }

    private static string CircledNumber(int number) => number switch
    {
        <= 20 => ((char)('\u2460' + number - 1)).ToString(),
        <= 35 => ((char)('\u3251' + number - 21)).ToString(),
        _ => ((char)('\u32B1' + number - 36)).ToString(),
    };
}
