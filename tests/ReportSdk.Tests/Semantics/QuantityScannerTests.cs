using ReportSdk.Semantics.Quantities;

namespace ReportSdk.Tests.SemanticsLayer;

public class QuantityScannerTests
{
    private static Quantity Single(string text)
    {
        var found = QuantityScanner.Scan(text);
        return Assert.Single(found);
    }

    [Theory]
    [InlineData("地区生产总值增长5.2%。", 5.2, 5.2, "%", QuantityQualifier.Exact, "5.2%")]
    [InlineData("增长５．５％。", 5.5, 5.5, "%", QuantityQualifier.Exact, "５．５％")]
    [InlineData("达到24. 39%。", 24.39, 24.39, "%", QuantityQualifier.Exact, "24. 39%")]
    [InlineData("新建51. 4 公里道路", 51.4, 51.4, "公里", QuantityQualifier.Exact, "51. 4 公里")]
    [InlineData("增长5%左右，", 5, 5, "%", QuantityQualifier.Approximately, "5%左右")]
    [InlineData("约3000亿元", 300_000_000_000, 300_000_000_000, "元", QuantityQualifier.Approximately, "3000亿元")]
    [InlineData("城镇新增就业110万人以上", 1_100_000, 1_100_000, "人", QuantityQualifier.AtLeast, "110万人以上")]
    [InlineData("超过2.5万亿元", 2_500_000_000_000, 2_500_000_000_000, "元", QuantityQualifier.AtLeast, "2.5万亿元")]
    [InlineData("不低于90%", 90, 90, "%", QuantityQualifier.AtLeast, "90%")]
    [InlineData("控制在3%以内", 3, 3, "%", QuantityQualifier.AtMost, "3%以内")]
    [InlineData("控制在3%", 3, 3, "%", QuantityQualifier.AtMost, "3%")]
    [InlineData("不超过4%", 4, 4, "%", QuantityQualifier.AtMost, "4%")]
    [InlineData("降至5%以下", 5, 5, "%", QuantityQualifier.AtMost, "5%以下")]
    [InlineData("增长5%—5.5%，", 5, 5.5, "%", QuantityQualifier.Range, "5%—5.5%")]
    [InlineData("增长4.5-5%，", 4.5, 5, "%", QuantityQualifier.Range, "4.5-5%")]
    [InlineData("增长4.5%到5%，", 4.5, 5, "%", QuantityQualifier.Range, "4.5%到5%")]
    [InlineData("增长5.5%～6%，", 5.5, 6, "%", QuantityQualifier.Range, "5.5%～6%")]
    [InlineData("提高0.5个百分点", 0.5, 0.5, "个百分点", QuantityQualifier.Exact, "0.5个百分点")]
    [InlineData("下降两个百分点", 2, 2, "个百分点", QuantityQualifier.Exact, "两个百分点")]
    [InlineData("投资三千亿元", 300_000_000_000, 300_000_000_000, "元", QuantityQualifier.Exact, "三千亿元")]
    [InlineData("总量1.2万亿元", 1_200_000_000_000, 1_200_000_000_000, "元", QuantityQualifier.Exact, "1.2万亿元")]
    [InlineData("增长百分之五", 5, 5, "%", QuantityQualifier.Exact, "百分之五")]
    [InlineData("增长百分之五点五左右", 5.5, 5.5, "%", QuantityQualifier.Approximately, "百分之五点五左右")]
    [InlineData("保持两位数增长", 10, 10, "%", QuantityQualifier.AtLeast, "两位数")]
    [InlineData("覆盖120多个城市", 120, 120, "个", QuantityQualifier.AtLeast, "120多个")]
    [InlineData("攻克关键核心技术200余项", 200, 200, "项", QuantityQualifier.AtLeast, "200余项")]
    [InlineData("粮食产量1600亿斤以上", 160_000_000_000, 160_000_000_000, "斤", QuantityQualifier.AtLeast, "1600亿斤以上")]
    [InlineData("改造农田50万亩", 500_000, 500_000, "亩", QuantityQualifier.Exact, "50万亩")]
    [InlineData("新增1,200家企业", 1200, 1200, "家", QuantityQualifier.Exact, "1,200家")]
    [InlineData("办好十件民生实事", 10, 10, "件", QuantityQualifier.Exact, "十件")]
    [InlineData("大约8.5万户", 85_000, 85_000, "户", QuantityQualifier.Approximately, "8.5万户")]
    [InlineData("年增速百分之三到四", 3, 4, "%", QuantityQualifier.Range, "百分之三到四")]
    [InlineData("压减开支百分之六至百分之九", 6, 9, "%", QuantityQualifier.Range, "百分之六至百分之九")]
    [InlineData("覆盖率达到七成左右", 70, 70, "%", QuantityQualifier.Approximately, "七成左右")]
    [InlineData("调查失业率低于4.8%", 4.8, 4.8, "%", QuantityQualifier.AtMost, "4.8%")]
    [InlineData("经济总量迈上3万亿元台阶", 3_000_000_000_000, 3_000_000_000_000, "元", QuantityQualifier.AtLeast, "3万亿元")]
    [InlineData("發電二百零五億度", 20_500_000_000, 20_500_000_000, "千瓦时", QuantityQualifier.Exact, "二百零五億度")]
    [InlineData("平均每年遞增百分之十二點五", 12.5, 12.5, "%", QuantityQualifier.Exact, "百分之十二點五")]
    public void ReadsForm(string text, double low, double high, string unit, QuantityQualifier qualifier, string written)
    {
        var q = Single(text);
        Assert.Equal((decimal)low, q.Low);
        Assert.Equal((decimal)high, q.High);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(qualifier, q.Qualifier);
        Assert.Equal(written, q.Text.Trim());
        Assert.Equal(written.Length, q.Text.Length);
        Assert.Equal(q.Text, text.Substring(q.Span.Start, q.Span.Length));
    }

    [Theory]
    [InlineData("2025年是“十四五”收官之年")]
    [InlineData("1-11月，第3季度")]
    [InlineData("落实<sup>1</sup>和[2]号文件")]
    [InlineData("一是稳增长，二是促改革，统一大市场，一带一路，十四五")]
    [InlineData("建设一批项目，推出一个平台，两项改革")]
    [InlineData("5G基站和G20峰会")]
    [InlineData("增强“四个意识”，完善“三位一体”体系，导入“三台车”")]
    [InlineData("贯彻市委九届七次、八次全会精神，重点抓好六个方面工作")]
    [InlineData("出台惠企“15条”，再经过四个五年计划，不再一一列举，一成不变")]
    [InlineData("")]
    public void IgnoresNumbersThatAreNotQuantities(string text)
    {
        Assert.Empty(QuantityScanner.Scan(text));
    }

    [Fact]
    public void PercentAndPercentagePointsAreDistinctUnits()
    {
        var found = QuantityScanner.Scan("研发投入强度达到2.5%，提高0.1个百分点。");
        Assert.Equal(["%", "个百分点"], found.Select(q => q.Unit).ToArray());
        Assert.True(found[0].IsPercent);
        Assert.False(found[1].IsPercent);
    }

    [Fact]
    public void StretchIsMarkedInItsClauseOnly()
    {
        var found = QuantityScanner.Scan("增长6%，力争达到8%，在实际工作中努力争取更好结果");
        Assert.Equal(2, found.Count);
        Assert.False(found[0].IsStretch);
        Assert.True(found[1].IsStretch);
        Assert.Equal(8m, found[1].Low);
    }

    [Fact]
    public void EnumeratedValuesSharePrefixQualifierAndStretch()
    {
        var found = QuantityScanner.Scan("税收和非税收入分别突破600亿元、200亿元。力争新增专利800件以上、标准30项以上。");
        Assert.Equal(4, found.Count);
        Assert.Equal(QuantityQualifier.AtLeast, found[1].Qualifier);
        Assert.False(found[1].IsStretch);
        Assert.True(found[2].IsStretch && found[3].IsStretch);
        var own = QuantityScanner.Scan("分别增长5%以上、6%");
        Assert.Equal(QuantityQualifier.Exact, own[1].Qualifier);
    }

    [Fact]
    public void SeveralQuantitiesInOneSentenceKeepTheirOwnSpans()
    {
        const string text = "城乡居民人均可支配收入分别增长7%左右和8%左右。";
        var found = QuantityScanner.Scan(text, offset: 100);
        Assert.Equal(2, found.Count);
        Assert.All(found, q => Assert.Equal(QuantityQualifier.Approximately, q.Qualifier));
        Assert.Equal(100 + text.IndexOf("8%", StringComparison.Ordinal), found[1].Span.Start);
    }

    [Fact]
    public void AYearAfterARangeDashIsNotARange()
    {
        var q = Single("增长5%——2030年");
        Assert.Equal(QuantityQualifier.Exact, q.Qualifier);
        Assert.Equal(5m, q.High);
    }
}
