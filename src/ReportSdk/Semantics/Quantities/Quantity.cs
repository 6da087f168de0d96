using ReportSdk.Text;

namespace ReportSdk.Semantics.Quantities;

/// <summary>
/// A number with its unit as it stands in the text, normalized: magnitudes (万, 亿, 万亿) are multiplied
/// out, so <c>1.2万亿元</c> is 1 200 000 000 000 元 and <c>110万人</c> is 1 100 000 人. A single value sets
/// both bounds (<c>5%左右</c>: low 5, high 5, <see cref="QuantityQualifier.Approximately"/>).
/// </summary>
/// <param name="Low">The lower bound (the value itself when it is not a range).</param>
/// <param name="High">The upper bound (the value itself when it is not a range).</param>
/// <param name="Unit">The unit kept on the value: <c>%</c>, <c>个百分点</c> (distinct from <c>%</c>), <c>元</c>, <c>人</c>, <c>公里</c>, <c>亩</c>…</param>
/// <param name="Qualifier">How the quantity bounds its value.</param>
/// <param name="IsStretch">True when the value is a stretch goal (<c>力争达到8%</c>, <c>争取…</c>).</param>
/// <param name="Span">Where the quantity stands in the source, qualifiers included.</param>
/// <param name="Text">The quantity exactly as written (<c>24. 39%</c>, <c>三千亿元</c>, <c>5%—5.5%</c>).</param>
public sealed record Quantity(
    decimal Low,
    decimal High,
    string Unit,
    QuantityQualifier Qualifier,
    bool IsStretch,
    TextSpan Span,
    string Text)
{
    /// <summary>True when the unit is a percentage (<c>%</c> or <c>‰</c>), not percentage points.</summary>
    public bool IsPercent => MeaningProfile.IsPercent(Unit);
}
