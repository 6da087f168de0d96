namespace ReportSdk.Parsing;

/// <summary>
/// Finds whether a text contains any of a fixed set of phrases: a bitmap of the phrases' first characters
/// skips every position no phrase can start at, and only the phrases that start with that character are
/// compared. Built once per phrase list; with <c>ignoreAsciiCase</c>, the phrases holding ASCII letters compare
/// without case (the others ordinally). Faster on short CJK lines than a case-insensitive
/// <see cref="System.Buffers.SearchValues{T}"/> of strings, which matches character by character.
/// </summary>
internal sealed class PhraseMatcher
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string[], PhraseMatcher> OrdinalMatchers =
        new(ReferenceEqualityComparer.Instance);

    private readonly ulong[] _firstCharacters = new ulong[65536 / 64];
    private readonly Dictionary<char, (string Phrase, StringComparison Comparison)[]> _byFirst;

    /// <summary>The ordinal matcher of a phrase list of the genre profile, built on first use and kept.</summary>
    public static PhraseMatcher Ordinal(string[] phrases) => OrdinalMatchers.GetOrAdd(phrases, p => new PhraseMatcher(p, ignoreAsciiCase: false));

    public PhraseMatcher(IEnumerable<string> phrases, bool ignoreAsciiCase = true)
    {
        var groups = new Dictionary<char, List<(string, StringComparison)>>();
        foreach (var phrase in phrases)
        {
            if (phrase.Length == 0)
            {
                continue;
            }

            bool foldCase = ignoreAsciiCase && phrase.Any(char.IsAsciiLetter);
            var comparison = foldCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            foreach (char first in foldCase ? Cases(phrase[0]) : [phrase[0]])
            {
                _firstCharacters[first >> 6] |= 1UL << (first & 63);
                if (!groups.TryGetValue(first, out var list))
                {
                    groups[first] = list = [];
                }

                list.Add((phrase, comparison));
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

            foreach (var (phrase, comparison) in _byFirst[c])
            {
                if (text[i..].StartsWith(phrase, comparison))
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
