using ReportSdk.Diagnostics;
using ReportSdk.Syntax;
using ReportSdk.Syntax.InternalSyntax;
using ReportSdk.Text;

namespace ReportSdk.Parsing;

/// <summary>Why the last <see cref="IncrementalParser.TryReparse"/> on this thread reused reports or fell back to a full parse.</summary>
internal enum ReparseOutcome
{
    /// <summary>The edited reports were reparsed and every other report reused.</summary>
    Reused,
    NoChange,
    NoReports,
    UntitledReport,
    /// <summary>The edit starts before the first title's line ends (chrome, table of contents, the first title).</summary>
    BeforeFirstReport,
    /// <summary>A line that could be a table-of-contents heading is in the region or moves across line 400.</summary>
    TableOfContents,
    /// <summary>The first numbered line of the region or after it is an ordinal clause (<c>二是</c>) whose chain could reach across a report start.</summary>
    OrdinalChain,
    /// <summary>The lines after the region hold no numbered line within the scan limit.</summary>
    WindowTooLong,
    /// <summary>The region's text does not start with a titled report.</summary>
    RegionStart,
    /// <summary>The next report's title no longer starts a report where it did.</summary>
    RegionEnd,
    /// <summary>The trivia before a title does not split at its line start (never expected).</summary>
    Trivia,
    /// <summary>The text, the region or a window may have its lines joined by literal <c>\n</c> escapes (LineScanner's escaped mode).</summary>
    EscapedBreaks,
    /// <summary>The new text has at most three lines (RPT0013 is decided on the whole text).</summary>
    FewLines,
}

/// <summary>
/// Reparses only the reports an edit falls in, and reuses every other report's green node as it is.
/// </summary>
/// <remarks>
/// <para>
/// The unit of reuse is the line range of a report: from the line of its title to the line of the next
/// report's title. What the full parse decides for a report depends on more than that range, and the
/// region is chosen so that everything it depends on is either inside the region's parse or unchanged:
/// </para>
/// <list type="bullet">
/// <item>Report starts (<c>DocumentLayout.FindReportStarts</c>): a title candidate is confirmed by the lines
/// after it up to the next candidate. The region starts at an unchanged title line and ends at the line of
/// an unchanged title, so candidates before the region still stop at its first title, and the region's own
/// candidates see the same lines in the region's parse.</item>
/// <item>Look-ahead across a report's end: <c>ClosingRecognizer.RalliesBelow</c> reads up to
/// <c>RallyWindow</c> non-blank lines after a line, past its report's end; <c>line.Next</c> and the line
/// below are read too. So the title line of the region's first report and the non-blank lines after it up
/// to <c>RallyWindow</c> must be unchanged (else the region starts one report earlier), and the region's
/// parse is given the lines after its end (the window: the next title and enough lines to confirm it).</item>
/// <item>Look-behind across a report's start: <c>BodyStructureDecoder.ChainReachesFirst</c> walks back from
/// an ordinal clause (<c>三是</c>) over unnumbered lines without bound. It can only cross a report start
/// when the first numbered line after that start is a clause above 一是; then this falls back.</item>
/// <item>The table of contents is looked for in the first 400 lines, the first 目录 with entries wins (one
/// inside a report is then read as text) and its entries are never title candidates. The region's parse
/// starts with 400 blank lines, so it never looks for one in the region; when the document has none before
/// its first report and the region starts within the first 400 lines, a region (old or new) holding a line
/// like 目录, or such a line after it moving across line 400, falls back.</item>
/// <item>Trivia and diagnostics: lines after a report's last token hang on the next title (or the end of
/// file), and a run of chrome is reported (RPT0007) on the token that takes it as leading trivia. The next
/// report's first token takes its leading trivia, and that trivia's diagnostics, from the region's parse (where
/// the window's title plays that part); the region's first title takes back the trivia that came before its
/// line with the old title's diagnostics of it. Diagnostics are held by the green nodes they belong to with
/// spans relative to the node, so every reused report carries its own unchanged and nothing is shifted or
/// merged; the nodes rebuilt on the path to a retrimmed title move theirs by the change of that trivia's width.
/// The root's document-level diagnostics are decided again for the whole text: <c>RPT0008</c> from the new
/// text's encoding and <c>RPT0012</c> from the RPT0007 runs the new tree holds.</item>
/// </list>
/// <para>Anything else falls back to a full parse, so the result always equals <c>SyntaxTree.ParseText</c>.</para>
/// </remarks>
internal static class IncrementalParser
{
    /// <summary>How many characters after the region are scanned for its window before falling back.</summary>
    private const int MaxWindowLength = 1 << 18;

    /// <summary>The table of contents is looked for in this many first lines (<c>DocumentLayout.FindTableOfContents</c>).</summary>
    private const int TocLineLimit = 400;

    /// <summary>Blank lines before the region's text in its parse: as many as the table of contents is looked for in.</summary>
    private const int PaddingLines = TocLineLimit;

    private static readonly string Padding = new('\n', PaddingLines);

    [ThreadStatic]
    private static ReparseOutcome s_lastOutcome;

    /// <summary>The outcome of the last call on this thread (for tests and measurements).</summary>
    public static ReparseOutcome LastOutcome => s_lastOutcome;

    public static SyntaxTree? TryReparse(SyntaxTree oldTree, SourceText newText)
    {
        var outcome = Reparse(oldTree, newText, out var tree);
        s_lastOutcome = outcome;
        return tree;
    }

    private static ReparseOutcome Reparse(SyntaxTree oldTree, SourceText newText, out SyntaxTree? tree)
    {
        tree = null;
        string oldString = oldTree.GetText().ToString();
        string newString = newText.ToString();
        int prefix = oldString.AsSpan().CommonPrefixLength(newString);
        if (prefix == oldString.Length && prefix == newString.Length)
        {
            return ReparseOutcome.NoChange;
        }

        int maxSuffix = Math.Min(oldString.Length, newString.Length) - prefix;
        int suffix = Math.Min(CommonSuffixLength(oldString.AsSpan(prefix), newString.AsSpan(prefix)), maxSuffix);
        int changeStart = prefix;
        int oldChangeEnd = oldString.Length - suffix;
        int delta = newString.Length - oldString.Length;

        var root = (DocumentGreen)oldTree.GetRoot().Green;
        if (root.Reports is not { SlotCount: > 0 } reports)
        {
            return ReparseOutcome.NoReports;
        }

        // Whole-text decisions of the scanner and the parser: lines joined by literal \n escapes, and RPT0013.
        if (LineWindow.MayUseEscapedBreaks(oldString) || LineWindow.MayUseEscapedBreaks(newString))
        {
            return ReparseOutcome.EscapedBreaks;
        }

        if (LineWindow.CountBreaks(newString, 3) < 3)
        {
            return ReparseOutcome.FewLines;
        }

        // Where each report's green node starts, and the start of its title's line.
        int n = reports.SlotCount;
        var greenStart = new int[n];
        var titleLine = new int[n];
        int position = root.TableOfContents?.FullWidth ?? 0;
        for (int r = 0; r < n; r++)
        {
            var report = reports.GetSlot(r)!;
            var title = TitleToken(report);
            if (title is null || !ReferenceEquals(title, report.GetFirstNonEmptyToken()))
            {
                return ReparseOutcome.UntitledReport;
            }

            greenStart[r] = position;
            titleLine[r] = LineWindow.LineStart(oldString, position + title.LeadingWidth);
            position += report.FullWidth;
        }

        // The first report of the region: the one the edit starts in, or an earlier one while the edit
        // touches the lines a previous report's decoding reads after its end.
        int a = -1;
        for (int r = n - 1; r >= 0; r--)
        {
            if (titleLine[r] <= changeStart)
            {
                a = r;
                break;
            }
        }

        while (true)
        {
            if (a < 0)
            {
                return ReparseOutcome.BeforeFirstReport;
            }

            int protectedCount = a == 0 ? 1 : GenreProfile.Scores.RallyWindow;
            int protectedEnd = LineWindow.NonBlankLinesEnd(oldString, titleLine[a], protectedCount);
            if (protectedEnd < 0)
            {
                return ReparseOutcome.EscapedBreaks;
            }

            if (changeStart >= protectedEnd)
            {
                break;
            }

            a--;
        }

        // The last report of the region: the one the edit ends in, or the next one when the edit runs up
        // to its title's line and leaves no line break before it.
        int b = a;
        while (b + 1 < n && (titleLine[b + 1] < oldChangeEnd
            || (titleLine[b + 1] == oldChangeEnd && !CharClasses.IsLineBreak(newString[titleLine[b + 1] + delta - 1]))))
        {
            b++;
        }

        bool last = b == n - 1;
        int regionStart = titleLine[a];
        int oldRegionEnd = last ? oldString.Length : titleLine[b + 1];
        int newRegionEnd = oldRegionEnd + delta;

        // The window: the next title and the lines its confirmation and the region's look-ahead read, and on
        // to the first numbered line (an ordinal chain from there must not reach back into the region).
        int windowEnd = newString.Length;
        if (!last)
        {
            var window = ScanWindow(newString, newRegionEnd, out windowEnd);
            if (window != ReparseOutcome.Reused)
            {
                return window;
            }
        }

        if (root.TableOfContents is null && TocMayChange(oldString, newString, regionStart, oldRegionEnd, newRegionEnd))
        {
            return ReparseOutcome.TableOfContents;
        }

        // Parse the region with its window, after blank lines that keep its lines out of the search for a
        // table of contents (the full parse has found it, or not, before the region).
        if (LineWindow.MayUseEscapedBreaks(newString.AsSpan(regionStart, windowEnd - regionStart)))
        {
            return ReparseOutcome.EscapedBreaks;
        }

        string regionText = string.Concat(Padding, newString.AsSpan(regionStart, windowEnd - regionStart));
        var lines = LineScanner.Scan(regionText);
        var layout = DocumentLayout.Analyze(regionText, lines, oldTree.Options);
        var subRoot = (DocumentGreen)TreeBuilder.Build(regionText, layout, []);
        if (layout.TocHeadingLine >= 0 || layout.Reports.Count == 0 || layout.Reports[0].StartLine != PaddingLines || !layout.Reports[0].HasTitle
            || subRoot.Reports is not { } subReports)
        {
            return ReparseOutcome.RegionStart;
        }

        int boundary = Padding.Length + newRegionEnd - regionStart;
        int boundaryLine = lines.Length;
        int kept = layout.Reports.Count;
        if (!last)
        {
            boundaryLine = FindLineStartingAt(lines, boundary);
            kept = boundaryLine < 0 ? -1 : layout.Reports.FindIndex(report => report.StartLine == boundaryLine && report.HasTitle);
            if (kept < 0)
            {
                return ReparseOutcome.RegionEnd;
            }
        }

        if (FirstNumberedLineIsLaterClause(lines, PaddingLines, boundaryLine))
        {
            return ReparseOutcome.OrdinalChain;
        }

        // Splice: reports before and after the region are reused as they are, with the diagnostics they hold.
        // The region's first title takes back the trivia before its line, in place of the padding, and with it the
        // diagnostics of that trivia (a run of chrome before the title's line) from the old title.
        var firstNew = subReports.GetSlot(0)!;
        var oldTitle = reports.GetSlot(a)!.GetFirstNonEmptyToken()!;
        var newTitle = firstNew.GetFirstNonEmptyToken()!;
        int keptWidth = titleLine[a] - greenStart[a];
        if (!TryConcatLeading(oldTitle.Leading, keptWidth, newTitle.Leading, Padding.Length, out var leading))
        {
            return ReparseOutcome.Trivia;
        }

        if (!TryTitleDiagnostics(firstNew, oldTitle, newTitle, keptWidth, out var titleDiagnostics))
        {
            return ReparseOutcome.RegionStart;
        }

        firstNew = GreenPath.WithFirstTokenLeading(firstNew, leading, titleDiagnostics);

        var newReports = new GreenNode[n - (b - a + 1) + kept];
        int count = 0;
        for (int r = 0; r < a; r++)
        {
            newReports[count++] = reports.GetSlot(r)!;
        }

        newReports[count++] = firstNew;
        for (int k = 1; k < kept; k++)
        {
            newReports[count++] = subReports.GetSlot(k)!;
        }

        GreenNode eof;
        if (last)
        {
            eof = subRoot.EndOfFileToken!;
        }
        else
        {
            // The lines after the region's last token hang on the next title, as the window's parse hung them, with the
            // diagnostics of those lines (a run of chrome) as that parse put them on the title.
            var windowTitle = subReports.GetSlot(kept)!.GetFirstNonEmptyToken()!;
            var next = reports.GetSlot(b + 1)!;
            newReports[count++] = SameTrivia(next.GetFirstNonEmptyToken()!.Leading, windowTitle.Leading)
                ? next
                : GreenPath.WithFirstTokenLeading(next, windowTitle.Leading, windowTitle.GetDiagnostics());
            for (int r = b + 2; r < n; r++)
            {
                newReports[count++] = reports.GetSlot(r)!;
            }

            eof = root.EndOfFileToken!;
        }

        var newRoot = new DocumentGreen(root.TableOfContents, GreenList.From(newReports), eof);
        AddDocumentDiagnostics(newRoot, newText);
        tree = SyntaxTree.CreateIncremental(newText, newRoot, oldTree);
        return ReparseOutcome.Reused;
    }

    /// <summary>
    /// Scans the lines from the next title (at <paramref name="start"/>) far enough for the region's parse:
    /// the title, the lines that confirm it and a neighbour more, and on to the first numbered line.
    /// </summary>
    private static ReparseOutcome ScanWindow(string text, int start, out int windowEnd)
    {
        int needNonBlank = 1 + GenreProfile.TitleLookAhead + 2;
        for (int length = 4096; ; length *= 2)
        {
            var lines = LineWindow.Scan(text, start, length, out bool complete);
            if (lines is null)
            {
                windowEnd = 0;
                return ReparseOutcome.EscapedBreaks;
            }

            int seen = 0;
            int enough = -1;
            int numbered = -1;
            for (int i = 0; i < lines.Length && (enough < 0 || numbered < 0); i++)
            {
                if (lines[i].IsBlank)
                {
                    continue;
                }

                if (++seen == needNonBlank)
                {
                    enough = i;
                }

                if (numbered < 0 && lines[i].Marker.Style != NumberingStyle.None)
                {
                    numbered = i;
                }
            }

            if (numbered >= 0 && IsLaterClause(lines[numbered]))
            {
                windowEnd = 0;
                return ReparseOutcome.OrdinalChain;
            }

            if ((enough >= 0 && numbered >= 0) || complete)
            {
                int lastLine = enough < 0 || numbered < 0 ? lines.Length - 1 : Math.Max(enough, numbered);
                windowEnd = start + lines[lastLine].BreakEnd;
                return ReparseOutcome.Reused;
            }

            if (length >= MaxWindowLength)
            {
                windowEnd = 0;
                return ReparseOutcome.WindowTooLong;
            }
        }
    }

    /// <summary>True when the first line with a numbering marker in <c>[from, to)</c> is an ordinal clause above 一是.</summary>
    private static bool FirstNumberedLineIsLaterClause(LineInfo[] lines, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (lines[i].Marker.Style != NumberingStyle.None)
            {
                return IsLaterClause(lines[i]);
            }
        }

        return false;
    }

    private static bool IsLaterClause(in LineInfo line) => line.Marker.Style == NumberingStyle.OrdinalClause && line.Marker.Number > 1;

    /// <summary>
    /// With no table of contents before the first report, the full parse looks for one in the first
    /// <see cref="TocLineLimit"/> lines and takes the first 目录 with entries (a later one in a report is read
    /// as text, but its lines are no title candidates). That can change when a line like 目录 is in the region,
    /// old or new, within those lines, or when the edit moves one after the region across the limit.
    /// </summary>
    private static bool TocMayChange(string oldString, string newString, int regionStart, int oldRegionEnd, int newRegionEnd)
    {
        var oldRegion = oldString.AsSpan(regionStart, oldRegionEnd - regionStart);
        var newRegion = newString.AsSpan(regionStart, newRegionEnd - regionStart);
        int oldLines = LineWindow.CountBreaks(oldRegion);
        int newLines = LineWindow.CountBreaks(newRegion);
        int shift = Math.Abs(newLines - oldLines);
        int limit = TocLineLimit + shift;
        int startLine = LineWindow.CountBreaks(oldString.AsSpan(0, regionStart), limit);
        if (startLine >= limit)
        {
            return false;
        }

        if (LineWindow.ContainsTocHeadingLike(oldRegion) || LineWindow.ContainsTocHeadingLike(newRegion))
        {
            return true;
        }

        int afterLine = startLine + newLines;
        if (shift == 0 || afterLine >= limit)
        {
            return false;
        }

        int end = LineWindow.SkipLines(newString, newRegionEnd, limit - afterLine);
        return LineWindow.ContainsTocHeadingLike(newString.AsSpan(newRegionEnd, end - newRegionEnd));
    }

    private static int FindLineStartingAt(LineInfo[] lines, int offset)
    {
        int lo = 0;
        int hi = lines.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int start = lines[mid].Start;
            if (start == offset)
            {
                return mid;
            }

            if (start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The first <paramref name="width"/> characters of <paramref name="oldLeading"/> (whole trivia: the lines
    /// before a title's line), followed by <paramref name="newLeading"/> without its first <paramref name="skip"/>
    /// characters (the padding), shaped as the tree builder shapes trivia.
    /// </summary>
    private static bool TryConcatLeading(GreenNode? oldLeading, int width, GreenNode? newLeading, int skip, out GreenNode? leading)
    {
        var pieces = new List<GreenNode>();
        int taken = 0;
        if (oldLeading is not null)
        {
            foreach (var piece in Pieces(oldLeading))
            {
                if (taken >= width)
                {
                    break;
                }

                pieces.Add(piece);
                taken += piece.FullWidth;
            }
        }

        leading = null;
        if (taken != width)
        {
            return false;
        }

        int skipped = 0;
        if (newLeading is not null)
        {
            foreach (var piece in Pieces(newLeading))
            {
                if (skipped < skip)
                {
                    skipped += piece.FullWidth;
                }
                else
                {
                    pieces.Add(piece);
                }
            }
        }

        if (skipped != skip)
        {
            return false;
        }

        leading = pieces.Count switch
        {
            0 => null,
            1 => pieces[0],
            _ => GreenList.From([.. pieces]),
        };
        return true;
    }

    /// <summary>True when two leading trivia have the same pieces: kinds and text.</summary>
    private static bool SameTrivia(GreenNode? a, GreenNode? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a.FullWidth != b.FullWidth || a.IsList != b.IsList || a.SlotCount != b.SlotCount)
        {
            return false;
        }

        using var x = Pieces(a).GetEnumerator();
        using var y = Pieces(b).GetEnumerator();
        while (x.MoveNext() && y.MoveNext())
        {
            if (x.Current.Kind != y.Current.Kind || x.Current.FullWidth != y.Current.FullWidth || x.Current.ToFullString() != y.Current.ToFullString())
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<GreenNode> Pieces(GreenNode trivia)
    {
        if (trivia is GreenList list)
        {
            for (int i = 0; i < list.SlotCount; i++)
            {
                yield return list.GetSlot(i)!;
            }
        }
        else
        {
            yield return trivia;
        }
    }

    /// <summary>The length of the common suffix, compared a block at a time with vectorized SequenceEqual.</summary>
    private static int CommonSuffixLength(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        const int Block = 256;
        int limit = Math.Min(a.Length, b.Length);
        int matched = 0;
        while (matched + Block <= limit && a.Slice(a.Length - matched - Block, Block).SequenceEqual(b.Slice(b.Length - matched - Block, Block)))
        {
            matched += Block;
        }

        while (matched < limit && a[a.Length - 1 - matched] == b[b.Length - 1 - matched])
        {
            matched++;
        }

        return matched;
    }

    private static GreenToken? TitleToken(GreenNode report)
    {
        var preamble = ((ReportGreen)report).Preamble as PreambleGreen;
        var title = preamble?.Title as TitleGreen;
        return title?.TextToken is GreenToken { IsMissing: false, Width: > 0 } token ? token : null;
    }

    /// <summary>
    /// The diagnostics of the region's first title once its leading trivia is the old trivia before its line
    /// (<paramref name="keptWidth"/> characters) followed by the region parse's own after the padding: the old title's
    /// that lie in the kept part, then the new title's, moved from after the padding. False when the region parse put a
    /// diagnostic of the first report inside the padding (never expected; the caller falls back).
    /// </summary>
    private static bool TryTitleDiagnostics(GreenNode firstReport, GreenToken oldTitle, GreenToken newTitle, int keptWidth, out GreenDiagnostic[] diagnostics)
    {
        diagnostics = [];
        foreach (var found in GreenDiagnosticWalker.Collect(firstReport, 0))
        {
            if (found.Start < Padding.Length)
            {
                return false;
            }
        }

        var list = new List<GreenDiagnostic>();
        foreach (var diagnostic in oldTitle.GetDiagnostics())
        {
            if (diagnostic.Offset + diagnostic.Length <= keptWidth)
            {
                list.Add(diagnostic);
            }
        }

        foreach (var diagnostic in newTitle.GetDiagnostics())
        {
            list.Add(diagnostic.Shifted(keptWidth - Padding.Length));
        }

        diagnostics = [.. list];
        return true;
    }

    /// <summary>
    /// The document-level diagnostics of the new root, decided on the whole text as the full parse decides them: RPT0008
    /// from the text's encoding and RPT0012 from the RPT0007 runs of the whole tree. RPT0009 (no report) and RPT0013 (no
    /// line structure) cannot hold here: the tree has reports, and a text of three lines or fewer was parsed in full.
    /// </summary>
    private static void AddDocumentDiagnostics(DocumentGreen root, SourceText newText)
    {
        var documentDiagnostics = new List<GreenDiagnostic>(2);
        if (ReportParser.EncodingDiagnostic(newText) is { } encoding)
        {
            documentDiagnostics.Add(encoding);
        }

        // RPT0012 as TreeBuilder computes it: the skipped characters are the lengths of the RPT0007 runs.
        long skipped = 0;
        foreach (var found in GreenDiagnosticWalker.Collect(root, 0))
        {
            if (found.Diagnostic.Descriptor == DiagnosticDescriptors.SkippedContent)
            {
                skipped += found.Diagnostic.Length;
            }
        }

        int length = newText.Length;
        if (length > 0 && skipped * 100 > unchecked(length * TreeBuilder.MostTextSkippedPercent))
        {
            documentDiagnostics.Add(new GreenDiagnostic(DiagnosticDescriptors.MostTextSkipped, 0, 0, [(int)(skipped * 100 / length)]));
        }

        root.AddDiagnostics(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(documentDiagnostics));
    }
}
