namespace ReportSdk.Parsing;

/// <summary>
/// The view of a line that genre phrases are matched against: full-width letters, digits and
/// punctuation folded to ASCII where the profile writes them so (NFKC width folding for the
/// forms that occur), letter-spacing and every kind of space removed (<c>政 府 工 作 报 告</c>),
/// traditional characters that the profile's phrases use mapped to simplified ones, and literal
/// escapes (<c>&lt;U+00A0&gt;</c>, <c>&amp;nbsp;</c>) dropped as spaces. The tree keeps the text exactly; only
/// matching sees this view.
/// </summary>
/// <remarks>
/// Almost every character of a report maps to itself (Han characters, CJK punctuation), so
/// <see cref="Normalize"/> tests each character against a bit table of the 64K UTF-16 code units
/// (<see cref="SpecialBits"/>, 8 KB) and copies it when its bit is clear; only the rare special
/// characters take the slow path. (A dictionary lookup per Han character cost about 8 ns a character;
/// a <c>SearchValues&lt;char&gt;</c> of the ~170 special characters, a probabilistic map with many
/// false positives on Han text, about twice the bit table.)
/// </remarks>
internal static class LineNormalizer
{
    /// <summary>Traditional characters that occur in the profile's phrases, and their simplified forms, pairwise.</summary>
    internal const string Traditional = "執況門電達進運動產還戰農問黨領導聯繫現開種應該從兩萬億業務將標準確強際職權機構統點數據質產勞資贊專價幣歲園區東廣橋稅預決費團體歷屆選舉議員華夠衛隊軍鬥爭義舊斷報紙論階級興辦讓說話認識講記訂計劃設頭顧總結過與對於會們這個來時當發縣鎮鄉幹經濟參組織為處實紀彙匯錄註釋說明號屬條頁權編輯載圖網站擊閱讀關閉";
    internal const string Simplified = "执况门电达进运动产还战农问党领导联系现开种应该从两万亿业务将标准确强际职权机构统点数据质产劳资赞专价币岁园区东广桥税预决费团体历届选举议员华够卫队军斗争义旧断报纸论阶级兴办让说话认识讲记订计划设头顾总结过与对于会们这个来时当发县镇乡干经济参组织为处实纪汇汇录注释说明号属条页权编辑载图网站击阅读关闭";

    private static readonly Dictionary<char, char> TraditionalToSimplified = BuildMap();

    /// <summary>
    /// One bit per UTF-16 code unit, set for every character that <see cref="Normalize"/> does not copy as
    /// is: spaces and zero-width characters (dropped), the openers of literal escapes (<c>&lt;</c>,
    /// <c>&amp;</c>), and every character <see cref="Fold"/> changes (full-width forms, traditional
    /// characters, dashes). Derived from <see cref="IsDropped"/> and <see cref="Fold"/>, so it cannot
    /// disagree with them.
    /// </summary>
    private static readonly ulong[] SpecialBits = BuildSpecialBits();

    private static ulong[] BuildSpecialBits()
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (c is '<' or '&' || IsDropped((char)c) || FoldWidthOrDash((char)c) != c)
            {
                bits[c >> 6] |= 1UL << c;
            }
        }

        // The traditional characters are the map's keys: asking the map for each of the 65,536 code units was
        // about 2 ms of every process start (a sixth of the native tool's start-up).
        foreach (char traditional in TraditionalToSimplified.Keys)
        {
            if (FoldSpecial(traditional) != traditional)
            {
                bits[traditional >> 6] |= 1UL << traditional;
            }
        }

        return bits;
    }

    private static bool IsSpecial(ulong[] bits, char c) => (bits[c >> 6] & (1UL << c)) != 0;

    /// <summary>Spaces of every kind and zero-width characters: not part of the view.</summary>
    private static bool IsDropped(char c) => CharClasses.IsSpace(c) || c is >= '\u200B' and <= '\u200F' or '\u2060';

    private static Dictionary<char, char> BuildMap()
    {
        var map = new Dictionary<char, char>(Traditional.Length);
        for (int i = 0; i < Traditional.Length && i < Simplified.Length; i++)
        {
            map.TryAdd(Traditional[i], Simplified[i]);
        }

        return map;
    }

    /// <summary>
    /// Writes the normalized view of <paramref name="text"/> into <paramref name="destination"/>
    /// (at least as long as the text) and returns its length.
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> text, Span<char> destination)
    {
        int n = 0;
        int i = 0;
        while (true)
        {
            // Copy the run of characters that map to themselves in one go, then act on the special one after it.
            int run = IndexOfSpecial(text[i..]);
            if (run < 0)
            {
                text[i..].CopyTo(destination[n..]);
                return n + text.Length - i;
            }

            text.Slice(i, run).CopyTo(destination[n..]);
            n += run;
            i += run;
            if (!Skips(text, ref i))
            {
                destination[n++] = FoldSpecial(text[i]);
            }

            i++;
        }
    }

    /// <summary>
    /// The index of the first character of <paramref name="text"/> that <see cref="Normalize"/> does not copy as is,
    /// or -1: when it is -1, the view of <paramref name="text"/> is the text itself.
    /// </summary>
    public static int IndexOfSpecial(ReadOnlySpan<char> text)
    {
        var bits = SpecialBits;
        for (int i = 0; i < text.Length; i++)
        {
            if (IsSpecial(bits, text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The first character of the normalized view of <paramref name="text"/>, or -1 when the view is empty:
    /// what <see cref="Normalize"/> would write first, without writing the rest.
    /// </summary>
    public static int FirstCharacter(ReadOnlySpan<char> text)
    {
        var bits = SpecialBits;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (!IsSpecial(bits, c))
            {
                return c;
            }

            if (Skips(text, ref i))
            {
                continue;
            }

            return Fold(c);
        }

        return -1;
    }

    /// <summary>The normalized form of one character (width folded, traditional mapped).</summary>
    public static char Fold(char c) => IsSpecial(SpecialBits, c) ? FoldSpecial(c) : c;

    /// <summary>The fold of a character that may change: width, traditional form, dash variants.</summary>
    private static char FoldSpecial(char c)
    {
        char folded = FoldWidthOrDash(c);
        if (folded == c && c >= '\u4E00' && TraditionalToSimplified.TryGetValue(c, out char simplified))
        {
            return simplified;
        }

        return folded;
    }

    /// <summary>The fold of full-width ASCII forms and dash variants (no traditional character is either).</summary>
    private static char FoldWidthOrDash(char c)
    {
        if (c >= '\uFF01' && c <= '\uFF5E' && !IsKeptFullWidth(c))
        {
            return (char)(c - 0xFEE0);
        }

        return c switch
        {
            '―' or '─' or '━' or '–' => '—',
            _ => c,
        };
    }

    /// <summary>Full-width punctuation the profile writes full-width (：（）！，；): kept as is.</summary>
    private static bool IsKeptFullWidth(char c) => c is '：' or '（' or '）' or '！' or '，' or '；' or '？';

    /// <summary>
    /// True when the special character at <paramref name="i"/> is not part of the view: a space or zero-width
    /// character, or a literal escape (<c>&lt;U+00A0&gt;</c>, <c>&amp;nbsp;</c>), whose end <paramref name="i"/> is moved to.
    /// </summary>
    private static bool Skips(ReadOnlySpan<char> text, ref int i)
    {
        char c = text[i];
        if (IsDropped(c))
        {
            return true;
        }

        if (c == '<' && TrySkipEscape(text, i, out int escapeEnd))
        {
            i = escapeEnd - 1;
            return true;
        }

        if (c == '&' && text[i..].StartsWith("&nbsp;", StringComparison.OrdinalIgnoreCase))
        {
            i += 5;
            return true;
        }

        return false;
    }

    /// <summary>Skips a literal escape such as <c>&lt;U+00A0&gt;</c>.</summary>
    private static bool TrySkipEscape(ReadOnlySpan<char> text, int start, out int end)
    {
        end = start;
        var rest = text[start..];
        if (rest.Length >= 8 && (rest[1] == 'U' || rest[1] == 'u') && rest[2] == '+')
        {
            int close = rest.IndexOf('>');
            if (close is > 3 and <= 9)
            {
                end = start + close + 1;
                return true;
            }
        }

        return false;
    }
}
