using ReportSdk.Semantics.Quantities;

namespace ReportSdk.Semantics.Targets;

/// <summary>
/// What a counted figure counts when its indicator does not say: a work verb alone before the count (打造10个数字领航企业,
/// 完成500所中小学体育场地升级改造) or a clause opening with the count (197家二级以上医院开设体重管理门诊) is named by the
/// text after the unit. The verb goes on over an enumeration (新建10家A、30家B和10家C). One instance follows the figures of
/// one block in order (<see cref="StartSentence"/> at each sentence).
/// </summary>
/// <remarks>
/// A name is the Han text (quotation and title marks included) from the unit to the clause's end, or to a conjunction just
/// before the next number (80项前沿技术研发和60项…). It is refused when it is cut at a number or a letter (100个5G基站,
/// 500强), when a conjunction in it opens another predicate (学校和改造20所…), or when it holds a change, qualifier or predicate word
/// (项目增加产值, 企业年营业收入超过…, 项目建设完成后将…): then the figure keeps its indicator.
/// </remarks>
internal sealed class CountedNames
{
    private string _verb = string.Empty;
    private string _name = string.Empty;
    private int _end = -1;

    /// <summary>Forgets the enumeration: a new sentence starts.</summary>
    public void StartSentence()
    {
        _verb = string.Empty;
        _name = string.Empty;
        _end = -1;
    }

    /// <summary>
    /// The indicator of the figure <paramref name="quantity"/> at <paramref name="at"/> (block offsets; spans are
    /// <paramref name="offset"/> further) whose own indicator is <paramref name="indicator"/>: the verb and the name after its
    /// unit when the figure counts something its indicator does not name; else null (and the enumeration ends).
    /// </summary>
    public string? Name(ReadOnlySpan<char> block, int at, int offset, Quantity quantity, string indicator)
    {
        bool bareVerb = Array.IndexOf(MeaningProfile.CountingVerbs, indicator) >= 0;
        // 30家标杆孵化器和10家…: the text before this figure is the last one's name and a conjunction, not a subject.
        bool nextInEnumeration = _end >= 0 && IsNameAndConjunction(block[_end..at], _name);
        if ((indicator.Length > 0 && !bareVerb && !nextInEnumeration) || Array.IndexOf(MeaningProfile.CountingUnits, quantity.Unit) < 0
            || NameAfter(block, quantity.Span.End - offset) is not { Length: > 0 } name)
        {
            StartSentence();
            return null;
        }

        // The verb goes on only over 、 and conjunctions: a comma, colon or semicolon starts another statement.
        bool sameEnumeration = _end >= 0 && block[_end..at].IndexOfAny(PunctuationSets.StretchScopeOrSentenceEnds) < 0;
        _verb = bareVerb ? indicator : sameEnumeration ? _verb : string.Empty;
        _name = name;
        _end = quantity.Span.End - offset;
        return _verb + name;
    }

    /// <summary>The name after a counted quantity ending at <paramref name="end"/>, or empty (see the remarks).</summary>
    private static string NameAfter(ReadOnlySpan<char> block, int end)
    {
        var rest = block[end..];
        int stop = rest.IndexOfAny(PunctuationSets.ClauseOrSentenceEnds);
        var clause = (stop < 0 ? rest : rest[..stop]).TrimStart();
        int length = 0;
        while (length < clause.Length && IsNameCharacter(clause[length]))
        {
            length++;
        }

        var name = clause[..length];
        if (length < clause.Length)
        {
            // Cut before a number: only a conjunction there ends a name (…研发和60项); a name never runs into a number.
            string? conjunction = EndingConjunction(name);
            if (conjunction is null)
            {
                return string.Empty;
            }

            name = name[..^conjunction.Length];
        }

        if (name.Length > MeaningProfile.CountedNameMaxLength || HoldsSecondPredicate(name) || TextSearch.ContainsAny(name, MeaningProfile.NameBreakingWords))
        {
            return string.Empty;
        }

        var trimmed = IndicatorClassifier.TrimTrailingFillers(name);
        return trimmed.Length >= 2 ? trimmed.ToString() : string.Empty;
    }

    private static string? EndingConjunction(ReadOnlySpan<char> name)
    {
        foreach (string conjunction in MeaningProfile.NameConjunctions)
        {
            if (name.EndsWith(conjunction, StringComparison.Ordinal))
            {
                return conjunction;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a conjunction in the name opens another predicate (学校和改造…, 项目和实施…): a work verb right after it. A
    /// conjunction between two names (选矿厂和烧结厂, 采油和炼油企业) or inside a word (普及, 和美乡村) does not.
    /// </summary>
    private static bool HoldsSecondPredicate(ReadOnlySpan<char> name)
    {
        foreach (string conjunction in MeaningProfile.NameConjunctions)
        {
            for (int at = name.IndexOf(conjunction, StringComparison.Ordinal); at >= 0; at = TextSearch.IndexOf(name, conjunction, at + 1))
            {
                if (Parsing.GenreLexicon.StartsWithAny(name[(at + conjunction.Length)..], MeaningProfile.CountingVerbs))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> is <paramref name="name"/> and a conjunction (标杆孵化器和), spaces aside.</summary>
    private static bool IsNameAndConjunction(ReadOnlySpan<char> text, string name)
    {
        var trimmed = text.Trim();
        return name.Length > 0 && trimmed.StartsWith(name, StringComparison.Ordinal)
            && EndingConjunction(trimmed[name.Length..].Trim()) is { } conjunction && trimmed[name.Length..].Trim().Length == conjunction.Length;
    }

    /// <summary>A character of a name: Han (numerals written in Han too), or a quotation or title mark.</summary>
    private static bool IsNameCharacter(char c) => c is >= '\u4E00' and <= '\u9FFF' or '“' or '”' or '《' or '》' or '「' or '」';
}
