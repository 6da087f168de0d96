using ReportSdk.Semantics.Quantities;

namespace ReportSdk.Semantics.Targets;

/// <summary>Cleans the phrase before a number into an indicator, and names its key and measure.</summary>
internal static class IndicatorClassifier
{
    /// <summary>Words stripped from the end of an indicator: qualifiers, stretch words and linking verbs before the number.</summary>
    private static readonly string[] TrailingFillers =
        [.. MeaningProfile.PrefixQualifiers.Select(p => p.Word), .. MeaningProfile.StretchWords, .. MeaningProfile.IndicatorTrailingWords, .. MeaningProfile.PairStartWords];

    /// <summary>The characters trimmed from both ends of a phrase before its leads and fillers are stripped.</summary>
    private const string CleanTrimChars = " \u3000\u00A0“”\"（(—";

    /// <summary>
    /// The indicator in <paramref name="phrase"/>: bold marks removed, quotes and brackets trimmed, then leading words
    /// (<see cref="MeaningProfile.IndicatorLeads"/>) and trailing fillers stripped until none is left. Works on spans; the
    /// one string made is the result.
    /// </summary>
    public static string Clean(ReadOnlySpan<char> phrase)
    {
        var s = (phrase.Contains("**", StringComparison.Ordinal) ? phrase.ToString().Replace("**", string.Empty, StringComparison.Ordinal) : phrase).Trim(CleanTrimChars);
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

            s = StripTrailingFillers(s, ref changed);
        }

        return s.ToString();
    }

    /// <summary>
    /// The text without the trailing fillers of <see cref="TrailingFillers"/> it ends with (a name cut before the next number:
    /// 188个园区整合优化为…, 211个项目完成投资超…), repeated until none is left; leading words are kept.
    /// </summary>
    public static ReadOnlySpan<char> TrimTrailingFillers(ReadOnlySpan<char> text)
    {
        bool changed = true;
        while (changed && text.Length > 0)
        {
            changed = false;
            text = StripTrailingFillers(text, ref changed);
        }

        return text;
    }

    /// <summary>One pass over <see cref="TrailingFillers"/>, in their order, stripping each the text ends with (not a growth word's end).</summary>
    private static ReadOnlySpan<char> StripTrailingFillers(ReadOnlySpan<char> s, scoped ref bool changed)
    {
        foreach (string filler in TrailingFillers)
        {
            if (s.Length >= filler.Length && s.EndsWith(filler, StringComparison.Ordinal) && !IsGrowthWordEnd(s, filler))
            {
                s = s[..^filler.Length].TrimEnd();
                changed = true;
            }
        }

        return s;
    }

    private static readonly string[] ChangeWords = [.. MeaningProfile.GrowthWords, .. MeaningProfile.DeclineWords];

    private static bool IsGrowthWordEnd(ReadOnlySpan<char> s, string filler)
    {
        foreach (string word in ChangeWords)
        {
            if (word.EndsWith(filler, StringComparison.Ordinal) && s.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the indicator opens, after any year it names and 预计 (一九八二年预计…), with a measure word (年均增长, 增长, 下降) or a
    /// comparison (比上年增长): it has no subject of its own.
    /// </summary>
    public static bool LacksSubject(string indicator)
    {
        var s = indicator.AsSpan();
        int year = s.IndexOf('年');
        if (year > 0 && (Metadata.DateReader.NumberStartBefore(indicator, year) == 0 || IsCount(s[..year])))
        {
            // 一九八二年预计比…, 五年平均每年增长, 两年间增长
            s = s[(year + 1)..];
            foreach (string suffix in MeaningProfile.PeriodSuffixes)
            {
                if (s.StartsWith(suffix, StringComparison.Ordinal))
                {
                    s = s[suffix.Length..];
                }
            }
        }

        foreach (string cue in MeaningProfile.EstimateCues)
        {
            if (s.StartsWith(cue, StringComparison.Ordinal))
            {
                s = s[cue.Length..]; // 一九八二年预计比一九八一年增长
            }
        }

        foreach (string word in SubjectlessOpenings)
        {
            if (s.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words an indicator without a subject of its own opens with: averages, growth and decline words, subjectless leads.</summary>
    private static readonly string[] SubjectlessOpenings =
        [.. MeaningProfile.AverageCues, .. MeaningProfile.GrowthWords, .. MeaningProfile.DeclineWords, .. MeaningProfile.SubjectlessLeads];

    /// <summary>Words that end an indicator's subject: the subjectless openings and the estimate cues.</summary>
    private static readonly string[] SubjectEnds = [.. SubjectlessOpenings, .. MeaningProfile.EstimateCues];

    /// <summary>True for a short count written in numerals (五, 两, 十七, 3): the number of years of a period.</summary>
    private static bool IsCount(ReadOnlySpan<char> text)
    {
        if (text.Length is 0 or > 3)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!Quantities.ChineseNumerals.IsNumeralChar(c) && Quantities.ChineseNumerals.ArabicValue(c) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The subject of an indicator: the text before its first measure word (地区生产总值增长 → 地区生产总值).</summary>
    public static string Subject(string indicator)
    {
        var masked = Mask(indicator); // 全部工业增加值: 增加 inside 增加值 is no measure word
        int end = indicator.Length;
        foreach (string word in SubjectEnds)
        {
            int at = masked.IndexOf(word, StringComparison.Ordinal);
            if (at > 0 && at < end)
            {
                end = at;
            }
        }

        return indicator[..end];
    }

    /// <summary>
    /// The key of the first of <see cref="MeaningProfile.IndicatorKeys"/> one of whose phrases the indicator contains and
    /// none of whose blockers it does, or null. The phrases of every key are found in one pass.
    /// </summary>
    public static string? Key(string indicator)
    {
        ulong found = KeyPhrases.FindAll(indicator);
        if (found == 0)
        {
            return null;
        }

        for (int k = 0; k < MeaningProfile.IndicatorKeys.Length; k++)
        {
            string key = MeaningProfile.IndicatorKeys[k].Key;
            if ((found & KeyPhraseBits[k]) != 0 && !IsBlocked(key, indicator))
            {
                return key;
            }
        }

        return null;
    }

    /// <summary>
    /// Every phrase of <see cref="MeaningProfile.IndicatorKeys"/>. A matcher tells at most
    /// <see cref="Parsing.PhraseMatcher.MaxCountedPhrases"/> phrases apart: a longer list is refused here, where it is set up.
    /// </summary>
    private static readonly Parsing.PhraseMatcher KeyPhrases = CreateKeyPhrases();

    private static Parsing.PhraseMatcher CreateKeyPhrases()
    {
        var matcher = Parsing.PhraseMatcher.Ordinal(MeaningProfile.IndicatorKeys.SelectMany(k => k.Phrases));
        return matcher.PhraseCount <= Parsing.PhraseMatcher.MaxCountedPhrases
            ? matcher
            : throw new InvalidOperationException(
                $"MeaningProfile.IndicatorKeys holds {matcher.PhraseCount} distinct phrases; the key search tells at most {Parsing.PhraseMatcher.MaxCountedPhrases} apart.");
    }

    /// <summary>Per key of <see cref="MeaningProfile.IndicatorKeys"/>, the bits of its phrases in <see cref="KeyPhrases"/>.</summary>
    private static readonly ulong[] KeyPhraseBits =
        [.. MeaningProfile.IndicatorKeys.Select(k => k.Phrases.Aggregate(0UL, (bits, phrase) => bits | (1UL << KeyPhrases.IdOf(phrase))))];

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

    /// <summary>
    /// What the value measures: a decline or growth when the indicator's tail has such a word (not a lookalike such as
    /// 增加值), the level reached when that word is followed by 到/至/为 in the clause (增长到4.5万亿元, 下降为25%),
    /// a share for a percentage, else a level.
    /// </summary>
    public static TargetMeasure Measure(ReadOnlySpan<char> indicator, Quantity value, ReadOnlySpan<char> clause)
    {
        // Spaces dropped first: a growth word broken by a space (增 长) in a scraped line is still the word.
        var compact = ReportSdk.Semantics.Metadata.PreambleLine.Squeeze(indicator);
        var tail = Mask(compact.Length > 8 ? compact[^8..] : compact);
        bool decline = TargetCueMatchers.DeclineWords.ContainsAny(tail);
        bool growth = !decline && TargetCueMatchers.GrowthWords.ContainsAny(tail);
        if ((decline || growth) && !ReachesLevel(Mask(clause)))
        {
            return decline ? TargetMeasure.Decline : TargetMeasure.Growth;
        }

        return value.IsPercent ? TargetMeasure.Share : TargetMeasure.Level;
    }

    /// <summary>True when the clause's last growth or decline word is followed by a reach word (增长到, 增至, 下降为).</summary>
    private static bool ReachesLevel(ReadOnlySpan<char> clause)
    {
        int last = -1, lastEnd = -1;
        foreach (string word in ChangeWords)
        {
            int at = clause.LastIndexOf(word, StringComparison.Ordinal);
            if (at > last)
            {
                last = at;
                lastEnd = at + word.Length;
            }
        }

        if (last < 0)
        {
            return false;
        }

        var after = clause[lastEnd..];
        foreach (var qualifier in MeaningProfile.PrefixQualifiers)
        {
            if (after.StartsWith(qualifier.Word, StringComparison.Ordinal))
            {
                return false; // 增长至少5%: 至 opens a qualifier here
            }
        }

        foreach (string word in MeaningProfile.ReachWords)
        {
            if (after.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Blanks out words that contain a growth word but are not one (增加值); the text itself when it has none.</summary>
    private static ReadOnlySpan<char> Mask(ReadOnlySpan<char> text)
    {
        string? masked = null;
        for (int i = 0; i < MeaningProfile.GrowthWordLookalikes.Length; i++)
        {
            string lookalike = MeaningProfile.GrowthWordLookalikes[i];
            if ((masked is null ? text : masked).Contains(lookalike, StringComparison.Ordinal))
            {
                masked = (masked ?? text.ToString()).Replace(lookalike, LookalikeBlanks[i], StringComparison.Ordinal);
            }
        }

        return masked is null ? text : masked;
    }

    /// <summary>The blank (ideographic spaces) each lookalike is masked with, made once.</summary>
    private static readonly string[] LookalikeBlanks = [.. MeaningProfile.GrowthWordLookalikes.Select(w => new string('\u3000', w.Length))];
}
