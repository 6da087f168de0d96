namespace ReportSdk.Parsing;

/// <summary>
/// The phrase lists of <see cref="GenreProfile"/> that the layout searches inside a line, each as one
/// <see cref="PhraseMatcher"/> built once (ordinal: the lists are Chinese). A line is passed over once per list,
/// instead of once per phrase with a substring search each.
/// </summary>
internal static class GenreMatchers
{
    public static readonly PhraseMatcher SelfBuildingWords = Ordinal(GenreProfile.SelfBuildingWords);
    public static readonly PhraseMatcher ReviewWords = Ordinal(GenreProfile.ReviewWords);
    public static readonly PhraseMatcher PlanWords = Ordinal(GenreProfile.PlanWords);
    public static readonly PhraseMatcher OtherSectionWords = Ordinal(GenreProfile.OtherSectionWords);
    public static readonly PhraseMatcher HeadingShapeWords = Ordinal(GenreProfile.HeadingShapeWords);
    public static readonly PhraseMatcher OpeningWords = Ordinal(GenreProfile.OpeningWords);
    public static readonly PhraseMatcher StatusWords = Ordinal(GenreProfile.StatusWords);
    public static readonly PhraseMatcher MeetingWords = Ordinal(GenreProfile.MeetingWords);
    public static readonly PhraseMatcher ThanksPhrases = Ordinal(GenreProfile.ThanksPhrases);
    public static readonly PhraseMatcher RallyingWords = Ordinal(GenreProfile.RallyingWords);
    public static readonly PhraseMatcher FinalAppealWords = Ordinal(GenreProfile.FinalAppealWords);

    private static PhraseMatcher Ordinal(string[] phrases) => new(phrases, ignoreAsciiCase: false);
}
