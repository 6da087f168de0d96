using ReportSdk.Syntax;

namespace ReportSdk.Parsing;

/// <summary>
/// Decides the structure of a report's body from the section-heading and item proposals of its
/// lines: which headings form the top-level sections (a numbered run <c>一、</c> <c>二、</c> …, or
/// unnumbered headings with <c>一、</c> items restarting inside them, or <c>（一）</c> sections), the kind
/// of each section (its words, else its place: after the review comes the plan), and which marker
/// lines, <c>一是</c> paragraphs and <c>——</c>-led paragraphs are items. A marker's level is relative to its container: the tree
/// builder nests items by the order styles open in.
/// </summary>
internal sealed class BodyStructureDecoder(string text, LineInfo[] lines, LayoutDecoder decoder)
{
    /// <summary>A numbered run after unnumbered headings is their sibling only when it is this long: a real outline, not a short list.</summary>
    private const int MinimumRunAfterUnnumbered = 3;

    /// <summary>Lays out lines <paramref name="start"/> to <paramref name="end"/> (body zone only) and records sections in <paramref name="report"/>.</summary>
    // headingProposed: the lines the section-heading recognizer proposed while the layout decoder ran.
    public void Decode(ReportLayout report, int start, int end, LayoutZone[] zones, Candidate[] chosen, bool[] headingProposed)
    {
        var numbered = new List<int>();
        var parenthesized = new List<int>();
        var unnumbered = new List<int>();
        var unproposed = new List<int>();
        for (int i = start; i < end; i++)
        {
            if (lines[i].IsBlank || zones[i] != LayoutZone.Body)
            {
                continue;
            }

            if (!headingProposed[i])
            {
                if (lines[i].Marker.Style == NumberingStyle.ChineseComma)
                {
                    // Not a heading by its own shape (too long, or below a broken sentence); it may still fill a gap
                    // in the outline's run (see Run), and it shows which nested lists are open.
                    unproposed.Add(i);
                }

                continue;
            }

            // The recognizer proposes numbered headings of the 一、 and （一） styles and unnumbered ones.
            var style = lines[i].Marker.Style;
            (style == NumberingStyle.ChineseComma ? numbered : style == NumberingStyle.None ? unnumbered : parenthesized).Add(i);
        }

        var headings = ChooseHeadings(numbered, parenthesized, unnumbered, unproposed, hasClosing: report.ClosingLine >= 0);
        // The years the headings name (2025年…, 2026年…): a plan-worded heading of the year before another heading's year reviews.
        var headingYears = new HashSet<int>();
        foreach (int h in headings)
        {
            if (YearNamedBy(decoder.Normalized(h)) is int year)
            {
                headingYears.Add(year);
            }
        }

        // The headings come in line order: a cursor over them replaces a set lookup per line.
        int nextHeading = 0;
        int firstHeading = headings.Count > 0 ? headings[0] : -1;
        SectionKind previous = SectionKind.None;
        bool reviewSeen = false;
        for (int i = start; i < end; i++)
        {
            if (lines[i].IsBlank || zones[i] != LayoutZone.Body)
            {
                continue;
            }

            ref var line = ref lines[i];
            while (nextHeading < headings.Count && headings[nextHeading] < i)
            {
                nextHeading++;
            }

            if (nextHeading < headings.Count && headings[nextHeading] == i)
            {
                CutPageNumber(i);
                // Kinds are matched on the normalized view: width folded, spaces removed, traditional characters simplified.
                var headingText = decoder.Normalized(i);
                var kind = KindOf(headingText, previous, reviewSeen);
                if (kind == SectionKind.Plan && YearNamedBy(headingText) is int named && headingYears.Contains(named + 1))
                {
                    // 一、2025年主要工作 before 二、2026年工作安排: 主要工作 of the past year is its review.
                    kind = SectionKind.Review;
                }

                if (kind == SectionKind.Other && i == firstHeading && headings.Count > 1 && !GenreLexicon.IsOtherSectionHeading(headingText))
                {
                    // The genre opens with the review: a first heading without kind words (伟大的历史性转变) reviews.
                    kind = SectionKind.Review;
                }

                reviewSeen |= kind == SectionKind.Review;
                line.Role = LineRole.SectionHeading;
                line.Section = kind;
                // A heading merged with its paragraph (一、2025年工作回顾。2025年是…) ends at its first full stop.
                int merged = line.Marker.Style == NumberingStyle.None ? 0 : SectionHeadingRecognizer.MergedHeadingLength(LayoutText.AfterMarker(text, lines, i));
                line.Split = merged > 0 ? LayoutText.AfterMarkerStart(text, lines, i) + merged : -1;
                previous = kind;
                report.SectionLines.Add(i);
                continue;
            }

            var role = chosen[i].Role;
            if (role == LineRole.FootnoteDefinition)
            {
                line.Role = LineRole.FootnoteDefinition;
            }
            else if (line.Marker.Style != NumberingStyle.None && IsItem(i, end, zones))
            {
                line.Role = LineRole.ItemHeading;
            }
            else
            {
                line.Role = LineRole.Paragraph;
            }
        }

        MarkPartItems(report, start, end, zones);
        MarkImplicitSection(report, start, end, zones);
    }

    /// <summary>
    /// A page number a conversion left after a section heading (<c>一、2025年工作回顾  3</c>) is not the heading's text: it is
    /// cut off the line's content and stays in the tree as trivia.
    /// </summary>
    private void CutPageNumber(int index)
    {
        ref var line = ref lines[index];
        int start = LayoutText.AfterMarkerStart(text, lines, index);
        int page = SectionHeadingRecognizer.TrailingPageNumberStart(text.AsSpan(start, line.ContentEnd - start));
        if (page > 0)
        {
            line.ContentEnd = start + page;
            decoder.ForgetNormalized();
        }
    }

    /// <summary>
    /// Decides the lists of each part (a section, or the text before the first heading): compact lists that would misplace
    /// the part's own list stay paragraphs (<see cref="CompactLists"/>), and so do ordinal-clause chains that spell out
    /// one of the part's unmarked leads (<see cref="UnmarkedLeads"/>); then
    /// dash-led paragraphs (<c>——经济实力实现整体跃升。…</c>) and bracket-led ones (<c>【稳增长】全年…</c>) are the
    /// first-level items of a part that has no numbered items and at
    /// least <see cref="GenreProfile.DashItemsMinimum"/> (<see cref="GenreProfile.BracketItemsMinimum"/>) of them: they are
    /// its structure, as a chain of 一是 paragraphs is. In a part with numbered items they stay paragraphs, and a dash or
    /// bracket inside a paragraph is never a lead. Last, with the roles final, the paragraphs that end lists are marked
    /// (<see cref="ListEnds"/>).
    /// </summary>
    private void MarkPartItems(ReportLayout report, int start, int end, LayoutZone[] zones)
    {
        int partStart = start;
        for (int s = 0; s <= report.SectionLines.Count; s++)
        {
            int partEnd = s < report.SectionLines.Count ? report.SectionLines[s] : end;
            CompactLists.DemoteMisplacedLists(text, lines, partStart, partEnd, zones);
            UnmarkedLeads.DemoteChainsUnderLeads(text, lines, partStart, partEnd, zones);
            MarkLeadItemsInPart(partStart, partEnd, zones);
            ListEnds.MarkListEnds(text, lines, partStart, partEnd, zones, decoder);
            partStart = partEnd + 1;
        }
    }

    private void MarkLeadItemsInPart(int start, int end, LayoutZone[] zones)
    {
        int dashLines = 0;
        int bracketLines = 0;
        for (int i = start; i < end; i++)
        {
            if (lines[i].IsBlank || zones[i] != LayoutZone.Body)
            {
                continue;
            }

            if (lines[i].Role == LineRole.ItemHeading)
            {
                return;
            }

            if (IsDashParagraph(i))
            {
                dashLines++;
            }
            else if (IsBracketParagraph(i))
            {
                bracketLines++;
            }
        }

        bool dashes = dashLines >= GenreProfile.DashItemsMinimum;
        bool brackets = bracketLines >= GenreProfile.BracketItemsMinimum;
        for (int i = start; i < end && (dashes || brackets); i++)
        {
            if (lines[i].IsBlank || zones[i] != LayoutZone.Body)
            {
                continue;
            }

            ref var line = ref lines[i];
            if (dashes && IsDashParagraph(i))
            {
                LineGrammar.TryParseDashLead(text, line.ContentStart, line.ContentEnd, out var marker, out line.MarkerEnd);
                line.Marker = marker;
                line.Role = LineRole.ItemHeading;
            }
            else if (brackets && IsBracketParagraph(i))
            {
                LineGrammar.TryParseBracketLead(text, line.ContentStart, line.ContentEnd, out var marker, out line.MarkerEnd);
                line.Marker = marker;
                line.Role = LineRole.ItemHeading;
            }
        }
    }

    /// <summary>A body paragraph opened by a bracketed lead phrase (<c>【稳增长】</c>).</summary>
    private bool IsBracketParagraph(int index)
    {
        ref var line = ref lines[index];
        return line.Role == LineRole.Paragraph && line.Marker.Style == NumberingStyle.None && text[line.ContentStart] == GenreProfile.BracketLeadOpen
            && LineGrammar.TryParseBracketLead(text, line.ContentStart, line.ContentEnd, out _, out _);
    }

    /// <summary>A body paragraph opened by a dash lead and at least <see cref="GenreProfile.DashItemMinLength"/> characters after it.</summary>
    private bool IsDashParagraph(int index)
    {
        ref var line = ref lines[index];
        // A short dash line (——习近平, ——摘自《…》) signs a quotation; an item's lead says something.
        return line.Role == LineRole.Paragraph && line.Marker.Style == NumberingStyle.None
            && LineGrammar.TryParseDashLead(text, line.ContentStart, line.ContentEnd, out _, out int next)
            && line.ContentEnd - next >= GenreProfile.DashItemMinLength;
    }

    /// <summary>
    /// A marker line is an item; an ordinal clause (<c>一是…</c>) only in a chain that starts at 一是 and
    /// goes on in the following paragraphs of the same part (<c>二是…</c>); a marker alone on its line only
    /// when text follows it (the marker broken from its heading).
    /// </summary>
    private bool IsItem(int index, int end, LayoutZone[] zones)
    {
        ref var line = ref lines[index];
        if (LayoutText.AfterMarker(text, lines, index).IsEmpty)
        {
            int next = LayoutText.NextNonBlank(lines, index + 1, end);
            return next >= 0 && zones[next] == LayoutZone.Body && lines[next].Marker.Style == NumberingStyle.None;
        }

        if (line.Marker.Style != NumberingStyle.OrdinalClause)
        {
            return true;
        }

        return line.Marker.Number == 1 ? NextClause(index, end, zones) == 2 : ChainReachesFirst(index);
    }

    /// <summary>
    /// The number of the next ordinal clause with this clause's verb opening a paragraph before any other marker, or -1.
    /// A clause with the other verb is an ordinary sentence here (一是… then 二要素…: 二要素 is a word).
    /// </summary>
    private int NextClause(int index, int end, LayoutZone[] zones)
    {
        char verb = ClauseVerb(index);
        for (int j = index + 1; j < end; j++)
        {
            if (lines[j].IsBlank || zones[j] != LayoutZone.Body)
            {
                continue;
            }

            var marker = lines[j].Marker;
            if (marker.Style == NumberingStyle.OrdinalClause)
            {
                if (ClauseVerb(j) != verb)
                {
                    continue;
                }

                return marker.Number;
            }

            if (marker.Style != NumberingStyle.None)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when the clauses with this clause's verb before it count down to 一是 (一要) without another marker between;
    /// a clause with the other verb is an ordinary sentence.
    /// </summary>
    private bool ChainReachesFirst(int index)
    {
        int number = lines[index].Marker.Number;
        char verb = ClauseVerb(index);
        for (int j = index - 1; j >= 0 && number > 1; j--)
        {
            var marker = lines[j].Marker;
            if (marker.Style == NumberingStyle.OrdinalClause && ClauseVerb(j) != verb)
            {
                continue;
            }

            if (marker.Style == NumberingStyle.OrdinalClause && marker.Number == number - 1)
            {
                number--;
                continue;
            }

            if (marker.Style != NumberingStyle.None || lines[j].Role == LineRole.SectionHeading)
            {
                return false;
            }
        }

        return number == 1;
    }

    /// <summary>The verb of an ordinal clause (是 or 要, <see cref="GenreProfile.OrdinalClauseVerbs"/>): the last character of its marker.</summary>
    private char ClauseVerb(int index) => text[lines[index].MarkerEnd - 1];

    /// <summary>
    /// The top-level headings: the numbered run from 一、 when it is the outline (its numbers do not restart);
    /// else the unnumbered headings; else a run of （一） headings naming review and plan.
    /// </summary>
    /// <param name="numbered">Proposed headings of the 一、 style, in line order.</param>
    /// <param name="parenthesized">Proposed headings of the （一） style, in line order.</param>
    /// <param name="unnumbered">Proposed unnumbered headings, in line order.</param>
    /// <param name="unproposed">一、 lines not proposed as headings, which may still take the outline's next number.</param>
    /// <param name="hasClosing">
    /// Whether the report goes on to its closing. A numbered run after an unnumbered review heading is its sibling (the
    /// plan's parts) only in a report that reaches its closing; where the text ends inside the run (the beginning of a
    /// report), the run is the review's items, the far more common shape (2025年工作回顾 / 一、…四、).
    /// </param>
    private List<int> ChooseHeadings(List<int> numbered, List<int> parenthesized, List<int> unnumbered, List<int> unproposed, bool hasClosing)
    {
        var run = Run(numbered, unproposed, out bool restarts);
        bool unnumberedFirst = unnumbered.Count > 0 && run.Count > 0 && unnumbered[0] < run[0];
        if (run.Count > 0 && (!restarts || unnumbered.Count == 0) && (run.Count >= 2 || unnumbered.Count == 0) && !unnumberedFirst)
        {
            return run;
        }

        if (unnumberedFirst && hasClosing && !restarts && run.Count >= MinimumRunAfterUnnumbered && unnumbered[^1] < run[0]
            && GenreLexicon.ClassifyHeading(decoder.Normalized(unnumbered[^1])) != SectionKind.Plan)
        {
            // 首先报告2001年的工作 … then 一、…八、 this year's tasks: the unnumbered review heading and the numbered
            // run are siblings, unless the run sits under an unnumbered plan heading (2023年工作安排 / 一、…十、).
            return [.. unnumbered, .. run];
        }

        if (unnumbered.Count > 0)
        {
            return unnumbered;
        }

        var parenthesizedRun = Run(parenthesized, [], out bool parenthesizedRestarts);
        int kinds = 0;
        foreach (int i in parenthesizedRun)
        {
            if (GenreLexicon.ClassifyHeading(LayoutText.AfterMarker(text, lines, i)) is SectionKind.Review or SectionKind.Plan or SectionKind.SelfBuilding)
            {
                kinds++;
            }
        }

        // （一）关于经济形势 / （二）关于经济体制改革: a run that never restarts and whose every heading is heading-shaped is the
        // outline even without kind words (the body has no other headings).
        bool shaped = !parenthesizedRestarts && parenthesizedRun.Count >= 2
            && parenthesizedRun.TrueForAll(i => GenreLexicon.LooksLikeSectionHeading(LayoutText.AfterMarker(text, lines, i)));
        return parenthesizedRun.Count >= 2 && (kinds >= 1 || shaped) ? parenthesizedRun : [];
    }

    /// <summary>
    /// The outermost heading run 1, 2, 3 … in order; <paramref name="restarts"/> when a 1 comes again after it
    /// began. A 1 that comes again opens a nested list (一、 lists inside a 一、 section of the older reports); a
    /// number goes to an open list it continues and closes the lists inside that one, so the outer run resumes after
    /// a nested list ends (一 二 [一 二 三 四 五] 三 四). When the innermost list and an outer one both continue with the
    /// number (一 二 [一 二] 三), <see cref="PrefersOuter"/> decides.
    /// </summary>
    private List<int> Run(List<int> candidates, List<int> unproposed, out bool restarts)
    {
        // Numbered lines that were not proposed as headings: they may fill the outline's next place (see Fills) and
        // keep, with the nested candidates, a stack of the last numbers of the lists nested since the last outline heading (innermost last).
        var nested = new List<int>();
        int u = 0;
        // The last candidate numbered 2: a first heading without kind words fits when a second follows it.
        int lastSecond = -1;
        foreach (int i in candidates)
        {
            if (lines[i].Marker.Number == 2)
            {
                lastSecond = i;
            }
        }

        var open = new List<List<int>>();
        restarts = false;
        for (int c = 0; c <= candidates.Count; c++)
        {
            int i = c < candidates.Count ? candidates[c] : int.MaxValue;
            for (; u < unproposed.Count && unproposed[u] < i; u++)
            {
                int other = unproposed[u];
                int otherNumber = lines[other].Marker.Number;
                if (Fills(open, nested, other, otherNumber))
                {
                    open.RemoveRange(1, open.Count - 1);
                    open[0].Add(other);
                    nested.Clear();
                }
                else
                {
                    Nest(nested, otherNumber);
                }
            }

            if (c == candidates.Count)
            {
                break;
            }

            int number = lines[i].Marker.Number;
            int continues = Continuing(open, number, open.Count - 1);
            if (continues >= 0)
            {
                int outer = Continuing(open, number, continues - 1);
                if (outer >= 0 && PrefersOuter(open, outer, continues, candidates, c))
                {
                    continues = outer;
                }

                open.RemoveRange(continues + 1, open.Count - continues - 1);
                open[continues].Add(i);
                if (continues == 0)
                {
                    nested.Clear();
                }
                else
                {
                    Nest(nested, number);
                }
            }
            else if (number == 1 && open.Count > 0)
            {
                restarts = true;
                open.Add([i]);
                Nest(nested, number);
            }
            else if (number == 1 && !(lastSecond < i && GenreLexicon.ClassifyHeading(LayoutText.AfterMarker(text, lines, i)) == SectionKind.Other))
            {
                open.Add([i]);
                nested.Clear();
            }
            else
            {
                Nest(nested, number);
            }
        }

        return open.Count > 0 ? open[0] : [];
    }

    /// <summary>
    /// Whether an unproposed numbered line (a heading merged with its paragraph, or one below a sentence broken without
    /// punctuation) takes the outline's next place: the outline has begun (一、 and on), its last heading is one less, and no
    /// list nested since then continues the number (<c>三、</c> after nested <c>一、二、</c> is theirs).
    /// </summary>
    private bool Fills(List<List<int>> open, List<int> nested, int index, int number)
    {
        if (open.Count == 0 || number < 2 || lines[open[0][^1]].Marker.Number != number - 1 || nested.Contains(number - 1))
        {
            return false;
        }

        // A bare marker (一、 alone) heads the paragraph below it: an item, never the outline's heading.
        return !LayoutText.AfterMarker(text, lines, index).IsEmpty;
    }

    /// <summary>How many nested lists <see cref="Nest"/> keeps open: real outlines nest a few deep; a run of 一、 lines must not grow the stack.</summary>
    private const int MaxNestedLists = 8;

    /// <summary>
    /// Adds a number to the stack of nested lists: it continues the innermost list it can, else 1 opens one (or, at
    /// <see cref="MaxNestedLists"/>, restarts the innermost). The stack stays bounded, so each call is constant time.
    /// </summary>
    private static void Nest(List<int> nested, int number)
    {
        int at = nested.LastIndexOf(number - 1);
        if (at >= 0)
        {
            nested.RemoveRange(at + 1, nested.Count - at - 1);
            nested[at] = number;
        }
        else if (number == 1 && nested.Count < MaxNestedLists)
        {
            nested.Add(1);
        }
        else if (number == 1)
        {
            nested[^1] = 1;
        }
    }

    /// <summary>
    /// Whether candidate <paramref name="current"/>, which both lists could continue, goes to the outer one: when that
    /// leaves fewer following headings without a place; on a tie, unless it opens with the same words as the inner
    /// list's last item (parallel items: 充分认识… 充分认识…) and not as the outer one's.
    /// </summary>
    private bool PrefersOuter(List<List<int>> open, int outer, int inner, List<int> candidates, int current)
    {
        int unplacedOuter = Unplaced(open, outer, candidates, current);
        int unplacedInner = Unplaced(open, inner, candidates, current);
        if (unplacedOuter != unplacedInner)
        {
            return unplacedOuter < unplacedInner;
        }

        int heading = candidates[current];
        int withInner = SharedLead(heading, open[inner][^1]);
        return withInner < GenreProfile.ParallelItemLeadLength || withInner <= SharedLead(heading, open[outer][^1]);
    }

    /// <summary>How many characters two marker lines' texts share from their start.</summary>
    private int SharedLead(int first, int second)
    {
        var a = LayoutText.AfterMarker(text, lines, first);
        var b = LayoutText.AfterMarker(text, lines, second);
        return a.CommonPrefixLength(b);
    }

    /// <summary>The innermost open list at or outside <paramref name="from"/> whose last number is one less than <paramref name="number"/>, or -1.</summary>
    private int Continuing(List<List<int>> open, int number, int from)
    {
        int level = from;
        while (level >= 0 && lines[open[level][^1]].Marker.Number != number - 1)
        {
            level--;
        }

        return level;
    }

    /// <summary>How far ahead <see cref="Unplaced"/> looks: bounds the cost of a choice on long, hostile runs.</summary>
    private const int NestingLookahead = 64;

    /// <summary>
    /// How many of the next headings (up to <see cref="NestingLookahead"/>) would find no list to continue if candidate
    /// <paramref name="current"/> went to list <paramref name="level"/> and the rest each to the innermost list they continue.
    /// </summary>
    private int Unplaced(List<List<int>> open, int level, List<int> candidates, int current)
    {
        var lastNumbers = new List<int>(level + 2);
        for (int k = 0; k < level; k++)
        {
            lastNumbers.Add(lines[open[k][^1]].Marker.Number);
        }

        lastNumbers.Add(lines[candidates[current]].Marker.Number);
        int unplaced = 0;
        int end = Math.Min(candidates.Count, current + 1 + NestingLookahead);
        for (int c = current + 1; c < end; c++)
        {
            int number = lines[candidates[c]].Marker.Number;
            int at = lastNumbers.LastIndexOf(number - 1);
            if (at >= 0)
            {
                lastNumbers.RemoveRange(at + 1, lastNumbers.Count - at - 1);
                lastNumbers[at] = number;
            }
            else if (number == 1)
            {
                lastNumbers.Add(1);
            }
            else
            {
                unplaced++;
            }
        }

        return unplaced;
    }

    /// <summary>The year a heading names first (four digits and 年, in the normalized view), or null.</summary>
    private static int? YearNamedBy(ReadOnlySpan<char> heading)
    {
        int at = heading.IndexOf(GenreProfile.YearCharacter);
        while (at >= 0)
        {
            if (at >= 4 && int.TryParse(heading.Slice(at - 4, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year)
                && (at == 4 || !char.IsAsciiDigit(heading[at - 5])))
            {
                return year;
            }

            int next = heading[(at + 1)..].IndexOf(GenreProfile.YearCharacter);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return null;
    }

    /// <summary>A heading's kind from its words; a heading without kind words after the review or plan continues the plan.</summary>
    private static SectionKind KindOf(ReadOnlySpan<char> heading, SectionKind previous, bool reviewSeen)
    {
        var kind = GenreLexicon.ClassifyHeading(heading);
        if (kind == SectionKind.Review && previous != SectionKind.None && GenreLexicon.HasPlanWords(heading))
        {
            // “十三五”时期发展成就和“十四五”时期主要目标任务: after the first section, a heading that looks both back and ahead plans.
            return SectionKind.Plan;
        }

        if (kind == SectionKind.Other && (previous is SectionKind.Plan || reviewSeen) && !GenreLexicon.IsOtherSectionHeading(heading))
        {
            return SectionKind.Plan;
        }

        return kind;
    }

    /// <summary>
    /// True when the text from <paramref name="start"/> to the first heading, <paramref name="heading"/>, introduces the
    /// report rather than reviewing the year: the heading is numbered one (一、国家在过渡时期的总任务: no part before it is
    /// missing), the text has no numbered item and does not look back on the year (<see cref="OpensWithReview"/>), and its
    /// last paragraph announces what follows (现在，我谨对…作如下的说明。, <see cref="GenreProfile.IntroductionAnnouncements"/>).
    /// A county's review without a heading (2025年，面对… / 回顾过去的一年，我们主要做了以下工作：（一）…) stays the review.
    /// </summary>
    private bool IsIntroduction(int start, int heading, LayoutZone[] zones)
    {
        if (lines[heading].Marker.Number != 1 || OpensWithReview(start, heading, zones))
        {
            return false;
        }

        int last = -1;
        for (int i = start; i < heading; i++)
        {
            if (lines[i].IsBlank || zones[i] != LayoutZone.Body)
            {
                continue;
            }

            if (lines[i].Role == LineRole.ItemHeading)
            {
                return false;
            }

            last = i;
        }

        if (last < 0)
        {
            return false;
        }

        var paragraph = text.AsSpan(lines[last].ContentStart, lines[last].ContentLength);
        foreach (var announcement in GenreProfile.IntroductionAnnouncements)
        {
            if (paragraph.Contains(announcement, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when one of the first body paragraphs from <paramref name="start"/> opens with a look back on the year (一年来…).</summary>
    private bool OpensWithReview(int start, int end, LayoutZone[] zones)
    {
        int seen = 0;
        for (int i = start; i < end && seen < GenreProfile.ReviewOpeningWindow; i++)
        {
            if (lines[i].IsBlank || zones[i] != LayoutZone.Body)
            {
                continue;
            }

            seen++;
            if (GenreLexicon.StartsWithAny(text.AsSpan(lines[i].ContentStart, lines[i].ContentLength), GenreProfile.ReviewPeriodLeads))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Text before the first heading that is not the review is an implicit review; a body without headings is one implicit
    /// section. The one exception is an introduction (<see cref="IsIntroduction"/>): then no part is missing.
    /// </summary>
    private void MarkImplicitSection(ReportLayout report, int start, int end, LayoutZone[] zones)
    {
        int firstSection = report.SectionLines.Count > 0 ? report.SectionLines[0] : -1;
        if (firstSection >= 0 && lines[firstSection].Section != SectionKind.Review && !IsIntroduction(start, firstSection, zones))
        {
            for (int i = start; i < firstSection; i++)
            {
                if (!lines[i].IsBlank && zones[i] == LayoutZone.Body && lines[i].Role is LineRole.Paragraph or LineRole.ItemHeading)
                {
                    report.ImplicitReviewLine = i;
                    break;
                }
            }
        }
        else if (firstSection < 0)
        {
            for (int i = start; i < end; i++)
            {
                if (!lines[i].IsBlank && zones[i] == LayoutZone.Body)
                {
                    report.ImplicitReviewLine = i;
                    // The beginning of a report (no closing) that looks back on the year is its review.
                    report.ImplicitSectionIsOther = report.ClosingLine >= 0 || !OpensWithReview(i, end, zones);
                    break;
                }
            }
        }
    }
}
