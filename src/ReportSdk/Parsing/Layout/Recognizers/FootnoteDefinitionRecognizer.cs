namespace ReportSdk.Parsing;

/// <summary>
/// A footnote definition: a label (<c>&lt;sup&gt;2&lt;/sup&gt;</c>, <c>[3]</c>, <c>［1］</c>, <c>〔1〕</c>) and a term with
/// its colon, standing among body paragraphs or in the notes; in the notes also <c>1.“三新一高”:…</c>.
/// </summary>
internal sealed class FootnoteDefinitionRecognizer : LineRecognizer
{
    public override string Name => "footnoteDefinition";

    public override void Propose(in LineContext line, CandidateSink sink)
    {
        ref readonly var info = ref line.Info;
        if (info.LabelKind is NoteLabelKind.Superscript or NoteLabelKind.Bracketed)
        {
            var rest = line.Text.AsSpan(info.LabelEnd, info.ContentEnd - info.LabelEnd);
            int colon = rest.IndexOfAny(':', '：');
            if (colon >= 0 && colon <= GenreProfile.DefinitionColonWindow)
            {
                sink.Add(LineRole.FootnoteDefinition, LayoutZone.Body, GenreProfile.Scores.BackDefinition);
                sink.Add(LineRole.FootnoteDefinition, LayoutZone.Closing, GenreProfile.Scores.BackDefinition);
                sink.Add(LineRole.FootnoteDefinition, LayoutZone.Back, GenreProfile.Scores.BackDefinition, opens: true);
                return;
            }
        }

        if (info.LabelKind != NoteLabelKind.None)
        {
            sink.Add(LineRole.FootnoteDefinition, LayoutZone.Back, GenreProfile.Scores.BackDefinition);
        }
    }
}
