using static ReportSdk.Tests.Layout.VariantText;

namespace ReportSdk.Tests.Layout;

/// <summary>
/// Numbered section headings closed by a full stop or a colon (一、2025年工作回顾。, 二、2026年工作安排：), which town
/// and county reports print: still the report's sections (made-up texts).
/// </summary>
public class HeadingPunctuationVariantTests
{
    [Theory]
    [InlineData("。", "。")]
    [InlineData("：", "：")]
    [InlineData("", "：")]
    [InlineData("。", "")]
    public void AHeadingEndingInAFullStopOrColon_IsStillASection(string reviewEnd, string planEnd)
    {
        string review = ReviewHeading + reviewEnd, plan = PlanHeading + planEnd;
        string text = WithBody(Salutation, Opening, review, ReviewText, "（一）坚持稳中求进，经济运行持续向好。", "（二）坚持民生为本，群众福祉持续增进。",
            plan, PlanText, PlanItem1, PlanItem2, ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Equal([review, plan], Headings(report));
        Assert.Equal([2, 2], report.Sections.Select(s => s.Items.Count).ToArray());
        Assert.Equal(["（一）", "（二）"], report.Sections[1].Items.Select(i => i.Marker).ToArray());
    }

    [Fact]
    public void AnItemEndingInAFullStop_WhoseWordsNameNoSection_IsStillAnItem()
    {
        // 一、坚持项目为王。 inside the plan: a sentence, and its words name no section kind.
        string text = WithBody(Salutation, Opening, ReviewHeading, ReviewText, PlanHeading, PlanText,
            "一、坚持项目为王。", "全力扩大有效投资。", "二、坚持创新驱动。", "加快产业转型升级。", ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Equal(2, report.Sections[1].Items.Count);
    }
}

/// <summary>Section kinds of town and city headings that name no review or plan words.</summary>
public class SectionKindWordVariantTests
{
    [Fact]
    public void AProblemsSectionBetweenReviewAndPlan_IsOther_AndThePlanStaysThePlan()
    {
        string text = WithBody(Salutation, Opening, ReviewHeading, ReviewText, "二、存在的困难和问题", "发展不平衡不充分的问题仍然突出。",
            "三、2026年工作思路和主要任务", PlanText, PlanItem1, PlanItem2, ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(["review", "other", "plan"], Kinds(report));
    }

    [Fact]
    public void ASloganHeadingOfSelfRevolution_IsSelfBuilding()
    {
        string text = WithBody(Salutation, Opening, ReviewHeading, ReviewText, PlanHeading, PlanText, PlanItem1, PlanItem2,
            "三、勇于自我革命 锻造过硬队伍", "我们将全面加强政府自身建设。", ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(["review", "plan", "selfBuilding"], Kinds(report));
    }
}

/// <summary>A numbered heading merged with its paragraph on one line (一、2025年工作回顾。2025年是…).</summary>
public class MergedHeadingVariantTests
{
    [Fact]
    public void AHeadingMergedWithItsParagraph_IsSplitIntoTheHeadingAndAParagraph()
    {
        const string review = "一、2025年工作回顾。过去一年，全县地区生产总值增长6.2%，经济运行稳中向好。";
        const string plan = "二、2026年工作安排。今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。";
        string text = WithBody(Salutation, Opening, review, "（一）坚持稳中求进，经济运行持续向好。", "（二）坚持民生为本，群众福祉持续增进。",
            plan, PlanItem1, PlanItem2, ClosingText);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Equal(["一、2025年工作回顾。", "二、2026年工作安排。"], Headings(report));
        Assert.Equal([2, 2], report.Sections.Select(s => s.Items.Count).ToArray());

        // The rest of the line is the section's first paragraph, on the heading's line.
        var section = Assert.Single(tree.GetRoot().Reports).Sections[0];
        var paragraph = Assert.IsType<ReportSdk.Syntax.ParagraphSyntax>(section.Body[0]);
        Assert.Equal("过去一年，全县地区生产总值增长6.2%，经济运行稳中向好。", paragraph.ToString());
    }

    [Fact]
    public void ALongFirstSentence_OrOneThatNamesNoSection_IsNotAHeading()
    {
        string text = WithBody(Salutation, Opening, ReviewHeading, ReviewText, PlanHeading, PlanText,
            "一、坚持项目为王。全力扩大有效投资，新开工项目120个。", "二、坚持创新驱动。加快产业转型升级。", ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Equal(2, report.Sections[1].Items.Count);
    }
}

/// <summary>A part label alone on its line above the section's name (第一部分 / 2025年工作回顾).</summary>
public class PartLabelVariantTests
{
    [Fact]
    public void APartLabelAboveTheHeading_IsNotASpeaker_AndTheOpeningStays()
    {
        string text = WithBody(Salutation, Opening, "第一部分", "2025年工作回顾", ReviewText, "第二部分", "2026年工作安排", PlanText, PlanItem1, PlanItem2, ClosingText);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Equal(Speaker, report.Speaker);
        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.DoesNotContain("RPT0007", tree.GetDiagnostics().Select(d => d.Id));
        var markdown = new StringWriter();
        new ReportSdk.Serialization.Rendering.MarkdownRenderer(markdown).Render(tree);
        Assert.Contains(Opening, markdown.ToString());
    }
}
