using ReportSdk.Syntax;
using static ReportSdk.Tests.Layout.VariantText;

namespace ReportSdk.Tests.Layout;

/// <summary>
/// A portal page's toolbar and footer after the closing (【打印本页】, 【关闭窗口】, 分享到：, 扫一扫在手机打开当前页), on
/// lines of their own or glued to the closing's last line: chrome, neither the closing's nor the body's text (made-up texts).
/// </summary>
public class PortalChromeVariantTests
{
    /// <summary>The line of the closing in <see cref="WithBody"/> over <see cref="StandardBody"/>: title, meeting, speaker and nine body lines.</summary>
    private const int ClosingLine = 12;

    private static void AssertClosingIsTheAppealOnly(SyntaxTree tree)
    {
        var outline = SingleOutline(tree);
        Assert.Equal(["review", "plan"], Kinds(outline));
        Assert.Equal(["（一）", "（二）"], outline.Sections[1].Items.Select(i => i.Marker).ToArray());
        Assert.Equal(ClosingText, outline.Closing?.Text);
        Assert.Equal(ClosingLine, outline.Closing!.Line);
        var closing = SingleReport(tree).Closing;
        Assert.NotNull(closing);
        var paragraph = Assert.Single(closing!.Paragraphs);
        Assert.Equal(ClosingText, paragraph.ToString().Trim());
    }

    [Theory]
    [InlineData("【打印本页】 【关闭窗口】", "分享到：", "扫一扫在手机打开当前页")]
    [InlineData("【打印本页】【关闭窗口】", "", "扫一扫在手机打开当前页")]
    [InlineData("打印 | 关闭", "", "")]
    [InlineData("[打印] [关闭]", "分享到：", "")]
    [InlineData("打印本页 关闭窗口", "分享到：", "扫一扫在手机打开当前页")]
    [InlineData("打印本页\u2003关闭窗口", "", "")]
    [InlineData("［打印本页］\u2003［关闭窗口］", "", "")]
    [InlineData("打印\u2003关闭", "", "")]
    public void ToolbarLinesAfterTheClosing_AreChrome(string first, string second, string third)
    {
        string[] tail = [.. new[] { first, second, third }.Where(l => l.Length > 0)];
        string text = WithBody([.. StandardBody(), "", .. tail]);
        var tree = Parse(text);

        AssertClosingIsTheAppealOnly(tree);
        var chrome = tree.GetDiagnostics().Single(d => d.Id == "RPT0007");
        Assert.Equal(LineOf(text, tail[0]) - 1, chrome.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Theory]
    [InlineData("【打印本页】【关闭窗口】", new[] { "【打印本页】【关闭窗口】" })]
    [InlineData(" 【打印本页】 【关闭窗口】", new[] { "【打印本页】", "【关闭窗口】" })]
    [InlineData("[打印本页] | [关闭窗口]", new[] { "[打印本页]", "|", "[关闭窗口]" })]
    [InlineData("［打印本页］［关闭窗口］", new[] { "［打印本页］［关闭窗口］" })]
    [InlineData("【打印本页】\u2003［关闭窗口］", new[] { "【打印本页】", "［关闭窗口］" })]
    public void ToolbarWordsGluedToTheClosing_AreTriviaNotItsText(string toolbar, string[] skippedTexts)
    {
        string[] body = StandardBody();
        string text = WithBody([.. body[..^1], ClosingText + toolbar, "分享到：", "扫一扫在手机打开当前页"]);
        var tree = Parse(text);

        AssertClosingIsTheAppealOnly(tree);
        var last = SingleReport(tree).Closing!.Paragraphs[0].GetLastToken();
        // The whole toolbar follows the closing's text as trivia: its words skipped text, the gaps between them white space.
        Assert.StartsWith(toolbar, last.TrailingTrivia.ToString(), StringComparison.Ordinal);
        Assert.Equal(skippedTexts, last.TrailingTrivia.Where(t => t.Kind == SyntaxKind.SkippedTextTrivia).Select(t => t.ToString()).ToArray());
        Assert.All(last.TrailingTrivia.Where(t => t.Kind != SyntaxKind.SkippedTextTrivia), t => Assert.True(string.IsNullOrWhiteSpace(t.ToString())));
        // A cut is no skipped line: the only RPT0007 is the chrome lines' below, none on the closing's line.
        var chrome = Assert.Single(tree.GetDiagnostics(), d => d.Id == "RPT0007");
        Assert.Equal(ClosingLine, chrome.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Theory]
    [InlineData("【完】")]
    [InlineData("［完］")]
    [InlineData("【打印本页］")]
    public void ABracketThatIsNotAToolbarWord_StaysInTheClosing(string bracket)
    {
        string closing = ClosingText + bracket;
        string[] body = StandardBody();
        string text = WithBody([.. body[..^1], closing]);
        var tree = Parse(text);

        Assert.Equal(closing, SingleOutline(tree).Closing?.Text);
    }

    [Fact]
    public void AToolbarWordInsideAParagraph_IsNotCut()
    {
        // Only words at the end of the report's last line, after a finished sentence, are a glued toolbar.
        string paragraph = "全面推行政务服务“一网通办”，群众办事可在网上【打印】【下载】全部表格。";
        string text = WithBody([.. StandardBody()[..^1], paragraph, ClosingText]);
        var tree = Parse(text);

        Assert.Contains(tree.GetRoot().DescendantNodes().OfType<ParagraphSyntax>(), p => p.ToString().Trim() == paragraph);
    }
}
