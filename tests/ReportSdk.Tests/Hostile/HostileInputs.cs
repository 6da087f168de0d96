using System.Globalization;
using System.Text;

namespace ReportSdk.Tests.Hostile;

/// <summary>Builders of the hostile inputs, each at any size, so time can be compared at N and 2N.</summary>
internal static class HostileInputs
{
    /// <summary>The seed corpus with every line break replaced by a space, repeated: one line of <paramref name="chars"/> characters.</summary>
    public static string NoLineBreak(int chars)
    {
        var flat = new StringBuilder(HostileMeasure.Corpus);
        flat.Replace("\r\n", "  ").Replace('\n', ' ').Replace('\r', ' ').Replace('\u2028', ' ').Replace('\u2029', ' ').Replace('\u0085', ' ');
        return HostileMeasure.Repeat(flat.ToString(), chars);
    }

    /// <summary><paramref name="lines"/> lines of <c>一、</c>.</summary>
    public static string RepeatedMarkerLines(int lines) => HostileMeasure.Repeat("一、\n", lines * 3);

    /// <summary>
    /// <paramref name="lines"/> lines whose markers cycle through every style, deepest last
    /// (<c>一、</c> <c>第一，</c> <c>（一）</c> <c>1.</c> <c>（1）</c> <c>①</c>), with numbers that keep counting up,
    /// so a parser that nested by marker would nest as deep as there are lines.
    /// </summary>
    public static string AlternatingMarkers(int lines)
    {
        var sb = new StringBuilder(lines * 12);
        sb.Append("政府工作报告\n各位代表：\n一、2022年工作回顾\n");
        for (int i = 0; i < lines; i++)
        {
            int n = (i / 6 % 99) + 1;
            string cn = Chinese(n);
            sb.Append((i % 6) switch
            {
                0 => cn + "、",
                1 => "第" + cn + "，",
                2 => "（" + cn + "）",
                3 => n.ToString(CultureInfo.InvariantCulture) + ".",
                4 => "（" + n.ToString(CultureInfo.InvariantCulture) + "）",
                _ => char.ConvertFromUtf32(0x2460 + ((n - 1) % 20)),
            });
            sb.Append("推进工作。\n");
        }

        return sb.ToString();
    }

    /// <summary>A report body with <paramref name="references"/> note references (<c>[n]</c>, <c>&lt;sup&gt;n&lt;/sup&gt;</c>) and no definitions.</summary>
    public static string UndefinedNoteReferences(int references)
    {
        var sb = new StringBuilder(references * 16);
        sb.Append("政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、2022年工作回顾\n");
        for (int i = 0; i < references; i++)
        {
            string n = ((i % 500) + 1).ToString(CultureInfo.InvariantCulture);
            sb.Append("推进“改革”").Append(i % 2 == 0 ? "[" + n + "]" : "<sup>" + n + "</sup>").Append('，');
            if (i % 10 == 9)
            {
                sb.Append("全面推进。\n");
            }
        }

        sb.Append("\n各位代表！让我们团结一心，奋力谱写新篇章！\n");
        return sb.ToString();
    }

    /// <summary>A run of <c>&lt;sup&gt;</c> of <paramref name="chars"/> characters.</summary>
    public static string SupRun(int chars) => HostileMeasure.Repeat("<sup>", chars);

    /// <summary>The UTF-8 bytes of the corpus with invalid sequences (lone continuation bytes, truncated sequences, overlongs, 0xFF) sprinkled in.</summary>
    public static byte[] InvalidUtf8(int bytes, int seed = 1)
    {
        byte[] valid = Encoding.UTF8.GetBytes(HostileMeasure.Corpus);
        var result = new byte[bytes];
        var random = new Random(seed);
        byte[][] junk = [[0x80], [0xBF], [0xC0, 0xAF], [0xE4, 0xB8], [0xFF], [0xFE], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xED, 0xA0, 0x80]];
        int pos = 0;
        int src = 0;
        while (pos < bytes)
        {
            if (random.Next(200) == 0)
            {
                foreach (byte b in junk[random.Next(junk.Length)])
                {
                    if (pos < bytes)
                    {
                        result[pos++] = b;
                    }
                }
            }
            else
            {
                result[pos++] = valid[src];
                src = (src + 1) % valid.Length;
            }
        }

        return result;
    }

    /// <summary>The corpus as UTF-16 (little or big endian) without a byte order mark, cut to whole characters.</summary>
    public static byte[] Utf16WithoutBom(int bytes, bool bigEndian)
    {
        string text = HostileMeasure.Benign(bytes / 2);
        if (text.Length > 0 && char.IsHighSurrogate(text[^1]))
        {
            text = text[..^1] + "。";
        }

        return new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(text);
    }

    /// <summary>Random bytes, seeded.</summary>
    public static byte[] RandomBytes(int bytes, int seed = 42)
    {
        var result = new byte[bytes];
        new Random(seed).NextBytes(result);
        return result;
    }

    private static string Chinese(int n)
    {
        const string Digits = "零一二三四五六七八九";
        if (n < 10)
        {
            return Digits[n].ToString();
        }

        string tens = n / 10 == 1 ? string.Empty : Digits[n / 10].ToString();
        return tens + "十" + (n % 10 == 0 ? string.Empty : Digits[n % 10].ToString());
    }
}
