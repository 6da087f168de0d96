using ReportSdk.Syntax.InternalSyntax;

namespace ReportSdk.Syntax;

/// <summary>
/// Creates nodes, tokens, trivia and lists. Node methods are generated from Syntax.xml; the
/// methods here make the leaves. Nodes made here are not attached to a tree until used in one.
/// </summary>
public static partial class SyntaxFactory
{
    /// <summary>
    /// A token of <paramref name="kind"/> with the given text and no trivia. The text must be one the parser could have
    /// made into that token: no line break (lines end in <see cref="EndOfLine"/> trivia), not empty (except the
    /// end-of-file token, which is always empty; use <see cref="MissingToken"/> for a token the text lacks), <c>**</c>
    /// for a bold marker, and a number for markers, marks and labels.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a token kind.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> cannot be a token of that kind.</exception>
    public static SyntaxToken Token(SyntaxKind kind, string text)
    {
        TokenTextRules.CheckToken(kind, text);
        return new(null, new GreenToken(kind, text), 0, 0);
    }

    /// <summary>A token with leading and trailing trivia; the text is checked as by <see cref="Token(SyntaxKind, string)"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a token kind.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> cannot be a token of that kind.</exception>
    public static SyntaxToken Token(IEnumerable<SyntaxTrivia> leading, SyntaxKind kind, string text, IEnumerable<SyntaxTrivia> trailing)
    {
        TokenTextRules.CheckToken(kind, text);
        return new(null, new GreenToken(kind, text, SyntaxTriviaList.CreateGreen(leading), SyntaxTriviaList.CreateGreen(trailing)), 0, 0);
    }

    /// <summary>
    /// A zero-width missing token of <paramref name="kind"/>, as the parser makes where the text lacks a required
    /// token (a report without a title). It prints nothing, and <see cref="SyntaxNodeExtensions.NormalizeWhitespace{TNode}"/>
    /// gives a line made only of missing tokens no line break, so it prints as the parser's missing line.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a token kind.</exception>
    public static SyntaxToken MissingToken(SyntaxKind kind)
    {
        if (!SyntaxFacts.IsToken(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, $"{kind} is not a token kind.");
        }

        return new(null, GreenToken.Missing(kind), 0, 0);
    }

    /// <summary>A text token; checked as by <see cref="Token(SyntaxKind, string)"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or holds a line break.</exception>
    public static SyntaxToken TextToken(string text) => Token(SyntaxKind.TextToken, text);

    /// <summary>Whitespace trivia: spaces, tabs, NBSP, U+3000 and the other spaces the parser treats as whitespace.</summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or holds anything else.</exception>
    public static SyntaxTrivia Whitespace(string text)
    {
        TokenTextRules.CheckTrivia(SyntaxKind.WhitespaceTrivia, text);
        return SyntaxTrivia.Create(SyntaxKind.WhitespaceTrivia, text);
    }

    /// <summary>A line break (<c>\n</c> by default; <c>\r\n</c>, <c>\r</c>, U+2028, U+2029 and U+0085 are accepted).</summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not one line break.</exception>
    public static SyntaxTrivia EndOfLine(string text = "\n")
    {
        TokenTextRules.CheckTrivia(SyntaxKind.EndOfLineTrivia, text);
        return SyntaxTrivia.Create(SyntaxKind.EndOfLineTrivia, text);
    }

    /// <summary>Skipped text: content kept in the tree but not part of the report (one line of it: no line break).</summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty or holds a line break.</exception>
    public static SyntaxTrivia SkippedText(string text)
    {
        TokenTextRules.CheckTrivia(SyntaxKind.SkippedTextTrivia, text);
        return SyntaxTrivia.Create(SyntaxKind.SkippedTextTrivia, text);
    }

    /// <summary>A list of nodes.</summary>
    public static SyntaxList<TNode> List<TNode>(IEnumerable<TNode> nodes)
        where TNode : SyntaxNode => new(nodes);

    /// <summary>A list of nodes.</summary>
    public static SyntaxList<TNode> List<TNode>(params TNode[] nodes)
        where TNode : SyntaxNode => new(nodes);
}
