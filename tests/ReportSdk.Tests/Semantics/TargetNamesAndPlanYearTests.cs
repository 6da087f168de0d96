using ReportSdk.Semantics.Model;
using ReportSdk.Semantics.Targets;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.SemanticsLayer;

/// <summary>
/// Mechanisms found while reading the seed model snapshots: a number that is part of a name (十五届五次全会,
/// 中央八项规定, “促进就业九条”, 省“65条”) is not a figure, and 预计 followed by the report year in the plan states a
/// target, not last year's estimate.
/// </summary>
public class TargetNamesAndPlanYearTests
{
    private const string Report =
        """
        2026年安平镇政府工作报告
        ——2026年1月20日在安平镇第十届人民代表大会第三次会议上
        镇长 李华
        各位代表：
        现在，我代表镇人民政府向大会报告工作，请予审议。
        一、2025年工作回顾
        过去一年，全镇地区生产总值增长5.2%。预计2025年全镇工业总产值增长6%。
        二、2026年工作安排
        今年政府工作的总体要求是：认真贯彻市委十五届五次全会和县第三次党代会精神，推动高质量发展。
        严格落实中央八项规定精神，全面落实“促进就业九条”和省“65条”，新建“口袋公园”12个。
        2026年经济社会发展的预期目标。预计2026年期间完成社会总产值182.3亿元，增长15.2%。
        各位代表！让我们团结奋斗，再创佳绩！
        """;

    private static ReportModel Model() => Assert.Single(SyntaxTree.ParseText(Report).GetReportModels());

    [Fact]
    public void ANumberInAMeetingsNameIsNotAFigure()
    {
        var figures = Model().Figures;
        Assert.DoesNotContain(figures, f => f.Unit == "次");
        Assert.DoesNotContain(figures, f => f.Sentence.Contains("全会", StringComparison.Ordinal));
    }

    [Fact]
    public void ANumberThatClosesAQuotedNameOrNamesRulesIsNotAFigure()
    {
        var figures = Model().Figures;
        Assert.DoesNotContain(figures, f => f.Value.Text.Contains('条', StringComparison.Ordinal));
        Assert.DoesNotContain(figures, f => f.Value.Text.Contains("八项", StringComparison.Ordinal));

        // A count after the quoted name is still a figure.
        var parks = Assert.Single(figures, f => f.Unit == "个");
        Assert.Equal((12m, TargetKind.Target), (parks.Low, parks.Kind));
    }

    [Fact]
    public void AnEstimateOfTheReportYearInThePlanIsATarget()
    {
        var model = Model();
        var planned = model.Figures.Where(f => f.Sentence.Contains("预计2026年", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, planned.Count);
        Assert.All(planned, f => Assert.Equal((TargetKind.Target, 2026), (f.Kind, f.Year)));
        Assert.Equal(182.3m * 100_000_000m, planned[0].Low);

        // The review's 预计2025年 stays an estimate of the year before.
        var estimate = Assert.Single(model.Figures, f => f.Sentence.Contains("预计2025年", StringComparison.Ordinal));
        Assert.Equal((TargetKind.Estimate, 2025), (estimate.Kind, estimate.Year));
    }

    [Theory]
    [InlineData("２０２６")]
    [InlineData("二〇二六")]
    public void AnEstimateOfTheReportYearInThePlanIsATarget_InAnyScript(string year)
    {
        string text = Report.Replace("预计2026年期间", "预计" + year + "年期间", StringComparison.Ordinal);
        var model = Assert.Single(SyntaxTree.ParseText(text).GetReportModels());
        var planned = model.Figures.Where(f => f.Sentence.Contains("预计" + year + "年", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, planned.Count);
        Assert.All(planned, f => Assert.Equal(TargetKind.Target, f.Kind));
    }
}
