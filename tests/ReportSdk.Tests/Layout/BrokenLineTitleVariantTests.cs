using static ReportSdk.Tests.Layout.VariantText;

namespace ReportSdk.Tests.Layout;

/// <summary>
/// Headings and item titles whose line broke before the sentence ended: at a link (the linked book title on lines of its
/// own, as the national reports of 2004–2006 arrive), the outline joins the lines until the <c>《</c> closes; after a comma
/// (older typesetting), up to the sentence end. The tree keeps the lines as they are.
/// </summary>
public class BrokenLineTitleVariantTests
{
    private const string ExplanationHeading = "三、关于《";
    private const string LinkText = "青山县国民经济和社会发展第十五个五年规划纲要（草案）";
    private const string HeadingRest = "》的说明";
    private const string ItemStart = "（一）规划《";
    private const string ItemLink = "纲要（草案）";
    private const string ItemRest = "》的编制过程";
    private const string ItemText = "规划纲要草案经过广泛征求意见，先后召开座谈会12次，收到意见建议320条。";

    private static string Text(params string[] explanation) =>
        WithBody([Salutation, Opening, ReviewHeading, ReviewText, PlanHeading, PlanText, PlanItem1, PlanItem2, .. explanation, ClosingText]);

    [Fact]
    public void AHeadingAndATitleBrokenAtALink_AreJoinedInTheOutline()
    {
        string text = Text(ExplanationHeading, LinkText, HeadingRest, ItemStart, ItemLink, ItemRest, ItemText);
        var tree = Parse(text);
        var section = SingleOutline(tree).Sections[2];

        Assert.Equal("三、关于《青山县国民经济和社会发展第十五个五年规划纲要（草案）》的说明", section.Heading);
        Assert.Equal(LineOf(text, ExplanationHeading), section.Line);
        var item = Assert.Single(section.Items);
        Assert.Equal("规划《纲要（草案）》的编制过程", item.Title);
        Assert.Equal(text, tree.GetRoot().ToFullString());
    }

    [Fact]
    public void BlankLinesBetweenThePieces_AreSkipped()
    {
        string text = Text(ExplanationHeading, string.Empty, LinkText, string.Empty, string.Empty, HeadingRest, ItemText);
        var section = SingleOutline(Parse(text)).Sections[2];

        Assert.Equal("三、关于《青山县国民经济和社会发展第十五个五年规划纲要（草案）》的说明", section.Heading);
    }

    [Fact]
    public void AMarkThatNeverCloses_LeavesTheTitleAsItIs()
    {
        // Three lines later the mark is still open: the lines below are the item's text, not a link.
        string text = Text(ExplanationHeading, LinkText, "规划纲要草案共分十二篇", "主要内容包括发展目标和重点任务", "以及保障措施", ItemText);
        var section = SingleOutline(Parse(text)).Sections[2];

        Assert.Equal(ExplanationHeading, section.Heading);
    }

    [Fact]
    public void TheClosingLinesSentence_EndsTheTitle()
    {
        // The line that closes the mark goes on into the item's text: the title stops at its first sentence end.
        string text = Text(ExplanationHeading, LinkText, "》的说明。下面，我就规划纲要草案作简要说明", ItemText);
        var section = SingleOutline(Parse(text)).Sections[2];

        Assert.Equal("三、关于《青山县国民经济和社会发展第十五个五年规划纲要（草案）》的说明", section.Heading);
    }

    [Fact]
    public void AnItemTitleBrokenAfterAComma_RunsToItsSentenceEnd()
    {
        // 一要…，/ …；: the clause goes on below its marker's line; the title is the whole clause, without its semicolon.
        const string First = "一要继续执行正确的农村政策，深入进行农村改革，";
        const string FirstRest = "进一步活跃农村商品经济，逐步提高农业生产的专业化水平；";
        const string Second = "二要大力加强农业科学技术的推广应用，帮助农民提高科学种田水平。";
        string text = WithBody([Salutation, Opening, ReviewHeading, ReviewText, PlanHeading, PlanText, First, FirstRest, Second, ClosingText]);
        var items = SingleOutline(Parse(text)).Sections[1].Items;

        Assert.Equal("继续执行正确的农村政策，深入进行农村改革，进一步活跃农村商品经济，逐步提高农业生产的专业化水平", items[0].Title);
        Assert.Equal(LineOf(text, First), items[0].Line);
    }

    [Fact]
    public void OneLineItemsEndingInACommaOrEnumerationComma_AreNotJoinedToTheNextItems()
    {
        // Each item's line is the whole item: the next line is another item, never the title's continuation.
        string text = WithBody([Salutation, Opening, ReviewHeading, ReviewText, PlanHeading, "今年重点抓好以下工作：",
            "（一）坚持项目为王，", "（二）加快发展农业、", "（三）坚持绿色发展。", "全县上下要统一思想，狠抓落实。", ClosingText]);
        var items = SingleOutline(Parse(text)).Sections[1].Items;

        Assert.Equal(["坚持项目为王，", "加快发展农业、", "坚持绿色发展"], items.Select(i => i.Title).ToArray());
    }

    [Fact]
    public void ATitleBrokenAfterACommaThatNeverEnds_IsLeftAsItIs()
    {
        // Three lines later no sentence has ended: those lines are not the title's clause.
        const string First = "一要继续执行正确的农村政策，";
        string text = WithBody([Salutation, Opening, ReviewHeading, ReviewText, PlanHeading, PlanText, First,
            "深入进行农村改革，", "进一步活跃农村商品经济，", "逐步提高农业生产的专业化水平，", "增加农民收入。", "二要大力加强农业科学技术的推广应用。", ClosingText]);
        var items = SingleOutline(Parse(text)).Sections[1].Items;

        Assert.Equal("继续执行正确的农村政策，", items[0].Title);
    }
}
