using ReportSdk.Syntax;
using static ReportSdk.Tests.Layout.VariantText;

namespace ReportSdk.Tests.Layout;

/// <summary>
/// The closing and what follows it (made-up texts): a 结束语 part that holds other topics before its appeal, and the
/// issuing office and date a county or town report may end with.
/// </summary>
public class ClosingVariantTests
{
    private const string ReunificationText = "推进两岸融合发展是我们的共同心愿。我们将继续深化青山与台湾地区在农业、文旅等领域的交流合作，为台胞台企来青山投资兴业提供更好服务。";
    private const string TasksText = "2026年是“十五五”开局之年。做好今年的工作，要坚持稳中求进，扩大有效投资，办好民生实事，保持经济社会发展的良好势头。";
    private const string RallyText = "我们已经站在新的起点上。让我们紧密团结在县委周围，振奋精神，扎实工作，为建设富裕文明的新青山而努力奋斗！";

    private static string WithClosingPart(params string[] closing) =>
        WithBody([Salutation, Opening, ReviewHeading, ReviewText, PlanHeading, PlanText, PlanItem1, PlanItem2, .. closing]);

    [Fact]
    public void ClosingPartWithOtherTopicsBeforeTheAppeal_OutlinesTheAppeal()
    {
        string text = WithClosingPart("结束语", "各位代表：", ReunificationText, ClosingText);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Equal(ClosingText, report.Closing?.Text);
        Assert.Equal(LineOf(text, ClosingText), report.Closing?.Line);

        // The author's 结束语 part is the closing as a whole: the topic under it stays there, not in the plan.
        var closing = SingleReport(tree).Closing;
        Assert.NotNull(closing);
        Assert.Contains(ReunificationText, closing!.ToFullString(), StringComparison.Ordinal);
        Assert.DoesNotContain(ReunificationText, SingleReport(tree).Sections[1].ToFullString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SecondBareSalutationInTheClosingPart_LeadsTheAppeal()
    {
        string text = WithClosingPart("结束语", "各位代表！", TasksText, "各位代表！", RallyText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(RallyText, report.Closing?.Text);
        Assert.Equal(LineOf(text, RallyText), report.Closing?.Line);
    }

    [Fact]
    public void BareSalutationThenOneParagraph_OutlinesThatParagraph()
    {
        string text = WithClosingPart("各位代表！", RallyText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(RallyText, report.Closing?.Text);
        Assert.Equal(LineOf(text, RallyText), report.Closing?.Line);
    }

    [Fact]
    public void ClosingAppealFollowedByAnotherParagraph_OutlinesTheAppeal()
    {
        // A paragraph after the appeal that no salutation opens (a slogan, a last wish) does not take the outline's place.
        const string after = "祝各位代表身体健康、工作顺利、阖家幸福！";
        string text = WithClosingPart(ClosingText, after);
        var report = SingleOutline(Parse(text));

        Assert.Equal(ClosingText, report.Closing?.Text);
        Assert.Equal(LineOf(text, ClosingText), report.Closing?.Line);
    }
}
