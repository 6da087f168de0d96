namespace ReportSdk.Syntax;

/// <summary>Adds a line break after the last token of each line-level node that lacks one (see <see cref="SyntaxNodeExtensions.NormalizeWhitespace{TNode}"/>).</summary>
internal sealed class LineBreakNormalizer : SyntaxRewriter
{
    public override SyntaxNode? Visit(SyntaxNode? node)
    {
        var visited = base.Visit(node);
        if (visited is null || !EndsALine(visited.Kind))
        {
            return visited;
        }

        var last = visited.GetLastToken();
        if (last.Kind == SyntaxKind.None || last.TrailingTrivia.Any(t => t.Kind == SyntaxKind.EndOfLineTrivia))
        {
            return visited;
        }

        return visited.ReplaceToken(last, last.WithTrailingTrivia([.. last.TrailingTrivia, SyntaxFactory.EndOfLine()]));
    }

    public override SyntaxNode? VisitNumberedItem(NumberedItemSyntax node)
    {
        var item = (NumberedItemSyntax)base.VisitNumberedItem(node)!;
        var lastTitle = item.Title.LastOrDefault();
        if (lastTitle is null || item.Body.FirstOrDefault() is ParagraphSyntax)
        {
            // A heading that opens its paragraph shares the paragraph's line.
            return item;
        }

        var token = lastTitle.GetLastToken();
        if (token.TrailingTrivia.Any(t => t.Kind == SyntaxKind.EndOfLineTrivia))
        {
            return item;
        }

        return item.ReplaceToken(token, token.WithTrailingTrivia([.. token.TrailingTrivia, SyntaxFactory.EndOfLine()]));
    }

    private static bool EndsALine(SyntaxKind kind) => kind is SyntaxKind.Title or SyntaxKind.MeetingLine or SyntaxKind.SpeakerLine
        or SyntaxKind.Salutation or SyntaxKind.SectionHeading or SyntaxKind.Paragraph or SyntaxKind.FootnoteDefinition
        or SyntaxKind.TableOfContentsEntry;
}
