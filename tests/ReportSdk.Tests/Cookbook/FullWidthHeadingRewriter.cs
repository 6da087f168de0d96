using System.Text;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.Cookbook;

/// <summary>
/// Normalizes the punctuation of headings to full width: section headings, and the markers and
/// titles of numbered items. <c>(一)</c> becomes <c>（一）</c>, <c>,</c> <c>:</c> <c>;</c> <c>!</c>
/// <c>?</c> become <c>，</c> <c>：</c> <c>；</c> <c>！</c> <c>？</c>. Paragraphs are left alone.
/// </summary>
public sealed class FullWidthHeadingRewriter : SyntaxRewriter
{
    public override SyntaxToken VisitToken(SyntaxToken token)
    {
        if (!IsHeadingText(token))
        {
            return token;
        }

        string text = ToFullWidth(token.Text);
        return text == token.Text
            ? token // unchanged tokens keep their nodes: the rewriter then returns them as they are
            : SyntaxFactory.Token(token.LeadingTrivia, token.Kind, text, token.TrailingTrivia);
    }

    private static bool IsHeadingText(SyntaxToken token)
    {
        if (token.Kind is not (SyntaxKind.TextToken or SyntaxKind.NumberingMarkerToken))
        {
            return false;
        }

        // A section heading's marker and text; a numbered item's marker; the runs of an item's title
        // (lists are invisible, so a title run's parent is the item itself).
        return token.Parent is SectionHeadingSyntax or NumberedItemSyntax
            || (token.Parent is TextSyntax or BoldTextSyntax && token.Parent.Parent is NumberedItemSyntax);
    }

    public static string ToFullWidth(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            // 1,000 and 10:30 keep their ASCII separators.
            bool betweenDigits = i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);
            builder.Append(c switch
            {
                '(' => '（',
                ')' => '）',
                ',' when !betweenDigits => '，',
                ':' when !betweenDigits => '：',
                ';' => '；',
                '!' => '！',
                '?' => '？',
                _ => c,
            });
        }

        return builder.ToString();
    }
}
