using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportSdk.Serialization.Rendering;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.Rendering;

/// <summary>Renderer behaviour on small, hand-written reports: escaping, nesting, footnotes, arguments.</summary>
public class RendererBehaviourTests
{
    private const string Report =
        "政府工作报告\n" +
        "——2023年2月22日在某市第一届人民代表大会第一次会议上\n" +
        "市长 张三\n" +
        "各位代表：\n" +
        "现在，我代表市人民政府向大会报告工作。\n" +
        "一、2022年工作回顾\n" +
        "（一）经济发展。全年增长<b>5%</b> & 更多 *星号* [链接](x) `代码`。\n" +
        "1.第一项\n" +
        "（1）子项\n" +
        "①细项\n" +
        "- 列表\n" +
        "24. 39%的增长\n" +
        "二、2023年工作安排\n" +
        "（一）加强建设。推进“三新一高”[1]落实。\n" +
        "各位代表！让我们团结一心，再创辉煌！\n" +
        "注释\n" +
        "1.“三新一高”:新发展阶段、新发展理念、新发展格局、高质量发展。\n";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseFootnotes().Build();

    [Fact]
    public void MarkdownEscapesTextSoItReadsBackLiterally()
    {
        var tree = SyntaxTree.ParseText(Report);
        var document = Markdown.Parse(ReportRenderer.Render(tree, RenderFormat.Markdown), Pipeline);

        Assert.Empty(document.Descendants<HtmlInline>());
        Assert.Empty(document.Descendants<EmphasisInline>());
        Assert.Empty(document.Descendants<LinkInline>());
        Assert.Empty(document.Descendants<CodeInline>());
        Assert.Empty(document.Descendants<ListBlock>());
        Assert.Empty(document.Descendants<ThematicBreakBlock>());

        string text = string.Concat(document.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
        Assert.Contains("<b>5%</b> & 更多 *星号* [链接](x) `代码`。", text, StringComparison.Ordinal);
        Assert.Contains("- 列表", text, StringComparison.Ordinal);
        Assert.Contains("24. 39%的增长", text, StringComparison.Ordinal);
        Assert.Contains("——2023年2月22日", text, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownHeadingLevelsFollowItemNesting()
    {
        var tree = SyntaxTree.ParseText(Report);
        var document = Markdown.Parse(ReportRenderer.Render(tree, RenderFormat.Markdown), Pipeline);

        var levels = document.Descendants<HeadingBlock>().Select(h => h.Level).ToArray();
        Assert.Equal(RenderExpectations.HeadingLevels(tree.GetRoot()), levels);
        Assert.Equal([1, 2, 3, 4, 5, 6, 2, 3, 2], levels);
    }

    [Fact]
    public void MarkdownWritesFootnotesWithTheirDefinitions()
    {
        var tree = SyntaxTree.ParseText(Report);
        string markdown = ReportRenderer.Render(tree, RenderFormat.Markdown);

        Assert.Contains("[^1]", markdown, StringComparison.Ordinal);
        Assert.Contains("\n[^1]: “三新一高”:", markdown, StringComparison.Ordinal);
        var document = Markdown.Parse(markdown, Pipeline);
        var link = Assert.Single(document.Descendants<FootnoteLink>(), l => !l.IsBackLink);
        Assert.Equal("^1", link.Footnote.Label);
    }

    [Fact]
    public void HtmlEncodesTextAndNestsItemSections()
    {
        var tree = SyntaxTree.ParseText(Report);
        string source = ReportRenderer.Render(tree, RenderFormat.Html);
        var html = new HtmlParser().ParseDocument(source);

        Assert.Empty(html.QuerySelectorAll("article b"));
        Assert.Contains("<b>5%</b> & 更多", html.QuerySelector("#r1-s1-i1 > p")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("①细项", html.QuerySelector("#r1-s1-i1-i1-i1-i1 > h6")!.TextContent);
        Assert.Equal("一、2022年工作回顾", html.QuerySelector("#r1-s1 > h2")!.TextContent);
        Assert.Equal("各位代表！让我们团结一心，再创辉煌！", html.QuerySelector("#r1-closing > p")!.TextContent);

        var reference = html.QuerySelector("sup > a#fnref-r1-1-1")!;
        Assert.Equal("#fn-r1-1", reference.GetAttribute("href"));
        Assert.Equal("1", reference.TextContent);
        var note = html.GetElementById("fn-r1-1")!;
        Assert.Equal("#fnref-r1-1-1", note.QuerySelector("a.footnote-backref")!.GetAttribute("href"));
        Assert.Equal("注释", note.Closest("section.footnotes")!.QuerySelector("h2")!.TextContent);
    }

    [Fact]
    public void HtmlCanWriteBodyContentOnly()
    {
        var tree = SyntaxTree.ParseText(Report);
        using var writer = new StringWriter();
        new HtmlRenderer(writer) { WriteFullDocument = false }.Render(tree);

        string fragment = writer.ToString();
        Assert.StartsWith("<article id=\"r1\"", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", fragment, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainTextKeepsLinesAndMarks()
    {
        var tree = SyntaxTree.ParseText(Report);
        string text = ReportRenderer.Render(tree, RenderFormat.Text);

        Assert.StartsWith("政府工作报告\n——2023年2月22日在某市第一届人民代表大会第一次会议上\n市长 张三\n\n各位代表：\n\n", text, StringComparison.Ordinal);
        Assert.Contains("\n\n（一）加强建设。推进“三新一高”[1]落实。\n\n", text, StringComparison.Ordinal);
        Assert.Contains("\n\n[1] “三新一高”:新发展阶段", text, StringComparison.Ordinal);
        Assert.EndsWith("高质量发展。\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownHeadingsNeverExceedLevelSix()
    {
        var tree = SyntaxTree.ParseText("政府工作报告\n一、2022年工作回顾\n（一）甲\n1.乙\n（1）丙\n①丁\n第一，戊\n内容。\n");
        var document = Markdown.Parse(ReportRenderer.Render(tree, RenderFormat.Markdown), Pipeline);

        Assert.All(document.Descendants<HeadingBlock>(), h => Assert.InRange(h.Level, 1, 6));
        Assert.Equal(RenderExpectations.HeadingLevels(tree.GetRoot()), document.Descendants<HeadingBlock>().Select(h => h.Level));
    }

    [Fact]
    public void EmptyInputRendersInEveryFormat()
    {
        var tree = SyntaxTree.ParseText(string.Empty);
        foreach (var format in Enum.GetValues<RenderFormat>())
        {
            Assert.NotNull(ReportRenderer.Render(tree, format));
        }

        Assert.Equal(string.Empty, ReportRenderer.Render(tree, RenderFormat.Source));
    }

    [Fact]
    public void ArgumentsAreChecked()
    {
        var tree = SyntaxTree.ParseText(Report);
        Assert.Throws<ArgumentNullException>(() => ReportRenderer.Render(null!, RenderFormat.Text));
        Assert.Throws<ArgumentNullException>(() => ReportRenderer.Render(tree, RenderFormat.Text, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportRenderer.Render(tree, (RenderFormat)42));
        Assert.Throws<ArgumentNullException>(() => new HtmlRenderer(null!));
        Assert.Throws<ArgumentNullException>(() => new MarkdownRenderer(null!));
        Assert.Throws<ArgumentNullException>(() => new PlainTextRenderer(null!));
        Assert.Throws<ArgumentNullException>(() => new PlainTextRenderer(TextWriter.Null).Render((SyntaxTree)null!));
    }
}
