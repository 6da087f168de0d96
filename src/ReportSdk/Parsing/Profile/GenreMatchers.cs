namespace ReportSdk.Parsing;

/// <summary>
/// The phrase lists of <see cref="GenreProfile"/> that the layout searches inside a line, each as one
/// <see cref="PhraseMatcher"/> built once (ordinal: the lists are Chinese). A line is passed over once per list,
/// instead of once per phrase with a substring search each.
/// </summary>
internal static class GenreMatchers
{
    public static readonly PhraseMatcher SelfBuildingWords = PhraseMatcher.Ordinal(GenreProfile.SelfBuildingWords);
    public static readonly PhraseMatcher ReviewWords = PhraseMatcher.Ordinal(GenreProfile.ReviewWords);
    public static readonly PhraseMatcher PlanWords = PhraseMatcher.Ordinal(GenreProfile.PlanWords);
    public static readonly PhraseMatcher OtherSectionWords = PhraseMatcher.Ordinal(GenreProfile.OtherSectionWords);
    public static readonly PhraseMatcher HeadingShapeWords = PhraseMatcher.Ordinal(GenreProfile.HeadingShapeWords);
    public static readonly PhraseMatcher OpeningWords = PhraseMatcher.Ordinal(GenreProfile.OpeningWords);
    public static readonly PhraseMatcher StatusWords = PhraseMatcher.Ordinal(GenreProfile.StatusWords);
    public static readonly PhraseMatcher MeetingWords = PhraseMatcher.Ordinal(GenreProfile.MeetingWords);
    public static readonly PhraseMatcher ThanksPhrases = PhraseMatcher.Ordinal(GenreProfile.ThanksPhrases);
    public static readonly PhraseMatcher RallyingWords = PhraseMatcher.Ordinal(GenreProfile.RallyingWords);
    public static readonly PhraseMatcher FinalAppealWords = PhraseMatcher.Ordinal(GenreProfile.FinalAppealWords);
}
