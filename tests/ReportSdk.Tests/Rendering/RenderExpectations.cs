using System.Text.RegularExpressions;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.Rendering;

/// <summary>What the renderers should produce, computed from the tree independently of the renderers.</summary>
internal static partial class RenderExpectations
{
    /// <summary>The heading levels in document order: title 1; section, annex and notes headings 2; items 3… by depth (at most 6).</summary>
    public static List<int> HeadingLevels(DocumentSyntax root)
    {
        var levels = new List<int>();
        foreach (var report in root.Reports)
        {
            if (!report.Preamble.Title.TextToken.IsMissing)
            {
                levels.Add(1);
            }

            AddItems(levels, report.Preamble.Body, 0);
            foreach (var section in report.Sections)
            {
                if (!section.Heading.TextToken.IsMissing)
                {
                    levels.Add(2);
                }

                AddItems(levels, section.Body, 0);
            }

            if (report.Closing is { } closing)
            {
                AddItems(levels, closing.Paragraphs, 0);
            }

            foreach (var annex in report.Annexes)
            {
                levels.Add(2);
                AddItems(levels, annex.Body, 0);
            }

            if (report.Notes is { } notes)
            {
                if (!notes.HeadingToken.IsMissing)
                {
                    levels.Add(2);
                }

                AddItems(levels, notes.Body, 0);
            }
        }

        return levels;
    }

    /// <summary>The headings of the sections that have one, in order.</summary>
    public static List<string> SectionHeadings(ReportSyntax report) =>
        report.Sections.Where(s => !s.Heading.TextToken.IsMissing).Select(s => s.Heading.ToString()).ToList();

    /// <summary>All numbered items of a report, in document order.</summary>
    public static List<NumberedItemSyntax> Items(ReportSyntax report) => report.DescendantNodes().OfType<NumberedItemSyntax>().ToList();

    /// <summary>Text without any whitespace, for comparisons that should not depend on spacing.</summary>
    public static string Squeeze(string text) => Whitespace().Replace(text, string.Empty);

    private static void AddItems(List<int> levels, SyntaxList<BlockSyntax> blocks, int depth)
    {
        // Item nesting is bounded by the six marker styles, so this recursion is shallow.
        foreach (var block in blocks)
        {
            if (block is NumberedItemSyntax item)
            {
                levels.Add(Math.Min(3 + depth, 6));
                AddItems(levels, item.Body, depth + 1);
            }
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
