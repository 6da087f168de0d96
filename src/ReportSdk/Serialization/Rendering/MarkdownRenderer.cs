using System.Globalization;
using ReportSdk.Syntax;

namespace ReportSdk.Serialization.Rendering;

/// <summary>
/// Renders a syntax tree as CommonMark with footnotes (as Markdig's footnote extension reads them).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>The report title is a level-1 heading; section, annex and notes headings are level 2; numbered
/// items are level 3, 4 … by nesting depth (at most 6), with their marker kept in the heading text.</item>
/// <item>The meeting and speaker lines and the salutation are plain paragraphs; every paragraph of the
/// report is one Markdown paragraph; bold runs are <c>**…**</c>.</item>
/// <item>Footnote references are <c>[^n]</c>, and the definitions are written as <c>[^n]: …</c> at the end
/// of each report, after the notes heading when the report has one. A definition that lost its number
/// (or repeats one) gets a generated label such as <c>note-3</c>; when a note has no mark in the text,
/// a reference is placed after each quoted occurrence of its term. A mark whose number no definition
/// carries stays literal text (<c>\[7\]</c>). A note that nothing refers to is written as a paragraph
/// (<c>\[4\] …</c>), because Markdown processors drop footnotes without references. In a compilation of several reports, labels are prefixed with
/// the report number (<c>[^r2-5]</c>) so that they stay unique.</item>
/// <item>The table of contents is a bullet list.</item>
/// <item>ASCII punctuation that could open markup is escaped, so the text reads back as written.</item>
/// </list>
/// Blocks are visited with an explicit stack, so deep nesting cannot overflow the call stack.
/// </remarks>
public sealed class MarkdownRenderer : TreeRenderer
{
    private readonly MarkdownText _out;
    private readonly InlinePieces _pieces = new();
    private readonly List<(string Text, RenderedNote? Note)> _segments = [];
    private bool _written;
    private string _prefix = string.Empty;
    private ReportFootnotes? _notes;

    /// <summary>Creates a renderer that writes to <paramref name="writer"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public MarkdownRenderer(TextWriter writer)
        : base(writer)
    {
        _out = new MarkdownText(writer);
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

        var reports = document.Reports;
        for (int i = 0; i < reports.Count; i++)
        {
            _prefix = reports.Count > 1 ? "r" + (i + 1).ToString(CultureInfo.InvariantCulture) + "-" : string.Empty;
            RenderReport(reports[i]);
        }
    }

    private void RenderTableOfContents(TableOfContentsSyntax toc)
    {
        if (!InlinePieces.IsAbsent(toc.HeadingToken))
        {
            BeginBlock();
            _out.Raw("**");
            _out.Text(toc.HeadingToken.Text);
            _out.Raw("**");
            _out.Line();
        }

        if (toc.Entries.Count > 0)
        {
            BeginBlock();
            foreach (var entry in toc.Entries)
            {
                _out.Raw("- ");
                _out.BlockContent();
                _out.Text(RenderText.TableOfContentsEntry(entry));
                _out.Line();
            }
        }
    }

    /// <inheritdoc/>
    protected override void RenderReportPart(ReportSyntax report)
    {
        _written = false;
        _prefix = string.Empty;
        RenderReport(report);
    }

    /// <inheritdoc/>
    protected override void RenderSectionPart(SectionSyntax section)
    {
        _written = false;
        _notes = null;
        RenderSection(section);
    }

    /// <inheritdoc/>
    protected override void RenderItemPart(NumberedItemSyntax item)
    {
        _written = false;
        _notes = null;
        RenderBlocks([item]);
    }

    private void RenderSection(SectionSyntax section)
    {
        if (RenderText.SectionHeading(section.Heading) is { } heading)
        {
            Heading(2, heading);
        }

        RenderBlocks(section.Body);
    }

    private void RenderReport(ReportSyntax report)
    {
        _notes = ReportFootnotes.Create(report);
        var preamble = report.Preamble;
        if (!InlinePieces.IsAbsent(preamble.Title.TextToken))
        {
            Heading(1, InlinePieces.TitleText(preamble.Title));
        }

        if (preamble.MeetingLine is { } meeting)
        {
            BeginBlock();
            _out.Text(meeting.TextToken.Text);
            if (!InlinePieces.IsAbsent(meeting.ContinuationToken))
            {
                _out.Raw("\\\n");
                _out.Text(meeting.ContinuationToken.Text);
            }

            _out.Line();
        }

        if (preamble.SpeakerLine is { } speaker)
        {
            Paragraph(speaker.TextToken.Text);
        }

        if (preamble.Salutation is { } salutation)
        {
            Paragraph(salutation.TextToken.Text);
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

        foreach (var annex in report.Annexes)
        {
            if (!InlinePieces.IsAbsent(annex.HeadingToken))
            {
                Heading(2, annex.HeadingToken.Text);
            }

            RenderBlocks(annex.Body);
        }

        if (report.Notes is { } notes)
        {
            if (!InlinePieces.IsAbsent(notes.HeadingToken))
            {
                Heading(2, notes.HeadingToken.Text);
            }

            RenderBlocks(notes.Body);
        }

        foreach (var note in _notes.Notes)
        {
            BeginBlock();
            if (note.ReferenceCount > 0)
            {
                _out.Raw("[^" + _prefix + note.Key + "]: ");
                _out.BlockContent();
            }
            else if (note.Number is not null)
            {
                // Markdown drops a footnote nothing refers to: keep the note as a paragraph instead.
                _out.Text("[" + note.Number + "] ");
            }

            WritePieces(_pieces.Clear().AddInlines(note.Definition.Content).Pieces, linkNotes: false);
            _out.Line();
        }

        _notes = null;
    }

    private void RenderBlocks(IReadOnlyList<BlockSyntax> blocks)
    {
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
                        break;
                    }

                    _out.Raw(new string('#', Math.Min(2 + step.Depth, 6)) + " ");
                    WritePieces(_pieces.Clear().AddToken(item.MarkerToken).AddInlines(item.Title).Pieces, linkNotes: true);
                    _out.Line();
                    break;
                case BlockEventKind.Paragraph:
                    BeginBlock();
                    if (Overridden(step.Node))
                    {
                        break;
                    }

                    WritePieces(_pieces.Clear().AddInlines(((ParagraphSyntax)step.Node).Content).Pieces, linkNotes: true);
                    _out.Line();
                    break;
                case BlockEventKind.FootnoteDefinition:
                    // Written with the report's other definitions at its end.
                    break;
            }
        }
    }

    private void WritePieces(IReadOnlyList<InlinePiece> pieces, bool linkNotes)
    {
        foreach (var piece in pieces)
        {
            switch (piece.Kind)
            {
                case InlinePieceKind.Text when linkNotes && _notes is not null:
                    _notes.SplitTerms(piece.Text, piece.Position, _segments);
                    foreach (var (text, note) in _segments)
                    {
                        _out.Text(text);
                        if (note is not null)
                        {
                            _out.Raw("[^" + _prefix + note.Key + "]");
                            note.ReferenceCount++;
                        }
                    }

                    break;
                case InlinePieceKind.Bold:
                    if (piece.Text.Length > 0)
                    {
                        _out.Raw("**");
                        _out.Text(piece.Text);
                        _out.Raw("**");
                    }

                    break;
                case InlinePieceKind.Reference:
                    var resolved = linkNotes ? _notes?.Resolve(piece.Reference!) : null;
                    if (resolved is not null)
                    {
                        _out.Raw("[^" + _prefix + resolved.Key + "]");
                        resolved.ReferenceCount++;
                    }
                    else if (piece.Text.Length > 0)
                    {
                        _out.Text("[" + piece.Text + "]");
                    }

                    break;
                case InlinePieceKind.Space:
                    if (!_out.AtLineStart)
                    {
                        _out.Raw(" ");
                    }

                    break;
                case InlinePieceKind.LineBreak:
                    _out.Raw(" ");
                    break;
                default:
                    _out.Text(piece.Text);
                    break;
            }
        }
    }

    private void Heading(int level, string text)
    {
        BeginBlock();
        _out.Raw(new string('#', level) + " ");
        _out.Text(text);
        _out.Line();
    }

    private void Paragraph(string text)
    {
        BeginBlock();
        _out.Text(text);
        _out.Line();
    }

    private void BeginBlock()
    {
        if (_written)
        {
            _out.Line();
        }

        _written = true;
    }
}
