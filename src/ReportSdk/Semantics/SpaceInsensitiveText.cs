using System.Buffers;
using ReportSdk.Text;

namespace ReportSdk.Semantics;

/// <summary>
/// Compares a footnote's term with the body while ignoring inline spaces: text taken from PDFs carries spaces
/// between Chinese characters (<c>"3+2" 主导产业</c> in the body, <c>"3+2"主导产业</c> in the note). Both sides are
/// compared without their spaces; a match's span is where it stands in the body, spaces inside it included.
/// </summary>
internal static class SpaceInsensitiveText
{
    /// <summary>
    /// The longest run of spaces a match may hold between two of its characters: a layout gap is one or two spaces,
    /// a longer run separates phrases. The bound also keeps a match local to its place in the text.
    /// </summary>
    public const int MaxSpaceRun = 3;

    private static readonly SearchValues<char> s_spaces = SearchValues.Create(" \t\u3000\u00A0");

    /// <summary>Whether <paramref name="c"/> is a space inside a line (never a line break).</summary>
    public static bool IsInlineSpace(char c) => s_spaces.Contains(c);

    /// <summary>Whether <paramref name="text"/> holds an inline space.</summary>
    public static bool HasInlineSpace(ReadOnlySpan<char> text) => text.ContainsAny(s_spaces);

    /// <summary><paramref name="text"/> without its inline spaces (the same instance when it has none).</summary>
    public static string WithoutSpaces(string text)
    {
        if (!HasInlineSpace(text))
        {
            return text;
        }

        return string.Create(text.Length - CountSpaces(text), text, static (buffer, source) =>
        {
            int n = 0;
            foreach (char c in source)
            {
                if (!IsInlineSpace(c))
                {
                    buffer[n++] = c;
                }
            }
        });
    }

    /// <summary>
    /// Copies <paramref name="text"/> into <paramref name="buffer"/> without its inline spaces and returns how many
    /// characters were written, or -1 when they do not fit.
    /// </summary>
    public static int CopyWithoutSpaces(ReadOnlySpan<char> text, Span<char> buffer)
    {
        int n = 0;
        foreach (char c in text)
        {
            if (IsInlineSpace(c))
            {
                continue;
            }

            if (n == buffer.Length)
            {
                return -1;
            }

            buffer[n++] = c;
        }

        return n;
    }

    /// <summary>
    /// The length of the match of <paramref name="pattern"/> (a text without spaces) at <paramref name="start"/> of
    /// <paramref name="text"/>, with runs of at most <see cref="MaxSpaceRun"/> inline spaces between its characters;
    /// -1 when it does not stand there. The match begins and ends with a character of the pattern.
    /// </summary>
    public static int MatchLength(ReadOnlySpan<char> text, int start, ReadOnlySpan<char> pattern)
    {
        if (pattern.IsEmpty || start >= text.Length || text[start] != pattern[0])
        {
            return -1;
        }

        int at = start + 1;
        for (int p = 1; p < pattern.Length; p++)
        {
            int run = 0;
            while (at < text.Length && IsInlineSpace(text[at]) && run <= MaxSpaceRun)
            {
                at++;
                run++;
            }

            if (run > MaxSpaceRun || at >= text.Length || text[at] != pattern[p])
            {
                return -1;
            }

            at++;
        }

        return at - start;
    }

    /// <summary>
    /// The spans where <paramref name="pattern"/> (a text without spaces) stands within <paramref name="within"/> of
    /// <paramref name="text"/>, spaces ignored, from left to right without overlaps; a span inside one of the sorted,
    /// non-nested <paramref name="excluded"/> spans is left out, and a place <paramref name="accept"/> refuses (given the
    /// text and the match's start) is no match.
    /// </summary>
    public static List<TextSpan> FindAll(
        ReadOnlySpan<char> text, TextSpan within, IReadOnlyList<TextSpan> excluded, string pattern, Func<ReadOnlySpan<char>, int, bool>? accept = null)
    {
        var spans = new List<TextSpan>();
        if (pattern.Length == 0)
        {
            return spans;
        }

        var searched = text[..within.End];
        int from = within.Start;
        while (from < searched.Length)
        {
            int hit = searched[from..].IndexOf(pattern[0]);
            if (hit < 0)
            {
                break;
            }

            int start = from + hit;
            int length = MatchLength(searched, start, pattern);
            if (length < 0 || (accept is not null && !accept(text, start)))
            {
                from = start + 1;
                continue;
            }

            // A match inside an excluded span (a note itself) is passed over whole, as by IndexOf in a loop.
            var span = new TextSpan(start, length);
            if (!QuotedTermScanner.IsExcluded(excluded, span))
            {
                spans.Add(span);
            }

            from = span.End;
        }

        return spans;
    }

    private static int CountSpaces(string text)
    {
        int count = 0;
        foreach (char c in text)
        {
            if (IsInlineSpace(c))
            {
                count++;
            }
        }

        return count;
    }
}
