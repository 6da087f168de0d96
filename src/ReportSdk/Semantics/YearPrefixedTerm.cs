using ReportSdk.Semantics.Quantities;

namespace ReportSdk.Semantics;

/// <summary>
/// A note's term that opens with a year (<c>2022年十件民生实事</c>) where the body names the thing without it
/// (<c>十件民生实事基本完成</c>): the rest of the term, and whether a place in the body names no year of its own.
/// </summary>
/// <remarks>
/// The rest is looked for only when the whole term stands nowhere in the body, and only when it is long enough to name
/// one thing (<see cref="MeaningProfile.MinYearlessTermLength"/>). A place right after a year or a number
/// (<c>2023年十件民生实事</c>, <c>今年十件民生实事</c>, <c>二十件民生实事</c>) is another year's or another count's list, not the note's.
/// </remarks>
internal static class YearPrefixedTerm
{
    /// <summary>
    /// The term without the year it opens with and without spaces (<c>2022年十件民生实事</c> → <c>十件民生实事</c>); null when it
    /// does not open with a year or the rest is shorter than <see cref="MeaningProfile.MinYearlessTermLength"/>.
    /// </summary>
    public static string? Rest(string term)
    {
        string compact = SpaceInsensitiveText.WithoutSpaces(term);
        int digits = 0;
        while (digits < compact.Length && IsYearDigit(compact[digits]))
        {
            digits++;
        }

        if (digits != MeaningProfile.TermYearDigits)
        {
            return null;
        }

        foreach (string suffix in MeaningProfile.TermYearSuffixes)
        {
            if (compact.AsSpan(digits).StartsWith(suffix, StringComparison.Ordinal))
            {
                string rest = compact[(digits + suffix.Length)..];
                return rest.Length >= MeaningProfile.MinYearlessTermLength ? rest : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the text before <paramref name="start"/> (spaces skipped) names no year or number the match would belong to:
    /// it does not end with a digit, a Chinese numeral or a year suffix (<c>2023年</c>, <c>今年</c>, <c>本年度</c>).
    /// </summary>
    public static bool StandsWithoutYear(ReadOnlySpan<char> text, int start)
    {
        int end = start;
        while (end > 0 && SpaceInsensitiveText.IsInlineSpace(text[end - 1]))
        {
            end--;
        }

        if (end == 0)
        {
            return true;
        }

        char before = text[end - 1];
        if (ChineseNumerals.ArabicValue(before) >= 0 || ChineseNumerals.IsNumeralChar(before))
        {
            return false;
        }

        foreach (string suffix in MeaningProfile.TermYearSuffixes)
        {
            if (text[..end].EndsWith(suffix, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsYearDigit(char c) => ChineseNumerals.ArabicValue(c) >= 0 || ChineseNumerals.DigitValue(c) >= 0;
}
