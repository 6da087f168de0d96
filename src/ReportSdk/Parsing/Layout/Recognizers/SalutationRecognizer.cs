namespace ReportSdk.Parsing;

/// <summary>The salutation alone on its line (<c>各位代表：</c>, <c>各位代表、各位委员：</c>, <c>同志们！</c>).</summary>
internal sealed class SalutationRecognizer : LineRecognizer
{
    public override string Name => "salutation";

    public override bool PreambleOnly => true;

    public override int MaxContentLength => GenreProfile.SalutationMaxLength * 2;

    public override string? OpeningCharacters { get; } = GenreProfile.FirstCharacters(GenreProfile.SalutationWords);

    public override void Propose(in LineContext line, CandidateSink sink)
    {
        if (GenreLexicon.IsSalutationLine(line.Normalized))
        {
            sink.Add(LineRole.Salutation, LayoutZone.Preamble, GenreProfile.Scores.PreamblePart);
        }
    }
}
