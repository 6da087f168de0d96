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

        // A line made only of missing tokens prints nothing, as the parser's missing title or heading does: no line break.
        SyntaxToken last = default;
        foreach (var token in visited.DescendantTokens())
        {
            if (token.FullSpan.Length > 0)
            {
                last = token;
            }
        }

        return EndLineAfter(visited, last);
    }

    public override SyntaxNode? VisitNumberedItem(NumberedItemSyntax node)
    {
        var item = (NumberedItemSyntax)base.VisitNumberedItem(node)!;
        var lastTitle = item.Title.LastOrDefault();
        if (lastTitle is null)
        {
            return item;
        }

        var token = lastTitle.GetLastToken();
        bool endsSentence = token.Text.Length > 0 && token.Text[^1] is '。' or '！' or '!';
        if (endsSentence && item.Body.FirstOrDefault() is ParagraphSyntax)
        {
            // A heading that ends with 。 may open its paragraph: the parser splits them there.
            return item;
        }

        return EndLineAfter(item, token);
    }

    public override SyntaxNode? VisitNotes(NotesSyntax node) => EndLineAfter((NotesSyntax)base.VisitNotes(node)!, n => n.HeadingToken);

    public override SyntaxNode? VisitAnnex(AnnexSyntax node) => EndLineAfter((AnnexSyntax)base.VisitAnnex(node)!, n => n.HeadingToken);

    public override SyntaxNode? VisitTableOfContents(TableOfContentsSyntax node) =>
        EndLineAfter((TableOfContentsSyntax)base.VisitTableOfContents(node)!, n => n.HeadingToken);

    private static TNode EndLineAfter<TNode>(TNode node, Func<TNode, SyntaxToken> token)
        where TNode : SyntaxNode => EndLineAfter(node, token(node));

    private static TNode EndLineAfter<TNode>(TNode node, SyntaxToken token)
        where TNode : SyntaxNode
    {
        if (token.Kind == SyntaxKind.None || token.FullSpan.Length == 0 || token.TrailingTrivia.Any(t => t.Kind == SyntaxKind.EndOfLineTrivia))
        {
            return node;
        }

        return node.ReplaceToken(token, token.WithTrailingTrivia([.. token.TrailingTrivia, SyntaxFactory.EndOfLine()]));
    }

    private static bool EndsALine(SyntaxKind kind) => kind is SyntaxKind.Title or SyntaxKind.MeetingLine or SyntaxKind.SpeakerLine
        or SyntaxKind.Salutation or SyntaxKind.SectionHeading or SyntaxKind.Paragraph or SyntaxKind.FootnoteDefinition
        or SyntaxKind.TableOfContentsEntry;
}
