using System.Text;

namespace ReportSdk.Tests.Properties;

/// <summary>
/// Mutates windows of the seed reports: deletions, insertions of markers and note marks, truncations,
/// duplicated and shuffled lines, CRLF and CR-only line ends, random code points, lone surrogates and NUL.
/// </summary>
internal static class SeedMutator
{
    private static readonly Lazy<string[]> s_seeds = new(() => TestPaths.SeedFiles.Select(File.ReadAllText).ToArray());

    public static IReadOnlyList<string> Seeds => s_seeds.Value;

    /// <summary>
    /// A mutant: a window of a random seed (mostly a few hundred characters, now and then a whole seed),
    /// with one to eight mutations applied. <paramref name="describe"/> receives a short description.
    /// </summary>
    public static string Mutant(PropertyRandom r, out string describe)
    {
        var seeds = Seeds;
        int seedIndex = r.Next(seeds.Count);
        string seed = seeds[seedIndex];
        string text;
        if (r.Chance(0.01))
        {
            text = seed;
        }
        else
        {
            int length = Math.Min(seed.Length, r.SkewedSize(40, 6000));
            int start = r.Next(seed.Length - length + 1);
            if (r.Chance(0.5))
            {
                // Align the window to a line start, as a truncated file would be.
                int lineStart = seed.LastIndexOf('\n', Math.Max(0, start - 1));
                start = lineStart < 0 || r.Chance(0.2) ? 0 : lineStart + 1;
                length = Math.Min(length, seed.Length - start);
            }

            text = seed.Substring(start, length);
        }

        var log = new StringBuilder($"seed {seedIndex} window {text.Length}:");
        int mutations = r.Next(1, 9);
        for (int i = 0; i < mutations; i++)
        {
            text = MutateOnce(r, text, log);
        }

        describe = log.ToString();
        return text;
    }

    public static string MutateOnce(PropertyRandom r, string text, StringBuilder log)
    {
        int kind = r.Next(17);
        int pos = r.Next(text.Length + 1);
        switch (kind)
        {
            case 0:
            {
                int len = Math.Min(text.Length - pos, r.SkewedSize(1, 400));
                log.Append(" delete");
                return text.Remove(pos, len);
            }

            case 1:
                log.Append(" marker");
                return text.Insert(AtLineStart(r, text, pos), ReportTextGenerator.Marker(r));
            case 2:
                log.Append(" note-mark");
                return text.Insert(pos, ReportTextGenerator.NoteMark(r));
            case 3:
                log.Append(" truncate");
                return text[..pos];
            case 4:
                log.Append(" dup-lines");
                return DuplicateLines(r, text);
            case 5:
                log.Append(" shuffle-lines");
                return ShuffleLines(r, text);
            case 6:
                log.Append(" crlf");
                return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
            case 7:
                log.Append(" cr-only");
                return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\n', '\r');
            case 8:
                log.Append(" code-point");
                return text.Insert(pos, RandomCodePoint(r));
            case 9:
                log.Append(" lone-surrogate");
                return text.Insert(pos, ((char)(r.Chance(0.5) ? r.Next(0xD800, 0xDC00) : r.Next(0xDC00, 0xE000))).ToString());
            case 10:
                log.Append(" nul");
                return text.Insert(pos, r.Chance(0.8) ? "\0" : new string('\0', r.Next(1, 40)));
            case 11:
                log.Append(" line");
                return text.Insert(AtLineStart(r, text, pos), ReportTextGenerator.Line(r) + r.Pick(["\n", "\r\n", "\r", ""]));
            case 12:
            {
                log.Append(" replace-char");
                if (pos >= text.Length)
                {
                    return text;
                }

                return string.Concat(text.AsSpan(0, pos), RandomCodePoint(r), text.AsSpan(pos + 1));
            }

            case 13:
                log.Append(" mixed-breaks");
                return MixLineBreaks(r, text);
            case 14:
                log.Append(" split-surrogate");
                return SplitAPair(r, text);
            case 15:
                log.Append(" width-swap");
                return SwapWidth(r, text);
            default:
            {
                log.Append(" move-block");
                int len = Math.Min(text.Length - pos, r.SkewedSize(1, 2000));
                string block = text.Substring(pos, len);
                string rest = text.Remove(pos, len);
                return rest.Insert(r.Next(rest.Length + 1), block);
            }
        }
    }

    private static int AtLineStart(PropertyRandom r, string text, int pos)
    {
        if (r.Chance(0.3))
        {
            return pos;
        }

        int lineStart = pos == 0 ? -1 : text.LastIndexOfAny(['\n', '\r'], pos - 1);
        return lineStart + 1;
    }

    private static string RandomCodePoint(PropertyRandom r)
    {
        int cp = r.Next(8) switch
        {
            0 => r.Next(0, 0x20),
            1 => r.Next(0x80, 0xA0),
            2 => r.Pick(new[] { 0x2028, 0x2029, 0x85, 0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF, 0x200B, 0x3000, 0xA0, 0x0D, 0x0A }),
            3 => r.Next(0x10000, 0x110000),
            4 => r.Next(0x2460, 0x24FF), // circled and parenthesized numbers
            5 => r.Next(0xFF00, 0xFF65), // full-width forms
            _ => r.Next(0x20, 0xD800),
        };
        if (cp is >= 0xD800 and < 0xE000)
        {
            cp = 0xFFFD;
        }

        return char.ConvertFromUtf32(cp);
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                lines.Add(text.Substring(start, i + 1 - start));
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    private static string DuplicateLines(PropertyRandom r, string text)
    {
        var lines = SplitLines(text);
        if (lines.Count == 0)
        {
            return text;
        }

        int start = r.Next(lines.Count);
        int count = Math.Min(lines.Count - start, r.SkewedSize(1, 30));
        int times = r.SkewedSize(1, 20);
        var block = lines.GetRange(start, count);
        for (int i = 0; i < times; i++)
        {
            lines.InsertRange(start + count, block);
        }

        return string.Concat(lines);
    }

    private static string ShuffleLines(PropertyRandom r, string text)
    {
        var lines = SplitLines(text);
        int start = r.Next(lines.Count);
        int count = Math.Min(lines.Count - start, r.SkewedSize(2, 60));
        for (int i = start + count - 1; i > start; i--)
        {
            int j = r.Next(start, i + 1);
            (lines[i], lines[j]) = (lines[j], lines[i]);
        }

        return string.Concat(lines);
    }

    private static string MixLineBreaks(PropertyRandom r, string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            if (c == '\n')
            {
                sb.Append(r.Pick(["\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085", "\n\r", "\r\r\n"]));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static string SplitAPair(PropertyRandom r, string text)
    {
        // Insert text between a character and the next one, or drop half of an astral character when there is one.
        int pos = r.Next(text.Length + 1);
        for (int i = pos; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                return text.Remove(r.Chance(0.5) ? i : i + 1, 1);
            }
        }

        string astral = char.ConvertFromUtf32(r.Next(0x10000, 0x110000));
        return text.Insert(pos, astral[..1]);
    }

    private static string SwapWidth(PropertyRandom r, string text)
    {
        var chars = text.ToCharArray();
        int start = r.Next(chars.Length + 1);
        int end = Math.Min(chars.Length, start + r.SkewedSize(1, 500));
        for (int i = start; i < end; i++)
        {
            char c = chars[i];
            chars[i] = c switch
            {
                >= '!' and <= '~' => (char)(c - '!' + '！'),
                >= '！' and <= '～' => (char)(c - '！' + '!'),
                ' ' => '\u3000',
                '\u3000' => ' ',
                _ => c,
            };
        }

        return new string(chars);
    }
}
