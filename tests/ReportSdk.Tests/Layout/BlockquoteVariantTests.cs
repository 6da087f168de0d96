using ReportSdk.Syntax;
using static ReportSdk.Tests.Layout.VariantText;

namespace ReportSdk.Tests.Layout;

/// <summary>
/// A report quoted whole in a Markdown export (<c>&gt; </c> before every line, <c>&gt;</c> alone on the blank
/// lines): read as without the marks, which stay in the tree as markdown trivia (made-up texts).
/// </summary>
public class BlockquoteVariantTests
{
    private static string[] StandardReport() => [Title, Meeting, Speaker, .. StandardBody()];

    /// <summary>Each line with <paramref name="prefix"/> before it, and a quoted blank line between lines.</summary>
    private static string Quoted(string prefix, string blank, string[] lines) =>
        Lines([.. lines.SelectMany((line, i) => i == 0 ? new[] { prefix + line } : [blank, prefix + line])]);

    [Theory]
    [InlineData("> ", ">")]
    [InlineData(">> ", ">>")]
    [InlineData("> ", "> ")]
    [InlineData("> > ", "> >")]
    [InlineData("  > ", "")]
    public void AReportQuotedWhole_IsReadAsWithoutTheMarks(string prefix, string blank)
    {
        string text = Quoted(prefix, blank, StandardReport());
        var report = SingleOutline(Parse(text));

        Assert.Equal(Title, report.Title);
        Assert.Equal(1, report.Line);
        Assert.Equal(Meeting, report.Meeting);
        Assert.Equal(Speaker, report.Speaker);
        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Equal([ReviewHeading, PlanHeading], Headings(report));
        Assert.Equal(["（一）", "（二）"], report.Sections[1].Items.Select(i => i.Marker).ToArray());
        Assert.Equal(["坚持项目为王，全力扩大有效投资", "坚持创新驱动，加快产业转型升级"], report.Sections[1].Items.Select(i => i.Title).ToArray());
        Assert.NotNull(report.Closing);
        Assert.Equal(ClosingText, report.Closing!.Text);
    }

    [Fact]
    public void QuotedMarkdownHeadingsAndBoldLines_AreHeadings()
    {
        string[] lines =
        [
            "> # " + Title, "> " + Meeting, "> " + Speaker, "> " + Salutation, "> " + Opening,
            "> ## " + ReviewHeading, "> " + ReviewText,
            "> **" + PlanHeading + "**", "> " + PlanText, "> " + PlanItem1, "> " + PlanItem2,
            "> " + ClosingText,
        ];
        string text = Lines(lines);
        var report = SingleOutline(Parse(text));

        Assert.Equal(Title, report.Title);
        Assert.Equal(Meeting, report.Meeting);
        Assert.Equal(Speaker, report.Speaker);
        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Equal([ReviewHeading, PlanHeading], Headings(report));
        Assert.Equal([6, 8], report.Sections.Select(s => s.Line).ToArray());
        Assert.Equal(["（一）", "（二）"], report.Sections[1].Items.Select(i => i.Marker).ToArray());
        Assert.Equal(ClosingText, report.Closing?.Text);
        Assert.Equal(12, report.Closing!.Line);
    }

    [Theory]
    [InlineData(">5%的增长率已连续三年保持，今年继续巩固。")]
    [InlineData(">=80%的行政村实现集体经济收入10万元以上。")]
    public void AGreaterThanSignBeforeText_IsNoQuoteMark(string line)
    {
        string[] body = StandardBody();
        string text = WithBody([.. body[..^3], line, .. body[^3..]]);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        AssertStandardBody(text, report);
        Assert.Contains(tree.GetRoot().DescendantNodes().OfType<ParagraphSyntax>(), p => p.ToString().Trim() == line);
        Assert.DoesNotContain(tree.GetRoot().DescendantTrivia(), t => t.Kind == SyntaxKind.MarkdownHeadingTrivia);
    }

    [Fact]
    public void TheQuoteMarks_AreMarkdownTrivia()
    {
        string text = Quoted("> ", ">", StandardReport());
        var tree = Parse(text);

        var marks = tree.GetRoot().DescendantTrivia().Where(t => t.ToString().Contains('>')).ToArray();
        Assert.Equal(text.Count(c => c == '>'), marks.Length);
        Assert.All(marks, mark => Assert.Equal(SyntaxKind.MarkdownHeadingTrivia, mark.Kind));
        Assert.All(marks, mark => Assert.Equal(">", mark.ToString()));
    }

    [Fact]
    public void AQuotedChromeLine_KeepsItsMarkAsMarkdownTrivia()
    {
        string text = Lines(["> 首页 > 政务公开 > 工作报告", "> " + Title, "> " + Meeting, "> " + Speaker, .. StandardBody()]);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Equal(Title, report.Title);
        var first = tree.GetRoot().DescendantTrivia().First();
        Assert.Equal(SyntaxKind.MarkdownHeadingTrivia, first.Kind);
        Assert.Equal(">", first.ToString());
    }
}
