namespace ReportSdk.Parsing;

/// <summary>
/// A final appeal that opens with neither a salutation nor 让我们 (older reports: <c>在伟大的…高潮中，…为完成…计划而奋斗！</c>):
/// a paragraph near the report's end that ends in an exclamation and calls for struggle, victory or advance. It
/// proposes the closing weakly, so the decoder takes it only when no real closing follows and no body line does.
/// </summary>
internal sealed class FinalAppealRecognizer : LineRecognizer
{
    /// <summary>Shortest appeal paragraph, in characters: shorter exclamations are slogans inside the text.</summary>
    private const int MinLength = 20;

    public override string Name => "finalAppeal";

    public override bool EdgesOnly => true;

    public override void Propose(in LineContext line, CandidateSink sink)
    {
        if (line.Info.Marker.Style != Syntax.NumberingStyle.None)
        {
            return;
        }

        // Spaces and closing quotes or brackets after the exclamation (…而奋斗！” ) do not end the appeal.
        var content = line.Content.TrimEnd(" \u3000\t”’」』)）");
        if (content.Length < MinLength || content[^1] is not ('！' or '!'))
        {
            return;
        }

        // The appeal is the paragraph's last sentence.
        var last = content[..^1];
        int sentenceStart = last.LastIndexOfAny("。！!？?");
        var sentence = last[(sentenceStart + 1)..];
        if (GenreMatchers.FinalAppealWords.ContainsAny(sentence))
        {
            sink.Add(LineRole.ClosingParagraph, LayoutZone.Closing, GenreProfile.Scores.FinalAppeal, opens: true);
        }
    }
}
