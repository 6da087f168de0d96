using ReportSdk.Syntax;

namespace ReportSdk.Parsing;

/// <summary>
/// Compact numbered lists: lists from 1 whose items are one line each (the marker and its text, or a marker alone and
/// the one line of text below it), each followed at once by the next. Such a list spells out the paragraph before it
/// (<c>今年的价格改革是：</c> 一、… 二、… 三、…); the paragraphs after its last item are not that item's body, as its
/// siblings had none. So, as items, it would misplace what follows: a later list of another style whose items have
/// paragraphs or lists of their own (the part's main list) would nest under its last item, and a list that restarts the numbering
/// of a list still open (第一、 … 第三、 after 第一，… 第六，) would join that list. In those two cases its lines stay
/// paragraphs, and the later or earlier list is the part's own. A compact list followed by nothing, or by another compact
/// list, is left as it is (which of them spells out which is not told by their shape).
/// </summary>
internal static class CompactLists
{
    /// <summary>Most levels of open items followed; deeper levels (hostile input) reuse the innermost.</summary>
    private const int MaxOpenLevels = 16;

    /// <summary>
    /// Demotes the compact lists of lines <paramref name="start"/> to <paramref name="end"/> (one part) that a later list
    /// with paragraphs follows after paragraphs, or that restart a style still open. One pass over the part (and one over
    /// each demoted list): linear.
    /// </summary>
    public static void DemoteMisplacedLists(string text, LineInfo[] lines, int start, int end, LayoutZone[] zones)
    {
        // The styles of the items open at this point, outermost first, as the tree builder will nest them, and beside
        // each level the list of items 1, 2, 3 … it follows (none when its item did not start or continue such a list).
        Span<NumberingStyle> open = stackalloc NumberingStyle[MaxOpenLevels];
        Span<Run> runs = stackalloc Run[MaxOpenLevels];
        int depth = 0;
        for (int i = start; i < end; i++)
        {
            if (lines[i].IsBlank || zones[i] != LayoutZone.Body)
            {
                continue;
            }

            if (lines[i].Role != LineRole.ItemHeading)
            {
                if (depth > 0)
                {
                    runs[depth - 1].BodyLines++;
                }

                continue;
            }

            int number = lines[i].Marker.Number;
            var style = lines[i].Marker.Style;
            bool numbered = NumberingStyles.IsNumberedList(style);

            // The list whose item is the line before this heading's: decided now unless this heading continues it.
            bool spellsOut = false;
            if (depth > 0 && runs[depth - 1].Open && runs[depth - 1].Fresh
                && !(style == runs[depth - 1].Style && number == runs[depth - 1].Number + 1))
            {
                spellsOut = Settle(text, lines, zones, runs, ref depth, numbered && number == 1);
            }

            int level = Locate(open, depth, style, out bool joins);
            bool continues = joins && Continues(runs[level], style, number);
            EndRuns(lines, zones, open, runs, ref depth, continues ? level + 1 : level, continues ? level : -1);

            int depthBefore = depth;
            level = Place(open, ref depth, style, out joins);
            // A later list spells the compact list out only when it opens inside that list's last item (not as a sibling
            // of an open list of its style).
            spellsOut &= !joins;
            if (level > 0)
            {
                runs[level - 1].Nested = true;
            }

            ref var run = ref runs[level];
            if (joins && Continues(run, style, number))
            {
                run.Compact &= run.BodyLines <= OwnTextLines(text, lines, run.Last) && !run.Nested;
                run.Last = i;
                run.Number = number;
                run.BodyLines = 0;
                run.Nested = false;
                run.Fresh = true;
            }
            else if (numbered && number == 1)
            {
                run = new Run
                {
                    Open = true, First = i, Last = i, Number = 1, Style = style, Compact = true, Fresh = true,
                    Joins = joins, DepthBefore = depthBefore, FollowsCompact = spellsOut,
                };
            }
            else
            {
                run = default;
            }
        }

        if (depth > 0 && runs[depth - 1].Open && runs[depth - 1].Fresh)
        {
            Settle(text, lines, zones, runs, ref depth, laterListStarts: false);
        }

        EndRuns(lines, zones, open, runs, ref depth, keep: 0, continued: -1);
    }

    private static bool Continues(in Run run, NumberingStyle style, int number) =>
        run.Open && run.Style == style && number == run.Number + 1;

    /// <summary>
    /// Decides the list at the innermost level once an item heading follows its last item without continuing it: a
    /// compact list that restarts an open list of its style stays paragraphs, and that list's inner levels, closed by its
    /// first item, are open again as the tree builder will see them. Returns whether the list is compact and the heading
    /// (a list's first item, <paramref name="laterListStarts"/>) comes after paragraphs: a later list that may show this
    /// one spells out the paragraph before it.
    /// </summary>
    private static bool Settle(string text, LineInfo[] lines, LayoutZone[] zones, Span<Run> runs, ref int depth, bool laterListStarts)
    {
        ref var run = ref runs[depth - 1];
        run.Fresh = false;
        bool compact = run.Compact && run.Number >= GenreProfile.CompactListMinItems;
        if (compact && run.Joins)
        {
            Demote(lines, run, zones);
            depth = run.DepthBefore;
            run = default;
            return false;
        }

        return compact && laterListStarts && !run.Nested && run.BodyLines > OwnTextLines(text, lines, run.Last);
    }

    /// <summary>
    /// Ends the lists of the levels from the innermost down to <paramref name="keep"/>: a later list with paragraphs of
    /// its own (not compact, two items at least) after a compact list that it would nest in makes that compact list
    /// paragraphs, unless the heading that ends it continues the compact list (<paramref name="continued"/>), whose
    /// items then have content.
    /// </summary>
    private static void EndRuns(LineInfo[] lines, LayoutZone[] zones, Span<NumberingStyle> open, Span<Run> runs, ref int depth, int keep, int continued)
    {
        for (int k = depth - 1; k >= keep; k--)
        {
            ref var run = ref runs[k];
            if (!run.Open || !run.FollowsCompact)
            {
                continue;
            }

            run.FollowsCompact = false;
            // Two items at least, not both (all) one line: the later list has paragraphs or lists of its own.
            if (!run.Compact && run.Number >= GenreProfile.CompactListMinItems && k > 0 && continued != k - 1 && runs[k - 1].Open)
            {
                Demote(lines, runs[k - 1], zones);
                Lift(open, runs, ref depth, k - 1);
            }
        }
    }

    /// <summary>
    /// Where an item of <paramref name="style"/> goes on the stack of open styles as the tree builder nests it
    /// (ReportState.OpenItem): after the counted paragraphs of other styles close, a style already open closes back to
    /// its level (a sibling, <paramref name="joins"/>), another opens a level inside. Returns its level.
    /// </summary>
    private static int Locate(ReadOnlySpan<NumberingStyle> open, int depth, NumberingStyle style, out bool joins)
    {
        while (depth > 0 && NumberingStyles.IsCountedParagraph(open[depth - 1]) && open[depth - 1] != style)
        {
            depth--;
        }

        int at = depth - 1;
        while (at >= 0 && open[at] != style)
        {
            at--;
        }

        joins = at >= 0;
        return joins ? at : Math.Min(depth, open.Length - 1);
    }

    /// <summary>Places an item of <paramref name="style"/> where <see cref="Locate"/> puts it, closing the levels inside.</summary>
    private static int Place(Span<NumberingStyle> open, ref int depth, NumberingStyle style, out bool joins)
    {
        int level = Locate(open, depth, style, out joins);
        open[level] = style;
        depth = level + 1;
        return level;
    }

    /// <summary>Takes a demoted list's level off the stack: the levels opened inside its last item move out one.</summary>
    private static void Lift(Span<NumberingStyle> open, Span<Run> runs, ref int depth, int level)
    {
        if (level >= depth)
        {
            return;
        }

        open[(level + 1)..depth].CopyTo(open[level..]);
        runs[(level + 1)..depth].CopyTo(runs[level..]);
        depth--;
    }

    /// <summary>1 when the item at <paramref name="index"/> is a marker alone (its text is the line below), else 0.</summary>
    private static int OwnTextLines(string text, LineInfo[] lines, int index) =>
        LayoutText.AfterMarker(text, lines, index).IsEmpty ? 1 : 0;

    private static void Demote(LineInfo[] lines, in Run list, LayoutZone[] zones)
    {
        for (int i = list.First; i <= list.Last; i++)
        {
            if (!lines[i].IsBlank && zones[i] == LayoutZone.Body && lines[i].Role == LineRole.ItemHeading
                && NumberingStyles.IsNumberedList(lines[i].Marker.Style))
            {
                lines[i].Role = LineRole.Paragraph;
            }
        }
    }

    /// <summary>A list of items 1, 2, 3 … of one style at one level: its first and last item lines, last number and style.</summary>
    private struct Run
    {
        public bool Open;
        public int First;
        public int Last;
        public int Number;
        public NumberingStyle Style;

        /// <summary>No item but the last has lines of its own beyond its text.</summary>
        public bool Compact;

        /// <summary>Body lines of its last item so far (its own text line, below a marker alone, included).</summary>
        public int BodyLines;

        /// <summary>Its last item holds items of a deeper level.</summary>
        public bool Nested;

        /// <summary>No item heading has come since its last item: it is not decided yet.</summary>
        public bool Fresh;

        /// <summary>Its first item closed back to an open list of its style (it would join that list).</summary>
        public bool Joins;

        /// <summary>How many levels were open before its first item: those the tree builder keeps open if it is demoted.</summary>
        public int DepthBefore;

        /// <summary>It opened inside the last item of a compact list after paragraphs (the list one level out).</summary>
        public bool FollowsCompact;
    }
}
