using ReportSdk.Semantics.Model;
using ReportSdk.Semantics.Quantities;

namespace ReportSdk.Semantics.Metadata;

/// <summary>Reads a meeting line: 在安徽省第十四届人民代表大会第四次会议上, 在市七届人大三次会议上.</summary>
internal static class MeetingReader
{
    /// <summary>True when the line names a people's congress meeting.</summary>
    public static bool IsMeetingLine(string compact) =>
        compact.Contains(MeaningProfile.MeetingWord, StringComparison.Ordinal) &&
        compact.Contains(MeaningProfile.CongressCounter) && compact.Contains(MeaningProfile.SessionPhrase, StringComparison.Ordinal);

    /// <summary>The congress number: the numeral before 届; with its offset and length.</summary>
    public static (int Value, int Start, int Length)? Congress(string text) => NumberBefore(text, text.IndexOf(MeaningProfile.CongressCounter));

    /// <summary>The session number: the numeral before 次会议; with its offset and length.</summary>
    public static (int Value, int Start, int Length)? Session(string text) =>
        NumberBefore(text, text.IndexOf(MeaningProfile.SessionPhrase, StringComparison.Ordinal));

    private static (int, int, int)? NumberBefore(string text, int at)
    {
        if (at <= 0)
        {
            return null;
        }

        int i = at;
        while (i > 0 && (ChineseNumerals.IsNumeralChar(text[i - 1]) || ChineseNumerals.ArabicValue(text[i - 1]) >= 0))
        {
            i--;
        }

        if (i == at || !DateReader.TryNumber(text.AsSpan(i, at - i), out int value) || value <= 0)
        {
            return null;
        }

        int start = i > 0 && text[i - 1] == '第' ? i - 1 : i;
        return (value, start, at + 1 - start);
    }

    /// <summary>
    /// The region the meeting line names, between 在 and the congress (在三水区乐平镇第十八届… → 乐平镇), or only the level
    /// of a short form (在市七届人大… → city).
    /// </summary>
    public static (string? Region, int Start, int Length, AdministrativeLevel? Level)? Region(string text)
    {
        int from = text.IndexOf('在');
        if (from < 0)
        {
            return null;
        }

        from++;
        int stop = RegionReader.StopAt(text, from);
        int congress = text.IndexOf(MeaningProfile.CongressCounter, from);
        if (congress >= 0)
        {
            var before = NumberBefore(text, congress);
            if (before is { } b && b.Item2 < stop)
            {
                stop = b.Item2;
            }
        }

        string phrase = text[from..stop];
        if (RegionReader.LastUnit(phrase) is { } unit)
        {
            return (phrase.Substring(unit.Start, unit.Length), from + unit.Start, unit.Length, unit.Level);
        }

        if (phrase.Length == 1)
        {
            foreach (var (suffix, level) in MeaningProfile.RegionSuffixes)
            {
                if (suffix == phrase)
                {
                    return (null, from, 1, level);
                }
            }
        }

        return null;
    }
}
