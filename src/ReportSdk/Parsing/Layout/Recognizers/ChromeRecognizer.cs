namespace ReportSdk.Parsing;

/// <summary>
/// Web chrome: portal toolbars (<c>下载</c>, <c>【字号：</c>, <c>加大</c>), metadata lines (<c>来源：…</c>,
/// <c>时间：…</c>), navigation and footers, licence trailers, and — after the report only — short
/// fragments without punctuation (broken link texts, menu words).
/// </summary>
internal sealed class ChromeRecognizer : LineRecognizer
{
    public override string Name => "chrome";

    public override bool EdgesOnly => true;

    /// <summary>The longest toolbar word: longer lines skip the whole-line comparisons.</summary>
    private static readonly int ChromeLineMaxLength = GenreProfile.ChromeLines.Max(w => w.Length);

    /// <summary>The longest metadata header: a colon further in is not a header's.</summary>
    private static readonly int MetadataHeaderMaxLength = GenreProfile.MetadataHeaders.Max(w => w.Length);

    public override void Propose(in LineContext line, CandidateSink sink)
    {
        if ((line.Content.Length <= GenreProfile.ChromePhraseMaxLength && IsChrome(line.Content, line.Normalized)) || InChromeList(line))
        {
            sink.Add(LineRole.Chrome, LayoutZone.Preamble, GenreProfile.Scores.PreambleChrome);
            sink.Add(LineRole.Chrome, LayoutZone.Tail, GenreProfile.Scores.TailChrome, opens: true);
        }
        else if (IsFragment(line) || ContinuesPreviousLine(line))
        {
            sink.Add(LineRole.Chrome, LayoutZone.Tail, GenreProfile.Scores.TailFragment);
        }
    }

    /// <summary>
    /// A numbered line next to a line of the same list that is chrome (download-site terms <c>1、…</c> to
    /// <c>4、…</c>, where only some name the site): the whole list is chrome.
    /// </summary>
    private static bool InChromeList(in LineContext line)
    {
        var marker = line.Info.Marker;
        if (marker.Style == Syntax.NumberingStyle.None)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[GenreProfile.NormalizeLimit];
        foreach (int neighbour in (ReadOnlySpan<int>)[line.Previous, line.Next])
        {
            if (neighbour < 0)
            {
                continue;
            }

            var other = line.Lines[neighbour].Marker;
            if (other.Style == marker.Style && Math.Abs(other.Number - marker.Number) == 1 && IsChrome(line.ContentOf(neighbour), Normalize(line.ContentOf(neighbour), buffer)))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Normalize(ReadOnlySpan<char> content, Span<char> buffer) =>
        buffer[..LineNormalizer.Normalize(content[..Math.Min(content.Length, buffer.Length)], buffer)];

    /// <summary>True for a line of chrome by its phrases, a toolbar word, or a metadata header.</summary>
    public static bool IsChrome(ReadOnlySpan<char> content, ReadOnlySpan<char> normalized)
    {
        if (normalized.IsEmpty)
        {
            return false;
        }

        if (content.Length <= GenreProfile.ChromePhraseMaxLength && GenreLexicon.ContainsChromePhrase(normalized))
        {
            return true;
        }

        if (normalized.Length <= ChromeLineMaxLength)
        {
            foreach (var word in GenreProfile.ChromeLines)
            {
                if (normalized.SequenceEqual(word))
                {
                    return true;
                }
            }
        }

        return IsMetadataHeader(normalized);
    }

    /// <summary><c>来源：安徽日报</c>, <c>时间：2026-02-11</c>, <c>发文单位：…</c>.</summary>
    public static bool IsMetadataHeader(ReadOnlySpan<char> normalized)
    {
        int colon = normalized.IndexOfAny(':', '：');
        if (normalized.Length > GenreProfile.ChromeFragmentMaxLength * 2 || colon < 0 || colon > MetadataHeaderMaxLength)
        {
            return false;
        }

        foreach (var header in GenreProfile.MetadataHeaders)
        {
            if (normalized.StartsWith(header, StringComparison.Ordinal) && normalized.Length > header.Length
                && CharClasses.IsColon(normalized[header.Length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A line that goes on from the line just above it, which stopped mid-sentence (a trailer broken at its links).</summary>
    private static bool ContinuesPreviousLine(in LineContext line)
    {
        int previous = line.Index - 1;
        if (previous < 0 || line.Lines[previous].IsBlank)
        {
            return false;
        }

        char last = line.Text[line.Lines[previous].ContentEnd - 1];
        return !CharClasses.IsSentenceEnd(last) && !CharClasses.IsColon(last);
    }

    /// <summary>A short line without sentence punctuation or marker: a menu word, a broken link text.</summary>
    private static bool IsFragment(in LineContext line)
    {
        var content = line.Content;
        if (content.Length > GenreProfile.ChromeFragmentMaxLength || line.Info.Marker.Style != Syntax.NumberingStyle.None
            || line.Info.LabelKind != NoteLabelKind.None)
        {
            return false;
        }

        foreach (char c in content)
        {
            if (CharClasses.IsSentenceEnd(c) || c is '，' or '：')
            {
                return content.Length <= 2;
            }
        }

        return !GenreLexicon.StartsWithSalutation(content) && !GenreLexicon.IsNotesHeading(content) && !GenreLexicon.IsAnnexHeading(content);
    }
}
