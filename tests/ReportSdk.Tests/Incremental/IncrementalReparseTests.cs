using System.Text;
using ReportSdk.Syntax;
using ReportSdk.Text;

namespace ReportSdk.Tests.Incremental;

public class IncrementalReparseTests
{
    private static readonly string Corpus = string.Concat(TestPaths.SeedFiles.Select(File.ReadAllText));

    private static string Document(int minimumLength)
    {
        var builder = new StringBuilder();
        while (builder.Length < minimumLength)
        {
            builder.Append(Corpus).Append('\n');
        }

        return builder.ToString();
    }

    private static void AssertSameAsFullParse(SyntaxTree incremental, SourceText newText)
    {
        var full = SyntaxTree.ParseText(newText);
        Assert.Equal(newText.ToString(), incremental.GetRoot().ToFullString());
        Assert.True(full.GetRoot().IsEquivalentTo(incremental.GetRoot()), "The incremental tree differs from a full parse.");
        Assert.Equal(
            full.GetDiagnostics().Select(d => (d.Id, d.Location.SourceSpan, d.GetMessage())),
            incremental.GetDiagnostics().Select(d => (d.Id, d.Location.SourceSpan, d.GetMessage())));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    public void OneCharacterEditsInsideParagraphsEqualAFullParse(int seed)
    {
        string text = Document(300_000);
        var tree = SyntaxTree.ParseText(text);
        var random = new Random(seed);
        var paragraphs = tree.GetRoot().DescendantNodes().OfType<ParagraphSyntax>().ToList();
        for (int n = 0; n < 5; n++)
        {
            var paragraph = paragraphs[random.Next(paragraphs.Count)];
            int position = paragraph.Span.Start + random.Next(Math.Max(1, paragraph.Span.Length));
            var edited = tree.WithChanges(new TextChange(new TextSpan(position, 0), "新"));
            AssertSameAsFullParse(edited, tree.GetText().WithChanges(new TextChange(new TextSpan(position, 0), "新")));
        }
    }

    [Fact]
    public void ReusesTheGreenNodesOfUntouchedReports()
    {
        string text = Document(300_000);
        var tree = SyntaxTree.ParseText(text);
        var reports = tree.GetRoot().Reports;
        Assert.True(reports.Count > 10);
        var target = reports[reports.Count / 2].DescendantNodes().OfType<ParagraphSyntax>().First(p => p.Span.Length > 10);
        var edited = tree.WithChanges(new TextChange(new TextSpan(target.Span.Start + 3, 1), "改"));
        var newReports = edited.GetRoot().Reports;
        Assert.Equal(reports.Count, newReports.Count);
        int reused = 0;
        for (int i = 0; i < reports.Count; i++)
        {
            if (ReferenceEquals(reports[i].Green, newReports[i].Green))
            {
                reused++;
            }
        }

        Assert.True(reused >= reports.Count - 2, $"only {reused} of {reports.Count} reports were reused");
        AssertSameAsFullParse(edited, edited.GetText());
    }

    [Fact]
    public void InsertingANumberedItemEqualsAFullParse()
    {
        string text = Document(300_000);
        var tree = SyntaxTree.ParseText(text);
        var item = tree.GetRoot().DescendantNodes().OfType<NumberedItemSyntax>().Skip(30).First();
        string insertion = item.MarkerToken.Text + "新增加的一项重点工作。\n";
        var change = new TextChange(new TextSpan(item.Span.Start, 0), insertion);
        var edited = tree.WithChanges(change);
        AssertSameAsFullParse(edited, tree.GetText().WithChanges(change));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void EditsAnywhereEqualAFullParse(int seed)
    {
        var random = new Random(seed);
        foreach (var file in TestPaths.SeedFiles)
        {
            var tree = SyntaxTree.ParseText(File.ReadAllText(file));
            for (int n = 0; n < 10; n++)
            {
                int length = tree.GetText().Length;
                int start = random.Next(length);
                int remove = Math.Min(random.Next(4), length - start);
                string[] inserts = ["", "一、", "\n", "各位代表！", "政府工作报告\n", "注释\n", "x"];
                var change = new TextChange(new TextSpan(start, remove), inserts[random.Next(inserts.Length)]);
                var edited = tree.WithChanges(change);
                AssertSameAsFullParse(edited, tree.GetText().WithChanges(change));
                tree = edited;
            }
        }
    }
}
