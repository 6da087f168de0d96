using ReportSdk.Syntax;

namespace ReportSdk.Parsing;

/// <summary>
/// Compact numbered lists: lists from 1 whose items are one line each (the marker and its text, or a marker alone and
/// the one line of text below it), each followed at once by the next. Such a list spells out the paragraph before it
/// (<c>今年的价格改革是：</c> 一、… 二、… 三、…); the paragraphs after its last item are not that item's body, as its
/// siblings had none. So, as items, it would misplace what follows: a later list of another style whose items have
/// paragraphs of their own (the part's main list) would nest under its last item, and a list that restarts the numbering
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
        // The styles of the items open at this point, outermost first, as the tree builder will nest them.
        Span<NumberingStyle> open = stackalloc NumberingStyle[MaxOpenLevels];
        int depth = 0;
        var run = default(Run);
        // A compact list after which a later list opened inside its last item: demoted if that list has paragraphs.
        var spelledOut = default(Run);
        // Body lines since the last item of the run (its own text line, below a marker alone, included).
        int bodyLines = 0;
        for (int i = start; i <= end; i++)
        {
            bool atEnd = i == end;
            if (!atEnd && (lines[i].IsBlank || zones[i] != LayoutZone.Body))
            {
                continue;
            }

            if (!atEnd && lines[i].Role != LineRole.ItemHeading)
            {
                bodyLines++;
                continue;
            }

            int number = atEnd ? 0 : lines[i].Marker.Number;
            var style = atEnd ? NumberingStyle.None : lines[i].Marker.Style;
            bool numbered = !atEnd && IsNumbered(style);
            int ownText = run.Open && LayoutText.AfterMarker(text, lines, run.Last).IsEmpty ? 1 : 0;
            if (run.Open && numbered && style == run.Style && number == run.Number + 1)
            {
                run.Compact &= bodyLines <= ownText;
                run.Last = i;
                run.Number = number;
                bodyLines = 0;
                continue;
            }

            // The run ends here: judge it, and the compact list it may have followed.
            bool runCompact = run.Open && run.Compact && run.Number >= 2;
            if (spelledOut.Open && run.Open && run.First == spelledOut.Next)
            {
                if (!runCompact && run.Number >= 2)
                {
                    Demote(lines, spelledOut, zones);
                    depth = Lift(open, depth, spelledOut);
                }

                spelledOut = default;
            }

            bool laterList = numbered && number == 1 && style != run.Style && bodyLines > ownText;
            if (runCompact && run.Joins)
            {
                // A list joining an open one of its style leaves that list's level as it was.
                Demote(lines, run, zones);
            }
            else if (runCompact && laterList)
            {
                spelledOut = run;
                spelledOut.Next = i;
            }

            run = default;
            if (atEnd)
            {
                break;
            }

            int level = Place(open, ref depth, style, out bool joins);
            if (spelledOut.Open && (spelledOut.Next != i || joins))
            {
                // The later list closed back to an outer level instead of opening inside the compact list's last item.
                spelledOut = default;
            }

            if (numbered && number == 1)
            {
                run = new Run { First = i, Last = i, Number = 1, Level = level, Style = style, Compact = true, Joins = joins, Open = true };
            }

            bodyLines = 0;
        }
    }

    /// <summary>
    /// Places an item of <paramref name="style"/> on the stack of open styles as the tree builder nests it (ReportState.OpenItem):
    /// a style already open closes back to its level (a sibling, <paramref name="joins"/>), another opens a level inside.
    /// Returns its level.
    /// </summary>
    private static int Place(Span<NumberingStyle> open, ref int depth, NumberingStyle style, out bool joins)
    {
        // Ordinal clauses, dash and bracket leads close before an item of another style: their sibling, not their child.
        while (depth > 0 && !IsNumbered(open[depth - 1]) && open[depth - 1] != style)
        {
            depth--;
        }

        int at = depth - 1;
        while (at >= 0 && open[at] != style)
        {
            at--;
        }

        joins = at >= 0;
        int level = joins ? at : Math.Min(depth, open.Length - 1);
        open[level] = style;
        depth = level + 1;
        return level;
    }

    /// <summary>Takes a demoted list's level off the stack: the levels opened inside its last item move out one.</summary>
    private static int Lift(Span<NumberingStyle> open, int depth, in Run demoted)
    {
        if (demoted.Level >= depth || open[demoted.Level] != demoted.Style)
        {
            return depth;
        }

        open[(demoted.Level + 1)..depth].CopyTo(open[demoted.Level..]);
        return depth - 1;
    }

    /// <summary>A numbered list's style: ordinal clauses, dash and bracket leads are paragraphs that count, decided elsewhere.</summary>
    private static bool IsNumbered(NumberingStyle style) =>
        style is not (NumberingStyle.OrdinalClause or NumberingStyle.Dash or NumberingStyle.BracketLead or NumberingStyle.None);

    private static void Demote(LineInfo[] lines, in Run list, LayoutZone[] zones)
    {
        for (int i = list.First; i <= list.Last; i++)
        {
            if (!lines[i].IsBlank && zones[i] == LayoutZone.Body && lines[i].Role == LineRole.ItemHeading && IsNumbered(lines[i].Marker.Style))
            {
                lines[i].Role = LineRole.Paragraph;
            }
        }
    }

    /// <summary>A run of items 1, 2, 3 … of one style: its first and last item lines, last number, level and style.</summary>
    private struct Run
    {
        public bool Open;
        public int First;
        public int Last;
        public int Number;
        public int Level;
        public NumberingStyle Style;

        /// <summary>No item but the last has lines of its own beyond its text.</summary>
        public bool Compact;

        /// <summary>Its first item closed back to an open list of its style (it would join that list).</summary>
        public bool Joins;

        /// <summary>For a compact list: the first item of the later list that opened after it.</summary>
        public int Next;
    }
}
