using System.Diagnostics;
using System.Text;

namespace ReportSdk.Tests.Properties;

/// <summary>
/// Shrinks a failing input while the failure persists: first by deleting lines (chunks of halving size,
/// as in delta debugging), then characters the same way. Bounded by a number of attempts and a time budget.
/// </summary>
internal static class Minimizer
{
    public static string Minimize(string input, Func<string, bool> stillFails, int maxAttempts = 20_000, double maxSeconds = 60)
    {
        var clock = Stopwatch.StartNew();
        int attempts = 0;
        bool Budget() => attempts < maxAttempts && clock.Elapsed.TotalSeconds < maxSeconds;

        bool Try(string candidate)
        {
            attempts++;
            try
            {
                return stillFails(candidate);
            }
            catch
            {
                return false;
            }
        }

        var units = SplitKeepingBreaks(input);
        units = Shrink(units, Try, Budget);
        var chars = string.Concat(units).Select(c => c.ToString()).ToList();
        chars = Shrink(chars, Try, Budget);
        return string.Concat(chars);
    }

    private static List<string> Shrink(List<string> units, Func<string, bool> fails, Func<bool> budget)
    {
        int chunk = Math.Max(1, units.Count / 2);
        while (chunk >= 1 && budget())
        {
            bool removedAny = false;
            for (int start = 0; start < units.Count && budget();)
            {
                int count = Math.Min(chunk, units.Count - start);
                var candidate = new List<string>(units.Count - count);
                candidate.AddRange(units.Take(start));
                candidate.AddRange(units.Skip(start + count));
                if (fails(string.Concat(candidate)))
                {
                    units = candidate;
                    removedAny = true;
                }
                else
                {
                    start += count;
                }
            }

            if (!removedAny)
            {
                chunk /= 2;
            }
            else
            {
                chunk = Math.Min(chunk, Math.Max(1, units.Count / 2));
            }
        }

        return units;
    }

    private static List<string> SplitKeepingBreaks(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool crlf = c == '\r' && i + 1 < text.Length && text[i + 1] == '\n';
            if (crlf || c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
            {
                int end = crlf ? i + 2 : i + 1;
                lines.Add(text[start..end]);
                start = end;
                i = end - 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    /// <summary>The input as a C# string literal with every non-printable or non-ASCII-safe character escaped, for a failure message.</summary>
    public static string ToLiteral(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\0': sb.Append("\\0"); break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u0085' or '\u2028' or '\u2029' or '\u00A0' or '\u3000' or '\uFEFF' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }
}
