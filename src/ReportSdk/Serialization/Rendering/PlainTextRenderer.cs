using ReportSdk.Syntax;

namespace ReportSdk.Serialization.Rendering;

/// <summary>
/// Renders a syntax tree as plain text: the report without skipped chrome, markdown heading marks
/// or HTML debris. Each line of the report stays a line; blocks (preamble lines, headings,
/// paragraphs, footnote definitions) are separated by one blank line; footnote marks are written as
/// <c>[n]</c> and definitions start with <c>[n] </c>. Line breaks are <c>\n</c>.
/// </summary>
/// <remarks>Blocks are visited with an explicit stack, so deep nesting cannot overflow the call stack.</remarks>
public sealed class PlainTextRenderer : TreeRenderer
{
    private readonly InlinePieces _pieces = new();
    private bool _written;

    /// <summary>Creates a renderer that writes to <paramref name="writer"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public PlainTextRenderer(TextWriter writer)
        : base(writer)
    {
    }

    /// <summary>Renders a document: its table of contents, then each report.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public override void Render(DocumentSyntax document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _written = false;
        if (document.TableOfContents is { } toc)
        {
            RenderTableOfContents(toc);
        }

        foreach (var report in document.Reports)
        {
            RenderReport(report);
        }

        if (_written)
        {
            Writer.Write('\n');
        }
    }

    private void RenderTableOfContents(TableOfContentsSyntax toc)
    {
        BeginBlock();
        bool first = true;
        if (!InlinePieces.IsAbsent(toc.HeadingToken))
        {
            Writer.Write(toc.HeadingToken.Text);
            first = false;
        }

        foreach (var entry in toc.Entries)
        {
            if (!first)
            {
                Writer.Write('\n');
            }

            Writer.Write(RenderText.TableOfContentsEntry(entry));
            first = false;
        }
    }

    /// <inheritdoc/>
    protected override void RenderReportPart(ReportSyntax report)
    {
        _written = false;
        RenderReport(report);
        Writer.Write('\n');
    }

    /// <inheritdoc/>
    protected override void RenderSectionPart(SectionSyntax section)
    {
        _written = false;
        RenderSection(section);
        Writer.Write('\n');
    }

    /// <inheritdoc/>
    protected override void RenderItemPart(NumberedItemSyntax item)
    {
        _written = false;
        RenderBlocks([item]);
        Writer.Write('\n');
    }

    private void RenderSection(SectionSyntax section)
    {
        if (RenderText.SectionHeading(section.Heading) is { } heading)
        {
            Block(heading);
        }

        RenderBlocks(section.Body);
    }

    private void RenderReport(ReportSyntax report)
    {
        var preamble = report.Preamble;
        var header = new List<string>();
        if (!InlinePieces.IsAbsent(preamble.Title.TextToken))
        {
            header.Add(InlinePieces.TitleText(preamble.Title));
        }

        if (preamble.MeetingLine is { } meeting)
        {
            header.Add(meeting.TextToken.Text);
            if (!InlinePieces.IsAbsent(meeting.ContinuationToken))
            {
                header.Add(meeting.ContinuationToken.Text);
            }
        }

        if (preamble.SpeakerLine is { } speaker)
        {
            header.Add(speaker.TextToken.Text);
        }

        if (header.Count > 0)
        {
            BeginBlock();
            Writer.Write(string.Join('\n', header));
        }

        if (preamble.Salutation is { } salutation)
        {
            Block(salutation.TextToken.Text);
        }

        RenderBlocks(preamble.Body);
        foreach (var section in report.Sections)
        {
            RenderSection(section);
        }

        if (report.Closing is { } closing)
        {
            RenderBlocks(closing.Paragraphs);
        }

        if (report.Notes is { } notes)
        {
            if (!InlinePieces.IsAbsent(notes.HeadingToken))
            {
                Block(notes.HeadingToken.Text);
            }

            RenderBlocks(notes.Body);
        }

        foreach (var annex in report.Annexes)
        {
            if (!InlinePieces.IsAbsent(annex.HeadingToken))
            {
                Block(annex.HeadingToken.Text);
            }

            RenderBlocks(annex.Body);
        }
    }

    private void RenderBlocks(IReadOnlyList<BlockSyntax> blocks)
    {
        SyntaxToken headingEnd = default;
        NumberedItemSyntax? skipped = null;
        foreach (var step in BlockWalker.Walk(blocks))
        {
            if (skipped is not null)
            {
                // An item the override wrote: its body and sub-items are its own.
                skipped = step.Kind == BlockEventKind.ExitItem && step.Node == skipped ? null : skipped;
                continue;
            }

            switch (step.Kind)
            {
                case BlockEventKind.EnterItem:
                    var item = (NumberedItemSyntax)step.Node;
                    BeginBlock();
                    if (Overridden(item))
                    {
                        skipped = item;
                        headingEnd = default;
                        break;
                    }

                    WritePieces(_pieces.Clear().AddToken(item.MarkerToken).AddInlines(item.Title).Pieces);
                    headingEnd = BlockWalker.HeadingLastToken(item);
                    break;
                case BlockEventKind.Paragraph:
                    var paragraph = (ParagraphSyntax)step.Node;
                    if (!step.ContinuesHeading && BlockOverride is not null)
                    {
                        BeginBlock();
                        if (Overridden(paragraph))
                        {
                            break;
                        }

                        WritePieces(_pieces.Clear().AddInlines(paragraph.Content).Pieces);
                        break;
                    }

                    if (step.ContinuesHeading)
                    {
                        Writer.Write(InlinePieces.Gap(headingEnd, InlinePieces.FirstTokenOf(paragraph)).Space);
                    }
                    else
                    {
                        BeginBlock();
                    }

                    WritePieces(_pieces.Clear().AddInlines(paragraph.Content).Pieces);
                    break;
                case BlockEventKind.FootnoteDefinition:
                    var definition = (FootnoteDefinitionSyntax)step.Node;
                    BeginBlock();
                    if (!InlinePieces.IsAbsent(definition.LabelToken) && definition.LabelToken.ValueText is { Length: > 0 } number)
                    {
                        Writer.Write('[');
                        Writer.Write(number);
                        Writer.Write("] ");
                    }

                    WritePieces(_pieces.Clear().AddInlines(definition.Content).Pieces);
                    break;
            }
        }
    }

    private void WritePieces(IReadOnlyList<InlinePiece> pieces)
    {
        foreach (var piece in pieces)
        {
            if (piece.Kind == InlinePieceKind.Reference)
            {
                if (piece.Text.Length > 0)
                {
                    Writer.Write('[');
                    Writer.Write(piece.Text);
                    Writer.Write(']');
                }
            }
            else
            {
                Writer.Write(piece.Text);
            }
        }
    }

    private void Block(string text)
    {
        BeginBlock();
        Writer.Write(text);
    }

    private void BeginBlock()
    {
        if (_written)
        {
            Writer.Write("\n\n");
        }

        _written = true;
    }
}
