using ReportSdk.Semantics.Quantities;

namespace ReportSdk.Semantics.Metadata;

/// <summary>Reads dates written as 年月日 in Arabic, full-width or Chinese numerals (2026年1月27日, 二〇二六年一月二十七日).</summary>
internal static class DateReader
{
    /// <summary>The first full date in <paramref name="text"/>, with its offset and length.</summary>
    public static (DateOnly Date, int Start, int Length)? FindDate(string text)
    {
        for (int year = text.IndexOf('年'); year >= 0; year = text.IndexOf('年', year + 1))
        {
            int yearStart = NumberStartBefore(text, year);
            if (yearStart < 0 || !TryNumber(text.AsSpan(yearStart, TrimEnd(text, yearStart, year) - yearStart), out int y))
            {
                continue;
            }

            int i = SkipSpaces(text, year + 1);
            if (!TryReadUntil(text, ref i, '月', out int m) || !TryReadUntil(text, ref i, '日', out int d))
            {
                continue;
            }

            if (y is < MeaningProfile.MinYear or > MeaningProfile.MaxYear || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
            {
                continue;
            }

            return (new DateOnly(y, m, d), yearStart, i - yearStart);
        }

        return null;
    }

    /// <summary>A four-digit year before <paramref name="at"/> (a 年), as in 2026年 or 二〇二六年; -1 when there is none.</summary>
    public static int NumberStartBefore(ReadOnlySpan<char> text, int at)
    {
        int i = at;
        while (i > 0 && text[i - 1] is ' ' or '\u3000')
        {
            i--;
        }

        int end = i;
        while (i > 0 && (ChineseNumerals.ArabicValue(text[i - 1]) >= 0 || ChineseNumerals.DigitValue(text[i - 1]) >= 0 || (text[i - 1] == ' ' && i - 1 > 0 && ChineseNumerals.ArabicValue(text[i - 2]) >= 0)))
        {
            i--;
        }

        return end - i >= 4 ? i : -1;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && text[end - 1] is ' ' or '\u3000')
        {
            end--;
        }

        return end;
    }

    private static bool TryReadUntil(string text, ref int i, char mark, out int value)
    {
        value = 0;
        int start = i;
        int end = text.IndexOf(mark, start);
        if (end < 0 || end - start is 0 or > 6)
        {
            return false;
        }

        if (!TryNumber(text.AsSpan(start, end - start), out value))
        {
            return false;
        }

        i = SkipSpaces(text, end + 1);
        return true;
    }

    /// <summary>An integer in Arabic, full-width or Chinese digits, spaces ignored (1 9 9 8, 二十七).</summary>
    public static bool TryNumber(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        Span<char> compact = stackalloc char[text.Length];
        int n = 0;
        foreach (char c in text)
        {
            if (c is not (' ' or '\u3000'))
            {
                compact[n++] = c;
            }
        }

        if (n == 0)
        {
            return false;
        }

        var digits = compact[..n];
        if (ChineseNumerals.TryReadArabic(digits, out decimal arabic) == n)
        {
            value = (int)arabic;
            return true;
        }

        if (ChineseNumerals.TryRead(digits, out decimal chinese) == n)
        {
            value = (int)chinese;
            return true;
        }

        return false;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\u3000')
        {
            i++;
        }

        return i;
    }
}
