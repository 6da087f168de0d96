namespace ReportSdk.Parsing;

/// <summary>The opening paragraph (<c>现在，我代表…向大会报告工作，请予审议…</c>).</summary>
internal sealed class OpeningRecognizer : LineRecognizer
{
    public override string Name => "opening";

    public override bool PreambleOnly => true;

    public override void Propose(in LineContext line, CandidateSink sink)
    {
        if (line.Info.Marker.Style == Syntax.NumberingStyle.None && GenreLexicon.IsOpening(line.Content))
        {
            sink.Add(LineRole.PreambleParagraph, LayoutZone.Preamble, GenreProfile.Scores.PreamblePart);
        }
    }
}
