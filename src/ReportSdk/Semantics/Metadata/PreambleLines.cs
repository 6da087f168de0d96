using ReportSdk.Syntax;
using ReportSdk.Text;

namespace ReportSdk.Semantics.Metadata;

/// <summary>
/// Collects the lines metadata is read from, best first: the preamble slots (title, meeting line, speaker
/// line), the preamble body (date lines, captions, the opening), and the first lines of the report's
/// text, chrome included, for reports whose preamble slots are empty.
/// </summary>
internal static class PreambleLines
{
    public static List<PreambleLine> Collect(ReportSyntax report, SourceText text)
    {
        var lines = new List<PreambleLine>();
        var preamble = report.Preamble;
        if (!preamble.Title.TextToken.IsMissing && preamble.Title.TextToken.Span.Length > 0)
        {
            var title = preamble.Title;
            var end = title.ContinuationToken.Span.Length > 0 ? title.ContinuationToken.Span.End : title.TextToken.Span.End;
            Add(lines, text, TextSpan.FromBounds(title.TextToken.Span.Start, end), PreambleLineSource.Title);
        }

        if (preamble.MeetingLine is { } meeting)
        {
            var end = meeting.ContinuationToken.Span.Length > 0 ? meeting.ContinuationToken.Span.End : meeting.TextToken.Span.End;
            Add(lines, text, TextSpan.FromBounds(meeting.TextToken.Span.Start, end), PreambleLineSource.MeetingLine);
        }

        if (preamble.SpeakerLine is { } speaker)
        {
            // An office and a name on two lines (国务院总理 / 李克强): the continuation belongs to the speaker.
            var end = speaker.ContinuationToken.Span.Length > 0 ? speaker.ContinuationToken.Span.End : speaker.TextToken.Span.End;
            Add(lines, text, TextSpan.FromBounds(speaker.TextToken.Span.Start, end), PreambleLineSource.SpeakerLine);
        }

        foreach (var block in preamble.Body)
        {
            Add(lines, text, block.Span, PreambleLineSource.PreambleBody);
        }

        int lineIndex = text.Lines.IndexOf(report.FullSpan.Start);
        int taken = 0;
        for (int i = lineIndex; i < text.Lines.Count && taken < MeaningProfile.MetadataLeadLines; i++)
        {
            var line = text.Lines[i];
            if (line.Span.Start >= report.FullSpan.End)
            {
                break;
            }

            var span = line.Span;
            if (text.AsSpan(span).Trim().IsEmpty)
            {
                continue;
            }

            taken++;
            Add(lines, text, span, PreambleLineSource.LeadLine);
        }

        return lines;
    }

    private static void Add(List<PreambleLine> lines, SourceText text, TextSpan span, PreambleLineSource source)
    {
        if (span.Length == 0 || span.End > text.Length)
        {
            return;
        }

        lines.Add(new PreambleLine(text.ToString(span), span, source));
    }
}
