namespace ReportSdk.Parsing;

/// <summary>
/// The speaker line: office and name (<c>镇长 罗杰成</c>, <c>省人民政府省长 王清宪</c>, <c>代市长 张三</c>),
/// or, weaker, a bare name of two to four characters standing among the preamble lines.
/// </summary>
internal sealed class SpeakerLineRecognizer : LineRecognizer
{
    public override string Name => "speaker";

    public override void Propose(in LineContext line, CandidateSink sink)
    {
        var content = line.Content;
        if (content.Length > GenreProfile.SpeakerMaxLength)
        {
            return;
        }

        if (GenreLexicon.IsSpeakerLine(content))
        {
            sink.Add(LineRole.Speaker, LayoutZone.Preamble, GenreProfile.Scores.PreamblePart);
        }
        else if (IsBareName(line.Normalized))
        {
            sink.Add(LineRole.Speaker, LayoutZone.Preamble, GenreProfile.Scores.WeakPreamblePart);
        }
    }

    /// <summary>Two to four Han characters and nothing else (<c>毛伟明</c>, <c>李 强</c>).</summary>
    public static bool IsBareName(ReadOnlySpan<char> normalized)
    {
        if (normalized.Length < GenreProfile.NameMinLength || normalized.Length > GenreProfile.NameMaxLength)
        {
            return false;
        }

        foreach (char c in normalized)
        {
            if (!CharClasses.IsHan(c))
            {
                return false;
            }
        }

        return !GenreLexicon.StartsWithSalutation(normalized) && !normalized.SequenceEqual(GenreProfile.TableOfContentsHeading)
            && Array.IndexOf(GenreProfile.ChromeLines, normalized.ToString()) < 0;
    }
}
