using ReportSdk.Syntax;

namespace ReportSdk.Parsing;

/// <summary>
/// The unnumbered points of a part (a section, or the text before the first heading): paragraphs that are one short
/// sentence (<c>继续实施积极的财政政策。</c>), the bold leads of older reports left on their own lines by a conversion,
/// each followed by the paragraphs that develop it. When a part has at least
/// <see cref="GenreProfile.UnmarkedLeadsMinimum"/> of them, a chain of ordinal clauses in it (<c>一要…二要…三要…</c>)
/// spells out one point, under its lead or one of its paragraphs: it is not the part's item list, and its clauses stay
/// paragraphs (as items they would take the part's following points as their body). Chains inside a numbered item
/// (<c>（三）</c> … <c>一是</c> … <c>二是</c>) are that item's, and stay items. So are the short sentences between two
/// numbered items: they do not count; those after the part's last numbered item (its trailing unnumbered points, which
/// the tree nests in that item) do.
/// </summary>
internal static class UnmarkedLeads
{
    /// <summary>
    /// Counts the unmarked leads of lines <paramref name="start"/> to <paramref name="end"/> (one part) outside the
    /// ordinal-clause chains, and turns the part's own chains (those before its first numbered item) into paragraphs when
    /// there are enough. A short sentence between two numbered items is a point of the first and does not count; those
    /// before the first numbered item and after the last are the part's. One pass to count, one to demote: linear in the
    /// part's lines.
    /// </summary>
    public static void DemoteChainsUnderLeads(string text, LineInfo[] lines, int start, int end, LayoutZone[] zones)
    {
        int leads = 0;
        // Leads after a chain's clause count only once the chain has ended: until then they may be a clause's body.
        int pending = 0;
        int lastClause = 0;
        char lastVerb = '\0';
        bool clauseText = false;
        bool numberedItemSeen = false;
        // The leads before the part's first numbered item; those counted after it are dropped at the next numbered item.
        int leadsBeforeItems = 0;
        int partChains = 0;
        for (int i = start; i < end; i++)
        {
            if (lines[i].IsBlank || zones[i] != LayoutZone.Body)
            {
                continue;
            }

            ref var line = ref lines[i];
            if (line.Role == LineRole.ItemHeading)
            {
                if (line.Marker.Style == NumberingStyle.OrdinalClause)
                {
                    char verb = text[line.MarkerEnd - 1];
                    bool continues = line.Marker.Number == lastClause + 1 && verb == lastVerb && lastClause > 0;
                    leads += continues ? 0 : pending;
                    pending = 0;
                    partChains += !numberedItemSeen && line.Marker.Number == 1 ? 1 : 0;
                    lastClause = line.Marker.Number;
                    lastVerb = verb;
                    // The line after a clause is its text (一要 alone on its line) or its body.
                    clauseText = true;
                    continue;
                }

                if (!numberedItemSeen)
                {
                    leadsBeforeItems = leads + pending;
                    numberedItemSeen = true;
                }

                // The leads since the previous numbered item were that item's points.
                leads = leadsBeforeItems;
                pending = 0;
                lastClause = 0;
                clauseText = false;
                continue;
            }

            if (clauseText)
            {
                clauseText = false;
                continue;
            }

            if (line.Role == LineRole.Paragraph && IsLead(text, in line) && HeadsWhatFollows(lines, i, end, zones))
            {
                if (lastClause > 0)
                {
                    pending++;
                }
                else
                {
                    leads++;
                }
            }
        }

        leads += pending;
        if (partChains == 0 || leads < GenreProfile.UnmarkedLeadsMinimum)
        {
            return;
        }

        for (int i = start; i < end; i++)
        {
            ref var line = ref lines[i];
            if (line.IsBlank || zones[i] != LayoutZone.Body || line.Role != LineRole.ItemHeading)
            {
                continue;
            }

            if (line.Marker.Style != NumberingStyle.OrdinalClause)
            {
                return;
            }

            line.Role = LineRole.Paragraph;
        }
    }

    /// <summary>
    /// True when the next line of the part develops the lead at <paramref name="index"/>: a longer paragraph, or a
    /// numbered line (the chain it introduces). A short sentence that ends a part, or is followed by no more than
    /// itself, is a paragraph of its own.
    /// </summary>
    private static bool HeadsWhatFollows(LineInfo[] lines, int index, int end, LayoutZone[] zones)
    {
        int next = LayoutText.NextNonBlank(lines, index + 1, end);
        return next >= 0 && zones[next] == LayoutZone.Body
            && (lines[next].Marker.Style != NumberingStyle.None || lines[next].ContentLength > lines[index].ContentLength);
    }

    /// <summary>
    /// An unmarked paragraph that is one sentence of at most <see cref="GenreProfile.UnmarkedLeadMaxLength"/> characters
    /// ending with <see cref="GenreProfile.UnmarkedLeadEnd"/>, and starts a sentence (a line that opens with closing
    /// punctuation is the rest of a sentence broken at a link).
    /// </summary>
    private static bool IsLead(string text, in LineInfo line)
    {
        if (line.Marker.Style != NumberingStyle.None || line.ContentLength > GenreProfile.UnmarkedLeadMaxLength
            || text[line.ContentEnd - 1] != GenreProfile.UnmarkedLeadEnd || LayoutText.IsContinuationPunctuation(text[line.ContentStart]))
        {
            return false;
        }

        for (int k = line.ContentStart; k < line.ContentEnd - 1; k++)
        {
            if (CharClasses.IsSentenceEnd(text[k]))
            {
                return false;
            }
        }

        return true;
    }
}
