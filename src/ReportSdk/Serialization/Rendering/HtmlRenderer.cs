using System.Globalization;
using ReportSdk.Syntax;

namespace ReportSdk.Serialization.Rendering;

/// <summary>
/// Renders a syntax tree as semantic HTML5, with all report text HTML-encoded.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Each report is an <c>&lt;article id="r1"&gt;</c> whose <c>&lt;header&gt;</c> holds the title
/// (<c>h1</c>), meeting and speaker lines. Sections are <c>&lt;section id="r1-s2"&gt;</c> with an <c>h2</c>;
/// numbered items are nested <c>&lt;section id="r1-s2-i3"&gt;</c> (sub-items <c>r1-s2-i3-i1</c>) with
/// <c>h3</c>…<c>h6</c> by depth; the closing, annexes (<c>r1-a1</c>) and notes are sections too.
/// Paragraphs are <c>p</c>, bold runs <c>strong</c>.</item>
/// <item>A footnote reference is <c>&lt;sup&gt;&lt;a href="#fn-r1-n" id="fnref-r1-n-k"&gt;n&lt;/a&gt;&lt;/sup&gt;</c>
/// for its k-th reference; a note without any mark is linked from each quoted occurrence of its term
/// instead. The definitions are collected in <c>&lt;section class="footnotes"&gt;&lt;ol&gt;&lt;li id="fn-r1-n"&gt;</c>
/// at the end of the report (under the notes heading when there is one), each with a back link
/// (<c>↩</c>) to every reference written. A definition that lost its number gets an id such as
/// <c>fn-r1-note-3</c>; a mark whose number no definition carries is a bare <c>&lt;sup&gt;</c>.</item>
/// <item>A table of contents is a <c>&lt;nav&gt;</c> with an ordered list linking to the reports present.</item>
/// </list>
/// Blocks are visited with an explicit stack, so deep nesting cannot overflow the call stack.
/// </remarks>
public sealed class HtmlRenderer : TreeRenderer
{
    /// <summary>
    /// The stylesheet written in a full document unless <see cref="Stylesheet"/> says otherwise: a readable
    /// column, system CJK fonts, quiet headings and footnotes.
    /// </summary>
    public static string DefaultStylesheet { get; } =
        "body{max-width:46em;margin:2em auto;padding:0 1em;line-height:1.8;color:#222;" +
        "font-family:\"PingFang SC\",\"Hiragino Sans GB\",\"Microsoft YaHei\",\"Noto Sans CJK SC\",\"WenQuanYi Micro Hei\",sans-serif}" +
        "h1{text-align:center;font-size:1.8em;margin-bottom:.3em}h2{font-size:1.35em;margin-top:2em;border-bottom:1px solid #ddd}" +
        "h3,h4,h5,h6{font-size:1.1em;margin-top:1.4em}header p{text-align:center;color:#555;margin:.2em 0}" +
        "p{text-indent:2em;margin:.6em 0}header p,.salutation{text-indent:0}" +
        "nav.contents{background:#f7f7f7;padding:.5em 1em;margin:1.5em 0}nav ol{margin:0;padding-left:1.5em}" +
        ".footnotes{font-size:.9em;color:#444}.footnotes li.unnumbered{list-style:none}sup a{text-decoration:none}";

    private readonly InlinePieces _pieces = new();
    private readonly List<(string Text, RenderedNote? Note)> _segments = [];
    private ReportFootnotes? _notes;
    private string _reportId = "r1";

    /// <summary>Creates a renderer that writes to <paramref name="writer"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public HtmlRenderer(TextWriter writer)
        : base(writer)
    {
    }

    /// <summary>
    /// True (the default) to write a complete document (<c>&lt;!DOCTYPE html&gt;</c>, <c>&lt;head&gt;</c> with
    /// <c>&lt;meta charset="utf-8"&gt;</c> and a title, <c>&lt;body&gt;</c>); false to write only the body content.
    /// </summary>
    public bool WriteFullDocument { get; init; } = true;

    /// <summary>The CSS written in the <c>&lt;head&gt;</c> of a full document; <see cref="DefaultStylesheet"/> unless set; null or empty for none.</summary>
    public string? Stylesheet { get; init; } = DefaultStylesheet;

    /// <summary>
    /// True (the default) to write, after each report's header, a <c>&lt;nav class="contents"&gt;</c> listing its
    /// sections with links to them, when it has at least two.
    /// </summary>
    public bool WriteContents { get; init; } = true;

    /// <summary>Renders a document: its table of contents, then one article per report.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public override void Render(DocumentSyntax document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var reports = document.Reports;
        if (WriteFullDocument)
        {
            string title = "政府工作报告";
            if (reports.Count > 0 && !InlinePieces.IsAbsent(reports[0].Preamble.Title.TextToken))
            {
                title = InlinePieces.TitleText(reports[0].Preamble.Title);
            }

            Writer.Write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
            Encoded(title);
            Writer.Write("</title>\n");
            if (!string.IsNullOrEmpty(Stylesheet))
            {
                Writer.Write("<style>");
                Writer.Write(Stylesheet.Replace("</", "<\\/", StringComparison.Ordinal));
                Writer.Write("</style>\n");
            }

            Writer.Write("</head>\n<body>\n");
        }

        if (document.TableOfContents is { } toc)
        {
            RenderTableOfContents(toc, reports.Count);
        }

        for (int i = 0; i < reports.Count; i++)
        {
            _reportId = "r" + Number(i + 1);
            RenderReport(reports[i]);
        }

        if (WriteFullDocument)
        {
            Writer.Write("</body>\n</html>\n");
        }
    }

    private void RenderTableOfContents(TableOfContentsSyntax toc, int reportCount)
    {
        Writer.Write("<nav id=\"toc\" class=\"toc\">\n");
        if (!InlinePieces.IsAbsent(toc.HeadingToken))
        {
            Writer.Write("<h2>");
            Encoded(toc.HeadingToken.Text);
            Writer.Write("</h2>\n");
        }

        Writer.Write("<ol>\n");
        var entries = toc.Entries;
        for (int i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            Writer.Write("<li>");
            bool link = i < reportCount;
            if (link)
            {
                Writer.Write("<a href=\"#r" + Number(i + 1) + "\">");
            }

            Encoded(entry.TitleToken.Text);
            if (link)
            {
                Writer.Write("</a>");
            }

            if (!InlinePieces.IsAbsent(entry.PageNumberToken))
            {
                Writer.Write(" <span class=\"page\">");
                Encoded(entry.PageNumberToken.Text);
                Writer.Write("</span>");
            }

            Writer.Write("</li>\n");
        }

        Writer.Write("</ol>\n</nav>\n");
    }

    /// <inheritdoc/>
    protected override void RenderReportPart(ReportSyntax report)
    {
        _reportId = "r" + Number(IndexOf(report) + 1);
        RenderReport(report);
    }

    /// <inheritdoc/>
    protected override void RenderSectionPart(SectionSyntax section)
    {
        _reportId = section.FirstAncestorOrSelf<ReportSyntax>() is { } report ? "r" + Number(IndexOf(report) + 1) : "r1";
        _notes = null;
        RenderSection(section, _reportId + "-s" + Number(IndexOf(section) + 1));
    }

    /// <inheritdoc/>
    protected override void RenderItemPart(NumberedItemSyntax item)
    {
        _notes = null;
        RenderBlocks([item], "item");
    }

    private static int IndexOf(ReportSyntax report) =>
        report.Parent is DocumentSyntax document ? Math.Max(0, document.Reports.IndexOf(report)) : 0;

    private static int IndexOf(SectionSyntax section) =>
        section.Parent is ReportSyntax report ? Math.Max(0, report.Sections.IndexOf(section)) : 0;

    private void RenderReport(ReportSyntax report)
    {
        _notes = ReportFootnotes.Create(report);
        Writer.Write("<article id=\"" + _reportId + "\" class=\"report\">\n");
        RenderPreamble(report.Preamble);
        var sections = report.Sections;
        if (WriteContents && sections.Count >= 2)
        {
            RenderContents(sections);
        }

        for (int i = 0; i < sections.Count; i++)
        {
            RenderSection(sections[i], _reportId + "-s" + Number(i + 1));
        }

        if (report.Closing is { } closing)
        {
            string id = _reportId + "-closing";
            Writer.Write("<section id=\"" + id + "\" class=\"closing\">\n");
            RenderBlocks(closing.Paragraphs, id);
            Writer.Write("</section>\n");
        }

        var annexes = report.Annexes;
        for (int i = 0; i < annexes.Count; i++)
        {
            string id = _reportId + "-a" + Number(i + 1);
            Writer.Write("<section id=\"" + id + "\" class=\"annex\">\n");
            HeadingElement(2, annexes[i].HeadingToken);
            RenderBlocks(annexes[i].Body, id);
            Writer.Write("</section>\n");
        }

        RenderFootnotes(report.Notes);
        Writer.Write("</article>\n");
        _notes = null;
    }

    private void RenderSection(SectionSyntax section, string id)
    {
        Writer.Write("<section id=\"" + id + "\" class=\"" + SectionClass(section) + "\">\n");
        if (RenderText.SectionHeading(section.Heading) is { } heading)
        {
            Writer.Write("<h2>");
            Encoded(heading);
            Writer.Write("</h2>\n");
        }

        RenderBlocks(section.Body, id);
        Writer.Write("</section>\n");
    }

    /// <summary>The report's own table of contents: one link per section.</summary>
    private void RenderContents(SyntaxList<SectionSyntax> sections)
    {
        Writer.Write("<nav class=\"contents\">\n<ol>\n");
        for (int i = 0; i < sections.Count; i++)
        {
            string heading = RenderText.SectionHeading(sections[i].Heading) ?? SectionClass(sections[i]);
            Writer.Write("<li><a href=\"#" + _reportId + "-s" + Number(i + 1) + "\">");
            Encoded(heading);
            Writer.Write("</a></li>\n");
        }

        Writer.Write("</ol>\n</nav>\n");
    }

    private void RenderPreamble(PreambleSyntax preamble)
    {
        bool hasTitle = !InlinePieces.IsAbsent(preamble.Title.TextToken);
        if (hasTitle || preamble.MeetingLine is not null || preamble.SpeakerLine is not null)
        {
            Writer.Write("<header>\n");
            if (hasTitle)
            {
                Writer.Write("<h1>");
                Encoded(InlinePieces.TitleText(preamble.Title));
                Writer.Write("</h1>\n");
            }

            if (preamble.MeetingLine is { } meeting)
            {
                Writer.Write("<p class=\"meeting\">");
                Encoded(meeting.TextToken.Text);
                if (!InlinePieces.IsAbsent(meeting.ContinuationToken))
                {
                    Writer.Write("<br>");
                    Encoded(meeting.ContinuationToken.Text);
                }

                Writer.Write("</p>\n");
            }

            if (preamble.SpeakerLine is { } speaker)
            {
                Writer.Write("<p class=\"speaker\">");
                Encoded(speaker.TextToken.Text);
                Writer.Write("</p>\n");
            }

            Writer.Write("</header>\n");
        }

        if (preamble.Salutation is { } salutation)
        {
            Writer.Write("<p class=\"salutation\">");
            Encoded(salutation.TextToken.Text);
            Writer.Write("</p>\n");
        }

        RenderBlocks(preamble.Body, _reportId + "-preamble");
    }

    private void RenderFootnotes(NotesSyntax? notesNode)
    {
        var notes = _notes!.Notes;
        if (notesNode is null && notes.Count == 0)
        {
            return;
        }

        string id = _reportId + (notesNode is null ? "-footnotes" : "-notes");
        Writer.Write("<section id=\"" + id + "\" class=\"footnotes\">\n");
        if (notesNode is not null)
        {
            HeadingElement(2, notesNode.HeadingToken);
            RenderBlocks(notesNode.Body, id);
        }

        if (notes.Count > 0)
        {
            Writer.Write("<ol>\n");
            foreach (var note in notes)
            {
                Writer.Write("<li id=\"fn-" + _reportId + "-" + note.Key + "\"");
                Writer.Write(note.Number is null ? " class=\"unnumbered\">" : " value=\"" + note.Number + "\">");
                WritePieces(_pieces.Clear().AddInlines(note.Definition.Content).Pieces, linkNotes: false);
                for (int k = 1; k <= note.ReferenceCount; k++)
                {
                    Writer.Write(" <a href=\"#fnref-" + _reportId + "-" + note.Key + "-" + Number(k) + "\" class=\"footnote-backref\">↩</a>");
                }

                Writer.Write("</li>\n");
            }

            Writer.Write("</ol>\n");
        }

        Writer.Write("</section>\n");
    }

    private void RenderBlocks(IReadOnlyList<BlockSyntax> blocks, string containerId)
    {
        var ids = new Stack<string>();
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
                    if (Overridden(item))
                    {
                        skipped = item;
                        break;
                    }

                    string id = (ids.Count > 0 ? ids.Peek() : containerId) + "-i" + Number(step.Ordinal);
                    ids.Push(id);
                    int level = Math.Min(2 + step.Depth, 6);
                    Writer.Write("<section id=\"" + id + "\" class=\"item\">\n<h" + Number(level) + ">");
                    WritePieces(_pieces.Clear().AddToken(item.MarkerToken).AddInlines(item.Title).Pieces, linkNotes: true);
                    Writer.Write("</h" + Number(level) + ">\n");
                    break;
                case BlockEventKind.ExitItem:
                    ids.Pop();
                    Writer.Write("</section>\n");
                    break;
                case BlockEventKind.Paragraph:
                    if (Overridden(step.Node))
                    {
                        break;
                    }

                    Writer.Write("<p>");
                    WritePieces(_pieces.Clear().AddInlines(((ParagraphSyntax)step.Node).Content).Pieces, linkNotes: true);
                    Writer.Write("</p>\n");
                    break;
                case BlockEventKind.FootnoteDefinition:
                    // Written with the report's other definitions in its footnotes section.
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
                        if (note is null)
                        {
                            Encoded(text);
                        }
                        else
                        {
                            Writer.Write("<a href=\"#fn-" + _reportId + "-" + note.Key + "\" id=\"" + NextReferenceId(note) + "\" class=\"footnote-term\">");
                            Encoded(text);
                            Writer.Write("</a>");
                        }
                    }

                    break;
                case InlinePieceKind.Bold:
                    Writer.Write("<strong>");
                    Encoded(piece.Text);
                    Writer.Write("</strong>");
                    break;
                case InlinePieceKind.Reference:
                    var resolved = linkNotes ? _notes?.Resolve(piece.Reference!) : null;
                    if (resolved is not null)
                    {
                        Writer.Write("<sup><a href=\"#fn-" + _reportId + "-" + resolved.Key + "\" id=\"" + NextReferenceId(resolved) + "\" class=\"footnote-ref\">");
                        Encoded(resolved.Number ?? piece.Text);
                        Writer.Write("</a></sup>");
                    }
                    else if (piece.Text.Length > 0)
                    {
                        Writer.Write("<sup>");
                        Encoded(piece.Text);
                        Writer.Write("</sup>");
                    }

                    break;
                case InlinePieceKind.LineBreak:
                    Writer.Write("<br>");
                    break;
                default:
                    Encoded(piece.Text);
                    break;
            }
        }
    }

    private string NextReferenceId(RenderedNote note)
    {
        note.ReferenceCount++;
        return "fnref-" + _reportId + "-" + note.Key + "-" + Number(note.ReferenceCount);
    }

    private void HeadingElement(int level, SyntaxToken token)
    {
        if (InlinePieces.IsAbsent(token))
        {
            return;
        }

        Writer.Write("<h" + Number(level) + ">");
        Encoded(token.Text);
        Writer.Write("</h" + Number(level) + ">\n");
    }

    private void Encoded(string text) => HtmlText.Write(Writer, text);

    private static string SectionClass(SectionSyntax section) => section.Kind switch
    {
        SyntaxKind.ReviewSection => "section review",
        SyntaxKind.PlanSection => "section plan",
        SyntaxKind.SelfBuildingSection => "section self-building",
        _ => "section other",
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
