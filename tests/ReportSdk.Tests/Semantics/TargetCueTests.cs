using ReportSdk.Semantics.Model;
using ReportSdk.Semantics.Targets;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.SemanticsLayer;

/// <summary>
/// The cue rules the sentence table (<c>TargetSentences.tsv</c>) found, on sentences written for the test so they run
/// without the corpus: the reach of 预计, years named in the sentence, comparison bases, measures of levels reached.
/// </summary>
public class TargetCueTests
{
    private const string Report =
        """
        2026年安平市政府工作报告
        ——2026年1月20日在安平市第九届人民代表大会第五次会议上
        市长 王明
        各位代表：
        一、2025年工作回顾
        预计全年地区生产总值增长5.2%，规上工业增加值增长6%；城镇新增就业8万人。
        五年来，科技投入预计年均增长9%；专利授权量增长3倍。
        全市生产总值从2020年的3000亿元增长到2025年的4000亿元。
        新引进项目3个，建成后预计年产值20亿元以上、年创税收2亿元以上；总投资50亿元的新材料项目签约。
        二、2026年工作安排
        今年经济社会发展主要预期目标是：地区生产总值增长5%左右。
        纺织品产值比2025年预计增长7%，纱产量比2025年的30万吨增加3万吨。
        各位代表！让我们团结奋斗，再创佳绩！
        """;

    private static Target Figure(string value) =>
        Assert.Single(SyntaxTree.ParseText(Report).GetReportModels()).Figures.First(f => f.Value.Text == value);

    [Fact]
    public void EstimateOpeningTheSentenceGovernsItsSegments()
    {
        Assert.Equal(TargetKind.Estimate, Figure("5.2%").Kind);
        Assert.Equal(TargetKind.Estimate, Figure("8万人").Kind);
    }

    [Fact]
    public void EstimateAfterASubjectGovernsOnlyItsClause()
    {
        Assert.Equal(TargetKind.FiveYearAverage, Figure("9%").Kind);
        Assert.Equal(TargetKind.Achieved, Figure("3倍").Kind);
    }

    [Fact]
    public void EstimateOpeningALaterClauseEndsAtTheSemicolon()
    {
        Assert.Equal(TargetKind.Estimate, Figure("2亿元以上").Kind);
        Assert.Equal(TargetKind.Achieved, Figure("50亿元").Kind);
    }

    [Fact]
    public void NamedYearsDateFiguresAndGrowthToIsALevel()
    {
        var start = Figure("3000亿元");
        var end = Figure("4000亿元");
        Assert.Equal((2020, TargetMeasure.Level), (start.Year, start.Measure));
        Assert.Equal((2025, TargetMeasure.Level), (end.Year, end.Measure));
    }

    [Fact]
    public void EstimateAndValueAfterAComparisonAreTheBase()
    {
        var planned = Figure("7%");
        Assert.Equal((TargetKind.Target, 2026), (planned.Kind, planned.Year));
        var baseValue = Figure("30万吨");
        Assert.Equal((TargetKind.Achieved, 2025), (baseValue.Kind, baseValue.Year));
        Assert.Equal((TargetKind.Target, TargetMeasure.Growth), (Figure("3万吨").Kind, Figure("3万吨").Measure));
    }
}
