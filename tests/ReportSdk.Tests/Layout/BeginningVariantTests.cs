using ReportSdk.Syntax;
using static ReportSdk.Tests.Layout.VariantText;

namespace ReportSdk.Tests.Layout;

/// <summary>
/// Only the beginning of a report (a page, an excerpt): the structure found must be the structure of that beginning,
/// and the text must be flagged as ending inside the report (RPT0006), not given a closing it does not have.
/// </summary>
public class BeginningVariantTests
{
    private const string UnnumberedReview = "2025年工作回顾";
    private const string Thanks = "各位代表！过去一年取得的成绩，是县委坚强领导的结果，是全县干部群众团结奋斗的结果。在此，我代表县人民政府，向全县人民表示衷心的感谢！";

    private static readonly string[] ReviewItems =
    [
        "一、坚持稳中求进，经济运行持续向好。", ReviewText,
        "二、坚持创新驱动，产业结构加快优化。", ReviewText,
        "三、坚持城乡统筹，发展空间不断拓展。", ReviewText,
    ];

    private static bool Truncated(SyntaxTree tree) => tree.GetDiagnostics().Any(d => d.Id == "RPT0006");

    [Fact]
    public void AnUnnumberedReviewWithNumberedItems_CutBeforeThePlan_IsOneReviewWithItsItems()
    {
        var tree = Parse(WithBody([Salutation, Opening, UnnumberedReview, ReviewText, .. ReviewItems]));
        var report = SingleOutline(tree);

        Assert.Equal(["review"], Kinds(report));
        Assert.Equal([UnnumberedReview], Headings(report));
        Assert.Equal(["一、", "二、", "三、"], report.Sections[0].Items.Select(i => i.Marker).ToArray());
        Assert.Null(report.Closing);
        Assert.True(Truncated(tree));
    }

    [Fact]
    public void TheReviewsThanks_AtTheEndOfABeginning_AreNotTheClosing()
    {
        var tree = Parse(WithBody([Salutation, Opening, ReviewHeading, ReviewText, "（一）坚持稳中求进，经济运行持续向好。", Thanks]));
        var report = SingleOutline(tree);

        Assert.Equal(["review"], Kinds(report));
        Assert.Null(report.Closing);
        Assert.True(Truncated(tree));
    }

    [Fact]
    public void ASalutationParagraphRightUnderAHeading_AtTheEndOfABeginning_IsNotTheClosing()
    {
        const string planOpening = "各位代表！2026年是“十五五”规划开局之年，做好今年工作意义重大。";
        var tree = Parse(WithBody([Salutation, Opening, ReviewHeading, ReviewText, PlanHeading, planOpening]));
        var report = SingleOutline(tree);

        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Null(report.Closing);
        Assert.True(Truncated(tree));
    }

    [Fact]
    public void InAWholeReport_TheThanksStayInTheReview_AndTheClosingIsTheAppeal()
    {
        string text = WithBody([Salutation, Opening, ReviewHeading, ReviewText, Thanks, PlanHeading, PlanText, PlanItem1, PlanItem2, ClosingText]);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Equal(ClosingText, report.Closing!.Text);
        Assert.False(Truncated(tree));
    }

    [Fact]
    public void AWholeReportWithAnUnnumberedReviewAndAnUnnumberedPlan_KeepsTheItemsInside()
    {
        string text = WithBody([Salutation, Opening, UnnumberedReview, ReviewText, .. ReviewItems, "2026年工作安排", PlanText, PlanItem1, PlanItem2, ClosingText]);
        var report = SingleOutline(Parse(text));

        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Equal(3, report.Sections[0].Items.Count);
        Assert.Equal(ClosingText, report.Closing!.Text);
    }
}

/// <summary>The beginning of a report without any heading yet.</summary>
public class HeadlessBeginningVariantTests
{
    [Fact]
    public void ABeginningWithoutHeadingsThatLooksBackOnTheYear_IsTheImplicitReview()
    {
        string text = WithBody(Salutation, Opening, "2025年是“十四五”规划收官之年。", "一年来，我们坚持发展为要，综合实力不断增强。", "一年来，我们坚持民生为本，社会事业全面进步。");
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Equal(["review"], Kinds(report));
        Assert.Contains("RPT0006", tree.GetDiagnostics().Select(d => d.Id));
    }

    [Fact]
    public void AWholeReportWithoutHeadings_IsOneSectionOfUnknownKind()
    {
        string text = WithBody(Salutation, Opening, "一年来，我们坚持发展为要，综合实力不断增强。", "今年，我们将坚持稳中求进。", ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(["other"], Kinds(report));
        Assert.Equal(ClosingText, report.Closing!.Text);
    }
}

/// <summary>Printed pages: a running header with the report's name between the paragraphs of the body.</summary>
public class RunningHeaderVariantTests
{
    private const int GenreProfileLookAhead = ReportSdk.Parsing.GenreProfile.TitleLookAhead;

    [Theory]
    [InlineData("青山县人民政府工作报告")]
    [InlineData(Title)]
    public void ARunningHeaderInTheBody_IsNotASecondReport(string header)
    {
        // A page of text before the header (a title repeated within a few lines is the same title printed twice).
        string[] page = [.. Enumerable.Repeat(ReviewText, GenreProfileLookAhead)];
        string text = Lines([Title, Meeting, Speaker, Salutation, Opening, ReviewHeading, .. page, "", "- 3 -", header, "",
            PlanHeading, PlanText, PlanItem1, PlanItem2, ClosingText]);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Equal(Title, report.Title);
        AssertStandardBody(text, report);
        Assert.DoesNotContain("RPT0006", tree.GetDiagnostics().Select(d => d.Id));
    }

    [Fact]
    public void ASecondReportWithItsPreamble_IsStillASecondReport()
    {
        string second = "青山县2027年政府工作报告";
        string text = Lines([.. Lines([Title, Meeting, Speaker, .. StandardBody()]).TrimEnd('\n').Split('\n'),
            second, "——2027年1月18日在青山县第十八届人民代表大会第六次会议上", Speaker, .. StandardBody()]);
        var outline = ReportSdk.Semantics.Outline.OutlineBuilder.Build(Parse(text));

        Assert.Equal(new[] { Title, second }, outline.Reports.Select(r => r.Title ?? "<none>").ToArray());
    }
}

/// <summary>A review heading worded like a plan (2025年主要工作) before the next year's plan.</summary>
public class PastYearHeadingVariantTests
{
    [Theory]
    [InlineData("一、2025年主要工作")]
    [InlineData("一、2025年重点工作完成情况")]
    public void APlanWordedHeadingOfThePastYear_IsTheReview(string review)
    {
        string text = WithBody(Salutation, Opening, review, ReviewText, PlanHeading, PlanText, PlanItem1, PlanItem2, ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(["review", "plan"], Kinds(report));
    }

    [Fact]
    public void TheReporterHeaderBeforeAWholeSpeakerLine_IsTheSpeakerLine()
    {
        string text = WithPreamble(Title, Meeting, "报告人：县长 张明华");
        var report = SingleOutline(Parse(text));

        Assert.Equal("报告人：县长 张明华", report.Speaker);
        AssertStandardBody(text, report);
    }
}
