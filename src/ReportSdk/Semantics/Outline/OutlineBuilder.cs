using ReportSdk.Diagnostics;
using ReportSdk.Parsing;
using ReportSdk.Syntax;

namespace ReportSdk.Semantics.Outline;

/// <summary>Builds the <see cref="DocumentOutline"/> of a syntax tree.</summary>
public static class OutlineBuilder
{
    /// <summary>Builds the outline of <paramref name="tree"/>.</summary>
    public static DocumentOutline Build(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var lines = tree.GetText().Lines;
        int Line(int position) => lines.GetLinePosition(position).Line + 1;
        var root = tree.GetRoot();

        var contents = new List<ContentsEntryOutline>();
        if (root.TableOfContents is { } toc)
        {
            foreach (var entry in toc.Entries)
            {
                int page = int.TryParse(entry.PageNumberToken.ValueText, out int p) ? p : 0;
                contents.Add(new ContentsEntryOutline(entry.TitleToken.Text.Trim(), page, Line(entry.TitleToken.Span.Start)));
            }
        }

        var reports = new List<ReportOutline>();
        foreach (var report in root.Reports)
        {
            reports.Add(BuildReport(report, Line, lines));
        }

        var diagnostics = tree.GetDiagnostics().Select(d =>
        {
            var position = lines.GetLinePosition(d.Location.SourceSpan.Start);
            return new DiagnosticOutline(d.Id, d.Severity, position.Line + 1, position.Character + 1, d.GetMessage());
        }).ToList();

        return new DocumentOutline(DocumentOutline.CurrentSchemaVersion, tree.FilePath, contents, reports, diagnostics);
    }

    private static ReportOutline BuildReport(ReportSyntax report, Func<int, int> line, ReportSdk.Text.TextLineCollection lines)
    {
        var preamble = report.Preamble;
        var titleToken = preamble.Title.TextToken;
        // A title broken inside its title word (政府工作报 / 告) is one title: its lines join without a space.
        var titleRest = preamble.Title.ContinuationToken;
        string? title = titleToken.IsMissing ? null : (titleToken.Text.Trim() + (titleRest.Kind == SyntaxKind.None ? string.Empty : titleRest.Text.Trim()));
        int titleLine = titleToken.IsMissing ? line(report.Span.Start) : line(titleToken.Span.Start);
        string? meeting = preamble.MeetingLine is { } m
            ? (m.TextToken.Text + (m.ContinuationToken.Kind == SyntaxKind.None ? string.Empty : m.ContinuationToken.Text)).Trim()
            : null;
        // A speaker fused into the salutation (张明华：各位代表，…) has no line of its own: the outline still names them.
        string? speaker = preamble.SpeakerLine is { } s
            ? (s.ContinuationToken.Kind == SyntaxKind.None ? s.TextToken.Text : s.TextToken.Text.TrimEnd() + " " + s.ContinuationToken.Text.Trim()).Trim()
            : Metadata.MetadataReader.FusedSpeakerText(report, report.SyntaxTree.GetText());

        var sections = new List<SectionOutline>();
        foreach (var section in report.Sections)
        {
            var heading = section.Heading;
            bool missing = heading.TextToken.IsMissing;
            int headingLine = missing ? line(section.Span.Start) : line(heading.Span.Start);
            string? headingText = missing ? null
                : BrokenLineTitles.Mend(heading.ToString().Trim(), lines, headingLine - 1, LeadingParagraphsEnd(section.Body, line, headingLine) - 1);
            sections.Add(new SectionOutline(SectionKind(section.Kind), headingText, headingLine, Items(section.Body, line, lines, 1)));
        }

        ClosingOutline? closing = null;
        if (report.Closing is { } c && c.Paragraphs.FirstOrDefault() is { } first)
        {
            var appeal = Appeal(c.Paragraphs) ?? first;
            closing = new ClosingOutline(line(appeal.Span.Start), appeal.ToString().Trim());
        }

        var footnotes = FootnoteBinder.Bind(report).Select(b => new FootnoteOutline(
            b.Label,
            b.Term,
            line(b.Definition.Span.Start),
            b.MarkReferences.Select(r => line(r.Span.Start)).Concat(b.TermReferences.Select(s => line(s.Start))).Distinct().Order().ToList())).ToList();

        return new ReportOutline(title, titleLine, meeting, speaker, sections, closing, footnotes);
    }

    /// <summary>A closing paragraph this short is its lead (结束语, 各位代表！), not its appeal.</summary>
    private const int ClosingLeadMaxLength = 12;

    /// <summary>
    /// The closing's appeal: the paragraph its last salutation opens (各位代表！…让我们…), or the first full paragraph after
    /// that salutation when it stands alone; with no salutation, the first full paragraph. A 结束语 part may hold other
    /// topics before the appeal (the country's reunification, this year's tasks, each after its own 各位代表！): the
    /// appeal is the last address to the deputies, not the first paragraph under the heading. When that paragraph does not
    /// rally (让我们…) and a later one does, the later one is the appeal.
    /// </summary>
    private static BlockSyntax? Appeal(SyntaxList<BlockSyntax> paragraphs)
    {
        // Each paragraph's text once: the salutation test and the rally test below both read it.
        var texts = paragraphs.Select(p => p.ToString().Trim()).ToArray();
        int appeal = -1;
        int firstFull = -1;
        bool afterBareSalutation = false;
        for (int i = 0; i < texts.Length; i++)
        {
            bool full = texts[i].Length > ClosingLeadMaxLength;
            if (full && firstFull < 0)
            {
                firstFull = i;
            }

            if (GenreLexicon.StartsWithSalutation(texts[i]))
            {
                // A bare salutation leads the next full paragraph; until one comes, the appeal found before stays.
                appeal = full ? i : appeal;
                afterBareSalutation = !full;
            }
            else if (afterBareSalutation && full)
            {
                appeal = i;
                afterBareSalutation = false;
            }
        }

        int chosen = appeal >= 0 ? appeal : firstFull;
        if (chosen >= 0 && !GenreMatchers.RallyingWords.ContainsAny(texts[chosen]))
        {
            // A report-back or a last topic before the call (以上我报告了…请大会审议; 港澳台 …): the appeal is the paragraph
            // after it that rallies the deputies (让我们…), when the closing has one.
            int lastFull = chosen;
            for (int i = chosen + 1; i < texts.Length; i++)
            {
                if (GenreMatchers.RallyingWords.ContainsAny(texts[i]))
                {
                    return paragraphs[i];
                }

                lastFull = IsLastWords(texts[i]) ? i : lastFull;
            }

            // No paragraph rallies: the report's last words are its appeal (总之，… after a last topic), not a line of courtesy.
            chosen = lastFull;
        }

        return chosen >= 0 ? paragraphs[chosen] : null;
    }

    /// <summary>
    /// A paragraph that can be the closing's last words: a full paragraph (<see cref="GenreProfile.ClosingLastWordsMinLength"/>)
    /// with no word of a wish, thanks, report-back or data note (<see cref="GenreProfile.ClosingCourtesyWords"/>), nor a bracketed note.
    /// </summary>
    private static bool IsLastWords(string paragraph) =>
        paragraph.Length >= GenreProfile.ClosingLastWordsMinLength && !CharClasses.IsOpenParen(paragraph[0])
        && !GenreProfile.ClosingCourtesyWords.Any(word => paragraph.Contains(word, StringComparison.Ordinal));

    /// <summary>The numbered items of <paramref name="body"/> at <paramref name="depth"/>, with theirs nested.</summary>
    private static List<ItemOutline> Items(SyntaxList<BlockSyntax> body, Func<int, int> line, ReportSdk.Text.TextLineCollection lines, int depth)
    {
        var items = new List<ItemOutline>();
        foreach (var block in body)
        {
            if (block is NumberedItemSyntax item)
            {
                var marker = item.MarkerToken;
                int itemLine = line(marker.Span.Start);
                string title = item.Title.ToString().Trim();
                if (ItemOutline.StyleOf(marker.Text) == NumberingStyle.BracketLead)
                {
                    // 【稳增长】全年…: the bracketed lead phrase names the item.
                    title = marker.Text[1..^1].Trim();
                }
                else if (title.Length > 0)
                {
                    // A title whose line broke before its sentence ended (at a link, （一）“十一五”规划《 / 纲要（草案） / 》的编制过程…,
                    // or after a comma) joins the item's own lines below it up to the sentence end.
                    int titleLine = item.Title.Count > 0 ? line(item.Title[item.Title.Count - 1].Span.End) : itemLine;
                    title = BrokenLineTitles.Mend(title, lines, titleLine - 1, LeadingParagraphsEnd(item.Body, line, titleLine) - 1);
                }
                else if (title.Length == 0 && item.Body.FirstOrDefault() is ParagraphSyntax lead)
                {
                    // A marker alone on its line: the heading is the lead sentence of the paragraph under it.
                    title = LeadSentence(lead.ToString().Trim());
                }

                if (title.Length > 0 && title[^1] is '。' or '；' or ';')
                {
                    // A title is a sentence or a clause of one; its closing mark is not part of it.
                    title = title[..^1];
                }

                items.Add(new ItemOutline(marker.Text, title, itemLine, Items(item.Body, line, lines, depth + 1))
                {
                    Depth = depth,
                    EndLine = line(item.Span.End),
                });
            }
        }

        return items;
    }

    /// <summary>
    /// The last line (1-based) of the paragraphs that open <paramref name="body"/>, before its first block of another kind
    /// (a nested item): the lines a heading's broken title may go on into. <paramref name="headingLine"/> when the body
    /// opens with no paragraph, so a title never takes in a later item, heading or part.
    /// </summary>
    private static int LeadingParagraphsEnd(SyntaxList<BlockSyntax> body, Func<int, int> line, int headingLine)
    {
        BlockSyntax? last = null;
        foreach (var block in body)
        {
            if (block is not ParagraphSyntax)
            {
                break;
            }

            last = block;
        }

        // One line lookup, for the last of them.
        return last is null ? headingLine : line(last.Span.End);
    }

    /// <summary>The first sentence of a paragraph, up to its first 。 or ！.</summary>
    private static string LeadSentence(string paragraph)
    {
        int end = paragraph.IndexOfAny(['。', '！', '!']);
        return end >= 0 ? paragraph[..(end + 1)] : paragraph;
    }

    internal static OutlineSectionKind SectionKind(SyntaxKind kind) => kind switch
    {
        SyntaxKind.ReviewSection => OutlineSectionKind.Review,
        SyntaxKind.PlanSection => OutlineSectionKind.Plan,
        SyntaxKind.SelfBuildingSection => OutlineSectionKind.SelfBuilding,
        _ => OutlineSectionKind.Other,
    };
}
