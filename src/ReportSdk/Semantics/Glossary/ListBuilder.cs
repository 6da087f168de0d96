using ReportSdk.Semantics.Model;
using ReportSdk.Syntax;
using ReportSdk.Text;

namespace ReportSdk.Semantics.Glossary;

/// <summary>Finds lists such as 民生实事: an annex whose heading names one, or a numbered item with sub-items whose title does.</summary>
internal static class ListBuilder
{
    public static IReadOnlyList<ReportList> Build(ReportSyntax report, SourceText text)
    {
        var lists = new List<ReportList>();
        foreach (var annex in report.Annexes)
        {
            string heading = text.ToString(annex.HeadingToken.Span);
            if (IsListHeading(heading))
            {
                lists.Add(new ReportList(heading.Trim(), annex.HeadingToken.Span, Items(annex.Body, text)));
            }
        }

        foreach (var section in report.Sections)
        {
            foreach (var item in section.DescendantNodes().OfType<NumberedItemSyntax>())
            {
                if (item.Title.Count == 0)
                {
                    continue;
                }

                var span = TextSpan.FromBounds(item.Title[0].Span.Start, item.Title[item.Title.Count - 1].Span.End);
                string title = text.ToString(span);
                var items = Items(item.Body, text);
                if (IsListHeading(title) && items.Count > 0)
                {
                    lists.Add(new ReportList(title.Trim(), span, items));
                }
            }
        }

        return lists;
    }

    private static bool IsListHeading(string heading) =>
        MeaningProfile.ListCues.Any(cue => heading.Contains(cue, StringComparison.Ordinal));

    private static List<Located<string>> Items(SyntaxList<BlockSyntax> body, SourceText text)
    {
        var items = new List<Located<string>>();
        foreach (var block in body)
        {
            if (block is NumberedItemSyntax item && item.Title.Count > 0)
            {
                var span = TextSpan.FromBounds(item.Title[0].Span.Start, item.Title[item.Title.Count - 1].Span.End);
                items.Add(new Located<string>(text.ToString(span).Trim(), span));
            }
        }

        return items;
    }
}
