namespace ReportSdk.Parsing;

/// <summary>An annex heading after the closing (<c>附件1 2026年省十件民生实事</c>).</summary>
internal sealed class AnnexHeadingRecognizer : LineRecognizer
{
    public override string Name => "annexHeading";

    public override int MaxContentLength => GenreProfile.AnnexHeadingMaxLength * 2;

    public override string? OpeningCharacters => GenreProfile.AnnexWord[..1];

    public override void Propose(in LineContext line, CandidateSink sink)
    {
        if (GenreLexicon.IsAnnexHeading(line.Normalized) && !GenreLexicon.IsNotesHeading(line.Normalized))
        {
            sink.Add(LineRole.AnnexHeading, LayoutZone.Back, GenreProfile.Scores.BackHeading, opens: true);
        }
    }
}
