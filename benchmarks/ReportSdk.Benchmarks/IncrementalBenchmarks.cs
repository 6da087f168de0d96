using BenchmarkDotNet.Attributes;
using ReportSdk.Syntax;
using ReportSdk.Syntax.InternalSyntax;
using ReportSdk.Text;

namespace ReportSdk.Benchmarks;

/// <summary>
/// Incremental reparse (<see cref="SyntaxTree.WithChangedText(SourceText)"/>) of the ~1 MB document
/// (the corpus repeated four times) after two edits in a report in the middle of it, against a full
/// parse of the same edited text (the baseline of each pair):
/// a one-character edit inside a paragraph, and a new numbered item inserted before an existing one.
/// The setup checks that each incremental result equals the full parse and that it reused green nodes.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class IncrementalBenchmarks
{
    private SyntaxTree _oldTree = null!;
    private SourceText _charEdit = null!;
    private SourceText _itemInsert = null!;

    [GlobalSetup]
    public void Setup()
    {
        string text = Corpus.Scaled(1);
        _oldTree = SyntaxTree.ParseText(text);
        var root = _oldTree.GetRoot();
        var reports = root.Reports;
        var report = reports[reports.Count / 2];

        // One character replaced inside the text of a paragraph of the middle report.
        var paragraph = report.DescendantNodes().OfType<ParagraphSyntax>().First(p => p.Span.Length > 40);
        int at = paragraph.Span.Start + 20;
        char replacement = text[at] == '国' ? '家' : '国';
        _charEdit = SourceText.From(string.Concat(text.AsSpan(0, at), replacement.ToString(), text.AsSpan(at + 1)));

        // A new numbered item with the marker of an existing one, inserted before it (a line of its own).
        var item = report.DescendantNodes().OfType<NumberedItemSyntax>().Skip(2).First();
        int lineStart = item.MarkerToken.Span.Start;
        while (lineStart > 0 && text[lineStart - 1] != '\n')
        {
            lineStart--;
        }

        string newItem = item.MarkerToken.Text + "新增的一项工作：加快推进重点项目建设，确保年内开工。\n";
        _itemInsert = SourceText.From(text.Insert(lineStart, newItem));

        Check(_charEdit, "one-character edit");
        Check(_itemInsert, "numbered item insert");
    }

    /// <summary>Full parse of the text after the one-character edit.</summary>
    [Benchmark(Baseline = true)]
    public int FullParseAfterCharEdit() => Size(SyntaxTree.ParseText(_charEdit));

    /// <summary>Incremental reparse after the one-character edit.</summary>
    [Benchmark]
    public int IncrementalCharEdit() => Size(_oldTree.WithChangedText(_charEdit));

    /// <summary>Full parse of the text after the item insert.</summary>
    [Benchmark]
    public int FullParseAfterItemInsert() => Size(SyntaxTree.ParseText(_itemInsert));

    /// <summary>Incremental reparse after the item insert.</summary>
    [Benchmark]
    public int IncrementalItemInsert() => Size(_oldTree.WithChangedText(_itemInsert));

    private static int Size(SyntaxTree tree) => tree.GetDiagnostics().Count + tree.GetRoot().FullSpan.Length;

    private void Check(SourceText edited, string name)
    {
        var incremental = _oldTree.WithChangedText(edited);
        var full = SyntaxTree.ParseText(edited);
        if (incremental.GetRoot().ToFullString() != edited.ToString() || !incremental.GetRoot().IsEquivalentTo(full.GetRoot())
            || incremental.GetDiagnostics().Count != full.GetDiagnostics().Count)
        {
            throw new InvalidOperationException($"The incremental reparse after the {name} differs from a full parse.");
        }

        var oldReports = ((DocumentGreen)_oldTree.GetRoot().Green).Reports!;
        var newReports = ((DocumentGreen)incremental.GetRoot().Green).Reports!;
        int reused = 0;
        for (int i = 0; i < newReports.SlotCount; i++)
        {
            for (int j = 0; j < oldReports.SlotCount; j++)
            {
                if (ReferenceEquals(newReports.GetSlot(i), oldReports.GetSlot(j)))
                {
                    reused++;
                    break;
                }
            }
        }

        Console.WriteLine($"// {name}: incremental result equals the full parse; {reused} of {newReports.SlotCount} report nodes reused.");
    }
}
