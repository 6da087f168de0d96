using ReportSdk.Syntax;

namespace ReportSdk.Parsing;

/// <summary>
/// A numbered item heading: any marker style the scanner found (<c>（一）</c>, <c>1.</c>, <c>第一，</c>, <c>①</c>,
/// <c>一是</c>) with text after it. Whether an <c>一是</c> paragraph is an item depends on its siblings;
/// <see cref="BodyStructureDecoder"/> decides.
/// </summary>
internal sealed class ItemMarkerRecognizer : LineRecognizer
{
    public override string Name => "itemMarker";

    public override void Propose(in LineContext line, CandidateSink sink)
    {
        if (line.Info.Marker.Style != NumberingStyle.None && !line.AfterMarker.IsEmpty)
        {
            sink.Add(LineRole.ItemHeading, LayoutZone.Body, GenreProfile.Scores.Body);
            sink.Add(LineRole.ItemHeading, LayoutZone.Back, GenreProfile.Scores.BackParagraph);
        }
    }
}
