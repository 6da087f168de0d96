using ReportSdk.Diagnostics;
using ReportSdk.Syntax;
using ReportSdk.Syntax.InternalSyntax;
using ReportSdk.Text;

namespace ReportSdk.Parsing;

/// <summary>
/// Reparses only the report an edit falls in. The edited report's text (from the start of its
/// leading trivia to the start of the next report's title) is parsed alone; when that gives one
/// titled report, it is spliced into the old document, and every other report's green node is
/// reused as it is. Anything else — an edit in the table of contents, across a report boundary,
/// or one that makes or breaks a title — falls back to a full parse, so the result always equals
/// a full parse of the new text.
/// </summary>
internal static class IncrementalParser
{
    public static SyntaxTree? TryReparse(SyntaxTree oldTree, SourceText newText)
    {
        string oldString = oldTree.GetText().ToString();
        string newString = newText.ToString();
        int prefix = oldString.AsSpan().CommonPrefixLength(newString);
        int maxSuffix = Math.Min(oldString.Length, newString.Length) - prefix;
        int suffix = CommonSuffixLength(oldString.AsSpan(prefix), newString.AsSpan(prefix));
        suffix = Math.Min(suffix, maxSuffix);
        int changeStart = prefix;
        int oldChangeEnd = oldString.Length - suffix;
        int delta = newString.Length - oldString.Length;

        var root = (DocumentGreen)oldTree.GetRoot().Green;
        var reports = root.Reports;
        if (reports is null)
        {
            return null;
        }

        int tocWidth = root.TableOfContents?.FullWidth ?? 0;
        int position = tocWidth;
        for (int r = 0; r < reports.SlotCount; r++)
        {
            var report = reports.GetSlot(r)!;
            int regionStart = position;
            bool last = r == reports.SlotCount - 1;
            var next = last ? null : reports.GetSlot(r + 1)!;
            int regionEnd = last ? oldString.Length : position + report.FullWidth + next!.GetLeadingTriviaWidth();
            position += report.FullWidth;
            if (changeStart < regionStart || oldChangeEnd > regionEnd || (changeStart == regionEnd && !last))
            {
                continue;
            }

            if (changeStart == regionStart && regionStart == tocWidth && r > 0)
            {
                return null;
            }

            string regionText = newString.Substring(regionStart, regionEnd - regionStart + delta);
            var result = ReportParser.Parse(SourceText.From(regionText), oldTree.Options);
            var subRoot = (DocumentGreen)result.Root;
            if (subRoot.TableOfContents is not null || subRoot.Reports is not { SlotCount: 1 } subReports
                || !HasTitle(subReports.GetSlot(0)!) || !HasTitle(report))
            {
                return null;
            }

            var subEof = (GreenToken)subRoot.EndOfFileToken!;
            var newReports = new GreenNode[reports.SlotCount];
            for (int k = 0; k < newReports.Length; k++)
            {
                newReports[k] = reports.GetSlot(k)!;
            }

            newReports[r] = subReports.GetSlot(0)!;
            GreenNode eof = root.EndOfFileToken!;
            if (last)
            {
                eof = subEof;
            }
            else
            {
                newReports[r + 1] = GreenPath.WithFirstTokenLeading(next!, subEof.Leading);
            }

            var newRoot = new DocumentGreen(root.TableOfContents, new GreenList(newReports), eof);
            return SyntaxTree.CreateIncremental(newText, newRoot, oldTree, regionStart, regionEnd, delta, result);
        }

        return null;
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

    private static bool HasTitle(GreenNode report)
    {
        var preamble = ((ReportGreen)report).Preamble as PreambleGreen;
        var title = preamble?.Title as TitleGreen;
        return title?.TextToken is GreenToken { IsMissing: false };
    }

    /// <summary>Old diagnostics outside the region (shifted), the region's new ones, and document-level ones.</summary>
    public static List<Diagnostic> MergeDiagnostics(SyntaxTree newTree, SyntaxTree oldTree, int regionStart, int regionEnd, int delta, ParseResult region)
    {
        var merged = new List<Diagnostic>();
        foreach (var diagnostic in oldTree.GetDiagnostics())
        {
            var span = diagnostic.Location.SourceSpan;
            if (diagnostic.Descriptor == DiagnosticDescriptors.EncodingGuessed)
            {
                merged.Add(new Diagnostic(diagnostic.Descriptor, new Location(newTree, span), [.. diagnostic.Arguments]));
            }
            else if (span.Start < regionStart)
            {
                merged.Add(new Diagnostic(diagnostic.Descriptor, new Location(newTree, span), [.. diagnostic.Arguments]));
            }
            else if (span.Start >= regionEnd && !(span.Start == regionEnd && span.Length == 0 && regionEnd == oldTree.GetText().Length))
            {
                merged.Add(new Diagnostic(diagnostic.Descriptor, new Location(newTree, new TextSpan(span.Start + delta, span.Length)), [.. diagnostic.Arguments]));
            }
        }

        foreach (var pending in region.Pending)
        {
            if (pending.Descriptor == DiagnosticDescriptors.EncodingGuessed)
            {
                continue;
            }

            merged.Add(new Diagnostic(pending.Descriptor, new Location(newTree, new TextSpan(pending.Start + regionStart, pending.Length)), pending.Arguments));
        }

        merged.Sort((a, b) => a.Location.SourceSpan.Start.CompareTo(b.Location.SourceSpan.Start));
        return merged;
    }
}
