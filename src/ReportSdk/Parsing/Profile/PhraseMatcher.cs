namespace ReportSdk.Parsing;

/// <summary>
/// Finds whether a text contains any of a fixed set of phrases: a bitmap of the phrases' first characters
/// skips every position no phrase can start at, and only the phrases that start with that character are
/// compared. Built once per phrase list; with <c>ignoreAsciiCase</c>, the phrases holding ASCII letters compare
/// without case (the others ordinally). Faster on short CJK lines than a case-insensitive
/// <see cref="System.Buffers.SearchValues{T}"/> of strings, which matches character by character, and than a
/// substring search per phrase, which passes over the text once per phrase.
/// </summary>
internal sealed class PhraseMatcher
{
    /// <summary>Phrases a matcher can tell apart (<see cref="CountDistinct"/> and <see cref="FindAll"/> keep one bit per phrase).</summary>
    public const int MaxCountedPhrases = 64;

    private readonly ulong[] _firstCharacters = new ulong[65536 / 64];

    /// <summary>
    /// A hashed bitmap of the phrases' first two characters (<see cref="PairSlot"/>), tested after the first-character
    /// bitmap: common Han characters open phrases (本, 中, 国), and most of their occurrences in running text are followed
    /// by a character no phrase continues with, which this refuses without a dictionary lookup or a comparison.
    /// </summary>
    private readonly ulong[] _firstPairs = new ulong[PairSlots / 64];

    /// <summary>The phrases of one character (few lists have any): they match wherever their character stands.</summary>
    private readonly string _singleCharacterPhrases;

    /// <summary>Bits of <see cref="_firstPairs"/>: 4 KB per matcher, few enough false positives for the short phrase lists.</summary>
    private const int PairSlots = 1 << 15;
    private readonly Dictionary<char, Entry[]> _byFirst;
    private readonly int _phraseCount;
    private readonly Dictionary<string, int> _ids;

    /// <summary>A matcher that compares every phrase ordinally (the genre's and the meaning layer's Chinese word lists).</summary>
    public static PhraseMatcher Ordinal(IEnumerable<string> phrases) => new(phrases, ignoreAsciiCase: false);

    public PhraseMatcher(IEnumerable<string> phrases, bool ignoreAsciiCase = true)
    {
        var groups = new Dictionary<char, List<Entry>>();
        var singles = new HashSet<char>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            if (phrase.Length == 0)
            {
                continue;
            }

            if (!ids.TryGetValue(phrase, out int id))
            {
                ids[phrase] = id = ids.Count;
            }

            bool foldCase = ignoreAsciiCase && phrase.Any(char.IsAsciiLetter);
            var comparison = foldCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            foreach (char first in foldCase ? Cases(phrase[0]) : [phrase[0]])
            {
                _firstCharacters[first >> 6] |= 1UL << (first & 63);
                if (phrase.Length == 1)
                {
                    singles.Add(first);
                }
                else
                {
                    foreach (char second in foldCase ? Cases(phrase[1]) : [phrase[1]])
                    {
                        int slot = PairSlot(first, second);
                        _firstPairs[slot >> 6] |= 1UL << (slot & 63);
                    }
                }

                if (!groups.TryGetValue(first, out var list))
                {
                    groups[first] = list = [];
                }

                list.Add(new Entry(phrase, comparison, id));
            }
        }

        _singleCharacterPhrases = new string([.. singles]);
        _phraseCount = ids.Count;
        _ids = ids;
        _byFirst = groups.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>True when <paramref name="text"/> contains one of the phrases.</summary>
    public bool ContainsAny(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if ((_firstCharacters[c >> 6] & (1UL << (c & 63))) == 0 || !MayStartAt(text, i, c))
            {
                continue;
            }

            foreach (var entry in _byFirst[c])
            {
                if (text[i..].StartsWith(entry.Phrase, entry.Comparison))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// How many different phrases <paramref name="text"/> contains, counted up to <paramref name="enough"/> (the search
    /// stops there), in one pass over the text.
    /// </summary>
    public int CountDistinct(ReadOnlySpan<char> text, int enough) => System.Numerics.BitOperations.PopCount(Find(text, enough));

    /// <summary>
    /// The phrases <paramref name="text"/> contains, in one pass: bit <c>i</c> is set when the phrase of id <c>i</c>
    /// (<see cref="IdOf"/>) occurs.
    /// </summary>
    public ulong FindAll(ReadOnlySpan<char> text) => Find(text, int.MaxValue);

    /// <summary>The id of <paramref name="phrase"/>: its place among the matcher's distinct phrases, in the order given.</summary>
    public int IdOf(string phrase) => _ids[phrase];

    /// <summary>How many distinct phrases the matcher holds.</summary>
    public int PhraseCount => _phraseCount;

    /// <summary>The phrases found in <paramref name="text"/> as bits by id, the search stopping once <paramref name="enough"/> are found.</summary>
    private ulong Find(ReadOnlySpan<char> text, int enough)
    {
        if (_phraseCount > MaxCountedPhrases)
        {
            throw new InvalidOperationException($"A matcher tells at most {MaxCountedPhrases} phrases apart.");
        }

        ulong found = 0;
        int count = 0;
        for (int i = 0; i < text.Length && count < enough; i++)
        {
            char c = text[i];
            if ((_firstCharacters[c >> 6] & (1UL << (c & 63))) == 0 || !MayStartAt(text, i, c))
            {
                continue;
            }

            foreach (var entry in _byFirst[c])
            {
                ulong bit = 1UL << entry.Id;
                if ((found & bit) == 0 && text[i..].StartsWith(entry.Phrase, entry.Comparison))
                {
                    found |= bit;
                    count++;
                }
            }
        }

        return found;
    }

    /// <summary>After a first-character hit: false when no phrase can start at <paramref name="i"/>, by the pair bitmap.</summary>
    private bool MayStartAt(ReadOnlySpan<char> text, int i, char c)
    {
        if (i + 1 < text.Length)
        {
            int slot = PairSlot(c, text[i + 1]);
            if ((_firstPairs[slot >> 6] & (1UL << (slot & 63))) != 0)
            {
                return true;
            }
        }

        return _singleCharacterPhrases.Length > 0 && _singleCharacterPhrases.Contains(c);
    }

    private static int PairSlot(char first, char second) => (int)(((uint)first * 0x9E3779B1u ^ second) & (PairSlots - 1));

    /// <summary>
    /// The characters equal to <paramref name="c"/> without case, as the bitmaps must admit them: its invariant lower and
    /// upper case (full-width letters too, which <see cref="StringComparison.OrdinalIgnoreCase"/> also folds).
    /// </summary>
    private static IEnumerable<char> Cases(char c) => new[] { c, char.ToLowerInvariant(c), char.ToUpperInvariant(c) }.Distinct();

    private readonly record struct Entry(string Phrase, StringComparison Comparison, int Id);
}
