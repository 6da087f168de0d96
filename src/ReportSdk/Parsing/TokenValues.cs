using ReportSdk.Syntax;
using ReportSdk.Syntax.InternalSyntax;

namespace ReportSdk.Parsing;

/// <summary>Computes <see cref="SyntaxToken.ValueText"/>: the number a marker, mark or label stands for.</summary>
internal static class TokenValues
{
    public static string? GetValueText(GreenToken token)
    {
        var text = token.AsSpan();
        switch (token.Kind)
        {
            case SyntaxKind.NumberingMarkerToken:
            case SyntaxKind.EntryNumberToken:
                return MarkerNumber(token) is > 0 and var n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            case SyntaxKind.FootnoteMarkToken:
            case SyntaxKind.FootnoteLabelToken:
            case SyntaxKind.PageNumberToken:
                if (text.Length == 1 && CharClasses.IsCircled(text[0]))
                {
                    return CharClasses.CircledValue(text[0]).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                string source = token.Text;
                if (LineGrammar.TryParseSuperscript(source, 0, source.Length, out int sup, out _))
                {
                    return sup > 0 ? sup.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
                }

                string digits = CharClasses.DigitsToAscii(text);
                return digits.Length > 0 ? digits.TrimStart('0') is { Length: > 0 } trimmed ? trimmed : "0" : null;
            default:
                return token.Text;
        }
    }

    /// <summary>True when <paramref name="text"/> is exactly a dash lead (<c>——</c>), a numbering marker without a number.</summary>
    public static bool IsDashLead(string text) =>
        LineGrammar.TryParseDashLead(text, 0, text.Length, out _, out int next) && next == text.Length;

    /// <summary>True when <paramref name="text"/> is exactly a bracketed lead phrase (<c>【稳增长】</c>), a numbering marker without a number.</summary>
    public static bool IsBracketLead(string text) =>
        LineGrammar.TryParseBracketLead(text, 0, text.Length, out _, out int next) && next == text.Length;

    /// <summary>The number of a numbering marker token, or -1.</summary>
    public static int MarkerNumber(GreenToken token)
    {
        string text = token.Text;
        return LineGrammar.TryParseMarkerToken(text, out var shape) ? shape.Number : -1;
    }
}
