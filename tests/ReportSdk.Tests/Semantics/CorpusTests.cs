using ReportSdk.Semantics.Model;
using ReportSdk.Semantics.Quantities;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.SemanticsLayer;

/// <summary>
/// Values checked by reading the corpus text (shared/corpus, third-party, never copied into the repository).
/// The expected GDP targets are the 2026 provincial 主要预期目标 sentences as printed.
/// </summary>
public class CorpusTests
{
    private static ReportModel Load(string relative) =>
        SyntaxTree.ParseFile(Corpus.Path(relative)).GetReportModels()[0];

    [CorpusTheory]
    [InlineData("2026_anhui", 5, 5.5, QuantityQualifier.Range)]
    [InlineData("2026_chongqing", 5, 5, QuantityQualifier.AtLeast)]
    [InlineData("2026_guangxi", 5, 5, QuantityQualifier.Approximately)]
    [InlineData("2026_hebei", 5, 5, QuantityQualifier.AtLeast)]
    [InlineData("2026_heilongjiang", 4.5, 5, QuantityQualifier.Range)]
    [InlineData("2026_henan", 5, 5, QuantityQualifier.Approximately)]
    [InlineData("2026_hubei", 5.5, 5.5, QuantityQualifier.Approximately)]
    [InlineData("2026_hunan", 5, 5, QuantityQualifier.Approximately)]
    [InlineData("2026_jiangsu", 5, 5, QuantityQualifier.Exact)]
    [InlineData("2026_shandong", 5, 5, QuantityQualifier.AtLeast)]
    [InlineData("2026_shanghai", 5, 5, QuantityQualifier.Approximately)]
    [InlineData("2026_shanxi", 4.5, 5, QuantityQualifier.Range)]
    [InlineData("2026_tianjin", 4.5, 4.5, QuantityQualifier.Exact)]
    [InlineData("2026_xinjiang", 5.5, 6, QuantityQualifier.Range)]
    [InlineData("2026_xizang", 7, 7, QuantityQualifier.AtLeast)]
    [InlineData("2026_zhejiang", 5, 5.5, QuantityQualifier.Range)]
    public void ProvincialGdpTarget2026(string name, double low, double high, QuantityQualifier qualifier)
    {
        var model = Load($"provincial/{name}.txt");
        var gdp = model.FindTarget("gdp");
        Assert.NotNull(gdp);
        Assert.Equal(((decimal)low, (decimal)high, "%", qualifier), (gdp.Low, gdp.High, gdp.Unit, gdp.Qualifier));
        Assert.Equal(2026, gdp.Year);
        Assert.Equal(2026, model.Metadata.Year?.Value);
        Assert.Equal(AdministrativeLevel.Province, model.Metadata.Level?.Value);
    }

    [CorpusTheory]
    [InlineData("2026_anhui", "安徽省", "省长", "王清宪", "2026-02-05", 14, 4)]
    [InlineData("2026_guangxi", "广西壮族自治区", "自治区主席", "韦韬", "2026-02-02", 14, 5)]
    [InlineData("2026_hunan", "湖南省", "省长", "毛伟明", "2026-02-03", 14, 4)]
    [InlineData("2026_tianjin", "天津市", "市长", "张工", "2026-01-26", 18, 4)]
    [InlineData("2026_xinjiang", "新疆维吾尔自治区", "自治区主席", "艾尔肯·吐尼亚孜", "2026-01-27", 14, 4)]
    [InlineData("2026_xizang", "西藏自治区", "自治区主席", "嘎玛泽登", "2026-01-31", 12, 4)]
    [InlineData("2026_zhejiang", "浙江省", "省长", "刘捷", "2026-01-14", 14, 4)]
    public void ProvincialMetadata(string name, string region, string office, string speaker, string date, int congress, int session)
    {
        var m = Load($"provincial/{name}.txt").Metadata;
        Assert.Equal(region, m.Region?.Value);
        Assert.Equal(office, m.SpeakerOffice?.Value);
        Assert.Equal(speaker, m.SpeakerName?.Value);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), m.MeetingDate?.Value);
        Assert.Equal(congress, m.Congress?.Value);
        Assert.Equal(session, m.Session?.Value);
    }

    [CorpusTheory]
    [InlineData("2025", 2025, 5, 5, QuantityQualifier.Approximately)]
    [InlineData("2024", 2024, 5, 5, QuantityQualifier.Approximately)]
    [InlineData("2021", 2021, 6, 6, QuantityQualifier.AtLeast)]
    [InlineData("2019", 2019, 6, 6.5, QuantityQualifier.Range)]
    [InlineData("2016", 2016, 6.5, 7, QuantityQualifier.Range)]
    [InlineData("2012", 2012, 7.5, 7.5, QuantityQualifier.Exact)]
    public void NationalGdpTarget(string name, int year, double low, double high, QuantityQualifier qualifier)
    {
        var model = Load($"national/{name}_national.txt");
        Assert.Equal("国务院", model.Metadata.Region?.Value);
        Assert.Equal(AdministrativeLevel.National, model.Metadata.Level?.Value);
        Assert.Equal(year, model.Metadata.Year?.Value);
        var gdp = model.FindTarget("gdp");
        Assert.NotNull(gdp);
        Assert.Equal(((decimal)low, (decimal)high, qualifier), (gdp.Low, gdp.High, gdp.Qualifier));
    }

    [CorpusFact]
    public void NationalCongressAndSessionFromTheMeetingLine2024()
    {
        var m = Load("national/2024_national.txt").Metadata;
        Assert.Equal(new DateOnly(2024, 3, 5), m.MeetingDate?.Value);
        Assert.Equal(14, m.Congress?.Value);
        Assert.Equal(2, m.Session?.Value);
    }

    [CorpusFact]
    public void AchievedGdpIn2026ShanxiReviewIsAFiveYearAverage()
    {
        // 地区生产总值超过2.5万亿元、年均增长5%: a level achieved and a five-year average, not targets.
        var model = Load("provincial/2026_shanxi.txt");
        Assert.Contains(model.FiguresOfKind(ReportSdk.Semantics.Targets.TargetKind.FiveYearAverage), f => f.IndicatorKey == "gdp" && f.Low == 5m);
        Assert.Contains(model.FiguresOfKind(ReportSdk.Semantics.Targets.TargetKind.Achieved), f => f.IndicatorKey == "gdp" && f.Low == 2_500_000_000_000m && f.Qualifier == QuantityQualifier.AtLeast);
    }
}
