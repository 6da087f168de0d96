using ReportSdk.Text;

namespace ReportSdk.Semantics.Quantities;

/// <summary>
/// Finds every number with a unit in running text: a hand-written, single pass over the characters
/// (no regular expressions). Arabic, full-width and spaced digits (<c>24. 39%</c>), Chinese numerals
/// (<c>三千亿元</c>, <c>百分之五</c>), magnitudes (<c>1.2万亿元</c>), ranges (<c>5%—5.5%</c>,
/// <c>4.5-5%</c>, <c>4.5%到5%</c>), qualifiers before and after the number, and 力争/争取 stretch values.
/// Numbers without a unit (years, months, note marks) are not quantities.
/// </summary>
public static class QuantityScanner
{
    /// <summary>
    /// Every character a quantity can start with: digits of every width, Chinese numerals that can open a number, and
    /// the first characters of <see cref="MeaningProfile.ChinesePercent"/> and of the vague amounts. <see cref="TryScanAt"/>
    /// finds nothing anywhere else, so the scan skips to the next of these with one search (a bitmap test per character:
    /// the Chinese numerals are too scattered for the vector test of <see cref="Parsing.CharSetSearch"/>).
    /// </summary>
    private static readonly Parsing.CharSetSearch QuantityOpeners = new(
        new string([
            .. "0123456789０１２３４５６７８９",
            .. ChineseNumerals.Openers,
            MeaningProfile.ChinesePercent[0],
            .. MeaningProfile.VagueAmounts.Select(v => v.Phrase[0]),
        ]));

    /// <summary>
    /// Scans <paramref name="text"/>; spans are offsets into it plus <paramref name="offset"/>. Traditional characters
    /// (萬, 億, 點, 噸) are read as their simplified forms; each quantity's text is as written.
    /// </summary>
    public static IReadOnlyList<Quantity> Scan(string text, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Scan(text, MeaningProfile.Fold(text), offset, UsesFullWidthThousands(text));
    }

    /// <summary>
    /// Whether a text prints numbers with full-width thousands separators (34，250万吨, as older reports do): at least
    /// <see cref="MeaningProfile.FullWidthThousandsMinimum"/> full-width commas between a digit and exactly three digits. Only
    /// then is such a comma read inside a number; elsewhere it ends a clause (降至29，322天…).
    /// </summary>
    internal static bool UsesFullWidthThousands(ReadOnlySpan<char> text)
    {
        int found = 0;
        for (int at = text.IndexOf(ChineseNumerals.FullWidthComma); at >= 0 && found < MeaningProfile.FullWidthThousandsMinimum; at = Next(text, at))
        {
            var after = text[(at + 1)..];
            if (at > 0 && ChineseNumerals.ArabicValue(text[at - 1]) >= 0 && after.Length >= 3
                && ChineseNumerals.ArabicValue(after[0]) >= 0 && ChineseNumerals.ArabicValue(after[1]) >= 0 && ChineseNumerals.ArabicValue(after[2]) >= 0
                && (after.Length == 3 || ChineseNumerals.ArabicValue(after[3]) < 0))
            {
                found++;
            }
        }

        return found >= MeaningProfile.FullWidthThousandsMinimum;

        static int Next(ReadOnlySpan<char> text, int at)
        {
            int next = text[(at + 1)..].IndexOf(ChineseNumerals.FullWidthComma);
            return next < 0 ? -1 : at + 1 + next;
        }
    }

    /// <summary>
    /// Scans <paramref name="text"/>, read through its folded form <paramref name="folded"/> (<see cref="MeaningProfile.Fold"/>,
    /// the same length) that the caller already made; each quantity's text is taken from <paramref name="text"/>.
    /// </summary>
    internal static IReadOnlyList<Quantity> Scan(ReadOnlySpan<char> text, ReadOnlySpan<char> folded, int offset, bool fullWidthThousands)
    {
        var result = new List<Quantity>();
        int i = 0;
        while (i < folded.Length)
        {
            int skip = QuantityOpeners.IndexOfAny(folded[i..]);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            int next = TryScanAt(folded, text, i, offset, fullWidthThousands, out var quantity);
            if (quantity is not null)
            {
                result.Add(SharePrefixQualifier(folded, quantity, result.Count > 0 ? result[^1] : null, offset));
            }

            i = Math.Max(next, i + 1);
        }

        return result;
    }

    /// <summary>
    /// The second and later values of an enumeration share the first one's prefix qualifier
    /// (分别突破600亿元、200亿元: both at least), when they have none of their own.
    /// </summary>
    private static Quantity SharePrefixQualifier(ReadOnlySpan<char> text, Quantity quantity, Quantity? previous, int offset)
    {
        if (previous is null || quantity.Qualifier != QuantityQualifier.Exact || previous.Qualifier == QuantityQualifier.Exact)
        {
            return quantity;
        }

        int start = quantity.Span.Start - offset, previousStart = previous.Span.Start - offset, previousEnd = previous.Span.End - offset;
        bool enumerated = start == previousEnd + 1 && text[previousEnd] == '、';
        bool prefixed = ReadPrefixQualifier(text, previousStart) == previous.Qualifier && !EndsWithSuffixQualifier(text[previousStart..previousEnd]);
        return enumerated && prefixed ? quantity with { Qualifier = previous.Qualifier } : quantity;
    }

    /// <summary>Whether the quantity's text ends with a suffix qualifier of its own (<c>600亿元以上</c>).</summary>
    private static bool EndsWithSuffixQualifier(ReadOnlySpan<char> quantity)
    {
        foreach (var (word, _) in MeaningProfile.SuffixQualifiers)
        {
            if (quantity.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Scans the part of <paramref name="text"/> in <paramref name="span"/>; spans are absolute.</summary>
    public static IReadOnlyList<Quantity> Scan(SourceText text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Scan(text.ToString(span), span.Start);
    }

    // The profile's word lists, indexed by first character (see LeadingWordTable); its punctuation sets are PunctuationSets'.
    private static readonly LeadingWordTable<string> Units = new(MeaningProfile.Units.Select(u => (u.Written, u.Unit)));
    private static readonly LeadingWordTable<decimal> Magnitudes = new(MeaningProfile.Magnitudes);
    private static readonly LeadingWordTable<QuantityQualifier> InfixQualifiers = new(MeaningProfile.InfixQualifiers);
    private static readonly LeadingWordTable<QuantityQualifier> SuffixQualifiers = new(MeaningProfile.SuffixQualifiers);

    /// <summary>Tries a quantity at <paramref name="start"/>; returns where scanning goes on.</summary>
    /// <param name="s">The folded text (<see cref="MeaningProfile.Fold"/>), which the tests read.</param>
    /// <param name="written">The text as written, the same length: a quantity's text is cut from it.</param>
    /// <param name="start">Where to try, a character that can open a number.</param>
    /// <param name="offset">Added to every span: where the text starts in the document.</param>
    /// <param name="fullWidthThousands">Whether a full-width comma may separate thousands (<see cref="UsesFullWidthThousands"/>).</param>
    /// <param name="quantity">The quantity found there, or null.</param>
    private static int TryScanAt(ReadOnlySpan<char> s, ReadOnlySpan<char> written, int start, int offset, bool fullWidthThousands, out Quantity? quantity)
    {
        quantity = null;
        char c = s[start];
        if (start > 0 && MeaningProfile.OrdinalPrefixes.Contains(s[start - 1]))
        {
            return start + 1;
        }

        foreach (var (phrase, low) in MeaningProfile.VagueAmounts)
        {
            if (s[start..].StartsWith(phrase, StringComparison.Ordinal))
            {
                int vagueEnd = start + phrase.Length;
                quantity = Build(s, written, start, vagueEnd, low, low, "%", QuantityQualifier.AtLeast, offset);
                return vagueEnd;
            }
        }

        if (s[start..].StartsWith(MeaningProfile.ChinesePercent, StringComparison.Ordinal))
        {
            int numberAt = start + MeaningProfile.ChinesePercent.Length;
            int n = ChineseNumerals.TryReadAny(s[numberAt..], out decimal percent, out _);
            if (n == 0)
            {
                return start + 1;
            }

            int end = numberAt + n;
            if (TryReadChinesePercentTail(s, end, out int percentEnd, out decimal upper) && upper > percent)
            {
                quantity = Build(s, written, start, percentEnd, percent, upper, "%", QuantityQualifier.Range, offset);
                return percentEnd;
            }

            var qualifier = ReadSuffixQualifier(s, ref end) ?? ReadPrefixQualifier(s, start) ?? QuantityQualifier.Exact;
            quantity = Build(s, written, start, end, percent, percent, "%", qualifier, offset);
            return end;
        }

        bool arabic = ChineseNumerals.ArabicValue(c) >= 0;
        if (arabic)
        {
            if (start > 0 && (char.IsAsciiLetter(s[start - 1]) || ChineseNumerals.ArabicValue(s[start - 1]) >= 0 || s[start - 1] is '.' or '．'))
            {
                return start + 1;
            }
        }
        else if (!ChineseNumerals.CanOpen(c) || (start > 0 && (ChineseNumerals.IsNumeralChar(s[start - 1]) || ChineseNumerals.ArabicValue(s[start - 1]) >= 0)))
        {
            return start + 1;
        }
        else
        {
            foreach (string word in MeaningProfile.NumeralWords)
            {
                if (s[start..].StartsWith(word, StringComparison.Ordinal))
                {
                    return start + word.Length;
                }
            }
        }

        if (!TryReadValue(s, start, fullWidthThousands, out int afterNumber, out decimal value, out string? unit, out var infix, out bool chinese))
        {
            return afterNumber;
        }

        int rangeEnd = afterNumber;
        decimal high = value;
        bool isRange = false;
        if (TryReadRangeTail(s, afterNumber, unit, fullWidthThousands, out int tailEnd, out decimal tailValue, out string? tailUnit))
        {
            unit ??= tailUnit;
            if (unit == tailUnit && tailValue >= value)
            {
                high = tailValue;
                rangeEnd = tailEnd;
                isRange = true;
            }
        }

        if (unit is null)
        {
            return afterNumber;
        }

        if (chinese && !isRange && (IsSmallWordNumeral(s, start, unit) || (start > 0 && MeaningProfile.SloganOpeners.Contains(s[start - 1]))))
        {
            return afterNumber;
        }

        if (IsLabel(s, start, rangeEnd))
        {
            return rangeEnd;
        }

        int quantityEnd = rangeEnd;
        QuantityQualifier result;
        if (isRange)
        {
            result = QuantityQualifier.Range;
        }
        else
        {
            result = ReadSuffixQualifier(s, ref quantityEnd) ?? infix ?? ReadPrefixQualifier(s, start) ?? QuantityQualifier.Exact;
        }

        quantity = Build(s, written, start, quantityEnd, value, high, unit, result, offset);
        return quantityEnd;
    }

    /// <summary>A counted label (十一次全会, 九个方面) or a quantity alone between quotes (“30条”): a name, not a figure.</summary>
    private static bool IsLabel(ReadOnlySpan<char> s, int start, int end)
    {
        foreach (string follower in MeaningProfile.LabelFollowers)
        {
            if (s[end..].StartsWith(follower, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return start > 0 && end < s.Length && MeaningProfile.SloganOpeners.Contains(s[start - 1]) && MeaningProfile.SloganClosers.Contains(s[end]);
    }

    /// <summary>A one-character Chinese numeral before a classifier (一个, 两项, 一批) is a word, not a quantity.</summary>
    private static bool IsSmallWordNumeral(ReadOnlySpan<char> s, int start, string unit)
    {
        bool oneChar = start + 1 < s.Length && !ChineseNumerals.IsNumeralChar(s[start + 1]);
        return oneChar && s[start] is '一' or '两' or '二' && Array.IndexOf(MeaningProfile.SmallChineseNumeralUnits, unit) < 0;
    }

    /// <summary>Reads a number, an optional magnitude, an optional 多/余 and an optional unit.</summary>
    private static bool TryReadValue(
        ReadOnlySpan<char> s, int start, bool fullWidthThousands, out int end, out decimal value, out string? unit, out QuantityQualifier? infix, out bool chinese)
    {
        unit = null;
        infix = null;
        int n = ChineseNumerals.TryReadAny(s[start..], out value, out chinese, fullWidthThousands);
        if (n == 0)
        {
            end = start + 1;
            return false;
        }

        end = start + n;
        int i = SkipSpaces(s, end);
        if (Magnitudes.Match(s[i..], out string magnitude, out decimal magnitudeFactor))
        {
            value *= magnitudeFactor;
            i = end = i + magnitude.Length;
        }

        if (InfixQualifiers.Match(s[i..], out string infixWord, out var infixQualifier))
        {
            infix = infixQualifier;
            i += infixWord.Length;
        }

        i = SkipSpaces(s, i);
        if (chinese && !(end == start + 1 && s[start] == '一'))
        {
            foreach (var (written, scaledUnit, factor) in MeaningProfile.ScaledUnits)
            {
                if (s[i..].StartsWith(written, StringComparison.Ordinal))
                {
                    value *= factor;
                    unit = scaledUnit;
                    end = i + written.Length;
                    return true;
                }
            }
        }

        if (Units.Match(s[i..], out string unitWritten, out string unitKept))
        {
            unit = unitKept;
            end = i + unitWritten.Length;
            return true;
        }

        if (infix is not null)
        {
            infix = null;
        }

        return true;
    }

    /// <summary>After 百分之四, reads a range's upper end: 到五, 至百分之五.</summary>
    private static bool TryReadChinesePercentTail(ReadOnlySpan<char> s, int at, out int end, out decimal value)
    {
        end = at;
        value = 0;
        foreach (string separator in MeaningProfile.RangeSeparators)
        {
            if (!s[at..].StartsWith(separator, StringComparison.Ordinal))
            {
                continue;
            }

            int numberAt = at + separator.Length;
            if (s[numberAt..].StartsWith(MeaningProfile.ChinesePercent, StringComparison.Ordinal))
            {
                numberAt += MeaningProfile.ChinesePercent.Length;
            }

            int n = numberAt < s.Length && ChineseNumerals.CanOpen(s[numberAt]) ? ChineseNumerals.TryRead(s[numberAt..], out value) : 0;
            end = numberAt + n;
            return n > 0;
        }

        return false;
    }

    /// <summary>After a first number, reads <c>—5.5%</c> or <c>到5%</c>: a separator and a second number with a unit.</summary>
    private static bool TryReadRangeTail(ReadOnlySpan<char> s, int at, string? firstUnit, bool fullWidthThousands, out int end, out decimal value, out string? unit)
    {
        end = at;
        value = 0;
        unit = null;
        foreach (string separator in MeaningProfile.RangeSeparators)
        {
            if (!s[at..].StartsWith(separator, StringComparison.Ordinal))
            {
                continue;
            }

            int numberAt = at + separator.Length;
            if (numberAt >= s.Length || (ChineseNumerals.ArabicValue(s[numberAt]) < 0 && !ChineseNumerals.CanOpen(s[numberAt])))
            {
                return false;
            }

            if (!TryReadValue(s, numberAt, fullWidthThousands, out end, out value, out unit, out _, out _))
            {
                return false;
            }

            // The second number carries the unit (5%—5.5%, 4.5-5%); 5%到2030年 is no range.
            return unit is not null && (firstUnit is null || firstUnit == unit);
        }

        return false;
    }

    private static QuantityQualifier? ReadSuffixQualifier(ReadOnlySpan<char> s, ref int end)
    {
        if (SuffixQualifiers.Match(s[end..], out string word, out var qualifier))
        {
            end += word.Length;
            return qualifier;
        }

        return null;
    }

    /// <summary>A qualifier word ending at most <see cref="MeaningProfile.PrefixQualifierReach"/> characters before the number, in the same clause.</summary>
    private static QuantityQualifier? ReadPrefixQualifier(ReadOnlySpan<char> s, int start)
    {
        int from = Math.Max(0, start - MeaningProfile.PrefixQualifierReach - 3);
        var before = s[from..start];
        int clause = before.LastIndexOfAny(PunctuationSets.ClauseOrSentenceEnds);
        if (clause >= 0)
        {
            before = before[(clause + 1)..];
        }

        QuantityQualifier? found = null;
        int foundEnd = -1;
        foreach (var (word, qualifier) in MeaningProfile.PrefixQualifiers)
        {
            int at = before.LastIndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && before.Length - (at + word.Length) <= MeaningProfile.PrefixQualifierReach && at + word.Length > foundEnd)
            {
                found = qualifier;
                foundEnd = at + word.Length;
            }
        }

        return found;
    }

    /// <summary>True when 力争/争取 stands earlier in the clause of the number at <paramref name="start"/> (an enumeration with 、 is one clause here).</summary>
    internal static bool IsStretchAt(ReadOnlySpan<char> s, int start)
    {
        var before = s[..start];
        int clause = before.LastIndexOfAny(PunctuationSets.StretchScopeOrSentenceEnds);
        var inClause = clause >= 0 ? before[(clause + 1)..] : before;
        foreach (string word in MeaningProfile.StretchWords)
        {
            if (inClause.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipSpaces(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && s[i] is ' ' or '\u00A0' or '\u3000')
        {
            i++;
        }

        return i;
    }

    private static Quantity Build(
        ReadOnlySpan<char> s, ReadOnlySpan<char> written, int start, int end, decimal low, decimal high, string unit, QuantityQualifier qualifier, int offset) =>
        new(Normalize(low), Normalize(high), unit, qualifier, IsStretchAt(s, start),
            new TextSpan(offset + start, end - start), written[start..end].ToString());

    /// <summary>Drops trailing zeros (5.50 → 5.5) so values print as written.</summary>
    private static decimal Normalize(decimal value) => value.Scale == 0 ? value : value / 1.000000000000000000000000000000000m;
}
