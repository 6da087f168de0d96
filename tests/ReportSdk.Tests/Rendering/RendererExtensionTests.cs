using AngleSharp.Html.Parser;
using ReportSdk.Serialization.Rendering;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.Rendering;

/// <summary>What a tool author extends: rendering one part of a tree, overriding blocks, the HTML contents and stylesheet.</summary>
public class RendererExtensionTests
{
    private const string Report =
        "政府工作报告\n" +
        "——2023年2月22日在某市第一届人民代表大会第一次会议上\n" +
        "市长 张三\n" +
        "各位代表：\n" +
        "现在，我代表市人民政府向大会报告工作。\n" +
        "一、2022年工作回顾\n" +
        "（一）经济发展。全年增长5%。\n" +
        "1.第一项\n" +
        "工业增长6%。\n" +
        "（二）社会事业。民生改善。\n" +
        "二、2023年工作安排\n" +
        "（一）加强建设。推进“三新一高”[1]落实。\n" +
        "各位代表！让我们团结一心，再创辉煌！\n" +
        "注释\n" +
        "[1]“三新一高”:新发展阶段、新发展理念、新发展格局、高质量发展。\n";

    private static string Render(Func<TextWriter, TreeRenderer> create, SyntaxNode node)
    {
        using var writer = new StringWriter();
        create(writer).Render(node);
        return writer.ToString();
    }

    public static TheoryData<string> Formats() => ["text", "markdown", "html"];

    private static Func<TextWriter, TreeRenderer> Renderer(string format, BlockOverride? hook = null) => format switch
    {
        "text" => w => new PlainTextRenderer(w) { BlockOverride = hook },
        "markdown" => w => new MarkdownRenderer(w) { BlockOverride = hook },
        _ => w => new HtmlRenderer(w) { BlockOverride = hook },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void OneSection_IsItsHeadingAndBody_Only(string format)
    {
        var report = SyntaxTree.ParseText(Report).GetRoot().Reports[0];
        string review = Render(Renderer(format), report.Sections[0]);

        Assert.Contains("2022年工作回顾", review, StringComparison.Ordinal);
        Assert.Contains("第一项", review, StringComparison.Ordinal);
        Assert.Contains("社会事业", review, StringComparison.Ordinal);
        Assert.DoesNotContain("2023年工作安排", review, StringComparison.Ordinal);
        Assert.DoesNotContain("政府工作报告", review, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void OneItem_IsItsHeadingBodyAndSubItems_Only(string format)
    {
        var report = SyntaxTree.ParseText(Report).GetRoot().Reports[0];
        var item = report.Sections[0].Body.OfType<NumberedItemSyntax>().First();
        string rendered = Render(Renderer(format), item);

        Assert.Contains("经济发展", rendered, StringComparison.Ordinal);
        Assert.Contains("工业增长6%", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("社会事业", rendered, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void AReport_RendersAsInItsDocument(string format)
    {
        var root = SyntaxTree.ParseText(Report).GetRoot();
        string whole = Render(Renderer(format), root);
        string report = Render(Renderer(format), root.Reports[0]);
        Assert.Contains(report.Trim(), whole, StringComparison.Ordinal);
        Assert.Contains("三新一高", report, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherNodes_AreRefusedWithAClearMessage()
    {
        var paragraph = SyntaxTree.ParseText(Report).GetRoot().DescendantNodes().OfType<ParagraphSyntax>().First();
        var error = Assert.Throws<ArgumentException>(() => Render(Renderer("html"), paragraph));
        Assert.Contains("document, a report, a section or a numbered item", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void BlockOverride_WritesItsBlocks_AndAnOverriddenItemTakesItsBody(string format)
    {
        var tree = SyntaxTree.ParseText(Report);
        var seen = new List<string>();
        BlockOverride hook = (block, writer) =>
        {
            seen.Add(block.Kind.ToString());
            if (block is NumberedItemSyntax item && item.MarkerToken.Text == "（一）" && item.Title.ToString().StartsWith("经济发展", StringComparison.Ordinal))
            {
                writer.Write("[ITEM REPLACED]");
                return true;
            }

            return false;
        };
        string rendered = Render(Renderer(format, hook), tree.GetRoot());

        Assert.Contains("[ITEM REPLACED]", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("经济发展", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("第一项", rendered, StringComparison.Ordinal);  // the replaced item's sub-item
        Assert.Contains("社会事业", rendered, StringComparison.Ordinal);
        Assert.Contains("NumberedItem", seen);
        Assert.Contains("Paragraph", seen);
    }

    [Fact]
    public void Html_ListsEachReportsSections_WithLinksThatResolve()
    {
        string html = ReportRenderer.Render(SyntaxTree.ParseText(Report), RenderFormat.Html);
        var document = new HtmlParser().ParseDocument(html);

        var links = document.QuerySelectorAll("nav.contents a").ToList();
        Assert.Equal(["一、2022年工作回顾", "二、2023年工作安排"], links.Select(a => a.TextContent));
        foreach (var link in links)
        {
            string target = link.GetAttribute("href")!.TrimStart('#');
            Assert.Equal("section", document.GetElementById(target)?.LocalName);
        }

        Assert.Contains("max-width", document.QuerySelector("head style")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_TakesItsOwnStylesheet_AndCanLeaveTheContentsOut()
    {
        using var writer = new StringWriter();
        new HtmlRenderer(writer) { Stylesheet = "body{color:red}</style><script>", WriteContents = false }.Render(SyntaxTree.ParseText(Report));
        var document = new HtmlParser().ParseDocument(writer.ToString());

        Assert.StartsWith("body{color:red}", document.QuerySelector("head style")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Empty(document.QuerySelectorAll("nav.contents"));
    }
}
