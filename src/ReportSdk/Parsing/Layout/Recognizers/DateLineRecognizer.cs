namespace ReportSdk.Parsing;

/// <summary>A date line in the preamble (<c>2026年1月27日</c>, <c>二〇二六年一月二十七日</c>, <c>2026-01-27 16:32</c>).</summary>
internal sealed class DateLineRecognizer : LineRecognizer
{
    public override string Name => "date";

    public override bool PreambleOnly => true;

    public override int MaxContentLength => GenreProfile.DateLineMaxLength * 2;

    public override void Propose(in LineContext line, CandidateSink sink)
    {
        if (IsDateLine(line))
        {
            sink.Add(LineRole.PreambleParagraph, LayoutZone.Preamble, GenreProfile.Scores.WeakPreamblePart);
        }
    }

    /// <summary>
    /// True for a line that is only a date: 2026年1月27日, 二〇二六年一月二十七日 (no comma or full stop, no meeting word),
    /// or a date in digits with an optional time (2026-01-27 16:32). The preamble's date and a sign-off's.
    /// </summary>
    public static bool IsDateLine(in LineContext line)
    {
        var content = line.Content;
        if (content.Length > GenreProfile.DateLineMaxLength * 2)
        {
            return false;
        }

        if (content.IndexOf(GenreProfile.YearCharacter) < 0)
        {
            return content.Length > 0 && CharClasses.IsDigit(content[0]) && IsNumericDate(content.Trim(" \t\u00A0\u3000"));
        }

        var text = line.Normalized;
        return !text.IsEmpty && text.Length <= GenreProfile.DateLineMaxLength && text.IndexOfAny('。', '，') < 0
            && text.Contains(GenreProfile.YearCharacter) && text.Contains(GenreProfile.DayCharacter) && !text.Contains(GenreProfile.MeetingWord, StringComparison.Ordinal);
    }

    /// <summary>
    /// A date in digits, year first, with one separator of <see cref="GenreProfile.NumericDateSeparators"/> and an
    /// optional time after spaces: 2026-01-20, 2026.1.20, 2026/01/20 16:32 (digits of either width).
    /// </summary>
    private static bool IsNumericDate(ReadOnlySpan<char> text)
    {
        int i = Digits(text, 0, out int year);
        if (year != 4 || i >= text.Length || GenreProfile.NumericDateSeparators.IndexOf(text[i]) < 0)
        {
            return false;
        }

        char separator = text[i];
        i = Digits(text, i + 1, out int month);
        if (month is < 1 or > 2 || i >= text.Length || text[i] != separator)
        {
            return false;
        }

        i = Digits(text, i + 1, out int day);
        if (day is < 1 or > 2)
        {
            return false;
        }

        if (i == text.Length)
        {
            return true;
        }

        // A time after the date: 16:32 or 16:32:05.
        int dateEnd = i;
        while (i < text.Length && CharClasses.IsSpace(text[i]))
        {
            i++;
        }

        if (i == dateEnd)
        {
            return false;
        }

        i = Digits(text, i, out int hours);
        while (hours is 1 or 2 && i < text.Length && GenreProfile.TimeSeparators.IndexOf(text[i]) >= 0)
        {
            i = Digits(text, i + 1, out hours);
            if (hours != 2)
            {
                return false;
            }
        }

        return i == text.Length && hours == 2;
    }

    /// <summary>Reads digits (ASCII or full-width) from <paramref name="start"/>; returns where they end and how many there were.</summary>
    private static int Digits(ReadOnlySpan<char> text, int start, out int count)
    {
        int i = start;
        while (i < text.Length && CharClasses.IsDigit(text[i]))
        {
            i++;
        }

        count = i - start;
        return i;
    }
}
