namespace ReportSdk.Parsing;

/// <summary>
/// Finds whether a text contains any of a fixed set of phrases: a bitmap of the phrases' first characters
/// skips every position no phrase can start at, and only the phrases that start with that character are
/// compared. Built once per phrase list; ASCII letters compare without case. Faster on short CJK lines than a
/// case-insensitive <see cref="System.Buffers.SearchValues{T}"/> of strings, which matches character by character.
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly ulong[] _firstCharacters = new ulong[65536 / 64];
    private readonly Dictionary<char, string[]> _byFirst;

    public PhraseMatcher(IEnumerable<string> phrases)
    {
        var groups = new Dictionary<char, List<string>>();
        foreach (var phrase in phrases)
        {
            if (phrase.Length == 0)
            {
                continue;
            }

            foreach (char first in Cases(phrase[0]))
            {
                _firstCharacters[first >> 6] |= 1UL << (first & 63);
                if (!groups.TryGetValue(first, out var list))
                {
                    groups[first] = list = [];
                }

                list.Add(phrase);
            }
        }

        _byFirst = groups.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>True when <paramref name="text"/> contains one of the phrases.</summary>
    public bool ContainsAny(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if ((_firstCharacters[c >> 6] & (1UL << (c & 63))) == 0)
            {
                continue;
            }

            foreach (var phrase in _byFirst[c])
            {
                if (text[i..].StartsWith(phrase, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static IEnumerable<char> Cases(char c) =>
        char.IsAsciiLetter(c) ? [char.ToLowerInvariant(c), char.ToUpperInvariant(c)] : [c];
}
