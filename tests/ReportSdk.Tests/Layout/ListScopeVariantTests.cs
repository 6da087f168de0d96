using ReportSdk.Syntax;
using static ReportSdk.Tests.Layout.VariantText;

namespace ReportSdk.Tests.Layout;

/// <summary>
/// Which numbered lists are a section's own item list and which spell out one paragraph of it (made-up texts in the
/// shape of the older national reports: unmarked one-sentence leads, each followed by its paragraph).
/// </summary>
public class ListScopeVariantTests
{
    private const string Lead1 = "继续扩大有效投资。";
    private const string Body1 = "全年实施重点项目120个，完成投资80亿元，带动社会投资较快增长。";
    private const string Lead2 = "加快产业转型升级。";
    private const string Body2 = "新培育高新技术企业15家，数字经济增加值增长10%，传统产业改造提速。";
    private const string Lead3 = "办好群众身边实事。";
    private const string Body3 = "新建养老服务中心3个，新增城镇就业2000人，改造老旧小区12个。";

    private static readonly string[] YaoChain =
    [
        "一要抓好项目前期工作。",
        "储备项目200个，争取上级资金10亿元。",
        "二要强化要素保障。",
        "新增建设用地1500亩，保障重点项目用能。",
        "三要优化审批服务。",
        "推行“拿地即开工”，审批时限压减一半。",
    ];

    private static string WithPlanParagraphs(params string[] paragraphs) =>
        WithBody([Salutation, Opening, ReviewHeading, ReviewText, PlanHeading, PlanText, .. paragraphs, ClosingText]);

    [Fact]
    public void AChainUnderOneOfTheSectionsUnmarkedLeads_IsNotTheSectionsItemList()
    {
        string text = WithPlanParagraphs([Lead1, Body1, .. YaoChain, Lead2, Body2, Lead3, Body3]);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Equal(["review", "plan"], Kinds(report));
        // As items, 三要 would take the leads after it (加快产业转型升级。…) as its body.
        Assert.Empty(report.Sections[1].Items);
        Assert.Equal(LineOf(text, ClosingText), report.Closing!.Line);
        var plan = SingleReport(tree).Sections[1];
        Assert.Empty(plan.DescendantNodes().OfType<NumberedItemSyntax>());
        Assert.Contains(plan.DescendantNodes().OfType<ParagraphSyntax>(), p => p.ToString().Trim() == YaoChain[4]);
    }

    [Fact]
    public void TwoChainsUnderTwoLeads_AreNeitherJoinedNorTheSectionsItems()
    {
        string[] shiChain = ["一是加快建设产业园区。", "新建标准厂房20万平方米。", "二是培育龙头企业。", "新增规上工业企业30家。"];
        string text = WithPlanParagraphs([Lead1, .. YaoChain, Lead2, Body2, .. shiChain, Lead3, Body3]);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Empty(report.Sections[1].Items);
        Assert.DoesNotContain(tree.GetDiagnostics(), d => d.Id == "RPT0003");
    }

    [Fact]
    public void AChainAfterTheSectionsOnlyShortSentence_IsTheSectionsItemList()
    {
        // One short sentence (the chain's own introduction) does not make unnumbered points.
        string text = WithPlanParagraphs(["要重点抓好以下工作。", .. YaoChain, Body1]);
        var report = SingleOutline(Parse(text));

        var plan = report.Sections[1].Items;
        Assert.Equal(["一要", "二要", "三要"], plan.Select(i => i.Marker).ToArray());
        Assert.All(plan, i => Assert.Equal(1, i.Depth));
    }

    [Fact]
    public void AChainInsideANumberedItem_StaysThatItemsList()
    {
        string text = WithPlanParagraphs([PlanItem1, Lead1, Body1, .. YaoChain, Lead2, Body2, PlanItem2, Lead3, Body3]);
        var report = SingleOutline(Parse(text));

        var plan = report.Sections[1].Items;
        Assert.Equal(["（一）", "（二）"], plan.Select(i => i.Marker).ToArray());
        Assert.Equal(["一要", "二要", "三要"], plan[0].Items.Select(i => i.Marker).ToArray());
        Assert.All(plan[0].Items, i => Assert.Equal(2, i.Depth));
    }

    [Theory]
    // A sentence broken at a link continues on a line that opens with closing punctuation: not a lead.
    [InlineData("）浓度继续下降。", "）指数稳中有升。")]
    // Two sentences, or a sentence ending in a colon: a paragraph, not a lead.
    [InlineData("扩大有效投资。带动社会投资。", "要做好以下工作：")]
    public void ShortLinesThatAreNoLeads_LeaveTheChainTheSectionsList(string first, string second)
    {
        string text = WithPlanParagraphs([first, Body1, .. YaoChain, second, Body2]);
        var report = SingleOutline(Parse(text));

        Assert.Equal(["一要", "二要", "三要"], report.Sections[1].Items.Select(i => i.Marker).ToArray());
    }

    private static readonly string[] CompactTargets =
    [
        "1.地区生产总值增长6%左右；",
        "2.一般公共预算收入增长5%；",
        "3.城镇新增就业2000人以上。",
    ];

    private const string Item1Body = "全年实施重点项目120个，完成投资80亿元。加快推进高速公路、水利枢纽等重大工程建设，确保早开工、早见效。";
    private const string Item2Body = "新培育高新技术企业15家。实施制造业重点产业链培育工程，推动传统产业智能化改造、数字化转型。";
    private const string Between = "实现上述目标，必须坚持稳中求进，统筹发展和安全，重点抓好以下几个方面的工作。";

    [Fact]
    public void ACompactListBeforeTheSectionsListWithParagraphs_StaysParagraphs()
    {
        // Without the rule (一) and (二) would nest under 3. (the last target), as the only style not yet open.
        string text = WithPlanParagraphs([.. CompactTargets, Between, PlanItem1, Item1Body, PlanItem2, Item2Body]);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        var plan = report.Sections[1].Items;
        Assert.Equal(["（一）", "（二）"], plan.Select(i => i.Marker).ToArray());
        Assert.All(plan, i => Assert.Equal(1, i.Depth));
        Assert.Contains(SingleReport(tree).Sections[1].DescendantNodes().OfType<ParagraphSyntax>(), p => p.ToString().Trim() == CompactTargets[2]);
    }

    [Fact]
    public void ACompactListRestartingAnOpenListsNumbers_DoesNotJoinIt()
    {
        string[] conditions = ["（一）借款总额要有控制；", "（二）资金要用在生产建设上；", "（三）要留足还本付息的资金。"];
        string text = WithPlanParagraphs([PlanItem1, Item1Body, PlanItem2, Item2Body, Between, .. conditions]);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Equal(["（一）", "（二）"], report.Sections[1].Items.Select(i => i.Marker).ToArray());
        Assert.DoesNotContain(tree.GetDiagnostics(), d => d.Id == "RPT0003");
    }

    [Fact]
    public void ACompactListFollowedByAnotherCompactList_IsLeftAsItIs()
    {
        // Which of two one-line lists spells out which is not told by their shape: the later one nests as before.
        string[] reasons = ["（一）投资增长较快；", "（二）消费持续回暖。"];
        string text = WithPlanParagraphs([.. CompactTargets, Between, .. reasons]);
        var report = SingleOutline(Parse(text));

        var plan = report.Sections[1].Items;
        Assert.Equal(["1.", "2.", "3."], plan.Select(i => i.Marker).ToArray());
        Assert.Equal(["（一）", "（二）"], plan[2].Items.Select(i => i.Marker).ToArray());
    }

    [Fact]
    public void ACompactListAlone_IsTheSectionsItems()
    {
        string text = WithPlanParagraphs([.. CompactTargets, Between]);
        var report = SingleOutline(Parse(text));

        Assert.Equal(["1.", "2.", "3."], report.Sections[1].Items.Select(i => i.Marker).ToArray());
    }

    [Fact]
    public void CompactListsInsideItemsOfAnotherStyle_StayTheirItemsLists()
    {
        // The second 1. list restarts a style already used in the section, but that list closed with its item (一).
        string[] steps = ["1.抓好项目前期工作；", "2.强化要素保障。"];
        string text = WithPlanParagraphs([PlanItem1, Item1Body, .. CompactTargets, PlanItem2, Item2Body, .. steps]);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        var plan = report.Sections[1].Items;
        Assert.Equal(["（一）", "（二）"], plan.Select(i => i.Marker).ToArray());
        Assert.Equal(["1.", "2.", "3."], plan[0].Items.Select(i => i.Marker).ToArray());
        Assert.Equal(["1.", "2."], plan[1].Items.Select(i => i.Marker).ToArray());
        Assert.DoesNotContain(tree.GetDiagnostics(), d => d.Id == "RPT0003");
    }

    [Fact]
    public void LeadsInsideTheNumberedItems_DoNotDecideTheChainBeforeThem()
    {
        // The short sentences open paragraphs of (一) and (二): they are those items' points, not the part's unnumbered
        // ones, so the chain before the items keeps its place.
        string[] shiChain = ["一是稳住工业基本盘。", "二是扩大有效需求。"];
        string text = WithPlanParagraphs([.. shiChain, PlanItem1, Lead1, Body1, PlanItem2, Lead2, Body2]);
        var report = SingleOutline(Parse(text));

        Assert.Equal(["一是", "二是", "（一）", "（二）"], report.Sections[1].Items.Select(i => i.Marker).ToArray());
    }

    [Fact]
    public void LeadsAfterTheSectionsLastNumberedItem_AreTheSectionsPoints()
    {
        // The chain completes the sentence before it; the two unnumbered points after the list are the section's own, as
        // the leads before a list would be, so the chain spells out one paragraph and is not the section's list.
        string[] reasons = ["主要原因，", "一是", "产业结构不够合理。", "二是", "创新能力还不够强。"];
        string text = WithPlanParagraphs([.. reasons, Between, PlanItem1, Item1Body, PlanItem2, Item2Body, Lead1, Body1, Lead3, Body3]);
        var report = SingleOutline(Parse(text));

        Assert.Equal(["（一）", "（二）"], report.Sections[1].Items.Select(i => i.Marker).ToArray());
    }

    [Theory]
    // The first item of the section's list holds a nested list of its own: the list still has paragraphs.
    [InlineData("一是储备项目200个。", "二是争取上级资金10亿元。")]
    [InlineData("（1）储备项目200个；", "（2）争取上级资金10亿元。")]
    public void ACompactListBeforeTheSectionsListWithNestedItems_StaysParagraphs(string nested1, string nested2)
    {
        string text = WithPlanParagraphs([.. CompactTargets, Between, PlanItem1, Item1Body, nested1, nested2, PlanItem2, Item2Body]);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        var plan = report.Sections[1].Items;
        Assert.Equal(["（一）", "（二）"], plan.Select(i => i.Marker).ToArray());
        Assert.All(plan, i => Assert.Equal(1, i.Depth));
        Assert.Equal(2, plan[0].Items.Count);
    }

    [Fact]
    public void ACompactListContinuedAfterANestedList_IsTheSectionsList()
    {
        // 1. to 4. is the section's list: (一) and (二) develop its third item, and do not make 1. to 3. a paragraph.
        string text = WithPlanParagraphs([.. CompactTargets, Between, PlanItem1, Item1Body, PlanItem2, Item2Body, "4.居民消费价格涨幅3%左右。", Body3]);
        var report = SingleOutline(Parse(text));

        var plan = report.Sections[1].Items;
        Assert.Equal(["1.", "2.", "3.", "4."], plan.Select(i => i.Marker).ToArray());
        Assert.Equal(["（一）", "（二）"], plan[2].Items.Select(i => i.Marker).ToArray());
    }

    [Fact]
    public void AfterARestartedCompactList_TheInnerListItClosedIsStillOpen()
    {
        // The (一) to (三) conditions stay paragraphs of 2. (their restart would join the open list), so 2. is still open
        // and the later 1. 2. restart it too: paragraphs as well, not a second 1. beside it.
        string[] measures = ["1.抓好项目前期工作。", Body1, "2.强化要素保障。", Body2];
        string[] conditions = ["（一）借款总额要有控制；", "（二）资金要用在生产建设上；", "（三）要留足还本付息的资金。"];
        string[] steps = ["1.先行试点；", "2.逐步推开。"];
        string text = WithPlanParagraphs([PlanItem1, Item1Body, PlanItem2, Item2Body, .. measures, Between, .. conditions, .. steps]);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        var plan = report.Sections[1].Items;
        Assert.Equal(["（一）", "（二）"], plan.Select(i => i.Marker).ToArray());
        Assert.Equal(["1.", "2."], plan[1].Items.Select(i => i.Marker).ToArray());
        Assert.Empty(plan[1].Items[1].Items);
        Assert.DoesNotContain(tree.GetDiagnostics(), d => d.Id == "RPT0003");
    }
}
