namespace ReportSdk.Semantics.Quantities;

/// <summary>
/// A profile's list of words (with what each stands for), indexed by first character: <see cref="Match"/> finds the
/// first word of the list, in list order, that a text starts with, comparing only the words that open with the text's
/// first character. The scanner asks after every number which unit, magnitude or qualifier follows; a loop over a list
/// of sixty units compared every one of them. Built once per list, immutable, thread-safe.
/// </summary>
internal sealed class LeadingWordTable<TValue>
{
    private readonly Dictionary<char, (string Word, TValue Value)[]> _byFirst;

    public LeadingWordTable(IEnumerable<(string Word, TValue Value)> entries)
    {
        // Grouping keeps the list's order inside each group, so "longest first" lists keep their precedence.
        _byFirst = entries.Where(e => e.Word.Length > 0).GroupBy(e => e.Word[0]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The first entry of the list whose word <paramref name="text"/> starts with; false when none.</summary>
    public bool Match(ReadOnlySpan<char> text, out string word, out TValue value)
    {
        if (!text.IsEmpty && _byFirst.TryGetValue(text[0], out var candidates))
        {
            foreach (var entry in candidates)
            {
                if (text.StartsWith(entry.Word, StringComparison.Ordinal))
                {
                    (word, value) = entry;
                    return true;
                }
            }
        }

        word = string.Empty;
        value = default!;
        return false;
    }
}
