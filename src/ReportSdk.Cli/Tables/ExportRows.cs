using ReportSdk.Semantics.Model;
using ReportSdk.Semantics.Outline;
using ReportSdk.Serialization.Model;
using ReportSdk.Syntax;

namespace ReportSdk.Cli.Tables;

/// <summary>Fills the <see cref="ExportTables"/> rows of one parsed file.</summary>
internal static class ExportRows
{
    /// <summary>The rows of <paramref name="tree"/> (parsed with <paramref name="path"/> as its file path), one table per <see cref="ExportTables.All"/> entry.</summary>
    public static IReadOnlyList<Table> Of(SyntaxTree tree, string path)
    {
        var tables = ExportTables.CreateEmpty();
        var (reports, sections, items, targets, glossary, diagnostics) = (tables[0], tables[1], tables[2], tables[3], tables[4], tables[5]);
        var model = tree.GetDocumentModel();
        var json = ModelProjection.ToJson(model);
        var outline = OutlineBuilder.Build(tree);
        var figures = ModelProjection.TargetRows(model).ToLookup(row => row.Report);
        for (int index = 0; index < json.Reports.Count; index++)
        {
            var report = json.Reports[index];
            var shape = index < outline.Reports.Count ? outline.Reports[index] : null;
            var rows = figures[index].ToList();
            int itemCount = 0;
            if (shape is not null)
            {
                for (int s = 0; s < shape.Sections.Count; s++)
                {
                    var section = shape.Sections[s];
                    int before = itemCount;
                    AddItems(items, path, index, s, section.Items, parent: null, depth: 1, ref itemCount);
                    sections.Add(path, index, s, JsonNames.Of(section.Kind), section.Heading, section.Line, itemCount - before);
                }
            }

            reports.Add(
                path,
                index,
                shape?.Title,
                report.Region,
                report.Level,
                report.Year,
                report.Meeting.Date,
                report.Meeting.Congress,
                report.Meeting.Session,
                report.Meeting.Text,
                report.Speaker.Name,
                report.Speaker.Office,
                report.Speaker.Text,
                report.Status,
                shape?.Line,
                shape?.Sections.Count ?? 0,
                itemCount,
                rows.Count(row => row.Kind == "target"),
                rows.Count(row => row.Kind == "achieved"),
                rows.Count,
                report.Glossary.Count,
                report.Lists.Count);
            foreach (var row in rows)
            {
                targets.Add(TargetColumns.ExportValues(row));
            }

            foreach (var entry in report.Glossary)
            {
                glossary.Add(path, index, entry.Term, entry.Definition, entry.Line, string.Join(' ', entry.References));
            }
        }

        var spans = tree.GetRoot().Reports.Select(report => report.FullSpan).ToList();
        var lines = tree.GetText().Lines;
        foreach (var diagnostic in tree.GetDiagnostics())
        {
            var start = diagnostic.Location.SourceSpan.Start;
            var position = lines.GetLinePosition(start);
            int found = spans.FindIndex(span => span.Contains(start) || (span.End == start && start == tree.GetText().Length && span.Length > 0));
            diagnostics.Add(
                path,
                found >= 0 ? found : null,
                diagnostic.Id,
                JsonNames.Of(diagnostic.Severity),
                position.Line + 1,
                position.Character + 1,
                diagnostic.GetMessage());
        }

        return tables;
    }

    private static void AddItems(Table items, string path, int report, int section, IReadOnlyList<ItemOutline> children, int? parent, int depth, ref int next)
    {
        foreach (var item in children)
        {
            int index = next++;
            items.Add(path, report, section, index, parent, depth, item.Marker, item.Title, item.Line);
            AddItems(items, path, report, section, item.Items, index, depth + 1, ref next);
        }
    }
}
