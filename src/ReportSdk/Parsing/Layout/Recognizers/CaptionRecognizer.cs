namespace ReportSdk.Parsing;

/// <summary>
/// A caption or news lead in the preamble that names the report (<c>省长赵刚作政府工作报告</c>,
/// <c>1月27日，…会议开幕。省长…作政府工作报告。</c>), or a document status line (<c>（征求意见稿）</c>).
/// </summary>
internal sealed class CaptionRecognizer : LineRecognizer
{
    public override string Name => "caption";

    public override bool PreambleOnly => true;

    public override int MaxContentLength => GenreProfile.CaptionMaxLength;

    public override void Propose(in LineContext line, CandidateSink sink)
    {
        var content = line.Content;
        if (content.Length > GenreProfile.CaptionMaxLength)
        {
            return;
        }

        int at = GenreLexicon.IndexOfIgnoringSpaces(content, GenreProfile.ReportWord);
        if (at >= 0 && GenreLexicon.IsCaption(content[..at]))
        {
            sink.Add(LineRole.PreambleParagraph, LayoutZone.Preamble, GenreProfile.Scores.WeakPreamblePart);
            return;
        }

        if (content.Length > GenreProfile.DateLineMaxLength * 2)
        {
            return;
        }

        var normalized = line.Normalized;
        if (!normalized.IsEmpty && normalized.Length <= GenreProfile.DateLineMaxLength)
        {
            foreach (var status in GenreProfile.StatusWords)
            {
                if (normalized.Contains(status, StringComparison.Ordinal) && normalized.IndexOf('。') < 0)
                {
                    sink.Add(LineRole.PreambleParagraph, LayoutZone.Preamble, GenreProfile.Scores.WeakPreamblePart);
                    return;
                }
            }
        }
    }
}
