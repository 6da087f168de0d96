using ReportSdk.Semantics.Model;

namespace ReportSdk.Semantics.Metadata;

/// <summary>Finds the administrative unit a phrase names: the last unit of 三水区乐平镇 is 乐平镇; 广西壮族自治区 is one unit.</summary>
internal static class RegionReader
{
    /// <summary>The last administrative unit in <paramref name="phrase"/>: its offset, length and level.</summary>
    public static (int Start, int Length, AdministrativeLevel Level)? LastUnit(string phrase)
    {
        (int, int, AdministrativeLevel)? last = null;
        int unitStart = 0;
        for (int i = 0; i < phrase.Length; i++)
        {
            if (i == unitStart && !IsNameChar(phrase[i]))
            {
                unitStart++;
                continue;
            }

            foreach (var (suffix, level) in MeaningProfile.RegionSuffixes)
            {
                if (string.CompareOrdinal(phrase, i, suffix, 0, suffix.Length) != 0)
                {
                    continue;
                }

                int end = i + suffix.Length;
                // 杭州市, 贵州省: a one-character suffix followed by another suffix is part of the name.
                if (suffix.Length == 1 && end < phrase.Length && StartsWithSuffix(phrase, end))
                {
                    break;
                }

                if (end - unitStart >= 2)
                {
                    string name = phrase[unitStart..end];
                    var unitLevel = Array.IndexOf(MeaningProfile.Municipalities, name) >= 0 ? AdministrativeLevel.Province : level;
                    last = (unitStart, end - unitStart, unitLevel);
                }

                unitStart = end;
                i = end - 1;
                break;
            }
        }

        return last;
    }

    private static bool IsNameChar(char c) => c >= '\u4E00' && c <= '\u9FFF';

    private static bool StartsWithSuffix(string phrase, int at)
    {
        foreach (var (suffix, _) in MeaningProfile.RegionSuffixes)
        {
            if (string.CompareOrdinal(phrase, at, suffix, 0, suffix.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The part of <paramref name="phrase"/> before the first stop word (人民政府, 第, 届 …).</summary>
    public static int StopAt(string phrase, int from = 0)
    {
        int stop = phrase.Length;
        foreach (string word in MeaningProfile.RegionStops)
        {
            int at = phrase.IndexOf(word, from, StringComparison.Ordinal);
            if (at >= 0 && at < stop)
            {
                stop = at;
            }
        }

        return stop;
    }
}
