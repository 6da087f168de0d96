using ReportSdk.Syntax;
using static ReportSdk.Tests.Layout.VariantText;

namespace ReportSdk.Tests.Layout;

/// <summary>
/// A portal page that prints the title only in its <c>标题：</c> metadata header, with no title line of its own: the
/// header's value is the title (made-up texts).
/// </summary>
public class TitleHeaderVariantTests
{
    private const string PublishedAt = "发布时间：2026-01-25 09:30";
    private const string Source = "来源：青山县人民政府办公室";

    [Theory]
    [InlineData("标题：", Title)]
    [InlineData("标题: ", Title)]
    [InlineData("标题：", "柳溪街道2026年工作报告")]
    [InlineData("标　　题：", Title)]
    [InlineData("标 题: ", Title)]
    [InlineData("标\u2003题 ：", "柳溪街道2026年工作报告")]
    public void TheTitleOnlyInATitleHeader_IsTheTitle(string header, string title)
    {
        string text = WithPreamble(header + title, PublishedAt, Source, Meeting, Speaker);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Equal(title, report.Title);
        Assert.Equal(1, report.Line);
        Assert.Equal(Meeting, report.Meeting);
        Assert.Equal(Speaker, report.Speaker);
        AssertStandardBody(text, report);
        Assert.DoesNotContain(tree.GetDiagnostics(), d => d.Id == "RPT0001");

        // The header word is not the title: it stays in the tree as skipped text before the title token.
        var titleToken = SingleReport(tree).Preamble.Title.TextToken;
        Assert.Equal(title, titleToken.Text);
        Assert.Equal(header, string.Concat(titleToken.LeadingTrivia.Select(t => t.ToString())));
        var skipped = titleToken.LeadingTrivia.Where(t => t.Kind == SyntaxKind.SkippedTextTrivia).Select(t => t.ToString());
        Assert.Equal(string.Concat(header.Where(c => !char.IsWhiteSpace(c))), string.Concat(skipped));
        // A cut is no skipped line: no RPT0007 (docs/architecture.md, content cut by the layout); the metadata lines are chrome.
        Assert.DoesNotContain(tree.GetDiagnostics(), d => d.Id == "RPT0007" && d.Location.GetLineSpan().StartLinePosition.Line == 0);
    }

    [Fact]
    public void ATitleHeaderAfterOtherHeaders_WithoutAMeetingLine_IsTheTitle()
    {
        string text = Lines([Source, PublishedAt, "标题：" + Title, .. StandardBody()]);
        var report = SingleOutline(Parse(text));

        Assert.Equal(Title, report.Title);
        Assert.Equal(3, report.Line);
        AssertStandardBody(text, report);
    }

    [Theory]
    [InlineData("标题栏：")]
    [InlineData("标　志：")]
    [InlineData("　题：")]
    public void AnotherHeaderWord_IsNoTitleHeader(string header)
    {
        string text = WithPreamble(header + Title, PublishedAt, Meeting, Speaker);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.NotEqual(Title, report.Title);
        Assert.Contains(tree.GetDiagnostics(), d => d.Id == "RPT0001");
    }

    [Fact]
    public void ATitleHeaderWhoseValueIsNotAReportTitle_IsNotTheTitle()
    {
        string text = WithPreamble("标题：关于印发青山县政府工作任务分工的通知", PublishedAt, Meeting, Speaker);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Null(report.Title);
        Assert.Equal(Meeting, report.Meeting);
        Assert.Contains(tree.GetDiagnostics(), d => d.Id == "RPT0001");
        AssertStandardBody(text, report);
    }
}
