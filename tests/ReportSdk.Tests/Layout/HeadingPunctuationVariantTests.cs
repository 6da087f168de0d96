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
