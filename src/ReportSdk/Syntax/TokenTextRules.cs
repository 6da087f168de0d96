using ReportSdk.Parsing;
using ReportSdk.Syntax.InternalSyntax;

namespace ReportSdk.Syntax;

/// <summary>
/// What <see cref="SyntaxFactory.Token(SyntaxKind, string)"/> and the trivia factories accept: text the parser could
/// have made into that token or trivia. A token never holds a line break (lines end in trivia), only the end-of-file
/// token is empty (a missing token is <see cref="SyntaxFactory.MissingToken"/>), and markers (except the dash lead <c>——</c>),
/// marks and labels must carry a number.
/// </summary>
internal static class TokenTextRules
{
    /// <summary>Throws when <paramref name="kind"/> is not a token kind or <paramref name="text"/> cannot be such a token.</summary>
    public static void CheckToken(SyntaxKind kind, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!SyntaxFacts.IsToken(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, $"{kind} is not a token kind.");
        }

        string? fixedText = SyntaxFacts.HasFixedText(kind) ? SyntaxFacts.GetText(kind) : null;
        if (fixedText is not null && text != fixedText)
        {
            throw new ArgumentException($"A {kind} is always \"{fixedText}\", not \"{text}\".", nameof(text));
        }

        if (text.Length == 0 && fixedText is null)
        {
            throw new ArgumentException($"A {kind} cannot be empty; use SyntaxFactory.MissingToken for a token the text lacks.", nameof(text));
        }

        int lineBreak = text.AsSpan().IndexOfAny(LineBreaks);
        if (lineBreak >= 0)
        {
            throw new ArgumentException($"A {kind} cannot hold a line break (found U+{(int)text[lineBreak]:X4} at {lineBreak}); lines end in EndOfLineTrivia.", nameof(text));
        }

        // A dash lead (——) and a bracketed lead phrase (【稳增长】) are the numbering markers without a number: they lead the
        // items of an unnumbered list.
        if (SyntaxFacts.CarriesNumber(kind) && TokenValues.GetValueText(new GreenToken(kind, text)) is null
            && !(kind == SyntaxKind.NumberingMarkerToken && (TokenValues.IsDashLead(text) || TokenValues.IsBracketLead(text))))
        {
            throw new ArgumentException($"\"{text}\" is not a {kind}: it carries no number.", nameof(text));
        }
    }

    /// <summary>Throws when <paramref name="text"/> cannot be trivia of <paramref name="kind"/>.</summary>
    public static void CheckTrivia(SyntaxKind kind, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            throw new ArgumentException($"{kind} cannot be empty.", nameof(text));
        }

        bool valid = kind switch
        {
            SyntaxKind.WhitespaceTrivia => text.All(CharClasses.IsSpace),
            SyntaxKind.EndOfLineTrivia => text is "\n" or "\r\n" or "\r" or "\u2028" or "\u2029" or "\u0085",
            SyntaxKind.SkippedTextTrivia => text.AsSpan().IndexOfAny(LineBreaks) < 0,
            _ => false,
        };

        if (!valid)
        {
            throw new ArgumentException($"\"{text}\" is not {kind}.", nameof(text));
        }
    }

    private static readonly System.Buffers.SearchValues<char> LineBreaks = System.Buffers.SearchValues.Create("\n\r\u2028\u2029\u0085");
}
