namespace ReportSdk.Parsing;

/// <summary>
/// The first line of the closing: a paragraph opening with a salutation word or a rallying call
/// (<c>各位代表！…让我们…</c>, <c>让我们…</c>), <c>各位代表！</c> alone on its line before the closing
/// paragraph, or a <c>结束语</c> heading.
/// </summary>
internal sealed class ClosingRecognizer : LineRecognizer
{
    public override string Name => "closing";

    public override string? OpeningCharacters { get; } =
        GenreProfile.FirstCharacters([.. GenreProfile.SalutationWords, .. GenreProfile.RallyingWords, .. GenreProfile.ClosingHeadings]);

    public override void Propose(in LineContext line, CandidateSink sink)
    {
        var text = line.Normalized;
        if (line.Info.Marker.Style != Syntax.NumberingStyle.None)
        {
            return;
        }

        bool opensWithAppeal = GenreLexicon.StartsWithSalutation(line.Content) || GenreLexicon.StartsWithAny(line.Content, GenreProfile.RallyingWords);
        bool heading = IsClosingHeading(text);
        if (!opensWithAppeal && !heading)
        {
            return;
        }

        float score = heading ? GenreProfile.Scores.ClosingHeading : GenreProfile.Scores.ClosingStart;
        if (GenreLexicon.StartsWithSalutation(line.Content) && (Rallies(line.Content) || RalliesBelow(line)))
        {
            score += GenreProfile.Scores.ClosingRally;
        }
        else if (!heading && (GivesThanks(line.Content) || FollowsAHeading(line)))
        {
            // The review's thanks, or the first paragraph under a section heading (二、2026年工作安排 / 各位代表！2026年是…):
            // part of the body, which matters when the text ends there (the beginning of a report).
            return;
        }

        sink.Add(LineRole.ClosingParagraph, LayoutZone.Closing, score, opens: true);
    }

    private static bool IsClosingHeading(ReadOnlySpan<char> normalized)
    {
        foreach (var heading in GenreProfile.ClosingHeadings)
        {
            if (normalized.SequenceEqual(heading))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when one of the next few paragraphs calls 让我们: the appeal this salutation opens.</summary>
    private static bool RalliesBelow(in LineContext line)
    {
        int next = line.Index;
        for (int k = 0; k < GenreProfile.Scores.RallyWindow; k++)
        {
            next = LayoutText.NextNonBlank(line.Lines, next + 1, line.Lines.Length);
            if (next < 0 || line.Lines[next].Marker.Style != Syntax.NumberingStyle.None)
            {
                return false;
            }

            if (Rallies(line.ContentOf(next)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool GivesThanks(ReadOnlySpan<char> content) => GenreMatchers.ThanksPhrases.ContainsAny(content);

    /// <summary>True when the line right above is a heading: short, with no sentence punctuation, not itself a salutation.</summary>
    private static bool FollowsAHeading(in LineContext line)
    {
        int previous = line.Previous;
        if (previous < 0)
        {
            return false;
        }

        var above = line.ContentOf(previous);
        var heading = line.Lines[previous].Marker.Style == Syntax.NumberingStyle.None ? above : LayoutText.AfterMarker(line.Text, line.Lines, previous);
        return heading.Length is > 1 and <= GenreProfile.SectionHeadingMaxLength && !LayoutText.HasSentencePunctuation(heading)
            && !GenreLexicon.StartsWithSalutation(above) && !IsClosingHeading(heading);
    }

    private static bool Rallies(ReadOnlySpan<char> content) => GenreMatchers.RallyingWords.ContainsAny(content);
}
