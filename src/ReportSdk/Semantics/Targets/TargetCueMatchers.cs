using ReportSdk.Parsing;

namespace ReportSdk.Semantics.Targets;

/// <summary>
/// The cue lists of <see cref="MeaningProfile"/> that the target extractor looks for in the sentence before each figure
/// (and the growth and decline words the indicator classifier looks for in an indicator's tail),
/// each as one <see cref="PhraseMatcher"/> built once (ordinal): a sentence is passed over once per list, not once per cue.
/// </summary>
internal static class TargetCueMatchers
{
    public static readonly PhraseMatcher AnnualTargetCues = PhraseMatcher.Ordinal(MeaningProfile.AnnualTargetCues);
    public static readonly PhraseMatcher PlanCues = PhraseMatcher.Ordinal(MeaningProfile.PlanCues);
    public static readonly PhraseMatcher PastCues = PhraseMatcher.Ordinal(MeaningProfile.PastCues);
    public static readonly PhraseMatcher FiveYearCues = PhraseMatcher.Ordinal(MeaningProfile.FiveYearCues);
    public static readonly PhraseMatcher EstimateBaseWords = PhraseMatcher.Ordinal(MeaningProfile.EstimateBaseWords);
    public static readonly PhraseMatcher GrowthWords = PhraseMatcher.Ordinal(MeaningProfile.GrowthWords);
    public static readonly PhraseMatcher DeclineWords = PhraseMatcher.Ordinal(MeaningProfile.DeclineWords);
}
