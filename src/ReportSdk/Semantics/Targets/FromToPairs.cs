using ReportSdk.Semantics.Quantities;

namespace ReportSdk.Semantics.Targets;

/// <summary>
/// Where a figure is one of the values of a from-to pair (一般公共预算收入从3826.5亿元增长到4398.6亿元; 由A和B分别提高到C和D):
/// both values are measured by the subject before 从/由, the start values for the year named with them, the end values for
/// the year named after the change (增加到1982年的…) or else before the pair.
/// </summary>
/// <remarks>
/// A pair is 从/由, its start values within <see cref="MeaningProfile.PairStartReach"/> characters holding no change word,
/// then a change word directly followed by a reach word (增长到, 提升至, 下降为), then the end values, all in one clause
/// (、 and 和 do not end it). 由 meaning "by" (由政府投资5亿元…达到12个) and 由于, 从事 … open no pair.
/// </remarks>
internal static class FromToPairs
{
    /// <summary>The pair a figure belongs to: where its 从/由 stands, and where the text after its reach word starts (end values only, else -1).</summary>
    public readonly record struct Pair(int Start, int ReachEnd)
    {
        /// <summary>Whether the figure is an end value (after the change and reach words).</summary>
        public bool IsEndValue => ReachEnd >= 0;
    }

    /// <summary>
    /// The pair of the figure at <paramref name="at"/> (block offsets; quantities' spans are <paramref name="offset"/> further),
    /// or null when it is in none.
    /// </summary>
    public static Pair? Find(ReadOnlySpan<char> block, int clauseStart, int at, IReadOnlyList<Quantity> found, int offset)
    {
        int pairStart = LastPairStartWord(block, clauseStart, at);
        if (pairStart < 0)
        {
            return null;
        }

        int firstStart = -1, firstEnd = -1;
        foreach (var quantity in found)
        {
            int start = quantity.Span.Start - offset;
            if (start > pairStart)
            {
                firstStart = start;
                firstEnd = quantity.Span.End - offset;
                break;
            }
        }

        var gap = block[(pairStart + 1)..Math.Max(pairStart + 1, firstStart)];
        if (firstStart < 0 || firstStart > at || gap.Length > MeaningProfile.PairStartReach || TextSearch.ContainsAny(gap, MeaningProfile.PairChangeWords))
        {
            return null;
        }

        if (firstStart < at && ChangeAndReachEnd(block[firstEnd..at]) is var reach and >= 0)
        {
            return new Pair(pairStart, firstEnd + reach);
        }

        // A start value: a change and a reach word follow it before a later figure of the same clause.
        int atEnd = at;
        foreach (var quantity in found)
        {
            int start = quantity.Span.Start - offset;
            if (start == at)
            {
                atEnd = quantity.Span.End - offset;
            }
            else if (start > at)
            {
                var between = block[atEnd..start];
                if (between.IndexOfAny(PunctuationSets.StretchScopeOrSentenceEnds) >= 0)
                {
                    break;
                }

                if (ChangeAndReachEnd(between) >= 0)
                {
                    return new Pair(pairStart, -1);
                }
            }
        }

        return null;
    }

    /// <summary>The last 从/由 of the clause before <paramref name="at"/> that is not part of another word (由于, 从事), or -1.</summary>
    private static int LastPairStartWord(ReadOnlySpan<char> block, int clauseStart, int at)
    {
        for (int i = at - 1; i >= clauseStart; i--)
        {
            if (IsPairStartCharacter(block[i]) && !IsInsideNonPairWord(block, i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="c"/> is one of the (one-character) <see cref="MeaningProfile.PairStartWords"/>.</summary>
    private static bool IsPairStartCharacter(char c)
    {
        foreach (string word in MeaningProfile.PairStartWords)
        {
            if (word.Length == 1 && word[0] == c)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInsideNonPairWord(ReadOnlySpan<char> block, int i)
    {
        foreach (string word in MeaningProfile.PairStartNonWords)
        {
            int within = word.IndexOf(block[i]);
            int wordStart = i - within;
            if (within >= 0 && wordStart >= 0 && block[wordStart..].StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the text after the last reach word directly after a change word (提高到, 降至) starts, or -1.</summary>
    private static int ChangeAndReachEnd(ReadOnlySpan<char> text)
    {
        int end = -1;
        foreach (string reach in MeaningProfile.ReachWords)
        {
            for (int at = text.IndexOf(reach, StringComparison.Ordinal); at >= 0; at = TextSearch.IndexOf(text, reach, at + 1))
            {
                if (Parsing.GenreLexicon.EndsWithAny(text[..at], MeaningProfile.PairChangeWords))
                {
                    end = Math.Max(end, at + reach.Length);
                }
            }
        }

        return end;
    }
}
