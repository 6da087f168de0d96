namespace ReportSdk.Parsing;

/// <summary>
/// The sign-off a county or town report may end with after its closing: the issuing body (<c>青山县人民政府办公室</c>)
/// and the date (<c>2026年1月25日</c>), each alone on its line. Like the source and time lines above a portal's
/// report, they say who published the text and when, not what the report says: they open the tail, as chrome kept
/// in the tree's trivia, so they are neither closing paragraphs nor notes.
/// </summary>
internal sealed class SignOffRecognizer : LineRecognizer
{
    public override string Name => "signOff";

    public override bool EdgesOnly => true;

    public override int MaxContentLength => MaxLength;

    /// <summary>The longest line of a sign-off, in characters.</summary>
    private static readonly int MaxLength = Math.Max(GenreProfile.SignOffIssuerMaxLength, GenreProfile.DateLineMaxLength * 2);

    public override void Propose(in LineContext line, CandidateSink sink)
    {
        if (IsSignOff(line))
        {
            sink.Add(LineRole.Chrome, LayoutZone.Tail, GenreProfile.Scores.TailChrome, opens: true);
        }
    }

    /// <summary>True for a line of a sign-off: an issuing body (…人民政府办公室) or a date alone on its line.</summary>
    public static bool IsSignOff(in LineContext line) =>
        line.Info.Marker.Style == Syntax.NumberingStyle.None
        && line.Content.Length <= MaxLength
        && (IsIssuer(line) || DateLineRecognizer.IsDateLine(line));

    /// <summary>A short line without sentence punctuation that ends with an issuing body's word (…人民政府, …办公室).</summary>
    private static bool IsIssuer(in LineContext line)
    {
        var content = line.Content;
        if (content.Length > GenreProfile.SignOffIssuerMaxLength || LayoutText.HasSentencePunctuation(content))
        {
            return false;
        }

        var text = line.Normalized;
        foreach (var ending in GenreProfile.SignOffIssuerEndings)
        {
            if (text.Length > ending.Length && text.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
