using ReportSdk.Semantics;
using ReportSdk.Semantics.Targets;

namespace ReportSdk.Tests.SemanticsLayer;

/// <summary>
/// <see cref="IndicatorClassifier.Key"/>: the first key of the profile's list one of whose phrases the indicator contains
/// and none of whose blockers it does — found in one pass over all phrases, it must answer as the key-by-key search did.
/// </summary>
public sealed class IndicatorKeyTests
{
    [Theory]
    [InlineData("规模以上工业增加值", "industrialValueAdded")]
    [InlineData("居民消费价格涨幅", "cpi")]
    [InlineData("地区生产总值", "gdp")]
    [InlineData("单位地区生产总值能耗", "energyIntensity")] // also holds 地区生产总值: the earlier key in the list wins
    [InlineData("人均地区生产总值", null)] // gdp blocked by 人均, no other key
    [InlineData("人均粮食占有量", null)]
    [InlineData("人均粮食的固定资产投资", "fixedInvestment")] // the earlier key (grain) blocked: the next one found wins
    [InlineData("城乡居民人均可支配收入", "income")] // 人均 blocks gdp and grain only
    [InlineData("全年粮食总产量", "grain")]
    [InlineData("", null)]
    [InlineData("新建学校", null)]
    public void Is_the_first_unblocked_key_with_a_phrase_found(string indicator, string? expected) =>
        Assert.Equal(expected, IndicatorClassifier.Key(indicator));

    [Fact]
    public void The_key_phrases_fit_one_matcher()
    {
        // The key search finds every key's phrases in one pass, a bit per phrase: the profile's list must stay within it.
        int phrases = MeaningProfile.IndicatorKeys.SelectMany(k => k.Phrases).Distinct().Count();
        Assert.InRange(phrases, 1, ReportSdk.Parsing.PhraseMatcher.MaxCountedPhrases);
    }
}
