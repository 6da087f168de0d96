using ReportSdk.Semantics.Quantities;
using ReportSdk.Syntax;
using ReportSdk.Text;

namespace ReportSdk.Semantics.Targets;

/// <summary>
/// Finds the quantities of a report's sections and turns each into a <see cref="Target"/> with its
/// indicator and kind. The kind comes from the section (review or plan) and cue words of the sentence:
/// 预计 (estimate), 年均 (average), 十五五/到2030年 (five-year goal), 去年/过去一年 (achieved), 今年/预期目标 (target).
/// </summary>
internal static class TargetExtractor
{
    /// <summary>
    /// The quantities and figures of <paramref name="report"/>. <paramref name="foldedText"/> is the whole text folded
    /// (<see cref="MeaningProfile.Fold"/>) when the caller made it once for all the reports of a document; null folds here.
    /// </summary>
    public static (IReadOnlyList<Quantity> Quantities, IReadOnlyList<Target> Targets) Extract(ReportSyntax report, SourceText text, int? reportYear, string? foldedText = null)
    {
        var quantities = new List<Quantity>();
        var targets = new List<Target>();
        string source = text.ToString();
        string folded = foldedText ?? MeaningProfile.Fold(source);
        bool fullWidthThousands = QuantityScanner.UsesFullWidthThousands(folded);
        if (folded.Length != source.Length)
        {
            throw new ArgumentException("The folded text must be the report's text folded, of the same length.", nameof(foldedText));
        }
        foreach (var section in report.Sections)
        {
            var headingToken = section.Heading.TextToken;
            string heading = headingToken.IsMissing || headingToken.Span.Length == 0 ? string.Empty : text.ToString(headingToken.Span);
            var role = SectionRoles.Of(section, heading, reportYear);
            foreach (var span in BlockSpans(section))
            {
                var written = source.AsSpan(span.Start, span.Length);
                var block = folded.AsSpan(span.Start, span.Length);
                var found = QuantityScanner.Scan(written, block, span.Start, fullWidthThousands);
                quantities.AddRange(found);
                AddTargets(block, written, span.Start, found, role, heading, reportYear, targets);
            }
        }

        return (quantities, targets);
    }

    /// <summary>
    /// The running text of a section: paragraphs and numbered items' titles, not footnote definitions. The walk does not
    /// enter a paragraph, a definition or an inline: no block stands inside them.
    /// </summary>
    private static IEnumerable<TextSpan> BlockSpans(SectionSyntax section)
    {
        foreach (var node in section.DescendantNodes(EntersBlocks))
        {
            if (node is ParagraphSyntax paragraph)
            {
                yield return paragraph.Span;
            }
            else if (node is NumberedItemSyntax item && item.Title.Count > 0)
            {
                yield return TextSpan.FromBounds(item.Title[0].Span.Start, item.Title[item.Title.Count - 1].Span.End);
            }
        }
    }

    /// <summary>Whether a block can stand inside <paramref name="node"/>: not inside a paragraph, a note's definition or an inline.</summary>
    private static bool EntersBlocks(SyntaxNode node) => node is not (ParagraphSyntax or FootnoteDefinitionSyntax or InlineSyntax);

    /// <summary>Turns the quantities of one block into figures; cues are matched in <paramref name="block"/> (folded to simplified characters), the sentence is kept as <paramref name="written"/>.</summary>
    private static void AddTargets(
        ReadOnlySpan<char> block, ReadOnlySpan<char> written, int offset, IReadOnlyList<Quantity> found, SectionRole role, string heading, int? reportYear, List<Target> targets)
    {
        int sentenceStart = -1, sentenceEnd = -1;
        bool pastParagraph = OpensWithPastCue(block);
        string previousIndicator = string.Empty;
        var counted = new CountedNames();
        Target? previous = null;
        bool previousEstimate = false;
        foreach (var quantity in found)
        {
            int at = quantity.Span.Start - offset;
            if (at >= sentenceEnd)
            {
                (sentenceStart, sentenceEnd) = SentenceAround(block, at);
                previousIndicator = string.Empty;
                counted.StartSentence();
                previous = null;
                previousEstimate = false;
            }

            if (NamesAMeeting(block, quantity.Span.End - offset) || InsideQuotedName(block, sentenceStart, at, quantity.Span.End - offset))
            {
                continue;
            }

            int clauseStart = ClauseStart(block, sentenceStart, at);
            // 从3826.5亿元增长到4398.6亿元: both values are measured by the subject before 从; the end value is for the year named
            // after its reach word, else before the pair.
            var pair = FromToPairs.Find(block, clauseStart, at, found, offset);
            string indicator = IndicatorClassifier.Clean(block[clauseStart..(pair?.Start ?? at)]);
            if (indicator.Length == 0 && pair is not null && clauseStart > sentenceStart)
            {
                // 钢：从一百三十五万吨增加到四百十二万吨, …比重，将由26.7%上升到36%: a pair with no subject in its clause is the
                // clause before's subject's.
                indicator = PreviousClauseSubject(block, sentenceStart, clauseStart);
            }

            // 打造10个数字领航企业: what a bare verb (or a clause opening with the count) counts is named after the unit. The name
            // is this figure's own: a later figure without a subject does not inherit it.
            bool named = false;
            if (counted.Name(block, at, offset, quantity, indicator) is { } countedName)
            {
                indicator = countedName;
                named = true;
            }

            bool inherited = false;
            bool continuation = indicator.Length > 0 && IndicatorClassifier.LacksSubject(indicator);
            if (indicator.Length == 0)
            {
                indicator = previousIndicator;
                inherited = true;
            }
            else if (continuation && previousIndicator.Length > 0)
            {
                // 地区生产总值超过2.5万亿元、年均增长5%: the second clause's subject is the first's.
                indicator = IndicatorClassifier.Subject(previousIndicator) + indicator;
            }
            else if (continuation && clauseStart > sentenceStart)
            {
                // 社会商品零售总额，一九八一年比一九八〇年增长8%: the subject is the clause before, which has no number.
                indicator = PreviousClauseSubject(block, sentenceStart, clauseStart) + indicator;
            }

            if (indicator.Length == 0)
            {
                continue;
            }

            var before = block[sentenceStart..at];
            var clause = block[clauseStart..at];
            bool estimate = IsEstimate(before, clause) || (continuation && previousEstimate);
            var kind = Classify(role, heading, before, clause, reportYear, pastParagraph, estimate);
            if (kind is null)
            {
                continue;
            }

            // A stretch word makes a goal's stretch value (力争8%); before a result it means what was obtained (争取中央资金900亿元).
            // 力争 after a figure (预计增长5%，力争6%) is its stretch value whatever its kind; 争取 before a result's own object
            // (争取中央资金900亿元) says what was obtained: a figure's own stretch word counts for goals only.
            bool stretch = quantity.IsStretch && kind is TargetKind.Target or TargetKind.FiveYearGoal;
            if (quantity.IsStretch && inherited && previous is not null && previous.Stretch is null)
            {
                var withStretch = previous with { Stretch = quantity };
                targets[^1] = withStretch;
                previous = withStretch;
                continue;
            }

            int? year = FigureYear(kind.Value, reportYear, block, before, sentenceStart, pair, at);
            if (kind is TargetKind.Target or TargetKind.Achieved or TargetKind.Estimate &&
                Array.IndexOf(MeaningProfile.RatioUnits, quantity.Unit) < 0 && ComparisonBaseYear(clause) is { } baseYear)
            {
                // 比一九五八年的三亿吨增长百分之二十: the base of the comparison is that year's result.
                (kind, year) = (TargetKind.Achieved, baseYear);
            }

            var sentenceSpan = TextSpan.FromBounds(offset + sentenceStart, offset + sentenceEnd);
            var target = new Target(
                indicator,
                IndicatorClassifier.Key(indicator),
                // 比上年增加500亿元，总额…达到5000亿元: an inherited subject does not carry the previous figure's measure.
                inherited && clause.Trim().Length > 0 ? IndicatorClassifier.Measure(clause, quantity, clause) : IndicatorClassifier.Measure(indicator, quantity, clause),
                kind.Value,
                quantity,
                stretch ? quantity : null,
                year,
                heading.Trim(),
                sentenceSpan,
                written[sentenceStart..sentenceEnd].Trim().ToString());
            targets.Add(target);
            previous = target;
            previousIndicator = named ? previousIndicator : indicator;
            previousEstimate = estimate;
        }
    }

    /// <summary>
    /// The year of a figure (<see cref="YearOf"/>) read in the sentence before it; for a pair's end value, in the text after
    /// its reach word when that names a year (增加到1982年的…), else in the sentence before the pair, without the years that
    /// open a pair's start values (由2020年的7.2%: a second pair of the sentence is not for the first one's start year).
    /// </summary>
    private static int? FigureYear(TargetKind kind, int? reportYear, ReadOnlySpan<char> block, ReadOnlySpan<char> sentenceBefore, int sentenceStart, FromToPairs.Pair? pair, int at)
    {
        if (pair is not { IsEndValue: true } end)
        {
            return YearOf(kind, reportYear, sentenceBefore);
        }

        var afterReach = block[end.ReachEnd..at];
        return NamedYear(afterReach) is not null
            ? YearOf(kind, reportYear, afterReach)
            : YearOf(kind, reportYear, block[sentenceStart..end.Start], skipPairStartYears: true);
    }

    /// <summary>The kind of a figure, or null when neither its section nor its sentence tells (it stays a plain quantity).</summary>
    internal static TargetKind? Classify(
        SectionRole role, string heading, ReadOnlySpan<char> sentenceBefore, ReadOnlySpan<char> clauseBefore, int? reportYear, bool pastParagraph, bool estimate)
    {
        bool average = ContainsAverageCue(clauseBefore);
        if (estimate)
        {
            // 预计2022年期间完成… in the plan of the 2022 report estimates the plan year: a target, not last year's estimate.
            if (role != SectionRole.Review && EstimatesReportYear(sentenceBefore, reportYear))
            {
                return TargetKind.Target;
            }

            // 科技投入预计年均增长9%: an estimated average is still an average over the period.
            return average ? TargetKind.FiveYearAverage : TargetKind.Estimate;
        }

        if (role != SectionRole.Review && TargetCueMatchers.AnnualTargetCues.ContainsAny(sentenceBefore))
        {
            return TargetKind.Target;
        }

        int? lastNamed = LastNamedYear(sentenceBefore, reportYear, out bool namesReportYear);
        bool thisYear = TargetCueMatchers.PlanCues.ContainsAny(sentenceBefore) || namesReportYear;
        bool past = TargetCueMatchers.PastCues.ContainsAny(sentenceBefore) || (reportYear is { } p && lastNamed < p)
            || (pastParagraph && !thisYear);
        bool fiveYear = TargetCueMatchers.FiveYearCues.ContainsAny(sentenceBefore);
        bool fiveYearHeading = TargetCueMatchers.FiveYearCues.ContainsAny(heading) && !NamesYear(heading, reportYear);
        switch (role)
        {
            case SectionRole.Review:
                return average ? TargetKind.FiveYearAverage : TargetKind.Achieved;
            case SectionRole.Plan:
                if (past && !thisYear)
                {
                    return average ? TargetKind.FiveYearAverage : TargetKind.Achieved;
                }

                if (thisYear && !fiveYear)
                {
                    return TargetKind.Target;
                }

                return average || fiveYear || fiveYearHeading ? TargetKind.FiveYearGoal : TargetKind.Target;
            default:
                if (thisYear)
                {
                    return TargetKind.Target;
                }

                return past ? (average ? TargetKind.FiveYearAverage : TargetKind.Achieved) : null;
        }
    }

    /// <summary>Whether an estimate cue in <paramref name="sentenceBefore"/> is directly followed by the report year (预计2022年).</summary>
    private static bool EstimatesReportYear(ReadOnlySpan<char> sentenceBefore, int? reportYear)
    {
        if (reportYear is not { } year)
        {
            return false;
        }

        foreach (var cue in MeaningProfile.EstimateCues)
        {
            for (int at = TextSearch.IndexOf(sentenceBefore, cue, 0); at >= 0; at = TextSearch.IndexOf(sentenceBefore, cue, at + 1))
            {
                // The year in any script: 预计2022年, 预计２０２２年, 预计二〇二二年.
                var after = sentenceBefore[(at + cue.Length)..].TrimStart();
                int yearMark = after.IndexOf('年');
                if (yearMark > 0 && Metadata.DateReader.TryNumber(after[..yearMark], out int named) && named == year)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the text at <paramref name="end"/> (just after a number) makes the number part of a name (五次全会).</summary>
    private static bool NamesAMeeting(ReadOnlySpan<char> block, int end) =>
        end >= 0 && end <= block.Length && Parsing.GenreLexicon.StartsWithAny(block[end..], MeaningProfile.OrdinalNameSuffixes);

    /// <summary>Whether <paramref name="text"/>, without its trailing spaces, ends with a comparison word (比, 同, 较): what follows is a comparison's base.</summary>
    private static bool EndsWithComparisonWord(ReadOnlySpan<char> text) => Parsing.GenreLexicon.EndsWithAny(text.TrimEnd(), MeaningProfile.ComparisonWords);

    /// <summary>
    /// Whether the quantity ending at <paramref name="end"/> closes a quoted name: a closing quote follows it and an
    /// opening quote before it, in the same sentence, is still open (“65条”, “促进就业9条”).
    /// </summary>
    private static bool InsideQuotedName(ReadOnlySpan<char> block, int sentenceStart, int at, int end)
    {
        if (end < 0 || end >= block.Length || !MeaningProfile.QuotedNameClosers.Contains(block[end], StringComparison.Ordinal))
        {
            return false;
        }

        var before = block[sentenceStart..at];
        return before.LastIndexOfAny(MeaningProfile.QuotedNameOpeners) > before.LastIndexOfAny(MeaningProfile.QuotedNameClosers);
    }

    /// <summary>
    /// The year a figure is for: a year the sentence names before it (2025年，…; 一九八二年预计…; 从2020年的3万亿元),
    /// unless that year is the base of a comparison (比2020年); else the report year for a target and the year before
    /// for a result, estimate or average; null for a five-year goal.
    /// </summary>
    private static int? YearOf(TargetKind kind, int? reportYear, ReadOnlySpan<char> sentenceBefore, bool skipPairStartYears = false)
    {
        if (kind == TargetKind.FiveYearGoal)
        {
            return null;
        }

        if (LastNamedYear(sentenceBefore, null, out _, skipPairStartYears) is { } named)
        {
            return named;
        }

        return kind == TargetKind.Target ? reportYear : reportYear - 1;
    }

    /// <summary>The year of a comparison base the clause ends with (比一九五八年的, 同2020年), or null.</summary>
    private static int? ComparisonBaseYear(ReadOnlySpan<char> clause)
    {
        var c = clause.TrimEnd();
        if (c.EndsWith('的'))
        {
            c = c[..^1];
        }

        if (!c.EndsWith('年'))
        {
            return null;
        }

        int start = Metadata.DateReader.NumberStartBefore(c, c.Length - 1);
        return start >= 0 && Metadata.DateReader.TryNumber(c[start..^1], out int year) &&
            year is >= MeaningProfile.MinNamedYear and <= MeaningProfile.MaxYear && EndsWithComparisonWord(c[..start])
            ? year
            : null;
    }

    /// <summary>An average cue (年均, 平均每年) that is not part of a one-year phrase (去年平均每人).</summary>
    private static bool ContainsAverageCue(ReadOnlySpan<char> clause)
    {
        foreach (string cue in MeaningProfile.AverageCues)
        {
            for (int at = TextSearch.IndexOf(clause, cue, 0); at >= 0; at = TextSearch.IndexOf(clause, cue, at + 1))
            {
                if (!IsInsideAverageCueBlocker(clause, cue, at))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the average cue <paramref name="cue"/> at <paramref name="at"/> is part of a one-year phrase (去年平均).</summary>
    private static bool IsInsideAverageCueBlocker(ReadOnlySpan<char> clause, string cue, int at)
    {
        foreach (string blocker in MeaningProfile.AverageCueBlockers)
        {
            int cueInBlocker = blocker.IndexOf(cue, StringComparison.Ordinal);
            int from = at - cueInBlocker;
            if (cueInBlocker >= 0 && from >= 0 && clause[from..].StartsWith(blocker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text names <paramref name="year"/> (not as the base of a comparison); false for a null year.</summary>
    private static bool NamesYear(ReadOnlySpan<char> text, int? year)
    {
        LastNamedYear(text, year, out bool names);
        return names;
    }

    /// <summary>The last year named in the text that is not the base of a comparison, or null.</summary>
    private static int? NamedYear(ReadOnlySpan<char> text) => LastNamedYear(text, null, out _);

    /// <summary>
    /// The last of the years named in the text (2025年, 一九八二年) that are not the base of a comparison (比2020年) — nor, with
    /// <paramref name="skipPairStartYears"/>, the year of a pair's start values (由2020年的…) — or null;
    /// <paramref name="namesYear"/> tells whether <paramref name="year"/> is one of them. One pass, nothing allocated.
    /// </summary>
    private static int? LastNamedYear(ReadOnlySpan<char> text, int? year, out bool namesYear, bool skipPairStartYears = false)
    {
        namesYear = false;
        int? last = null;
        for (int at = text.IndexOf('年'); at >= 0; at = TextSearch.IndexOf(text, '年', at + 1))
        {
            int start = Metadata.DateReader.NumberStartBefore(text, at);
            if (start >= 0 && Metadata.DateReader.TryNumber(text[start..at], out int named) &&
                named is >= MeaningProfile.MinNamedYear and <= MeaningProfile.MaxYear && !EndsWithComparisonWord(text[..start])
                && !(skipPairStartYears && Parsing.GenreLexicon.EndsWithAny(text[..start].TrimEnd(), MeaningProfile.PairStartWords)))
            {
                last = named;
                namesYear |= named == year;
            }
        }

        return last;
    }

    /// <summary>
    /// Whether 预计 governs the figure: in the sentence's first clause it governs the whole sentence (预计全年地区生产总值增长
    /// 8.5%。预计实现…，增长14.5%；财税入库…); opening a later clause (建成后预计年产值…) it governs up to the next semicolon;
    /// after a subject (科技投入预计年均增长9%) only its own clause. After 比 in its clause it is the base of a comparison
    /// (总产值比上年预计增长6%), not a cue.
    /// </summary>
    private static bool IsEstimate(ReadOnlySpan<char> sentenceBefore, ReadOnlySpan<char> clauseBefore)
    {
        int firstClauseEnd = sentenceBefore.IndexOfAny(PunctuationSets.ClauseEnds);
        int segmentStart = sentenceBefore.LastIndexOfAny(MeaningProfile.SegmentEnds) + 1;
        foreach (string cue in MeaningProfile.EstimateCues)
        {
            for (int at = TextSearch.IndexOf(sentenceBefore, cue, 0); at >= 0; at = TextSearch.IndexOf(sentenceBefore, cue, at + 1))
            {
                int clauseStart = sentenceBefore[..at].LastIndexOfAny(PunctuationSets.ClauseEnds) + 1;
                if (TargetCueMatchers.EstimateBaseWords.ContainsAny(sentenceBefore[clauseStart..at]))
                {
                    continue;
                }

                bool firstClause = firstClauseEnd < 0 || at < firstClauseEnd;
                bool opensSegmentClause = at - clauseStart <= MeaningProfile.EstimateOpenerReach && at >= segmentStart;
                bool ownClause = at >= sentenceBefore.Length - clauseBefore.Length;
                if (firstClause || opensSegmentClause || ownClause)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when the paragraph's first clause names the past (过去五年，…): its sentences look back unless they say otherwise.</summary>
    private static bool OpensWithPastCue(ReadOnlySpan<char> block)
    {
        int end = block.IndexOfAny(PunctuationSets.ClauseOrSentenceEnds);
        return TargetCueMatchers.PastCues.ContainsAny(end < 0 ? block : block[..end]);
    }

    /// <summary>The sentence around <paramref name="at"/>: from after the sentence end before it to its own sentence end, included.</summary>
    private static (int Start, int End) SentenceAround(ReadOnlySpan<char> block, int at)
    {
        int start = block[..at].LastIndexOfAny(PunctuationSets.SentenceEnds) + 1;
        int end = block[at..].IndexOfAny(PunctuationSets.SentenceEnds);
        return (start, end < 0 ? block.Length : at + end + 1);
    }

    /// <summary>The subject of the clause before the one starting at <paramref name="clauseStart"/> (its cleaned text up to the first measure word).</summary>
    private static string PreviousClauseSubject(ReadOnlySpan<char> block, int sentenceStart, int clauseStart)
    {
        int previousClause = ClauseStart(block, sentenceStart, clauseStart - 1);
        return IndicatorClassifier.Subject(IndicatorClassifier.Clean(block[previousClause..(clauseStart - 1)]));
    }

    /// <summary>Where the clause of <paramref name="at"/> starts: after the last clause end between the sentence start and it.</summary>
    private static int ClauseStart(ReadOnlySpan<char> block, int sentenceStart, int at) =>
        sentenceStart + block[sentenceStart..at].LastIndexOfAny(PunctuationSets.ClauseEnds) + 1;
}
