using System.Diagnostics;
using ReportSdk.Diagnostics;
using ReportSdk.Syntax;
using ReportSdk.Syntax.InternalSyntax;

namespace ReportSdk.Parsing;

/// <summary>
/// Turns the layout's line roles into the green tree in one pass over the lines. Nesting of
/// sections, items and sub-items uses an explicit stack of open frames (never recursion), and
/// every character ends up in a token or in trivia: blank lines, indentation, markdown marks
/// and chrome become the leading trivia of the next token.
/// </summary>
/// <remarks>
/// Each diagnostic goes on the green node it belongs to, relative to that node's full start, as the node is made
/// (before any parent is made over it): a run of skipped chrome on the token whose leading trivia holds it, a
/// numbering gap on the marker token, an undefined reference on its reference node, a malformed marker on its
/// paragraph, a definition without a number on its definition, a report's own findings on the report, and the
/// document-level ones on the root.
/// </remarks>
internal sealed class TreeBuilder
{
    private readonly string _text;
    private readonly LineInfo[] _lines;
    private readonly DocumentLayout _layout;
    private readonly List<GreenDiagnostic> _documentDiagnostics;

    /// <summary>The current report's own diagnostics, with absolute starts until the report node is made.</summary>
    private readonly List<GreenDiagnostic> _reportDiagnostics = [];

    /// <summary>RPT0007 for the chrome run just ended, relative to the next token's full start, which will hold it.</summary>
    private GreenDiagnostic? _chromeDiagnostic;

    /// <summary>Where the text not yet in a token starts: the full start of the next token made.</summary>
    private int _emittedEnd;

    /// <summary>The full start of the first token of the line tokenized last (that line's first node starts there too).</summary>
    private int _lineFullStart;
    private readonly GreenListBuilder _pendingTrivia = new(8);
    private readonly GreenListBuilder _scratchTrivia = new(8);
    private readonly GreenListBuilder _inlines = new(8);
    private List<Segment> _segments = [];
    private List<Segment> _lineSegments = [];
    private readonly List<GreenToken> _tokens = [];
    private int _chromeRunStart = -1;
    private int _chromeRunEnd;
    private int _chromeRunLines;

    private TreeBuilder(string text, DocumentLayout layout, List<GreenDiagnostic> documentDiagnostics)
    {
        _text = text;
        _lines = layout.Lines;
        _layout = layout;
        _documentDiagnostics = documentDiagnostics;
    }

    /// <summary>Above this share of the text skipped as chrome, a report was likely not recognized (RPT0012).</summary>
    internal const int MostTextSkippedPercent = 50;

    private long _skippedCharacters;

    /// <summary>
    /// Builds the green tree of <paramref name="text"/>. <paramref name="documentDiagnostics"/> holds the document-level
    /// diagnostics decided before the tree (encoding, line structure); RPT0009 and RPT0012 are added to it, and the root
    /// holds them all.
    /// </summary>
    public static GreenNode Build(string text, DocumentLayout layout, List<GreenDiagnostic> documentDiagnostics) =>
        new TreeBuilder(text, layout, documentDiagnostics).BuildDocument();

    private GreenNode BuildDocument()
    {
        int line = 0;
        GreenNode? toc = null;
        if (_layout.TocHeadingLine >= 0)
        {
            for (; line < _layout.TocHeadingLine; line++)
            {
                AddLineAsTrivia(line);
            }

            toc = BuildTableOfContents(ref line);
        }

        var reports = new List<GreenNode>();
        foreach (var report in _layout.Reports)
        {
            for (; line < report.StartLine; line++)
            {
                AddLineAsTrivia(line);
            }

            reports.Add(BuildReport(report));
            line = report.EndLine;
        }

        for (; line < _lines.Length; line++)
        {
            AddLineAsTrivia(line);
        }

        if (_layout.Reports.Count == 0)
        {
            _documentDiagnostics.Add(new GreenDiagnostic(DiagnosticDescriptors.NoReport, 0, 0, []));
        }

        FlushChromeRun();
        if (_layout.Reports.Count > 0 && _skippedCharacters * 100 > _text.Length * MostTextSkippedPercent)
        {
            _documentDiagnostics.Add(new GreenDiagnostic(DiagnosticDescriptors.MostTextSkipped, 0, 0, [(int)(_skippedCharacters * 100 / _text.Length)]));
        }

        var eof = new GreenToken(SyntaxKind.EndOfFileToken, string.Empty, 0, 0, TakePendingTrivia(), null);
        TakeChromeDiagnostic(eof);
        var document = new DocumentGreen(toc, GreenList.Create(reports), eof);
        document.AddDiagnostics(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_documentDiagnostics));
        return document;
    }

    // ---- table of contents -----------------------------------------------------------------

    private GreenNode BuildTableOfContents(ref int line)
    {
        var heading = LineToken(line, SyntaxKind.TextToken);
        line++;
        var entries = new List<GreenNode>();
        GreenToken? number = null;
        for (; line < _layout.TocEndLine; line++)
        {
            ref var info = ref _lines[line];
            switch (info.Role)
            {
                case LineRole.TocNumber:
                    number = LineToken(line, SyntaxKind.EntryNumberToken);
                    break;
                case LineRole.TocEntry:
                    int titleStart = info.ContentStart;
                    if (info.Marker.Style == NumberingStyle.Arabic && number is null)
                    {
                        titleStart = SkipSpaces(info.MarkerEnd, info.Split);
                        _segments.Add(new Segment(SyntaxKind.EntryNumberToken, info.ContentStart, info.MarkerEnd));
                    }

                    _segments.Add(new Segment(SyntaxKind.TextToken, titleStart, info.Split));
                    _segments.Add(new Segment(SyntaxKind.PageNumberToken, SkipSpaces(info.Split, info.ContentEnd), info.ContentEnd));
                    var tokens = TokenizeLine(line);
                    int t = 0;
                    if (tokens.Count == 3)
                    {
                        number = tokens[t++];
                    }

                    entries.Add(new TableOfContentsEntryGreen(number, tokens[t], tokens[t + 1]));
                    number = null;
                    break;
                default:
                    AddLineAsTrivia(line);
                    break;
            }
        }

        return new TableOfContentsGreen(heading, GreenList.Create(entries));
    }

    // ---- reports ---------------------------------------------------------------------------

    private GreenNode BuildReport(ReportLayout report)
    {
        int fullStart = _emittedEnd;
        _reportDiagnostics.Clear();
        var knownLabels = CollectLabels(report);
        var preambleBody = new GreenListBuilder();
        var state = new ReportState(preambleBody, knownLabels);
        GreenNode? title = null;
        GreenNode? meeting = null;
        GreenNode? speaker = null;
        GreenNode? salutation = null;

        // Preamble parts fill slots in order (title, meeting, speaker, salutation, body); a part that
        // comes after a later slot is filled is read as a paragraph, so the tree keeps text order.
        int filledSlot = -1;

        if (!report.HasTitle)
        {
            _reportDiagnostics.Add(new GreenDiagnostic(DiagnosticDescriptors.MissingTitle, FirstContentPosition(report.StartLine), 0, []));
        }

        for (int i = report.StartLine; i < report.EndLine; i++)
        {
            ref var line = ref _lines[i];
            if (i == report.ImplicitReviewLine)
            {
                state.OpenSection(report.ImplicitSectionIsOther ? SyntaxKind.OtherSection : SyntaxKind.ReviewSection,
                    new SectionHeadingGreen(null, GreenToken.Missing(SyntaxKind.TextToken)));
                if (!report.ImplicitSectionIsOther)
                {
                    _reportDiagnostics.Add(new GreenDiagnostic(DiagnosticDescriptors.ImplicitReviewHeading, line.ContentStart, 0, [Preview(i)]));
                }
                else
                {
                    _reportDiagnostics.Add(new GreenDiagnostic(DiagnosticDescriptors.SectionsNotFound, line.ContentStart, 0, [BodyLineCount(report, i), Preview(i)]));
                }
            }

            if (i == report.HeadlessNotesStart)
            {
                state.OpenNotes(GreenToken.Missing(SyntaxKind.TextToken));
            }

            var role = line.Role;
            int slot = PreambleSlot(role);
            if (slot >= 0 && (slot <= filledSlot || state.HasBlocks))
            {
                role = LineRole.PreambleParagraph;
            }
            else if (slot >= 0)
            {
                filledSlot = slot + (line.Split >= 0 ? 1 : 0) + (line.Split2 >= 0 ? 1 : 0);
            }

            switch (role)
            {
                case LineRole.Title:
                    if (line.Split >= 0)
                    {
                        int meetingEnd = line.Split2 >= 0 ? TrimEnd(line.Split, line.Split2) : line.ContentEnd;
                        _segments.Add(new Segment(SyntaxKind.TextToken, line.ContentStart, TrimEnd(line.ContentStart, line.Split)));
                        _segments.Add(new Segment(SyntaxKind.TextToken, line.Split, meetingEnd));
                        if (line.Split2 >= 0)
                        {
                            _segments.Add(new Segment(SyntaxKind.TextToken, SkipSpaces(line.Split2, line.ContentEnd), line.ContentEnd));
                        }

                        var tokens = TokenizeLine(i);
                        title = new TitleGreen(tokens[0], null);
                        meeting = new MeetingLineGreen(tokens[1], null);
                        if (line.Split2 >= 0)
                        {
                            speaker = new SpeakerLineGreen(tokens[2], null);
                        }
                    }
                    else
                    {
                        var titleToken = LineToken(i, SyntaxKind.TextToken);
                        GreenToken? titleRest = null;
                        int restLine = NextLineWithRole(i + 1, report.EndLine, LineRole.TitleContinuation);
                        if (restLine >= 0)
                        {
                            for (int k = i + 1; k < restLine; k++)
                            {
                                AddLineAsTrivia(k);
                            }

                            titleRest = LineToken(restLine, SyntaxKind.TextToken);
                            i = restLine;
                        }

                        title = new TitleGreen(titleToken, titleRest);
                    }

                    break;
                case LineRole.Meeting:
                    GreenToken meetingToken;
                    if (line.Split >= 0)
                    {
                        _segments.Add(new Segment(SyntaxKind.TextToken, line.ContentStart, TrimEnd(line.ContentStart, line.Split)));
                        _segments.Add(new Segment(SyntaxKind.TextToken, SkipSpaces(line.Split, line.ContentEnd), line.ContentEnd));
                        var tokens = TokenizeLine(i);
                        meetingToken = tokens[0];
                        speaker = new SpeakerLineGreen(tokens[1], null);
                    }
                    else
                    {
                        meetingToken = LineToken(i, SyntaxKind.TextToken);
                    }

                    GreenToken? continuation = null;
                    int next = NextLineWithRole(i + 1, report.EndLine, LineRole.MeetingContinuation);
                    if (next >= 0)
                    {
                        for (int k = i + 1; k < next; k++)
                        {
                            AddLineAsTrivia(k);
                        }

                        continuation = LineToken(next, SyntaxKind.TextToken);
                        i = next;
                    }

                    meeting = new MeetingLineGreen(meetingToken, continuation);
                    break;
                case LineRole.Speaker:
                    var speakerToken = LineToken(i, SyntaxKind.TextToken);
                    GreenToken? name = null;
                    int nameLine = NextLineWithRole(i + 1, report.EndLine, LineRole.SpeakerContinuation);
                    if (nameLine >= 0)
                    {
                        for (int k = i + 1; k < nameLine; k++)
                        {
                            AddLineAsTrivia(k);
                        }

                        name = LineToken(nameLine, SyntaxKind.TextToken);
                        i = nameLine;
                    }

                    speaker = new SpeakerLineGreen(speakerToken, name);
                    break;
                case LineRole.Salutation:
                    salutation = new SalutationGreen(LineToken(i, SyntaxKind.TextToken));
                    break;
                case LineRole.PreambleParagraph:
                case LineRole.MeetingContinuation:
                case LineRole.SpeakerContinuation:
                    state.AddBlock(BuildParagraph(i, line.ContentStart, knownLabels));
                    filledSlot = 4;
                    break;
                case LineRole.SectionHeading:
                    var heading = BuildSectionHeading(i, knownLabels, out var mergedParagraph);
                    state.OpenSection(SectionSyntaxKind(line.Section), heading);
                    if (mergedParagraph is not null)
                    {
                        state.AddBlock(mergedParagraph);
                    }

                    break;
                case LineRole.ItemHeading:
                    OpenItem(state, i);
                    break;
                case LineRole.Paragraph:
                    state.CloseInnermostItems(line.EndsLists);
                    var paragraph = BuildParagraph(i, line.ContentStart, knownLabels);
                    if (line.MalformedMarker)
                    {
                        int markLength = Math.Min(3, line.ContentLength);
                        paragraph.AddDiagnostic(new GreenDiagnostic(DiagnosticDescriptors.MalformedMarker, line.ContentStart - _lineFullStart, markLength,
                            [_text.Substring(line.ContentStart, markLength)]));
                    }

                    state.AddBlock(paragraph);
                    break;
                case LineRole.FootnoteDefinition:
                    state.AddBlock(BuildDefinition(i, knownLabels));

                    break;
                case LineRole.ClosingParagraph:
                    state.OpenClosing();
                    state.AddBlock(BuildParagraph(i, line.ContentStart, knownLabels));
                    break;
                case LineRole.NotesHeading:
                    state.OpenNotes(LineToken(i, SyntaxKind.TextToken));
                    break;
                case LineRole.AnnexHeading:
                    state.OpenAnnex(LineToken(i, SyntaxKind.TextToken));
                    break;
                default:
                    AddLineAsTrivia(i);
                    break;
            }
        }

        if (report.ClosingLine < 0)
        {
            string title0 = title is TitleGreen t && t.TextToken is GreenToken tt ? tt.Text : "(untitled)";
            _reportDiagnostics.Add(new GreenDiagnostic(DiagnosticDescriptors.TruncatedReport, LastContentEnd(report), 0, [title0]));
        }

        title ??= new TitleGreen(GreenToken.Missing(SyntaxKind.TextToken), null);
        var preamble = new PreambleGreen(title, meeting, speaker, salutation, preambleBody.ToList());
        var built = state.Finish(preamble);
        Debug.Assert(fullStart + built.FullWidth == _emittedEnd, "A report's green node spans the text tokenized while it was built.");
        foreach (var diagnostic in _reportDiagnostics)
        {
            // Relative offsets must lie in the node; a finding past the report's text (its lines all became trivia of a
            // later token) goes on the root, with its absolute start.
            if (diagnostic.Offset >= fullStart && diagnostic.Offset + diagnostic.Length <= fullStart + built.FullWidth)
            {
                built.AddDiagnostic(diagnostic.Shifted(-fullStart));
            }
            else
            {
                _documentDiagnostics.Add(diagnostic);
            }
        }

        return built;
    }

    /// <summary>The non-blank lines of the report's body from <paramref name="from"/> on.</summary>
    private int BodyLineCount(ReportLayout report, int from)
    {
        int count = 0;
        for (int i = from; i < report.EndLine; i++)
        {
            if (!_lines[i].IsBlank && _lines[i].Role is LineRole.Paragraph or LineRole.ItemHeading or LineRole.FootnoteDefinition)
            {
                count++;
            }
        }

        return count;
    }

    private static int PreambleSlot(LineRole role) => role switch
    {
        LineRole.Title => 0,
        LineRole.Meeting => 1,
        LineRole.Speaker => 2,
        LineRole.Salutation => 3,
        _ => -1,
    };

    private static SyntaxKind SectionSyntaxKind(SectionKind kind) => kind switch
    {
        SectionKind.Review => SyntaxKind.ReviewSection,
        SectionKind.Plan => SyntaxKind.PlanSection,
        SectionKind.SelfBuilding => SyntaxKind.SelfBuildingSection,
        _ => SyntaxKind.OtherSection,
    };

    private HashSet<int> CollectLabels(ReportLayout report)
    {
        var labels = new HashSet<int>();
        for (int i = report.StartLine; i < report.EndLine; i++)
        {
            if (_lines[i].Role == LineRole.FootnoteDefinition && _lines[i].LabelKind != NoteLabelKind.None && _lines[i].LabelNumber > 0)
            {
                labels.Add(_lines[i].LabelNumber);
            }
        }

        return labels;
    }

    /// <summary>
    /// The heading of a section; when the layout split the line (<see cref="LineInfo.Split"/>: a heading merged with its
    /// paragraph), also the paragraph that follows on the same line.
    /// </summary>
    private GreenNode BuildSectionHeading(int i, IReadOnlySet<int> knownLabels, out GreenNode? mergedParagraph)
    {
        ref var line = ref _lines[i];
        mergedParagraph = null;
        if (line.Marker.Style != NumberingStyle.None)
        {
            int headingEnd = line.Split > line.MarkerEnd && line.Split < line.ContentEnd ? line.Split : line.ContentEnd;
            _segments.Add(new Segment(SyntaxKind.NumberingMarkerToken, line.ContentStart, line.MarkerEnd));
            _segments.Add(new Segment(SyntaxKind.TextToken, SkipSpaces(line.MarkerEnd, headingEnd), headingEnd));
            if (headingEnd < line.ContentEnd)
            {
                InlineScanner.Scan(_text, headingEnd, line.ContentEnd, knownLabels, _segments);
            }

            var tokens = TokenizeLine(i);
            if (headingEnd < line.ContentEnd)
            {
                mergedParagraph = new ParagraphGreen(GroupInlines(_lineSegments, tokens, 2, _lineSegments.Count, knownLabels));
            }

            return new SectionHeadingGreen(tokens[0], tokens[1]);
        }

        return new SectionHeadingGreen(null, LineToken(i, SyntaxKind.TextToken));
    }

    private void OpenItem(ReportState state, int i)
    {
        ref var line = ref _lines[i];
        int titleStart = SkipSpaces(line.MarkerEnd, line.ContentEnd);
        // The title is the first sentence: up to and with its full stop or exclamation mark.
        int stop = _text.AsSpan(titleStart, line.ContentEnd - titleStart).IndexOfAny('。', '！', '!');
        int titleEnd = stop < 0 ? line.ContentEnd : titleStart + stop + 1;

        _segments.Add(new Segment(SyntaxKind.NumberingMarkerToken, line.ContentStart, line.MarkerEnd));
        int titleFirst = _segments.Count;
        InlineScanner.Scan(_text, titleStart, titleEnd, state.KnownLabels, _segments);
        int restFirst = _segments.Count;
        int restStart = titleEnd;
        if (line.LeadingEmphasis && restStart + 1 < line.ContentEnd && _text[restStart] == '*' && _text[restStart + 1] == '*')
        {
            restStart += 2; // the closing ** of a bold heading is trivia, like its opening
        }

        if (restStart < line.ContentEnd)
        {
            InlineScanner.Scan(_text, restStart, line.ContentEnd, state.KnownLabels, _segments);
        }

        var tokens = TokenizeLine(i);
        var segments = _lineSegments;
        var title = GroupInlines(segments, tokens, titleFirst, restFirst, state.KnownLabels);
        GreenNode? rest = restFirst < segments.Count
            ? new ParagraphGreen(GroupInlines(segments, tokens, restFirst, segments.Count, state.KnownLabels))
            : null;

        var (expected, previous) = state.OpenItem(line.Marker.Style, line.Marker.Number, tokens[0], title);
        // A run of ordinal clauses may start again at 一是 in the same part: that is a new run, not a gap.
        bool newClauseRun = line.Marker.Style == NumberingStyle.OrdinalClause && line.Marker.Number == 1;
        // A dash or bracket lead has no number to be out of order.
        if (expected != line.Marker.Number && !newClauseRun && line.Marker.Number > 0)
        {
            // On the marker token, which no parent has taken yet (the item is made when it closes).
            tokens[0].AddDiagnostic(new GreenDiagnostic(DiagnosticDescriptors.NumberingOutOfOrder, line.ContentStart - _lineFullStart, line.MarkerEnd - line.ContentStart,
                [_text[line.ContentStart..line.MarkerEnd], previous == 0 ? "the start of its list" : "number " + previous, expected]));
        }

        if (rest is not null)
        {
            state.AddBlock(rest);
        }
    }

    private GreenNode BuildParagraph(int i, int start, IReadOnlySet<int> knownLabels)
    {
        ref var line = ref _lines[i];
        InlineScanner.Scan(_text, start, line.ContentEnd, knownLabels, _segments);
        var tokens = TokenizeLine(i);
        return new ParagraphGreen(GroupInlines(_lineSegments, tokens, 0, _lineSegments.Count, knownLabels));
    }

    private GreenNode BuildDefinition(int i, IReadOnlySet<int> knownLabels)
    {
        ref var line = ref _lines[i];
        bool hasLabel = line.LabelKind != NoteLabelKind.None && line.LabelNumber > 0;
        int contentStart = line.ContentStart;
        if (line.LabelKind != NoteLabelKind.None)
        {
            contentStart = SkipSpaces(line.LabelEnd, line.ContentEnd);
            if (hasLabel)
            {
                _segments.Add(new Segment(SyntaxKind.FootnoteLabelToken, line.ContentStart, line.LabelEnd));
            }
        }

        int first = _segments.Count;
        if (contentStart < line.ContentEnd)
        {
            InlineScanner.Scan(_text, contentStart, line.ContentEnd, EmptyLabels, _segments);
        }

        else
        {
            _segments.Add(new Segment(SyntaxKind.TextToken, line.ContentEnd, line.ContentEnd, SegmentRole.Text));
        }

        // A label that lost its number (<sup>&</sup>quot;) is not a token: TokenizeLine keeps its debris as skipped-text trivia.
        var tokens = TokenizeLine(i);
        var segments = _lineSegments;
        var label = hasLabel ? tokens[0] : null;
        var content = GroupInlines(segments, tokens, first, segments.Count, EmptyLabels);
        var definition = new FootnoteDefinitionGreen(label, content);

        // A number is "lost" when the label's debris is there, or when the report's other notes are numbered.
        if (!hasLabel && (line.LabelKind != NoteLabelKind.None || knownLabels.Count > 0))
        {
            definition.AddDiagnostic(new GreenDiagnostic(DiagnosticDescriptors.FootnoteDefinitionWithoutNumber, line.ContentStart - _lineFullStart, line.ContentLength,
                [Preview(i)]));
        }

        return definition;
    }

    private static readonly IReadOnlySet<int> EmptyLabels = new HashSet<int>();

    /// <summary>Groups the tokens of segments [from, to) into inline nodes.</summary>
    private GreenNode? GroupInlines(List<Segment> segments, List<GreenToken> tokens, int from, int to, IReadOnlySet<int> knownLabels)
    {
        var result = _inlines;
        result.Clear();
        for (int s = from; s < to; s++)
        {
            var segment = segments[s];
            switch (segment.Role)
            {
                case SegmentRole.Reference:
                    var reference = new FootnoteReferenceGreen(tokens[s]);
                    if (knownLabels != EmptyLabels && !knownLabels.Contains(segment.Number))
                    {
                        // Only a line's first token has leading trivia: the reference starts at its text unless it is that token.
                        int referenceFullStart = s == 0 ? _lineFullStart : segment.Start;
                        reference.AddDiagnostic(new GreenDiagnostic(DiagnosticDescriptors.UndefinedFootnoteReference, segment.Start - referenceFullStart,
                            segment.End - segment.Start, [_text[segment.Start..segment.End]]));
                    }

                    result.Add(reference);
                    break;
                case SegmentRole.BoldOpen when s + 2 < to:
                    result.Add(new BoldTextGreen(tokens[s], tokens[s + 1], tokens[s + 2]));
                    s += 2;
                    break;
                default:
                    result.Add(new TextGreen(tokens[s]));
                    break;
            }
        }

        return result.ToList();
    }

    // ---- tokens and trivia ----------------------------------------------------------------------

    /// <summary>The whole content of a line as one token.</summary>
    private GreenToken LineToken(int i, SyntaxKind kind)
    {
        _segments.Add(new Segment(kind, _lines[i].ContentStart, _lines[i].ContentEnd));
        return TokenizeLine(i)[0];
    }

    /// <summary>
    /// Makes one token per pending segment of line <paramref name="i"/>: the first takes the pending
    /// trivia and the line's indentation and marks; gaps between segments become trailing trivia
    /// of the token before; the last takes the line's trailing white space and line break.
    /// </summary>
    private List<GreenToken> TokenizeLine(int i)
    {
        ref var line = ref _lines[i];
        FlushChromeRun();
        _tokens.Clear();
        var leading = _scratchTrivia;
        leading.Clear();
        leading.AddRange(_pendingTrivia);
        _pendingTrivia.Clear();
        int firstStart = _segments.Count > 0 ? _segments[0].Start : line.ContentStart;
        AddSplitTrivia(leading, line.Start, firstStart, lineHead: true);
        var leadingNode = ToTriviaNode(leading);
        for (int s = 0; s < _segments.Count; s++)
        {
            var segment = _segments[s];
            var trailing = _scratchTrivia;
            trailing.Clear();
            bool last = s == _segments.Count - 1;
            int trailingEnd = last ? line.End : _segments[s + 1].Start;
            AddSplitTrivia(trailing, segment.End, trailingEnd);
            if (last && line.BreakEnd > line.End)
            {
                trailing.Add(SharedTrivia.Create(SyntaxKind.EndOfLineTrivia, _text, line.End, line.BreakEnd - line.End));
            }

            _tokens.Add(new GreenToken(segment.Kind, _text, segment.Start, segment.End - segment.Start,
                s == 0 ? leadingNode : null, ToTriviaNode(trailing)));
        }

        _lineFullStart = _emittedEnd;
        if (_tokens.Count > 0)
        {
            TakeChromeDiagnostic(_tokens[0]);
            _emittedEnd = line.BreakEnd;
        }

        // The segments stay readable as _lineSegments until the next line is tokenized.
        (_segments, _lineSegments) = (_lineSegments, _segments);
        _segments.Clear();
        return _tokens;
    }

    /// <summary>
    /// Splits [start, end) into white-space, markdown-mark and skipped-text trivia; at a line's head
    /// (<paramref name="lineHead"/>) a blockquote <c>&gt;</c> is a markdown mark too.
    /// </summary>
    private void AddSplitTrivia(GreenListBuilder trivia, int start, int end, bool lineHead = false)
    {
        int i = start;
        while (i < end)
        {
            int runStart = i;
            SyntaxKind kind;
            if (CharClasses.IsSpace(_text[i]))
            {
                while (i < end && CharClasses.IsSpace(_text[i]))
                {
                    i++;
                }

                kind = SyntaxKind.WhitespaceTrivia;
            }
            else if (_text[i] is '#' or '*' || (lineHead && _text[i] == '>'))
            {
                char mark = _text[i];
                while (i < end && _text[i] == mark)
                {
                    i++;
                }

                kind = SyntaxKind.MarkdownHeadingTrivia;
            }
            else
            {
                while (i < end && !CharClasses.IsSpace(_text[i]) && _text[i] is not ('#' or '*'))
                {
                    i++;
                }

                kind = SyntaxKind.SkippedTextTrivia;
            }

            trivia.Add(SharedTrivia.Create(kind, _text, runStart, i - runStart));
        }
    }

    private static GreenNode? ToTriviaNode(GreenListBuilder trivia) => trivia.Count switch
    {
        0 => null,
        1 => trivia[0],
        _ => trivia.ToList(),
    };

    private GreenNode? TakePendingTrivia()
    {
        var taken = ToTriviaNode(_pendingTrivia);
        _pendingTrivia.Clear();
        return taken;
    }

    /// <summary>A blank or chrome line becomes trivia for the next token.</summary>
    private void AddLineAsTrivia(int i)
    {
        ref var line = ref _lines[i];
        if (line.IsBlank)
        {
            AddSplitTrivia(_pendingTrivia, line.Start, line.End, lineHead: true);
        }
        else
        {
            if (_chromeRunStart < 0)
            {
                _chromeRunStart = line.ContentStart;
                _chromeRunLines = 0;
            }

            _chromeRunEnd = line.ContentEnd;
            _chromeRunLines++;
            AddSplitTrivia(_pendingTrivia, line.Start, line.ContentStart, lineHead: true);

            _pendingTrivia.Add(new GreenTrivia(SyntaxKind.SkippedTextTrivia, _text, line.ContentStart, line.End - line.ContentStart));
        }

        if (line.BreakEnd > line.End)
        {
            _pendingTrivia.Add(SharedTrivia.Create(SyntaxKind.EndOfLineTrivia, _text, line.End, line.BreakEnd - line.End));
        }
    }

    /// <summary>Ends the current run of chrome lines: its RPT0007 waits for the next token, whose leading trivia holds the run.</summary>
    private void FlushChromeRun()
    {
        if (_chromeRunStart >= 0)
        {
            int previewEnd = Math.Min(_chromeRunEnd, _chromeRunStart + 20);
            string preview = _text[_chromeRunStart..previewEnd].ReplaceLineEndings(" ");
            Debug.Assert(_chromeDiagnostic is null, "Each chrome run is taken by a token before the next one ends.");
            _chromeDiagnostic = new GreenDiagnostic(DiagnosticDescriptors.SkippedContent, _chromeRunStart - _emittedEnd, _chromeRunEnd - _chromeRunStart,
                [_chromeRunLines, preview]);
            _skippedCharacters += _chromeRunEnd - _chromeRunStart;
            _chromeRunStart = -1;
        }
    }

    /// <summary>Gives <paramref name="token"/>, just made with the pending trivia as its leading trivia, the RPT0007 of the run in it.</summary>
    private void TakeChromeDiagnostic(GreenToken token)
    {
        if (_chromeDiagnostic is { } chrome)
        {
            token.AddDiagnostic(chrome);
            _chromeDiagnostic = null;
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------

    private int SkipSpaces(int start, int end)
    {
        while (start < end && CharClasses.IsSpace(_text[start]))
        {
            start++;
        }

        return start;
    }

    private int TrimEnd(int start, int end)
    {
        while (end > start && CharClasses.IsSpace(_text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private int NextLineWithRole(int from, int end, LineRole role)
    {
        for (int i = from; i < end; i++)
        {
            if (_lines[i].Role == role)
            {
                return i;
            }

            if (!_lines[i].IsBlank)
            {
                return -1;
            }
        }

        return -1;
    }

    private string Preview(int i)
    {
        ref var line = ref _lines[i];
        return _text.Substring(line.ContentStart, Math.Min(line.ContentLength, 20));
    }

    private int FirstContentPosition(int lineIndex)
    {
        for (int i = lineIndex; i < _lines.Length; i++)
        {
            if (!_lines[i].IsBlank)
            {
                return _lines[i].ContentStart;
            }
        }

        return _lines[lineIndex].Start;
    }

    private int LastContentEnd(ReportLayout report)
    {
        for (int i = report.EndLine - 1; i >= report.StartLine; i--)
        {
            if (!_lines[i].IsBlank && _lines[i].Role != LineRole.Chrome)
            {
                return _lines[i].ContentEnd;
            }
        }

        return _lines[report.StartLine].Start;
    }
}
