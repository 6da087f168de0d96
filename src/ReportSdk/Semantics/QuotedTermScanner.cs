using System.Runtime.InteropServices;
using ReportSdk.Text;

namespace ReportSdk.Semantics;

/// <summary>
/// Finds where footnote terms stand in quotation marks (<c>“三新一高”</c>) in one pass over a report's text: every
/// opening quotation mark looks ahead at most as far as the longest term for closing marks, and the text between is
/// looked up in a dictionary of the terms. The cost is linear in the text, whatever the number of terms (terms are
/// short: <see cref="FootnoteBinder.GetTerm"/> takes at most the 48 characters before a colon). Inline spaces do not
/// count: <c>“三新 一高”</c> is the term 三新一高 (runs of at most <see cref="SpaceInsensitiveText.MaxSpaceRun"/> spaces).
/// </summary>
/// <remarks>
/// The result is the one of searching <c>open + term + close</c>, spaces ignored, for each term and each kind of quotation mark from
/// left to right without overlaps (what <see cref="string.IndexOf(string, int, int, StringComparison)"/> in a loop
/// finds): per term, the spans of the first kind of quotation mark, then those of the next kind, each in text order.
/// </remarks>
internal sealed class QuotedTermScanner
{
    /// <summary>The pairs of quotation marks a term may stand in, in the order their spans are reported.</summary>
    public static readonly IReadOnlyList<(char Open, char Close)> Quotes = [('“', '”'), ('"', '"'), ('‘', '’'), ('「', '」'), ('『', '』')];

    private readonly Dictionary<string, int> _termIndex = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private int _maxTermLength;

    /// <summary>
    /// Adds a term to look for; returns its index (the same for a term added twice, or written with other spaces:
    /// terms and the quoted text are compared without their inline spaces, see <see cref="SpaceInsensitiveText"/>).
    /// </summary>
    public int Add(string term)
    {
        term = SpaceInsensitiveText.WithoutSpaces(term);
        ref int index = ref CollectionsMarshal.GetValueRefOrAddDefault(_termIndex, term, out bool exists);
        if (!exists)
        {
            index = _terms.Count;
            _terms.Add(term);
            _maxTermLength = Math.Max(_maxTermLength, term.Length);
        }

        return index;
    }

    /// <summary>
    /// Scans <paramref name="within"/> of <paramref name="text"/> once and returns, per term index, the spans where
    /// the term stands in quotation marks, leaving out spans inside one of <paramref name="excluded"/>.
    /// </summary>
    /// <param name="text">The whole text of the tree.</param>
    /// <param name="within">The part of the text to search (a report's full span).</param>
    /// <param name="excluded">Spans whose matches do not count (the definitions themselves), sorted by start, none inside another.</param>
    public List<TextSpan>[] Scan(ReadOnlySpan<char> text, TextSpan within, IReadOnlyList<TextSpan> excluded)
    {
        var found = new List<TextSpan>[_terms.Count];
        for (int t = 0; t < found.Length; t++)
        {
            found[t] = [];
        }

        if (_terms.Count == 0)
        {
            return found;
        }

        var lookup = _termIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        int quoteKinds = Quotes.Count;

        // Per term and kind of quotation mark: the matches so far (to be concatenated kind by kind) and where the
        // last one ended (matches of one term and kind do not overlap, as with IndexOf in a loop).
        var perKind = new List<TextSpan>?[_terms.Count * quoteKinds];
        var lastEnd = new int[_terms.Count * quoteKinds];
        Span<char> opens = stackalloc char[quoteKinds];
        for (int q = 0; q < quoteKinds; q++)
        {
            opens[q] = Quotes[q].Open;
        }

        var searched = text.Slice(within.Start, within.Length);
        var normalized = new char[_maxTermLength];
        int offset = 0;
        while (true)
        {
            int hit = searched[offset..].IndexOfAny(opens);
            if (hit < 0)
            {
                break;
            }

            int open = offset + hit;
            for (int q = 0; q < quoteKinds; q++)
            {
                if (searched[open] != Quotes[q].Open)
                {
                    continue;
                }

                char close = Quotes[q].Close;
                int length = 0;
                int run = 0;
                bool spaced = false;
                for (int c = open + 1; c < searched.Length; c++)
                {
                    char current = searched[c];
                    if (SpaceInsensitiveText.IsInlineSpace(current))
                    {
                        if (++run > SpaceInsensitiveText.MaxSpaceRun)
                        {
                            break;
                        }

                        spaced = true;
                        continue;
                    }

                    run = 0;
                    if (current == close && length > 0 && Lookup(lookup, searched[(open + 1)..c], spaced, normalized, out int term))
                    {
                        int slot = term * quoteKinds + q;
                        int start = within.Start + open;
                        if (start >= lastEnd[slot])
                        {
                            var span = new TextSpan(start, c + 1 - open);
                            lastEnd[slot] = span.End;
                            if (!IsExcluded(excluded, span))
                            {
                                (perKind[slot] ??= []).Add(span);
                            }
                        }
                    }

                    if (++length > _maxTermLength)
                    {
                        break;
                    }
                }
            }

            offset = open + 1;
        }

        for (int t = 0; t < found.Length; t++)
        {
            for (int q = 0; q < quoteKinds; q++)
            {
                if (perKind[t * quoteKinds + q] is { } spans)
                {
                    found[t].AddRange(spans);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Looks up the text between two quotation marks: as it stands, or without its spaces when it holds some
    /// (<paramref name="buffer"/> receives the copy; text longer than any term after all is no term).
    /// </summary>
    private static bool Lookup(
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> quoted, bool spaced, Span<char> buffer, out int term)
    {
        if (!spaced)
        {
            return lookup.TryGetValue(quoted, out term);
        }

        int length = SpaceInsensitiveText.CopyWithoutSpaces(quoted, buffer);
        term = -1;
        return length > 0 && lookup.TryGetValue(buffer[..length], out term);
    }

    /// <summary>Whether <paramref name="span"/> lies inside one of the sorted, non-nested <paramref name="excluded"/> spans (binary search).</summary>
    internal static bool IsExcluded(IReadOnlyList<TextSpan> excluded, TextSpan span)
    {
        int low = 0;
        int high = excluded.Count - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            if (excluded[middle].Start <= span.Start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        // high is the last excluded span starting at or before the match: the only one that can contain it.
        return high >= 0 && excluded[high].Contains(span);
    }
}
