namespace ReportSdk.Semantics.Targets;

/// <summary>What a target's value measures.</summary>
public enum TargetMeasure
{
    /// <summary>A rate of growth (增长, 增速, 涨幅, 提高).</summary>
    Growth,

    /// <summary>A level or amount (城镇新增就业110万人, 粮食产量1.4万亿斤).</summary>
    Level,

    /// <summary>A share or rate (失业率5.5%, 研发投入强度3.42%, 比重).</summary>
    Share,

    /// <summary>A decline (下降, 降低, 减少).</summary>
    Decline,
}
