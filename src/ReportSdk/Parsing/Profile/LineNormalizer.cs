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
            if (c is '<' or '&' || IsDropped((char)c) || FoldWidthAndDash((char)c) != c)
            {
                bits[c >> 6] |= 1UL << c;
            }
        }

        foreach (char c in TraditionalCharacters.Traditional)
        {
            bits[c >> 6] |= 1UL << c;
        }

        return bits;
    }

    private static bool IsSpecial(ulong[] bits, char c) => (bits[c >> 6] & (1UL << c)) != 0;

    /// <summary>Spaces of every kind and zero-width characters: not part of the view.</summary>
    private static bool IsDropped(char c) => CharClasses.IsSpace(c) || c is >= '\u200B' and <= '\u200F' or '\u2060';

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
        char folded = FoldWidthAndDash(c);
        return folded == c && c >= '\u4E00' ? TraditionalCharacters.ToSimplified(c) : folded;
    }

    /// <summary>The width and dash folds: full-width ASCII forms to ASCII, dash variants to <c>—</c>.</summary>
    private static char FoldWidthAndDash(char c)
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
