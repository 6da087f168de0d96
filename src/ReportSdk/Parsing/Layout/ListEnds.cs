using System.Buffers;
using ReportSdk.Syntax;

namespace ReportSdk.Parsing;

/// <summary>
/// Where a list ends before the next marker. The tree puts every paragraph in the innermost open item, so without a mark
/// the paragraphs after a list's last item are that item's body, and a later list of another style nests under it
/// (（三）… then 过去五年…主要体会是： 第一，… 第六，). After the last item of a list that no later item continues, a
/// paragraph that sums the list up or turns from it (<see cref="GenreProfile.ListEndOpenings"/>: 总之，…,
/// 我们也清醒地看到…), points back at the whole list (<see cref="GenreProfile.ListReferenceOpenings"/> with a count or a
/// whole word in its first clause: 上述三个方面的改革…; 以上这些措施… may sum up the last item's own points and does not; so
/// does the review's period, <see cref="GenreProfile.ReviewPeriodLeads"/>: 一年来各方面的显著成就…), turns to another topic
/// under the review's period (一年来，外交工作成果丰硕 after 五是创新社会治理…: a period lead whose first clause shares no
/// topic word with the last item's title, where the items' own paragraphs do not open so) or introduces the lessons of a
/// review (…主要体会是：, <see cref="GenreProfile.LessonsIntroWords"/>) ends that list; one
/// that addresses the audience anew (各位代表！…) ends every open list that does not go on after it. A numbered list goes
/// on with its next number; a list of dash or bracket leads, which carry no number, with any later lead of its style.
/// The tree builder closes that many open items before the paragraph (<see cref="LineInfo.EndsLists"/>), so the
/// paragraph and what follows belong further out, and a later list is the ended list's sibling.
/// </summary>
internal static class ListEnds
{
    /// <summary>Most levels of open items followed, as in <see cref="CompactLists"/>; deeper levels (hostile input) reuse the innermost.</summary>
    private const int MaxOpenLevels = 16;

    /// <summary>
    /// How many later item headings nested deeper than the list the look for its continuation examines: bounds the cost
    /// on hostile runs; a list whose continuation is not found before the last of them is left open.
    /// </summary>
    internal const int ContinuationLookahead = 64;

    /// <summary>The first characters of the list-ending openings, the reference openings and the salutation words.</summary>
    private static readonly SearchValues<char> OpeningFirstCharacters = SearchValues.Create(
        string.Concat(GenreProfile.ListEndOpenings.Concat(GenreProfile.ListReferenceOpenings).Concat(GenreProfile.ReviewPeriodLeads)
            .Concat(GenreProfile.SalutationWords).Select(word => word[0])));

    /// <summary>The numerals of a count that names a whole list (<see cref="GenreProfile.ListCountNumerals"/>).</summary>
    private static readonly SearchValues<char> CountNumerals = SearchValues.Create(GenreProfile.ListCountNumerals);

    /// <summary>Punctuation that ends a clause: the first clause of a paragraph ends at the first of them, the last starts after the last.</summary>
    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create("，。；！：,;!:");

    /// <summary>
    /// The two-character pieces of <see cref="GenreProfile.TopicNeutralWords"/> (进一步: 进一, 一步), looked up by the two
    /// characters of a clause.
    /// </summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TopicNeutralWords =
        new HashSet<string>(
            GenreProfile.TopicNeutralWords.SelectMany(word => Enumerable.Range(0, word.Length - 1).Select(k => word.Substring(k, 2))),
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Marks the paragraphs of lines <paramref name="start"/> to <paramref name="end"/> (one part, roles decided) that end
    /// open lists, following the open items as the tree builder nests them (<c>ReportState.OpenItem</c>).
    /// One pass over the part, and for each ending paragraph found a look ahead that examines at most
    /// <see cref="ContinuationLookahead"/> deeper item headings (jumping from heading to heading).
    /// </summary>
    public static void MarkListEnds(string text, LineInfo[] lines, int start, int end, LayoutZone[] zones, LayoutDecoder decoder)
    {
        Span<NumberingStyle> open = stackalloc NumberingStyle[MaxOpenLevels];
        Span<int> numbers = stackalloc int[MaxOpenLevels];
        // The shape of each open list: its items so far, how many had lines of their own below them (paragraphs or a
        // nested list), whether its last item has any yet, and whether that item's heading line carries its whole text.
        Span<int> items = stackalloc int[MaxOpenLevels];
        Span<int> itemsWithBody = stackalloc int[MaxOpenLevels];
        Span<bool> lastHasBody = stackalloc bool[MaxOpenLevels];
        Span<bool> lastIsOneLine = stackalloc bool[MaxOpenLevels];
        // Each open list's last heading, and whether the first paragraph of one of its items opened with a period lead
        // (一年来，…): where the items' own text opens so, such a paragraph after the last item is that item's too.
        Span<int> lastHeading = stackalloc int[MaxOpenLevels];
        Span<bool> periodLeadInItems = stackalloc bool[MaxOpenLevels];
        int depth = 0;
        // The line after a marker alone (第四， / 我们必须…) is that item's own text, never a list's end.
        bool itemText = false;
        int[]? nextHeading = null;
        for (int i = start; i < end; i++)
        {
            ref var line = ref lines[i];
            line.EndsLists = 0;
            if (line.IsBlank || zones[i] != LayoutZone.Body)
            {
                continue;
            }

            if (line.Role == LineRole.ItemHeading)
            {
                int level = Locate(open, depth, line.Marker.Style);
                bool sameList = level < depth && open[level] == line.Marker.Style;
                if (!sameList)
                {
                    items[level] = 0;
                    itemsWithBody[level] = 0;
                    periodLeadInItems[level] = false;
                }
                else if (lastHasBody[level])
                {
                    itemsWithBody[level]++;
                }

                // A nested item is a line of the items that hold it.
                lastHasBody[..level].Fill(true);
                open[level] = line.Marker.Style;
                numbers[level] = line.Marker.Number;
                lastHeading[level] = i;
                items[level]++;
                lastHasBody[level] = false;
                var afterMarker = LayoutText.AfterMarker(text, lines, i);
                lastIsOneLine[level] = afterMarker.Length >= GenreProfile.OneLineItemMinLength;
                depth = level + 1;
                itemText = afterMarker.IsEmpty;
                continue;
            }

            if (itemText)
            {
                // The item's own text, below its bare marker (第十、 / 中国重视各国人民之间的交往…): it is the item's line as a
                // heading line carrying its text would be, so the item is a one-line item when that text is long enough.
                itemText = false;
                lastIsOneLine[depth - 1] = line.ContentLength >= GenreProfile.OneLineItemMinLength;
                lastHeading[depth - 1] = i;
                MarkBody(lastHasBody, depth - 1);
                continue;
            }

            if (depth == 0 || line.Role != LineRole.Paragraph || line.Marker.Style != NumberingStyle.None)
            {
                MarkBody(lastHasBody, depth);
                continue;
            }

            if (ContinuesLineAbove(text, lines, i))
            {
                // A piece of the line above, broken at a link (…非银行金融机构和《 / 证券法 / 》，规范…): it belongs where that line does.
                continue;
            }

            // A list of one-line items (each heading line carries its whole text, none of the earlier ones has lines below
            // it) is over at the first paragraph after its last item, unless a later item continues it: 一年来，… or 五年来，…
            // after a review's last one-line item is the section's, not that item's.
            int innermost = depth - 1;
            bool endedOneLineList = false;
            if (!lastHasBody[innermost] && lastIsOneLine[innermost] && items[innermost] >= GenreProfile.OneLineListMinItems
                && itemsWithBody[innermost] == 0)
            {
                nextHeading ??= NextHeadings(lines, start, end, zones);
                if (!Continued(lines, nextHeading, start, i, open[..depth], numbers[innermost]))
                {
                    line.EndsLists++;
                    depth--;
                    endedOneLineList = true;
                    if (depth == 0)
                    {
                        continue;
                    }

                    // The lists around it may end here too (各位代表！ ends every list that does not go on).
                }
            }

            // Most paragraphs open with none of the words' first characters: their normalized view is not built.
            int first = decoder.FirstNormalized(i);
            bool lessons = IntroducesLessons(text.AsSpan(line.ContentStart, line.ContentLength));
            if (!lessons && (first < 0 || !OpeningFirstCharacters.Contains((char)first)))
            {
                MarkBody(lastHasBody, depth);
                continue;
            }

            // A new address to the audience ends every list that does not go on after it; a summing-up ends the innermost.
            var normalized = decoder.Normalized(i);
            bool salutation = GenreLexicon.StartsWithSalutation(normalized);
            int periodLead = PeriodLeadLength(normalized);
            // A title-only last item (（六）用心用力改善民生) takes the first paragraph below it as its text, whatever it opens with.
            bool turns = periodLead > 0 && !salutation && !periodLeadInItems[depth - 1]
                && (lastHasBody[depth - 1] || lastIsOneLine[depth - 1])
                && !SharesTitleWord(text, lines, lastHeading[depth - 1], FirstClause(normalized[periodLead..]));
            // The first paragraph of an item opening with a period lead: how this list's items speak (一、… 一年来，我们致力于…).
            // (A one-line item's text is on its heading line: the paragraph after it is not its opening.) Such a paragraph
            // never turns (a title alone takes its first paragraph), so it is counted on the way to the body below.
            bool opensItemWithPeriod = periodLead > 0 && !lastHasBody[depth - 1] && !lastIsOneLine[depth - 1];
            if (!salutation && !lessons && !turns && !GenreLexicon.StartsWithAny(normalized, GenreProfile.ListEndOpenings)
                && !ReferencesWholeList(normalized))
            {
                periodLeadInItems[depth - 1] |= opensItemWithPeriod;
                MarkBody(lastHasBody, depth);
                continue;
            }

            // A summing-up ends one list: the one-line list just ended was it. A new address goes on to the lists around.
            nextHeading ??= NextHeadings(lines, start, end, zones);
            while (depth > 0 && (salutation || turns || !endedOneLineList) && !Continued(lines, nextHeading, start, i, open[..depth], numbers[depth - 1]))
            {
                line.EndsLists++;
                depth--;
                if (!salutation)
                {
                    break;
                }
            }

            MarkBody(lastHasBody, depth);
        }
    }

    /// <summary>A line below the last items of the <paramref name="depth"/> open lists: each of those items has a body now.</summary>
    private static void MarkBody(Span<bool> lastHasBody, int depth) => lastHasBody[..depth].Fill(true);

    /// <summary>
    /// A paragraph whose last clause, ending in a colon, introduces lessons (<see cref="GenreProfile.LessonsIntroWords"/>,
    /// matched in the clause's normalized view). A clause longer than <see cref="GenreProfile.NormalizeLimit"/> is running text.
    /// </summary>
    private static bool IntroducesLessons(ReadOnlySpan<char> paragraph)
    {
        if (paragraph.IsEmpty || paragraph[^1] is not ('：' or ':'))
        {
            return false;
        }

        var lastClause = paragraph[(paragraph[..^1].LastIndexOfAny(ClauseBreaks) + 1)..];
        if (lastClause.Length > GenreProfile.NormalizeLimit)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[GenreProfile.NormalizeLimit];
        var normalized = buffer[..LineNormalizer.Normalize(lastClause, buffer)];
        foreach (var word in GenreProfile.LessonsIntroWords)
        {
            if (normalized.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A paragraph that points back at what was said (<see cref="GenreProfile.ListReferenceOpenings"/>) and names the whole
    /// list in its first clause: a count (<see cref="GenreProfile.ListCountNumerals"/> before a
    /// <see cref="GenreProfile.ListCountUnits"/> word) or a <see cref="GenreProfile.ListWholeWords"/> word. Without them
    /// (以上这些措施…) it may sum up the last item's own points, which stay that item's.
    /// </summary>
    private static bool ReferencesWholeList(ReadOnlySpan<char> normalized)
    {
        if (!(GenreLexicon.StartsWithAny(normalized, GenreProfile.ListReferenceOpenings)
                || GenreLexicon.StartsWithAny(normalized, GenreProfile.ReviewPeriodLeads))
            || GenreLexicon.StartsWithAny(normalized, GenreProfile.ListReferenceNonReferences))
        {
            return false;
        }

        var firstClause = FirstClause(normalized);
        foreach (var word in GenreProfile.ListWholeWords)
        {
            if (firstClause.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        for (var rest = firstClause; rest.IndexOfAny(CountNumerals) is int at and >= 0;)
        {
            rest = rest[(at + 1)..];
            if (GenreLexicon.StartsWithAny(rest, GenreProfile.ListCountUnits))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A piece of the line above, broken at a link: the line opens with punctuation that cannot open a line (》，…), the line
    /// above ends with an opening mark (…认真实施《) or, when it has no marker, a comma, or the line does not start a block at all
    /// (<see cref="LayoutText.StartsBlock"/>). It belongs where that line does.
    /// </summary>
    private static bool ContinuesLineAbove(string text, LineInfo[] lines, int index)
    {
        if (LayoutText.IsContinuationPunctuation(text[lines[index].ContentStart]) || !LayoutText.StartsBlock(text, lines, index))
        {
            return true;
        }

        // After a heading line only an opening mark left open continues it: its comma may end a one-line item's title.
        int before = LayoutText.PreviousNonBlank(lines, index - 1);
        if (before < 0 || index - before > LayoutText.FragmentGapLines)
        {
            return false;
        }

        char last = text[lines[before].ContentEnd - 1];
        return last is '《' or '“' or '（' or '(' || (lines[before].Marker.Style == NumberingStyle.None && last is '、' or '，' or ',');
    }

    /// <summary>The text up to the first clause break.</summary>
    private static ReadOnlySpan<char> FirstClause(ReadOnlySpan<char> text)
    {
        int clauseEnd = text.IndexOfAny(ClauseBreaks);
        return clauseEnd >= 0 ? text[..clauseEnd] : text;
    }

    /// <summary>
    /// The length of a <see cref="GenreProfile.ReviewPeriodLeads"/> phrase and the comma after it that open
    /// <paramref name="normalized"/> (一年来，…), or 0: the paragraph names the review's period before its own topic.
    /// </summary>
    private static int PeriodLeadLength(ReadOnlySpan<char> normalized)
    {
        foreach (var lead in GenreProfile.ReviewPeriodLeads)
        {
            if (normalized.Length > lead.Length && normalized.StartsWith(lead, StringComparison.Ordinal)
                && normalized[lead.Length] is '，' or ',')
            {
                return lead.Length + 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// Whether <paramref name="clause"/> shares a word of two Han characters with the title of the item headed by line
    /// <paramref name="heading"/> (its text after the marker to the first sentence end, normalized): the paragraph then
    /// goes on with the item's topic (过去一年，政府自身改革和建设… under 推进政府自身建设). Words of the rhetoric
    /// (<see cref="GenreProfile.TopicNeutralWords"/>) do not count.
    /// </summary>
    private static bool SharesTitleWord(string text, LineInfo[] lines, int heading, ReadOnlySpan<char> clause)
    {
        var afterMarker = LayoutText.AfterMarker(text, lines, heading);
        int sentenceEnd = afterMarker.IndexOfAny(CharClasses.SentenceEnds);
        var title = sentenceEnd >= 0 ? afterMarker[..sentenceEnd] : afterMarker;
        Span<char> buffer = stackalloc char[GenreProfile.NormalizeLimit];
        var normalizedTitle = buffer[..LineNormalizer.Normalize(title[..Math.Min(title.Length, buffer.Length)], buffer)];
        for (int k = 0; k + 1 < clause.Length; k++)
        {
            var word = clause.Slice(k, 2);
            if (CharClasses.IsHan(word[0]) && CharClasses.IsHan(word[1]) && normalizedTitle.IndexOf(word, StringComparison.Ordinal) >= 0
                && !TopicNeutralWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the innermost open list (the last of <paramref name="open"/>, last numbered <paramref name="number"/>) goes
    /// on after line <paramref name="from"/>: the first later heading that is not nested deeper is its next item. A heading
    /// of an outer open style, another number of its style, or (after a counted paragraph such as 一是) any other style
    /// ends it; the part's end does too.
    /// </summary>
    private static bool Continued(LineInfo[] lines, int[] nextHeading, int start, int from, ReadOnlySpan<NumberingStyle> open, int number)
    {
        var innermost = open[^1];
        // A heading of a style not open nests deeper, inside the innermost list's last item: look past it, up to the bound.
        int passed = 0;
        for (int j = nextHeading[from - start]; j >= 0; j = nextHeading[j - start])
        {
            var style = lines[j].Marker.Style;
            if (style == innermost)
            {
                // Dash and bracket leads carry no number (0): any later one of the style is the list's next item.
                return NumberingStyles.IsUnnumbered(style) || lines[j].Marker.Number == number + 1;
            }

            if (open.Contains(style) || NumberingStyles.IsCountedParagraph(innermost))
            {
                return false;
            }

            if (++passed >= ContinuationLookahead)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>For each line of the part (indexed from <paramref name="start"/>), the next item heading after it in the part, or -1.</summary>
    private static int[] NextHeadings(LineInfo[] lines, int start, int end, LayoutZone[] zones)
    {
        var next = new int[end - start];
        int following = -1;
        for (int i = end - 1; i >= start; i--)
        {
            next[i - start] = following;
            if (!lines[i].IsBlank && zones[i] == LayoutZone.Body && lines[i].Role == LineRole.ItemHeading)
            {
                following = i;
            }
        }

        return next;
    }

    /// <summary>
    /// Where an item of <paramref name="style"/> goes on the stack of open styles (as ReportState.OpenItem nests it): after
    /// the counted paragraphs of other styles close, a style already open closes back to its level (a sibling), another
    /// opens a level inside.
    /// </summary>
    private static int Locate(ReadOnlySpan<NumberingStyle> open, int depth, NumberingStyle style)
    {
        while (depth > 0 && NumberingStyles.IsCountedParagraph(open[depth - 1]) && open[depth - 1] != style)
        {
            depth--;
        }

        int at = open[..depth].LastIndexOf(style);
        return at >= 0 ? at : Math.Min(depth, open.Length - 1);
    }
}
