namespace ReportSdk.Semantics;

/// <summary>
/// Ordinal searches over spans that the meaning layer's readers share: the next occurrence from a position, and whether a
/// text holds any word of a profile list (<see cref="Parsing.GenreLexicon"/> has the starts-with and ends-with forms).
/// </summary>
internal static class TextSearch
{
    /// <summary>The first <paramref name="value"/> in <paramref name="text"/> at or after <paramref name="from"/>, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<char> text, string value, int from)
    {
        int at = text[from..].IndexOf(value, StringComparison.Ordinal);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>The first <paramref name="value"/> in <paramref name="text"/> at or after <paramref name="from"/>, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<char> text, char value, int from)
    {
        int at = text[from..].IndexOf(value);
        return at < 0 ? -1 : from + at;
    }

    /// <summary>Whether <paramref name="text"/> holds one of <paramref name="words"/>.</summary>
    public static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (string word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
