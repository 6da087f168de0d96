using ReportSdk.Semantics.Quantities;

namespace ReportSdk.Semantics.Targets;

/// <summary>Cleans the phrase before a number into an indicator, and names its key and measure.</summary>
internal static class IndicatorClassifier
{
    /// <summary>Words stripped from the end of an indicator: qualifiers, stretch words and linking verbs before the number.</summary>
    private static readonly string[] TrailingFillers =
        [.. MeaningProfile.PrefixQualifiers.Select(p => p.Word), .. MeaningProfile.StretchWords, "保持在", "稳定在", "达到", "实现", "分别", "达", "为", "在", "至", "到", "的"];

    public static string Clean(string phrase)
    {
        string s = phrase.Replace("**", string.Empty, StringComparison.Ordinal).Trim(' ', '\u3000', '\u00A0', '“', '”', '"', '（', '(', '—');
        bool changed = true;
        while (changed && s.Length > 0)
        {
            changed = false;
            foreach (string lead in MeaningProfile.IndicatorLeads)
            {
                if (s.Length > lead.Length && s.StartsWith(lead, StringComparison.Ordinal))
                {
                    s = s[lead.Length..].TrimStart();
                    changed = true;
                }
            }

            foreach (string filler in TrailingFillers)
            {
                if (s.Length >= filler.Length && s.EndsWith(filler, StringComparison.Ordinal) && !IsGrowthWordEnd(s, filler))
                {
                    s = s[..^filler.Length].TrimEnd();
                    changed = true;
                }
            }
        }

        return s;
    }

    private static bool IsGrowthWordEnd(string s, string filler) =>
        MeaningProfile.GrowthWords.Concat(MeaningProfile.DeclineWords).Any(w => w.EndsWith(filler, StringComparison.Ordinal) && s.EndsWith(w, StringComparison.Ordinal));

    /// <summary>True when the indicator opens with a measure word (年均增长, 增长, 下降): it has no subject of its own.</summary>
    public static bool LacksSubject(string indicator) =>
        MeaningProfile.AverageCues.Concat(MeaningProfile.GrowthWords).Concat(MeaningProfile.DeclineWords)
            .Any(w => indicator.StartsWith(w, StringComparison.Ordinal));

    /// <summary>The subject of an indicator: the text before its first measure word (地区生产总值增长 → 地区生产总值).</summary>
    public static string Subject(string indicator)
    {
        int end = indicator.Length;
        foreach (string word in MeaningProfile.AverageCues.Concat(MeaningProfile.GrowthWords).Concat(MeaningProfile.DeclineWords))
        {
            int at = indicator.IndexOf(word, StringComparison.Ordinal);
            if (at > 0 && at < end)
            {
                end = at;
            }
        }

        return indicator[..end];
    }

    public static string? Key(string indicator)
    {
        foreach (var (key, phrases) in MeaningProfile.IndicatorKeys)
        {
            foreach (string phrase in phrases)
            {
                if (indicator.Contains(phrase, StringComparison.Ordinal) && !IsBlocked(key, indicator))
                {
                    return key;
                }
            }
        }

        return null;
    }

    private static bool IsBlocked(string key, string indicator)
    {
        foreach (var (blockedKey, blockers) in MeaningProfile.IndicatorKeyBlockers)
        {
            if (blockedKey == key && blockers.Any(b => indicator.Contains(b, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    public static TargetMeasure Measure(string indicator, Quantity value)
    {
        string tail = indicator.Length > 8 ? indicator[^8..] : indicator;
        if (MeaningProfile.DeclineWords.Any(w => tail.Contains(w, StringComparison.Ordinal)))
        {
            return TargetMeasure.Decline;
        }

        if (MeaningProfile.GrowthWords.Any(w => tail.Contains(w, StringComparison.Ordinal)))
        {
            return TargetMeasure.Growth;
        }

        if (value.IsPercent || MeaningProfile.ShareWords.Any(w => tail.Contains(w, StringComparison.Ordinal)))
        {
            return TargetMeasure.Share;
        }

        return TargetMeasure.Level;
    }
}
