namespace ReportSdk.Parsing;

/// <summary>The heading of collected notes (<c>注释</c>, <c>名 词 解 释</c>, <c>附件2 名词解释</c>, <c>《政府工作报告》有关用语说明</c>).</summary>
internal sealed class NotesHeadingRecognizer : LineRecognizer
{
    public override string Name => "notesHeading";

    public override int MaxContentLength => GenreProfile.NotesHeadingMaxLength * 2;

    public override void Propose(in LineContext line, CandidateSink sink)
    {
        if (line.Content.Length <= GenreProfile.NotesHeadingMaxLength * 2 && GenreLexicon.IsNotesHeading(line.Normalized))
        {
            sink.Add(LineRole.NotesHeading, LayoutZone.Back, GenreProfile.Scores.BackHeading, opens: true);
        }
    }
}
