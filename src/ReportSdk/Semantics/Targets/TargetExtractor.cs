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
    public static (IReadOnlyList<Quantity> Quantities, IReadOnlyList<Target> Targets) Extract(ReportSyntax report, SourceText text, int? reportYear)
    {
        var quantities = new List<Quantity>();
        var targets = new List<Target>();
        foreach (var section in report.Sections)
        {
            var headingToken = section.Heading.TextToken;
            string heading = headingToken.IsMissing || headingToken.Span.Length == 0 ? string.Empty : text.ToString(headingToken.Span);
            var role = SectionRoles.Of(section, heading, reportYear);
            foreach (var span in BlockSpans(section))
            {
                string block = text.ToString(span);
                var found = QuantityScanner.Scan(block, span.Start);
                quantities.AddRange(found);
                AddTargets(block, span.Start, found, role, heading, reportYear, targets);
            }
        }

        return (quantities, targets);
    }

    /// <summary>The running text of a section: paragraphs and numbered items' titles, not footnote definitions.</summary>
    private static IEnumerable<TextSpan> BlockSpans(SectionSyntax section)
    {
        foreach (var node in section.DescendantNodes())
        {
            if (node is ParagraphSyntax paragraph && paragraph.FirstAncestorOrSelf<FootnoteDefinitionSyntax>() is null)
            {
                yield return paragraph.Span;
            }
            else if (node is NumberedItemSyntax item && item.Title.Count > 0)
            {
                yield return TextSpan.FromBounds(item.Title[0].Span.Start, item.Title[item.Title.Count - 1].Span.End);
            }
        }
    }

    private static void AddTargets(
        string block, int offset, IReadOnlyList<Quantity> found, SectionRole role, string heading, int? reportYear, List<Target> targets)
    {
        int sentenceStart = -1, sentenceEnd = -1;
        string previousIndicator = string.Empty;
        Target? previous = null;
        foreach (var quantity in found)
        {
            int at = quantity.Span.Start - offset;
            if (at >= sentenceEnd)
            {
                (sentenceStart, sentenceEnd) = SentenceAround(block, at);
                previousIndicator = string.Empty;
                previous = null;
            }

            if (NamesAMeeting(block, quantity.Span.End - offset) || InsideQuotedName(block, sentenceStart, at, quantity.Span.End - offset))
            {
                continue;
            }

            int clauseStart = ClauseStart(block, sentenceStart, at);
            string indicator = IndicatorClassifier.Clean(block[clauseStart..at]);
            bool inherited = false;
            if (indicator.Length == 0)
            {
                indicator = previousIndicator;
                inherited = true;
            }
            else if (previousIndicator.Length > 0 && IndicatorClassifier.LacksSubject(indicator))
            {
                // 地区生产总值超过2.5万亿元、年均增长5%: the second clause's subject is the first's.
                indicator = IndicatorClassifier.Subject(previousIndicator) + indicator;
            }

            if (indicator.Length == 0)
            {
                continue;
            }

            string before = block[sentenceStart..at];
            string clause = block[clauseStart..at];
            var kind = Classify(role, heading, before, clause, reportYear);
            if (kind is null)
            {
                continue;
            }

            if (quantity.IsStretch && inherited && previous is not null && previous.Stretch is null)
            {
                var withStretch = previous with { Stretch = quantity };
                targets[^1] = withStretch;
                previous = withStretch;
                continue;
            }

            var sentenceSpan = TextSpan.FromBounds(offset + sentenceStart, offset + sentenceEnd);
            var target = new Target(
                indicator,
                IndicatorClassifier.Key(indicator),
                IndicatorClassifier.Measure(indicator, quantity),
                kind.Value,
                quantity,
                quantity.IsStretch ? quantity : null,
                YearOf(kind.Value, reportYear),
                heading.Trim(),
                sentenceSpan,
                block[sentenceStart..sentenceEnd].Trim());
            targets.Add(target);
            previous = target;
            previousIndicator = indicator;
        }
    }

    /// <summary>The kind of a figure, or null when neither its section nor its sentence tells (it stays a plain quantity).</summary>
    internal static TargetKind? Classify(SectionRole role, string heading, string sentenceBefore, string clauseBefore, int? reportYear)
    {
        if (ContainsAny(sentenceBefore, MeaningProfile.EstimateCues))
        {
            // 预计2022年期间完成… in the plan of the 2022 report estimates the plan year: a target, not last year's estimate.
            return role != SectionRole.Review && EstimatesReportYear(sentenceBefore, reportYear) ? TargetKind.Target : TargetKind.Estimate;
        }

        if (role != SectionRole.Review && ContainsAny(sentenceBefore, MeaningProfile.AnnualTargetCues))
        {
            return TargetKind.Target;
        }

        bool average = ContainsAny(clauseBefore, MeaningProfile.AverageCues);
        bool thisYear = ContainsAny(sentenceBefore, MeaningProfile.PlanCues) || (reportYear is { } y && sentenceBefore.Contains($"{y}年", StringComparison.Ordinal));
        bool past = ContainsAny(sentenceBefore, MeaningProfile.PastCues) || (reportYear is { } p && sentenceBefore.Contains($"{p - 1}年", StringComparison.Ordinal));
        bool fiveYear = ContainsAny(sentenceBefore, MeaningProfile.FiveYearCues);
        bool fiveYearHeading = ContainsAny(heading, MeaningProfile.FiveYearCues) && !(reportYear is { } h && heading.Contains($"{h}年", StringComparison.Ordinal));
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
    private static bool EstimatesReportYear(string sentenceBefore, int? reportYear)
    {
        if (reportYear is not { } year)
        {
            return false;
        }

        string named = $"{year}年";
        foreach (var cue in MeaningProfile.EstimateCues)
        {
            for (int at = sentenceBefore.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = sentenceBefore.IndexOf(cue, at + 1, StringComparison.Ordinal))
            {
                if (sentenceBefore.AsSpan(at + cue.Length).TrimStart().StartsWith(named, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the text at <paramref name="end"/> (just after a number) makes the number part of a name (五次全会).</summary>
    private static bool NamesAMeeting(string block, int end) =>
        end >= 0 && end <= block.Length && MeaningProfile.OrdinalNameSuffixes.Any(suffix => block.AsSpan(end).StartsWith(suffix, StringComparison.Ordinal));

    /// <summary>
    /// Whether the quantity ending at <paramref name="end"/> closes a quoted name: a closing quote follows it and an
    /// opening quote before it, in the same sentence, is still open (“65条”, “促进就业9条”).
    /// </summary>
    private static bool InsideQuotedName(string block, int sentenceStart, int at, int end)
    {
        if (end < 0 || end >= block.Length || !MeaningProfile.QuotedNameClosers.Contains(block[end], StringComparison.Ordinal))
        {
            return false;
        }

        var before = block.AsSpan(sentenceStart, at - sentenceStart);
        return before.LastIndexOfAny(MeaningProfile.QuotedNameOpeners) > before.LastIndexOfAny(MeaningProfile.QuotedNameClosers);
    }

    private static int? YearOf(TargetKind kind, int? reportYear) => kind switch
    {
        TargetKind.Target => reportYear,
        TargetKind.Achieved or TargetKind.Estimate or TargetKind.FiveYearAverage => reportYear - 1,
        _ => null,
    };

    private static (int Start, int End) SentenceAround(string block, int at)
    {
        int start = at;
        while (start > 0 && !MeaningProfile.SentenceEnds.Contains(block[start - 1]))
        {
            start--;
        }

        int end = at;
        while (end < block.Length && !MeaningProfile.SentenceEnds.Contains(block[end]))
        {
            end++;
        }

        return (start, Math.Min(block.Length, end + 1));
    }

    private static int ClauseStart(string block, int sentenceStart, int at)
    {
        int i = at;
        while (i > sentenceStart && !MeaningProfile.ClauseEnds.Contains(block[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static bool ContainsAny(string text, string[] cues)
    {
        foreach (string cue in cues)
        {
            if (text.Contains(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
