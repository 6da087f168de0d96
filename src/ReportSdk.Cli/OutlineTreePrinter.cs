using ReportSdk.Semantics.Outline;

namespace ReportSdk.Cli;

/// <summary>Prints an outline as an indented tree for people.</summary>
internal static class OutlineTreePrinter
{
    public static void Print(DocumentOutline outline, TextWriter output)
    {
        output.WriteLine(outline.Path);
        if (outline.Contents.Count > 0)
        {
            output.WriteLine($"  contents ({outline.Contents.Count} entries)");
            foreach (var entry in outline.Contents)
            {
                output.WriteLine($"    {entry.Title} … {entry.Page}  (line {entry.Line})");
            }
        }

        foreach (var report in outline.Reports)
        {
            output.WriteLine($"  report: {report.Title ?? "(no title)"}  (line {report.Line})");
            if (report.Meeting is not null)
            {
                output.WriteLine($"    meeting: {report.Meeting}");
            }

            if (report.Speaker is not null)
            {
                output.WriteLine($"    speaker: {report.Speaker}");
            }

            foreach (var section in report.Sections)
            {
                output.WriteLine($"    [{JsonNames.Of(section.Kind)}] {section.Heading ?? "(heading missing)"}  (line {section.Line})");
                PrintItems(section.Items, output, "      ");
            }

            if (report.Closing is { } closing)
            {
                output.WriteLine($"    closing: {Shorten(closing.Text, 30)}  (line {closing.Line})");
            }
            else
            {
                output.WriteLine("    closing: (none: the report looks truncated)");
            }

            if (report.Footnotes.Count > 0)
            {
                output.WriteLine($"    footnotes: {report.Footnotes.Count}");
                foreach (var note in report.Footnotes)
                {
                    output.WriteLine($"      [{note.Label ?? "?"}] {note.Term ?? "(no term)"}  (line {note.Line}; referenced on {(note.References.Count == 0 ? "no line" : string.Join(", ", note.References))})");
                }
            }
        }

        if (outline.Diagnostics.Count > 0)
        {
            output.WriteLine($"  diagnostics: {outline.Diagnostics.Count}");
            foreach (var diagnostic in outline.Diagnostics)
            {
                // The compiler format of Diagnostic.ToString(), without the path printed above: (line,col): severity id: message.
                output.WriteLine($"    ({diagnostic.Line},{diagnostic.Column}): {JsonNames.Of(diagnostic.Severity)} {diagnostic.Id}: {diagnostic.Message}");
            }
        }
    }

    private static void PrintItems(IReadOnlyList<ItemOutline> items, TextWriter output, string indent)
    {
        foreach (var item in items)
        {
            output.WriteLine($"{indent}{item.Marker} {Shorten(item.Title, 40)}  (line {item.Line})");
            PrintItems(item.Items, output, indent + "  ");
        }
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
