using ReportSdk.Syntax;

namespace ReportSdk.Parsing;

/// <summary>
/// The genre's vocabulary: words that identify titles, salutations, section headings, speakers,
/// notes headings, and the web chrome that scraped copies carry. These are properties of the
/// genre as a whole (every level, every era), never of one particular document.
/// </summary>
internal static class GenreLexicon
{
    public const string ReportWord = GenreProfile.ReportWord;

    /// <summary>True when the text, with spaces removed, names a report title (政府工作报告, 政 府 工 作 报 告).</summary>
    public static bool ContainsReportWord(ReadOnlySpan<char> text) => IndexOfIgnoringSpaces(text, ReportWord) >= 0;

    /// <summary>The index just after <paramref name="word"/> in <paramref name="text"/>, matching across spaces; -1 when absent.</summary>
    public static int IndexOfIgnoringSpaces(ReadOnlySpan<char> text, string word)
    {
        for (int start = 0; start < text.Length; start++)
        {
            // Jump to the next occurrence of the word's first character (vectorized).
            int next = text[start..].IndexOf(word[0]);
            if (next < 0)
            {
                return -1;
            }

            start += next;

            int i = start;
            int k = 0;
            while (i < text.Length && k < word.Length)
            {
                if (CharClasses.IsSpace(text[i]))
                {
                    i++;
                    continue;
                }

                if (LineNormalizer.Fold(text[i]) != word[k])
                {
                    break;
                }

                i++;
                k++;
            }

            if (k == word.Length)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True for a news caption such as 省长赵刚作政府工作报告 (someone 作/作了 the report).</summary>
    public static bool IsCaption(ReadOnlySpan<char> textEndingWithReportWord)
    {
        int start = textEndingWithReportWord.Length;
        int matched = 0;
        while (start > 0 && matched < ReportWord.Length)
        {
            start--;
            if (!CharClasses.IsSpace(textEndingWithReportWord[start]))
            {
                matched++;
            }
        }

        var prefix = textEndingWithReportWord[..start].TrimEnd(" \t\u00A0\u3000");
        foreach (var verb in GenreProfile.CaptionVerbs)
        {
            if (prefix.EndsWith(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a closing that opens with the call itself: 让我们更加紧密地团结在….</summary>
    public static bool StartsWithRallyingCall(ReadOnlySpan<char> text) => StartsWithAny(text, GenreProfile.RallyingWords);

    /// <summary>True when the text starts with one of the words (ordinal).</summary>
    public static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the text ends with one of the words (ordinal).</summary>
    public static bool EndsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the text starts with a salutation word (各位代表 …).</summary>
    public static bool StartsWithSalutation(ReadOnlySpan<char> text)
    {
        foreach (var word in GenreProfile.SalutationWords)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a salutation alone on its line: 各位代表： / 各位代表、各位委员：.</summary>
    public static bool IsSalutationLine(ReadOnlySpan<char> text)
    {
        if (text.Length > 24 || !StartsWithSalutation(text))
        {
            return false;
        }

        // 各位代表、各位政协委员和列席同志： — a short address naming its listeners, ending in a colon or exclamation mark.
        if (text[^1] is '：' or ':' or '！' or '!' && text.IndexOf('。') < 0)
        {
            var named = text[..^1].TrimEnd(" \t\u00A0\u3000");
            foreach (var listeners in GenreProfile.ListenerWords)
            {
                if (named.EndsWith(listeners, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        // Only salutation words, separators and punctuation: 各位代表、各位委员
        var rest = text;
        while (!rest.IsEmpty)
        {
            bool advanced = false;
            foreach (var word in GenreProfile.SalutationWords)
            {
                if (rest.StartsWith(word, StringComparison.Ordinal))
                {
                    rest = rest[word.Length..];
                    advanced = true;
                    break;
                }
            }

            if (!advanced)
            {
                if (!(rest[0] is '：' or ':' or '！' or '!' or '，' or ',' or '、' || CharClasses.IsSpace(rest[0])))
                {
                    return false;
                }

                rest = rest[1..];
            }
        }

        return true;
    }

    /// <summary>True for a paragraph that opens the report (现在，我代表…向大会报告工作，请予审议).</summary>
    public static bool IsOpening(ReadOnlySpan<char> text)
    {
        var head = text.Length > GenreProfile.OpeningWindow ? text[..GenreProfile.OpeningWindow] : text;
        return GenreMatchers.OpeningWords.CountDistinct(head, GenreProfile.OpeningMinWords) >= GenreProfile.OpeningMinWords;
    }

    /// <summary>Classifies a heading's text by its words.</summary>
    public static SectionKind ClassifyHeading(ReadOnlySpan<char> text)
    {
        if (GenreMatchers.SelfBuildingWords.ContainsAny(text))
        {
            return SectionKind.SelfBuilding;
        }

        if (GenreMatchers.ReviewWords.ContainsAny(text))
        {
            return SectionKind.Review;
        }

        if (GenreMatchers.PlanWords.ContainsAny(text))
        {
            return SectionKind.Plan;
        }

        return SectionKind.Other;
    }

    /// <summary>
    /// True when an unnumbered short line reads as a top-level heading of the genre: it names work
    /// (工作), a year (2023年, 今年), a span of time (过去, 今后, 五年), or the government's own conduct —
    /// rather than a lead phrase such as 主要预期目标.
    /// </summary>
    public static bool LooksLikeSectionHeading(ReadOnlySpan<char> text) =>
        GenreMatchers.HeadingShapeWords.ContainsAny(text) || GenreMatchers.SelfBuildingWords.ContainsAny(text)
        || StartsWithAny(text, GenreProfile.HeadingOpeningWords);

    /// <summary>The last characters of <see cref="GenreProfile.NotesHeadings"/>: a line ending otherwise names no notes.</summary>
    private static readonly string NotesHeadingEndings = new([.. GenreProfile.NotesHeadings.Select(h => h[^1]).Distinct()]);

    /// <summary>True when the text, without spaces and a 《政府工作报告》 prefix, is a notes heading.</summary>
    public static bool IsNotesHeading(ReadOnlySpan<char> text)
    {
        if (text.Length > 24)
        {
            return false;
        }

        // Cheap refusal first: the last character that counts must end one of the headings.
        int last = text.Length - 1;
        while (last >= 0 && (CharClasses.IsSpace(text[last]) || text[last] is '：' or ':'))
        {
            last--;
        }

        if (last < 0 || !NotesHeadingEndings.Contains(text[last]))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[text.Length];
        int n = 0;
        foreach (char c in text)
        {
            if (!CharClasses.IsSpace(c) && c is not ('：' or ':'))
            {
                buffer[n++] = c;
            }
        }

        var compact = buffer[..n];
        int prefixEnd = compact.IndexOf('》');
        if (prefixEnd >= 0)
        {
            compact = compact[(prefixEnd + 1)..];
        }

        if (compact.StartsWith(GenreProfile.AnnexWord[0]))
        {
            int k = compact.StartsWith(GenreProfile.AnnexWord) ? GenreProfile.AnnexWord.Length : 1;
            while (k < compact.Length && (CharClasses.IsDigit(compact[k]) || CharClasses.IsChineseNumeral(compact[k]) || compact[k] is '：' or ':' or '、'))
            {
                k++;
            }

            compact = compact[k..];
        }

        foreach (var heading in GenreProfile.NotesHeadings)
        {
            if (compact.SequenceEqual(heading))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for an annex heading: 附件1 …, 附件： ….</summary>
    public static bool HasPlanWords(ReadOnlySpan<char> text) => GenreMatchers.PlanWords.ContainsAny(text);

    public static bool IsOtherSectionHeading(ReadOnlySpan<char> text) => GenreMatchers.OtherSectionWords.ContainsAny(text);

    public static bool IsAnnexHeading(ReadOnlySpan<char> text) =>
        text.Length <= GenreProfile.AnnexHeadingMaxLength && text.StartsWith(GenreProfile.AnnexWord, StringComparison.Ordinal) && text.IndexOfAny('。', '，') < 0;

    /// <summary>True when the line contains a phrase of web or download-site chrome.</summary>
    public static bool ContainsChromePhrase(ReadOnlySpan<char> text) => ChromePhraseSearch.ContainsAny(text);

    /// <summary>The chrome phrases without spaces, as the normalized view has none.</summary>
    private static readonly PhraseMatcher ChromePhraseSearch = new(GenreProfile.ChromePhrases.Select(p => p.Replace(" ", string.Empty)));

    /// <summary>
    /// True for a speaker line: a short line that names an office (…长, 总理, 主席) and ends with a
    /// personal name (镇长 罗杰成, 鹤山市人民政府市长 张华景, 镇委副书记、镇长  欧超泉).
    /// </summary>
    public static bool IsSpeakerLine(ReadOnlySpan<char> text)
    {
        if (text.Length < 3 || text.Length > GenreProfile.SpeakerMaxLength || text.IndexOfAny('。', '，', ',') >= 0)
        {
            return false;
        }

        // 县长：王立新 and 报告人：王立新 — an office or the reporter header, a colon, a name.
        int colon = text.IndexOfAny(':', '：');
        if (colon >= 0)
        {
            var name = text[(colon + 1)..].Trim(" \t\u00A0\u3000");
            var office = text[..colon].TrimEnd(" \t\u00A0\u3000");
            if (text[(colon + 1)..].IndexOfAny(':', '：') >= 0)
            {
                return false;
            }

            bool reporter = office.SequenceEqual(GenreProfile.ReporterHeader);
            // 报告人：镇长 何志强 — the reporter header before a whole speaker line.
            return (IsName(name) && AllHan(name) && (EndsWithOffice(office) || reporter)) || (reporter && IsSpeakerLine(name));
        }

        if (text.Contains(GenreProfile.MeetingWord, StringComparison.Ordinal) || ContainsReportWord(text))
        {
            return false;
        }

        // Letter-spacing inside the name (龚 正, 李　强) is removed before the name is measured.
        Span<char> buffer = stackalloc char[text.Length];
        int n = 0;
        foreach (char c in text)
        {
            if (CharClasses.IsSpace(c))
            {
                continue;
            }

            if (!(CharClasses.IsHan(c) || c is '、' or '·' or '•' or '（' or '）' or '(' or ')'))
            {
                return false;
            }

            buffer[n++] = LineNormalizer.Fold(c);
        }

        var compact = buffer[..n];

        // The name follows the last office word that leaves a name of the right length (市长张长江: 长 at 1, not 3).
        for (int end = compact.Length - GenreProfile.NameMinLength; end > 0; end--)
        {
            if (EndsWithOffice(compact[..end]) && IsName(compact[end..]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllHan(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!CharClasses.IsHan(c) && c is not ('·' or '•'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Two to four Han characters, or a transliterated name with a middle dot (艾尔肯·吐尼亚孜).</summary>
    private static bool IsName(ReadOnlySpan<char> name)
    {
        int dot = name.IndexOfAny('·', '•');
        if (dot > 0)
        {
            return name.Length <= GenreProfile.TransliteratedNameMaxLength && dot < name.Length - 1;
        }

        return name.Length is >= GenreProfile.NameMinLength and <= GenreProfile.NameMaxLength && name.IndexOfAny("、（）()") < 0;
    }

    private static bool EndsWithOffice(ReadOnlySpan<char> office)
    {
        foreach (var word in GenreProfile.SpeakerOffices)
        {
            if (office.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

}
