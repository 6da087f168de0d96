using ReportSdk.Syntax;

namespace ReportSdk.Semantics.Targets;

/// <summary>Whether a section looks back (review) or ahead (plan); sections of other kinds are decided by their heading.</summary>
internal enum SectionRole
{
    Review,
    Plan,
    Unknown,
}

internal static class SectionRoles
{
    /// <summary>
    /// The tree's section kind, except that a heading naming only the past (回顾, 发展成就, and neither the report
    /// year nor a forward word such as 目标 or 任务) is a review whatever kind the layout gave it.
    /// </summary>
    public static SectionRole Of(SectionSyntax section, string heading, int? reportYear) => section switch
    {
        _ when IsPastOnly(heading, reportYear) => SectionRole.Review,
        ReviewSectionSyntax => SectionRole.Review,
        PlanSectionSyntax => SectionRole.Plan,
        _ => SectionRole.Unknown,
    };

    private static bool IsPastOnly(string heading, int? reportYear) =>
        !(reportYear is { } year && heading.Contains($"{year}年", StringComparison.Ordinal)) &&
        MeaningProfile.ReviewHeadingWords.Any(w => heading.Contains(w, StringComparison.Ordinal)) &&
        !MeaningProfile.ForwardHeadingWords.Any(w => heading.Contains(w, StringComparison.Ordinal));
}
