using ReportSdk.Syntax.InternalSyntax;

namespace ReportSdk.Syntax;

/// <summary>
/// Creates nodes, tokens, trivia and lists. Node methods are generated from Syntax.xml; the
/// methods here make the leaves. Nodes made here are not attached to a tree until used in one.
/// </summary>
public static partial class SyntaxFactory
{
    /// <summary>A token of <paramref name="kind"/> with the given text and no trivia.</summary>
    public static SyntaxToken Token(SyntaxKind kind, string text) => new(null, new GreenToken(kind, text ?? throw new ArgumentNullException(nameof(text))), 0, 0);

    /// <summary>A token with leading and trailing trivia.</summary>
    public static SyntaxToken Token(IEnumerable<SyntaxTrivia> leading, SyntaxKind kind, string text, IEnumerable<SyntaxTrivia> trailing) =>
        new(null, new GreenToken(kind, text ?? throw new ArgumentNullException(nameof(text)), SyntaxTriviaList.CreateGreen(leading), SyntaxTriviaList.CreateGreen(trailing)), 0, 0);

    /// <summary>A zero-width missing token of <paramref name="kind"/>.</summary>
    public static SyntaxToken MissingToken(SyntaxKind kind) => new(null, GreenToken.Missing(kind), 0, 0);

    /// <summary>A text token.</summary>
    public static SyntaxToken TextToken(string text) => Token(SyntaxKind.TextToken, text);

    /// <summary>Whitespace trivia.</summary>
    public static SyntaxTrivia Whitespace(string text) => SyntaxTrivia.Create(SyntaxKind.WhitespaceTrivia, text);

    /// <summary>A line break (<c>\n</c> by default).</summary>
    public static SyntaxTrivia EndOfLine(string text = "\n") => SyntaxTrivia.Create(SyntaxKind.EndOfLineTrivia, text);

    /// <summary>Skipped text: content kept in the tree but not part of the report.</summary>
    public static SyntaxTrivia SkippedText(string text) => SyntaxTrivia.Create(SyntaxKind.SkippedTextTrivia, text);

    /// <summary>A list of nodes.</summary>
    public static SyntaxList<TNode> List<TNode>(IEnumerable<TNode> nodes)
        where TNode : SyntaxNode => new(nodes);

    /// <summary>A list of nodes.</summary>
    public static SyntaxList<TNode> List<TNode>(params TNode[] nodes)
        where TNode : SyntaxNode => new(nodes);
}
