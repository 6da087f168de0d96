namespace ReportSdk.Semantics.Quantities;

/// <summary>Reads numbers written in Chinese numerals (三千亿, 一点二, 二〇二六, 百分之五点五) and in Arabic or full-width digits.</summary>
internal static class ChineseNumerals
{
    private const string Digits = "〇零一二两三四五六七八九";
    private const string Units = "十百千万亿";

    /// <summary>The value of a Chinese digit character (〇 零 一 … 九, 两, and the letter-like Ｏ used for 〇), or -1.</summary>
    public static int DigitValue(char c) =>
        c == 'Ｏ' ? 0 : Parsing.CharClasses.ChineseNumeralValue(c) is var value and >= 0 and <= 9 ? value : -1;

    /// <summary>True for a character that may appear inside a Chinese numeral.</summary>
    public static bool IsNumeralChar(char c) => Digits.Contains(c) || Units.Contains(c);

    /// <summary>True for a character that can open a Chinese quantity (a digit or 十, not 百/千/万/亿 alone).</summary>
    public static bool CanOpen(char c) => (Digits.Contains(c) && c != '零' && c != '〇') || c == '十';

    /// <summary>Every character for which <see cref="CanOpen"/> is true.</summary>
    public static string Openers { get; } = new([.. Digits.Where(CanOpen), '十']);

    /// <summary>The value of an ASCII or full-width digit, or -1.</summary>
    public static int ArabicValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '０' and <= '９' => c - '０',
        _ => -1,
    };

    /// <summary>
    /// Reads the longest Chinese numeral at the start of <paramref name="text"/> (with 点 for a decimal point).
    /// Returns the number of characters read, 0 when there is none.
    /// </summary>
    public static int TryRead(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        int end = 0;
        while (end < text.Length)
        {
            char c = text[end];
            if (IsNumeralChar(c))
            {
                end++;
            }
            else if (c == '点' && end > 0 && end + 1 < text.Length && DigitValue(text[end + 1]) >= 0)
            {
                end++;
            }
            else
            {
                break;
            }
        }

        if (end == 0)
        {
            return 0;
        }

        return TryEvaluate(text[..end], out value) ? end : 0;
    }

    /// <summary>Evaluates a whole Chinese numeral: 三千亿 = 3×10¹¹, 一点二万亿 = 1.2×10¹², 二〇二六 = 2026, 十五 = 15.</summary>
    public static bool TryEvaluate(ReadOnlySpan<char> numeral, out decimal value)
    {
        value = 0;
        if (numeral.IsEmpty)
        {
            return false;
        }

        foreach (var (mark, factor) in (ReadOnlySpan<(char, decimal)>)[('亿', 100_000_000m), ('万', 10_000m)])
        {
            int at = numeral.LastIndexOf(mark);
            if (at >= 0)
            {
                decimal left = 1;
                if (at > 0 && !TryEvaluate(numeral[..at], out left))
                {
                    return false;
                }

                decimal right = 0;
                if (at + 1 < numeral.Length && !TryEvaluate(numeral[(at + 1)..], out right))
                {
                    return false;
                }

                value = left * factor + right;
                return true;
            }
        }

        int point = numeral.IndexOf('点');
        if (point >= 0)
        {
            if (!TryEvaluate(numeral[..point], out decimal whole))
            {
                return false;
            }

            decimal scale = 0.1m, fraction = 0;
            foreach (char c in numeral[(point + 1)..])
            {
                int d = DigitValue(c);
                if (d < 0)
                {
                    return false;
                }

                fraction += d * scale;
                scale /= 10;
            }

            value = whole + fraction;
            return true;
        }

        return TryEvaluateSmall(numeral, out value);
    }

    /// <summary>A numeral below 万: 三千二百五十, 一百零五, 二十, 十五, or digit by digit (二〇二六).</summary>
    private static bool TryEvaluateSmall(ReadOnlySpan<char> numeral, out decimal value)
    {
        value = 0;
        if (numeral.IndexOfAny("十百千") < 0)
        {
            foreach (char c in numeral)
            {
                int d = DigitValue(c);
                if (d < 0)
                {
                    return false;
                }

                value = value * 10 + d;
            }

            return true;
        }

        int pending = -1;
        foreach (char c in numeral)
        {
            int d = DigitValue(c);
            if (d >= 0)
            {
                pending = d;
                continue;
            }

            int unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit == 0)
            {
                return false;
            }

            value += (pending < 0 ? 1 : pending) * unit;
            pending = -1;
        }

        if (pending > 0)
        {
            value += pending;
        }

        return true;
    }

    /// <summary>
    /// Reads an Arabic number (ASCII or full-width digits, thousands commas, a decimal point followed by
    /// spaces as in <c>24. 39</c>). Returns the number of characters read, 0 when there is none.
    /// </summary>
    public static int TryReadArabic(ReadOnlySpan<char> text, out decimal value, bool fullWidthThousands = false)
    {
        value = 0;
        int i = 0;
        // Digits since the start or the last group separator: a full-width comma separates thousands (in a text that prints
        // numbers so, see QuantityScanner.UsesFullWidthThousands) only after a group of one to three digits (34，250万吨 of an
        // older report), not after a longer number ending a clause.
        int group = 0;
        while (i < text.Length)
        {
            int d = ArabicValue(text[i]);
            if (d >= 0)
            {
                value = value * 10 + d;
                i++;
                group++;
            }
            else if ((text[i] == ',' || (fullWidthThousands && text[i] == FullWidthComma && group <= 3)) && i > 0 && IsThreeDigits(text[(i + 1)..]))
            {
                i++;
                group = 0;
            }
            else
            {
                break;
            }
        }

        if (i == 0)
        {
            return 0;
        }

        if (i < text.Length && (text[i] == '.' || text[i] == '．'))
        {
            int j = i + 1;
            while (j < text.Length && text[j] == ' ')
            {
                j++;
            }

            if (j < text.Length && ArabicValue(text[j]) >= 0)
            {
                decimal scale = 0.1m;
                while (j < text.Length && ArabicValue(text[j]) is var d and >= 0)
                {
                    value += d * scale;
                    scale /= 10;
                    j++;
                }

                i = j;
            }
        }

        return i;
    }

    /// <summary>The full-width comma, a thousands separator in some older reports (1，484万辆).</summary>
    public const char FullWidthComma = '，';

    /// <summary>Exactly three digits, then no digit: a group after a thousands separator.</summary>
    private static bool IsThreeDigits(ReadOnlySpan<char> rest) =>
        rest.Length >= 3 && ArabicValue(rest[0]) >= 0 && ArabicValue(rest[1]) >= 0 && ArabicValue(rest[2]) >= 0 &&
        (rest.Length == 3 || ArabicValue(rest[3]) < 0);

    /// <summary>Reads an Arabic or a Chinese numeral, whichever starts the text.</summary>
    public static int TryReadAny(ReadOnlySpan<char> text, out decimal value, out bool chinese, bool fullWidthThousands = false)
    {
        chinese = false;
        int n = TryReadArabic(text, out value, fullWidthThousands);
        if (n > 0)
        {
            return n;
        }

        chinese = true;
        return text.Length > 0 && (CanOpen(text[0]) || text[0] == '〇' || text[0] == '零') ? TryRead(text, out value) : 0;
    }
}
