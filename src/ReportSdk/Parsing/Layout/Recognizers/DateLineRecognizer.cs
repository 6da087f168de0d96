namespace ReportSdk.Parsing;

/// <summary>A date line in the preamble (<c>2026年1月27日</c>, <c>二〇二六年一月二十七日</c>).</summary>
internal sealed class DateLineRecognizer : LineRecognizer
{
    public override string Name => "date";

    public override bool PreambleOnly => true;

    public override int MaxContentLength => GenreProfile.DateLineMaxLength * 2;

    public override void Propose(in LineContext line, CandidateSink sink)
    {
        var content = line.Content;
        if (content.Length > GenreProfile.DateLineMaxLength * 2 || content.IndexOf(GenreProfile.YearCharacter) < 0)
        {
            return;
        }

        var text = line.Normalized;
        if (!text.IsEmpty && text.Length <= GenreProfile.DateLineMaxLength && text.IndexOfAny('。', '，') < 0
            && text.Contains(GenreProfile.YearCharacter) && text.Contains(GenreProfile.DayCharacter) && !text.Contains(GenreProfile.MeetingWord, StringComparison.Ordinal))
        {
            sink.Add(LineRole.PreambleParagraph, LayoutZone.Preamble, GenreProfile.Scores.WeakPreamblePart);
        }
    }
}
