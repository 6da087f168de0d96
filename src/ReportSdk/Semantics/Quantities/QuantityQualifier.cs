namespace ReportSdk.Semantics.Quantities;

/// <summary>How a quantity bounds the value it states.</summary>
public enum QuantityQualifier
{
    /// <summary>The value as written, with no qualifier (<c>按增长5%安排</c>, a bare <c>4.5%</c>).</summary>
    Exact,

    /// <summary>About the value: <c>左右</c>, <c>约</c>, <c>上下</c>, <c>近</c>.</summary>
    Approximately,

    /// <summary>The value or more, inclusive: <c>以上</c>, <c>超过</c>, <c>不低于</c>, <c>多</c>, <c>余</c>.</summary>
    AtLeast,

    /// <summary>The value or less, inclusive: <c>以内</c>, <c>以下</c>, <c>不超过</c>, <c>控制在</c>.</summary>
    AtMost,

    /// <summary>A closed range from low to high: <c>5%—5.5%</c>, <c>5-5.5%</c>, <c>4.5%到5%</c>.</summary>
    Range,
}
