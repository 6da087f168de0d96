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
    public static SectionRole Of(SectionSyntax section, string heading) => section switch
    {
        ReviewSectionSyntax => SectionRole.Review,
        PlanSectionSyntax => SectionRole.Plan,
        _ when MeaningProfile.ReviewHeadingWords.Any(w => heading.Contains(w, StringComparison.Ordinal)) => SectionRole.Review,
        _ => SectionRole.Unknown,
    };
}
