using ReportSdk.Semantics.Model;
using ReportSdk.Syntax;
using ReportSdk.Text;

namespace ReportSdk.Semantics.Metadata;

/// <summary>
/// The year a report plans for: the year in its title; else the meeting date's year (a meeting late in a
/// year plans for the next); else the year in a plan heading (2025年政府工作任务); else the year after the one a
/// review heading names (2024年工作回顾); else a plan or closing sentence that opens with the year (２０１３年是…).
/// </summary>
internal static class YearReader
{
    /// <summary>Month from which a meeting plans for the following year (a December meeting).</summary>
    private const int FirstMonthOfNextYearsMeetings = 10;

    public static Located<int>? Read(ReportSyntax report, SourceText text, PreambleLine title, Located<DateOnly>? date)
    {
        if (title.Text is not null && LastYear(title.Text) is { } t)
        {
            return new Located<int>(t.Year, new TextSpan(title.Span.Start + t.Start, t.Length));
        }

        if (date is { } d)
        {
            int year = d.Value.Month >= FirstMonthOfNextYearsMeetings ? d.Value.Year + 1 : d.Value.Year;
            return new Located<int>(year, d.Span);
        }

        foreach (var section in report.Sections)
        {
            if (section is PlanSectionSyntax && HeadingYear(section, text) is { } plan)
            {
                return plan;
            }
        }

        // A dated review heading is stronger evidence than a sentence: a plan may name a milestone year (2020年是…收官之年).
        foreach (var section in report.Sections)
        {
            if (section is ReviewSectionSyntax && HeadingYear(section, text, first: true) is { } review)
            {
                return review with { Value = review.Value + 1 };
            }
        }

        // Only plan sections after a review, and the closing: a report that opens with the situation
        // (当前国内形势…) says last year's "１９８６年是…" there.
        bool reviewed = false;
        foreach (var section in report.Sections)
        {
            reviewed |= section is ReviewSectionSyntax;
            if (reviewed && section is PlanSectionSyntax && SentenceYear(section, text) is { } stated)
            {
                return stated;
            }
        }

        if (report.Closing is { } closing && SentenceYear(closing, text) is { } closingYear)
        {
            return closingYear;
        }

        return null;
    }

    /// <summary>The year a heading names: the last one, or for a review (１９９３年…回顾和１９９４年…方针) the first.</summary>
    private static Located<int>? HeadingYear(SectionSyntax section, SourceText text, bool first = false)
    {
        var token = section.Heading.TextToken;
        if (token.IsMissing || token.Span.Length == 0)
        {
            return null;
        }

        string heading = text.ToString(token.Span);
        return LastYear(heading, first) is { } y ? new Located<int>(y.Year, new TextSpan(token.Span.Start + y.Start, y.Length)) : null;
    }

    /// <summary>The first year that opens a sentence of a plan section or the closing and is said to be the year (２０１３年是…).</summary>
    private static Located<int>? SentenceYear(SyntaxNode section, SourceText text)
    {
        string body = text.ToString(section.Span);
        foreach (string phrase in MeaningProfile.YearIsPhrases)
        {
            for (int at = body.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = body.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                int start = DateReader.NumberStartBefore(body, at);
                if (start < 0 || !OpensSentence(body, start) || !DateReader.TryNumber(body.AsSpan(start, at - start), out int year) ||
                    year is < MeaningProfile.MinYear or > MeaningProfile.MaxYear)
                {
                    continue;
                }

                return new Located<int>(year, new TextSpan(section.Span.Start + start, at + 1 - start));
            }
        }

        return null;
    }

    /// <summary>Whether only spaces stand between <paramref name="at"/> and a line start or a sentence end.</summary>
    private static bool OpensSentence(string text, int at)
    {
        int i = at - 1;
        while (i >= 0 && text[i] is ' ' or '\u3000' or '\t' or '\u00A0')
        {
            i--;
        }

        return i < 0 || text[i] is '\n' or '\r' || MeaningProfile.SentenceEnds.Contains(text[i], StringComparison.Ordinal) || text[i] is '；' or '：';
    }

    /// <summary>The last plausible year (digits before 年) in the text, with its offset and length (年 included).</summary>
    public static (int Year, int Start, int Length)? LastYear(string text, bool first = false)
    {
        (int, int, int)? found = null;
        for (int at = text.IndexOf('年'); at >= 0; at = text.IndexOf('年', at + 1))
        {
            int start = DateReader.NumberStartBefore(text, at);
            if (start >= 0 && DateReader.TryNumber(text.AsSpan(start, at - start), out int year) &&
                year is >= MeaningProfile.MinYear and <= MeaningProfile.MaxYear)
            {
                found = (year, start, at + 1 - start);
                if (first)
                {
                    break;
                }
            }
        }

        return found;
    }
}
