using ReportSdk.Semantics.Model;
using ReportSdk.Semantics.Quantities;
using ReportSdk.Semantics.Targets;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.SemanticsLayer;

public class TargetTests
{
    private const string Report =
        """
        2026年安平市政府工作报告
        ——2026年1月20日在安平市第九届人民代表大会第五次会议上
        市长 王明
        各位代表：
        现在，我代表市人民政府向大会报告工作，请予审议。
        一、2025年工作回顾
        过去一年，全市地区生产总值增长5.2%，一般公共预算收入增长3%。预计全年城镇新增就业8.5万人。
        “十四五”时期，地区生产总值年均增长5.5%，总量突破3000亿元。
        二、“十五五”时期主要目标任务
        到2030年，地区生产总值超过4000亿元，研发投入强度达到3%。
        三、2026年工作安排
        今年经济社会发展主要预期目标是：地区生产总值增长5%—5.5%，在实际工作中努力争取更好结果；一般公共预算收入增长2%左右；城镇新增就业8万人以上；城镇调查失业率控制在5.5%以内；居民消费价格涨幅2%左右；规上工业增加值增长6%，力争7%。
        去年，全市固定资产投资增长4%。
        各位代表！让我们团结奋斗，再创佳绩！
        """;

    private static ReportModel Model() => Assert.Single(SyntaxTree.ParseText(Report).GetReportModels());

    [Fact]
    public void PlanTargetsCarryIndicatorKeyMeasureAndQualifier()
    {
        var model = Model();
        var gdp = model.FindTarget("gdp");
        Assert.NotNull(gdp);
        Assert.Equal("地区生产总值增长", gdp.Indicator);
        Assert.Equal(TargetMeasure.Growth, gdp.Measure);
        Assert.Equal(QuantityQualifier.Range, gdp.Qualifier);
        Assert.Equal((5m, 5.5m, "%"), (gdp.Low, gdp.High, gdp.Unit));
        Assert.Equal(2026, gdp.Year);
        Assert.StartsWith("今年经济社会发展主要预期目标是", gdp.Sentence, StringComparison.Ordinal);

        var jobs = model.FindTarget("urbanJobs")!;
        Assert.Equal((80_000m, QuantityQualifier.AtLeast, "人", TargetMeasure.Level), (jobs.Low, jobs.Qualifier, jobs.Unit, jobs.Measure));
        var unemployment = model.FindTarget("unemployment")!;
        Assert.Equal((5.5m, QuantityQualifier.AtMost, TargetMeasure.Share), (unemployment.High, unemployment.Qualifier, unemployment.Measure));
        Assert.Equal(QuantityQualifier.Approximately, model.FindTarget("cpi")!.Qualifier);
        Assert.Equal(QuantityQualifier.Approximately, model.FindTarget("fiscalRevenue")!.Qualifier);
    }

    [Fact]
    public void StretchAttachesToThePreviousTarget()
    {
        var industry = Model().FindTarget("industrialValueAdded")!;
        Assert.Equal(6m, industry.Low);
        Assert.Equal(QuantityQualifier.Exact, industry.Qualifier);
        Assert.NotNull(industry.Stretch);
        Assert.Equal(7m, industry.Stretch.Low);
    }

    [Fact]
    public void ReviewFiguresAreAchievedEstimatesOrAverages()
    {
        var model = Model();
        var achievedGdp = model.FiguresOfKind(TargetKind.Achieved).First(f => f.IndicatorKey == "gdp");
        Assert.Equal(5.2m, achievedGdp.Low);
        Assert.Equal(2025, achievedGdp.Year);
        var estimate = Assert.Single(model.FiguresOfKind(TargetKind.Estimate));
        Assert.Equal("urbanJobs", estimate.IndicatorKey);
        var average = Assert.Single(model.FiguresOfKind(TargetKind.FiveYearAverage));
        Assert.Equal(5.5m, average.Low);
    }

    [Fact]
    public void FiveYearGoalsAndLastYearsFiguresInThePlanAreNotTargets()
    {
        var model = Model();
        var goals = model.FiguresOfKind(TargetKind.FiveYearGoal).ToList();
        Assert.Contains(goals, g => g.IndicatorKey == "gdp" && g.Low == 400_000_000_000m && g.Qualifier == QuantityQualifier.AtLeast);
        Assert.Contains(goals, g => g.IndicatorKey == "rdIntensity" && g.Low == 3m);
        var investment = model.Figures.Single(f => f.IndicatorKey == "fixedInvestment");
        Assert.Equal(TargetKind.Achieved, investment.Kind);
        Assert.DoesNotContain(model.Targets, t => t.Low == 5.2m);
    }

    [Fact]
    public void TheSameSentenceIsAResultInTheReviewAndATargetInThePlan()
    {
        const string sentence = "主要目标任务是：地区生产总值增长6%左右。";
        var tree = SyntaxTree.ParseText(
            "2024年某市政府工作报告\n各位代表：\n一、2023年工作回顾\n" + sentence + "\n二、2024年工作安排\n" + sentence + "\n各位代表！让我们共同努力！\n");
        var figures = Assert.Single(tree.GetReportModels()).Figures.Where(f => f.IndicatorKey == "gdp").ToList();
        Assert.Equal([TargetKind.Achieved, TargetKind.Target], figures.Select(f => f.Kind).ToArray());
        Assert.Equal([2023, 2024], figures.Select(f => f.Year ?? 0).ToArray());
    }

    [Fact]
    public void QuantitiesSpanTheSourceExactly()
    {
        var tree = SyntaxTree.ParseText(Report);
        var text = tree.GetText().ToString();
        foreach (var q in Assert.Single(tree.GetReportModels()).Quantities)
        {
            Assert.Equal(q.Text, text.Substring(q.Span.Start, q.Span.Length));
        }
    }

    [Fact]
    public void GrowthWordBrokenByASpace_IsStillGrowth()
    {
        string text = Report.Replace("规上工业增加值增长6%", "规上工业增加值增 长6%", StringComparison.Ordinal);
        var model = Assert.Single(SyntaxTree.ParseText(text).GetReportModels());
        var target = model.FindTarget("industrialValueAdded");
        Assert.NotNull(target);
        Assert.Equal(TargetMeasure.Growth, target.Measure);
        Assert.Equal(6m, target.Low);
    }
}
