using ReportSdk.Syntax;
using static ReportSdk.Tests.Layout.VariantText;

namespace ReportSdk.Tests.Layout;

/// <summary>
/// Items of the plan written without a numbering marker of their own: ordinal clauses with 要 (<c>一要…</c>,
/// <c>二要…</c>, like 一是/二是) and paragraphs led by a bracketed phrase (<c>【稳增长】全年…</c>) (made-up texts).
/// </summary>
public class ItemLeadVariantTests
{
    private static string WithPlanParagraphs(params string[] paragraphs) =>
        WithBody([Salutation, Opening, ReviewHeading, ReviewText, PlanHeading, PlanText, .. paragraphs, ClosingText]);

    private static void AssertFrame(string text, Semantics.Outline.ReportOutline report)
    {
        Assert.Equal(Title, report.Title);
        Assert.Equal(Meeting, report.Meeting);
        Assert.Equal(Speaker, report.Speaker);
        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Empty(report.Sections[0].Items);
        Assert.Equal(ClosingText, report.Closing?.Text);
        Assert.Equal(LineOf(text, ClosingText), report.Closing!.Line);
    }

    [Fact]
    public void OrdinalClausesWithYao_AreThePlansItems()
    {
        string[] items =
        [
            "一要坚持项目为王，全力扩大有效投资。全年实施重点项目120个，完成投资80亿元。",
            "二要坚持创新驱动，加快产业转型升级。新培育高新技术企业15家。",
            "三要坚持民生优先，办好群众身边实事。新建养老服务中心3个。",
        ];
        string text = WithPlanParagraphs(items);
        var report = SingleOutline(Parse(text));

        AssertFrame(text, report);
        var plan = report.Sections[1].Items;
        Assert.Equal(["一要", "二要", "三要"], plan.Select(i => i.Marker).ToArray());
        Assert.Equal(["坚持项目为王，全力扩大有效投资", "坚持创新驱动，加快产业转型升级", "坚持民生优先，办好群众身边实事"], plan.Select(i => i.Title).ToArray());
        Assert.Equal([1, 2, 3], plan.Select(i => i.Number).ToArray());
        Assert.All(plan, i => Assert.Equal(NumberingStyle.OrdinalClause, i.Style));
        Assert.Equal(items.Select(i => LineOf(text, i)).ToArray(), plan.Select(i => i.Line).ToArray());
    }

    [Theory]
    // 二要 with no 一要 before it, and 一要 with no 二要 after it: sentences, not items.
    [InlineData("二要素市场化配置改革加快推进，全年完成土地出让1200亩。", "一要紧盯目标不放松，确保各项任务落到实处。")]
    // 一是 followed only by 二要素 (a word, not the next clause of its chain): no chain.
    [InlineData("一是坚持项目为王。全年实施重点项目120个，完成投资80亿元。", "二要素市场化配置改革加快推进，全年完成土地出让1200亩。")]
    public void ClausesWithoutAChain_AreParagraphs(string first, string second)
    {
        string text = WithPlanParagraphs(first, second);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        AssertFrame(text, report);
        Assert.Empty(report.Sections[1].Items);
        Assert.DoesNotContain(tree.GetDiagnostics(), d => d.Id == "RPT0003");
    }

    [Fact]
    public void AYaoWordAfterAShiClause_IsNotTheChainsNextClause()
    {
        // 二要素 is a word: it does not go on from 一是, whose chain goes on at 二是.
        string[] items =
        [
            "一是坚持项目为王。全年实施重点项目120个，完成投资80亿元。",
            "二是坚持创新驱动。新培育高新技术企业15家。",
        ];
        string words = "二要素市场化配置改革加快推进，全年完成土地出让1200亩。";
        string text = WithPlanParagraphs(items[0], words, items[1]);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        AssertFrame(text, report);
        var plan = report.Sections[1].Items;
        Assert.Equal(["一是", "二是"], plan.Select(i => i.Marker).ToArray());
        Assert.Equal(["坚持项目为王", "坚持创新驱动"], plan.Select(i => i.Title).ToArray());
        Assert.Equal(LineOf(text, words), plan[0].EndLine);
        Assert.DoesNotContain(tree.GetDiagnostics(), d => d.Id == "RPT0003");
    }

    [Fact]
    public void BracketLedParagraphs_AreThePlansItems_NamedByTheirPhrase()
    {
        string[] items =
        [
            "【稳增长】全年实施重点项目120个，完成投资80亿元。",
            "【促转型】新培育高新技术企业15家，数字经济增加值增长10%。",
            "【惠民生】新建养老服务中心3个，新增城镇就业2000人。",
        ];
        string text = WithPlanParagraphs(items);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        AssertFrame(text, report);
        var plan = report.Sections[1].Items;
        Assert.Equal(["【稳增长】", "【促转型】", "【惠民生】"], plan.Select(i => i.Marker).ToArray());
        Assert.Equal(["稳增长", "促转型", "惠民生"], plan.Select(i => i.Title).ToArray());
        Assert.All(plan, i => Assert.Null(i.Number));
        Assert.All(plan, i => Assert.Equal(NumberingStyle.BracketLead, i.Style));
        Assert.All(plan, i => Assert.Equal(1, i.Depth));
        Assert.Equal(items.Select(i => LineOf(text, i)).ToArray(), plan.Select(i => i.Line).ToArray());
        Assert.Empty(tree.GetDiagnostics());
    }

    [Fact]
    public void BracketLeadsWithParagraphsBetween_KeepTheParagraphsInTheirItem()
    {
        string text = WithPlanParagraphs("【稳增长】", "全年实施重点项目120个，完成投资80亿元。", "【促转型】", "新培育高新技术企业15家。");
        var report = SingleOutline(Parse(text));

        AssertFrame(text, report);
        var plan = report.Sections[1].Items;
        Assert.Equal(["稳增长", "促转型"], plan.Select(i => i.Title).ToArray());
        Assert.Equal([LineOf(text, "全年实施重点项目120个，完成投资80亿元。"), LineOf(text, "新培育高新技术企业15家。")], plan.Select(i => i.EndLine).ToArray());
    }

    [Theory]
    [InlineData("【稳增长】全年实施重点项目120个，完成投资80亿元。")]
    [InlineData("【1】全年实施重点项目120个。")]
    [InlineData("【全年实施重点项目120个，完成投资80亿元】")]
    public void ASingleBracketLineOrANoteLabel_IsNotAnItem(string line)
    {
        string text = WithPlanParagraphs(line, "新培育高新技术企业15家，数字经济增加值增长10%。");
        var report = SingleOutline(Parse(text));

        AssertFrame(text, report);
        Assert.Empty(report.Sections[1].Items);
    }

    [Theory]
    [InlineData("【１】", "【２】")]
    [InlineData("【 1】", "【 2 】")]
    [InlineData("【 】", "【　】")]
    [InlineData("【［稳增长］】", "【［促转型］】")]
    public void NoteNumbersOfAnyWidthAndBlankBrackets_AreNoItems(string first, string second)
    {
        string text = WithPlanParagraphs(first + "全年实施重点项目120个，完成投资80亿元。", second + "新培育高新技术企业15家，数字经济增加值增长10%。");
        var report = SingleOutline(Parse(text));

        AssertFrame(text, report);
        Assert.Empty(report.Sections[1].Items);
    }

    [Theory]
    [InlineData("【１】")]
    [InlineData("【 】")]
    [InlineData("【１２】")]
    [InlineData("【[1]】")]
    [InlineData("【［1］】")]
    public void ABracketOfDigitsOrSpaces_IsNoLead(string marker)
    {
        Assert.False(ReportSdk.Parsing.LineGrammar.TryParseBracketLead(marker, 0, marker.Length, out _, out _));
        Assert.Throws<ArgumentException>(() => SyntaxFactory.Token(SyntaxKind.NumberingMarkerToken, marker));
    }

    [Theory]
    [InlineData("【稳增长】")]
    [InlineData("【第1项】")]
    [InlineData("【２０２６ 目标】")]
    public void ABracketWithAPhrase_IsALead(string marker)
    {
        Assert.True(ReportSdk.Parsing.LineGrammar.TryParseBracketLead(marker, 0, marker.Length, out var shape, out int next));
        Assert.Equal(NumberingStyle.BracketLead, shape.Style);
        Assert.Equal(marker.Length, next);
    }

    [Fact]
    public void BracketLeadsInASectionWithNumberedItems_StayParagraphs()
    {
        string text = WithPlanParagraphs(PlanItem1, "【稳增长】全年实施重点项目120个。", "【促转型】新培育高新技术企业15家。", PlanItem2);
        var report = SingleOutline(Parse(text));

        AssertFrame(text, report);
        Assert.Equal(["（一）", "（二）"], report.Sections[1].Items.Select(i => i.Marker).ToArray());
        Assert.All(report.Sections[1].Items, i => Assert.Empty(i.Items));
    }

    [Fact]
    public void ABracketLeadMarker_IsAValidMarkerTokenWithoutANumber()
    {
        var token = SyntaxFactory.Token(SyntaxKind.NumberingMarkerToken, "【稳增长】");
        Assert.Null(token.ValueText);
        Assert.Throws<ArgumentException>(() => SyntaxFactory.Token(SyntaxKind.NumberingMarkerToken, "【稳增长"));
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntaxFactory.NumberingMarker(NumberingStyle.BracketLead, 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100)]
    public void ABracketLeadByNumber_IsRefusedWithAMessageSayingHowToMakeOne(int number)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SyntaxFactory.NumberingMarker(NumberingStyle.BracketLead, number));
        Assert.Equal("style", error.ParamName);
        Assert.Contains("bracket lead", error.Message, StringComparison.Ordinal);
        Assert.Contains("Token(SyntaxKind.NumberingMarkerToken", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("1–99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoStyleByNumber_IsRefusedForItsStyle()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SyntaxFactory.NumberingMarker(NumberingStyle.None, 0));
        Assert.Equal("style", error.ParamName);
    }
}
