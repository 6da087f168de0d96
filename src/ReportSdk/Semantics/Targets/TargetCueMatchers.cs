using ReportSdk.Parsing;

namespace ReportSdk.Semantics.Targets;

/// <summary>
/// The cue lists of <see cref="MeaningProfile"/> that the target extractor looks for in the sentence before each figure,
/// each as one <see cref="PhraseMatcher"/> built once (ordinal): a sentence is passed over once per list, not once per cue.
/// </summary>
internal static class TargetCueMatchers
{
    public static readonly PhraseMatcher AnnualTargetCues = Ordinal(MeaningProfile.AnnualTargetCues);
    public static readonly PhraseMatcher PlanCues = Ordinal(MeaningProfile.PlanCues);
    public static readonly PhraseMatcher PastCues = Ordinal(MeaningProfile.PastCues);
    public static readonly PhraseMatcher FiveYearCues = Ordinal(MeaningProfile.FiveYearCues);
    public static readonly PhraseMatcher EstimateBaseWords = Ordinal(MeaningProfile.EstimateBaseWords);

    private static PhraseMatcher Ordinal(string[] phrases) => new(phrases, ignoreAsciiCase: false);
}
