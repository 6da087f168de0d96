using ReportSdk.Semantics.Quantities;
using ReportSdk.Text;

namespace ReportSdk.Semantics.Targets;

/// <summary>
/// A figure stated for an indicator: a target of the plan or, told apart by <see cref="Kind"/>, a result,
/// estimate, five-year average or five-year goal.
/// </summary>
/// <param name="Indicator">The phrase before the number (地区生产总值增长, 城镇新增就业, 居民消费价格涨幅).</param>
/// <param name="IndicatorKey">A canonical key for common indicators (gdp, cpi, urbanJobs…), or null.</param>
/// <param name="Measure">What the value measures (growth, level, share, decline).</param>
/// <param name="Kind">Target, achieved, estimate, five-year average or five-year goal.</param>
/// <param name="Value">The quantity: bounds, unit and qualifier.</param>
/// <param name="Stretch">The stretch value (力争达到8%), or null.</param>
/// <param name="Year">The year the figure is for (the report year for a target, the year before for a result), or null.</param>
/// <param name="Section">The heading of the section the figure stands in.</param>
/// <param name="SentenceSpan">The span of the sentence.</param>
/// <param name="Sentence">The sentence's text.</param>
public sealed record Target(
    string Indicator,
    string? IndicatorKey,
    TargetMeasure Measure,
    TargetKind Kind,
    Quantity Value,
    Quantity? Stretch,
    int? Year,
    string Section,
    TextSpan SentenceSpan,
    string Sentence)
{
    /// <summary>The lower bound of the value.</summary>
    public decimal Low => Value.Low;

    /// <summary>The upper bound of the value.</summary>
    public decimal High => Value.High;

    /// <summary>The unit of the value.</summary>
    public string Unit => Value.Unit;

    /// <summary>The qualifier of the value.</summary>
    public QuantityQualifier Qualifier => Value.Qualifier;
}
