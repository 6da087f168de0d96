namespace ReportSdk.Parsing;

/// <summary>
/// The speaker line: office and name (<c>镇长 罗杰成</c>, <c>省人民政府省长 王清宪</c>, <c>代市长 张三</c>),
/// or, weaker, a bare name of two to four characters standing among the preamble lines.
/// </summary>
internal sealed class SpeakerLineRecognizer : LineRecognizer
{
    public override string Name => "speaker";

    public override bool PreambleOnly => true;

    public override int MaxContentLength => GenreProfile.SpeakerMaxLength;

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
        else if (IsOfficeOnly(line.Normalized) && line.Next >= 0 && IsBareName(Normalize(line.ContentOf(line.Next), stackalloc char[GenreProfile.NameMaxLength * 4])))
        {
            // 国务院总理 / 李强: the office alone, the name on the next line.
            sink.Add(LineRole.Speaker, LayoutZone.Preamble, GenreProfile.Scores.PreamblePart);
        }
    }

    /// <summary>An office title without a name (国务院总理, 省长): it ends with an office word and has no punctuation.</summary>
    public static bool IsOfficeOnly(ReadOnlySpan<char> normalized)
    {
        if (normalized.Length < 2 || normalized.Length > GenreProfile.SpeakerMaxLength)
        {
            return false;
        }

        foreach (char c in normalized)
        {
            if (!CharClasses.IsHan(c) && c != '、')
            {
                return false;
            }
        }

        foreach (var office in GenreProfile.SpeakerOffices)
        {
            if (normalized.EndsWith(office, StringComparison.Ordinal) && normalized.Length > office.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> content, Span<char> buffer) =>
        content.Length > buffer.Length ? default : buffer[..LineNormalizer.Normalize(content, buffer)];

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
            && Array.IndexOf(GenreProfile.ChromeLines, normalized.ToString()) < 0 && !IsPartLabel(normalized);
    }

    /// <summary>第一部分, 第二篇: 第, a Chinese numeral and a part word.</summary>
    private static bool IsPartLabel(ReadOnlySpan<char> normalized) =>
        normalized.Length > 2 && normalized[0] == '第' && CharClasses.IsChineseNumeral(normalized[1]) && GenreLexicon.EndsWithAny(normalized, GenreProfile.PartWords);
}
