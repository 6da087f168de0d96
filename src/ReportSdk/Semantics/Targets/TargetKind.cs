namespace ReportSdk.Semantics.Targets;

/// <summary>What a figure in a report stands for: this year's target, or a figure that is not one.</summary>
public enum TargetKind
{
    /// <summary>A target for the year planned for (the plan's 预期目标 and other target sentences of the plan).</summary>
    Target,

    /// <summary>A result achieved in the year or term under review (增长5.2%).</summary>
    Achieved,

    /// <summary>An estimate of the year just ended (预计增长5.3%).</summary>
    Estimate,

    /// <summary>An average over a past period (年均增长5.5%).</summary>
    FiveYearAverage,

    /// <summary>A goal of a five-year plan (“十五五”时期…, 到2030年…).</summary>
    FiveYearGoal,
}
