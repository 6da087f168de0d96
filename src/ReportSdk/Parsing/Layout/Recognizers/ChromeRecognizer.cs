using System.Buffers;

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
        if ((line.Content.Length <= GenreProfile.ChromePhraseMaxLength && line.IsChromeText(line.Index)) || InChromeList(line))
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

        foreach (int neighbour in (ReadOnlySpan<int>)[line.Previous, line.Next])
        {
            if (neighbour < 0)
            {
                continue;
            }

            var other = line.Lines[neighbour].Marker;
            if (other.Style == marker.Style && Math.Abs(other.Number - marker.Number) == 1 && line.IsChromeText(neighbour))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><see cref="IsChrome"/> of a line's content, normalized here (into a buffer of its own) from its first <see cref="GenreProfile.NormalizeLimit"/> characters.</summary>
    public static bool IsChromeContent(ReadOnlySpan<char> content)
    {
        Span<char> buffer = stackalloc char[GenreProfile.NormalizeLimit];
        var head = content[..Math.Min(content.Length, buffer.Length)];
        return IsChrome(content, buffer[..LineNormalizer.Normalize(head, buffer)]);
    }

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

        return IsMetadataHeader(normalized) || IsToolbarLine(content);
    }

    /// <summary>
    /// A short line made only of toolbar words, two or more, between spaces or separators (<c>打印 | 关闭</c>,
    /// <c>[打印] [关闭]</c>).
    /// </summary>
    public static bool IsToolbarLine(ReadOnlySpan<char> content)
    {
        if (content.Length > GenreProfile.ChromeFragmentMaxLength || content.IndexOfAny(ToolbarGaps) < 0)
        {
            return false;
        }

        int words = 0;
        int i = 0;
        while (i < content.Length)
        {
            while (i < content.Length && IsToolbarGap(content[i]))
            {
                i++;
            }

            int start = i;
            while (i < content.Length && !IsToolbarGap(content[i]))
            {
                i++;
            }

            if (i > start)
            {
                if (!IsToolbarWord(content[start..i]))
                {
                    return false;
                }

                words++;
            }
        }

        return words >= 2;
    }

    /// <summary>
    /// Where bracketed toolbar words glued to the end of a report's line start (<c>…新篇章！【打印本页】【关闭窗口】</c>: a page
    /// whose toolbar follows the last paragraph without a line break), or -1. The text before them ends a sentence.
    /// </summary>
    public static int TrailingToolbarStart(ReadOnlySpan<char> content)
    {
        int end = content.Length;
        int start = -1;
        while (true)
        {
            while (end > 0 && IsToolbarGap(content[end - 1]))
            {
                end--;
            }

            int close = end - 1;
            if (close < 1 || !BracketPair.TryFindByClose(GenreProfile.ToolbarBracketPairs, content[close], out var pair))
            {
                break;
            }

            int open = content[..close].LastIndexOf(pair.Open);
            if (open < 0 || end - open > GenreProfile.ToolbarWordMaxLength || !IsToolbarWord(content[open..end]))
            {
                break;
            }

            start = open;
            end = open;
        }

        int before = start;
        while (before > 0 && CharClasses.IsSpace(content[before - 1]))
        {
            before--;
        }

        return before > 0 && CharClasses.IsSentenceEnd(content[before - 1]) ? start : -1;
    }

    /// <summary>The characters <see cref="IsToolbarGap"/> accepts, for a quick search: separators and every space of <see cref="CharClasses.IsSpace"/>.</summary>
    private static readonly SearchValues<char> ToolbarGaps = SearchValues.Create(GenreProfile.ToolbarSeparators + CharClasses.SpaceCharacters);

    private static bool IsToolbarGap(char c) => CharClasses.IsSpace(c) || GenreProfile.ToolbarSeparators.Contains(c);

    /// <summary>A toolbar word, bare or in brackets: a whole toolbar line's word (打印) or a chrome phrase (关闭窗口, 【打印).</summary>
    private static bool IsToolbarWord(ReadOnlySpan<char> word)
    {
        if (word.Length > GenreProfile.ToolbarWordMaxLength)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[GenreProfile.ToolbarWordMaxLength];
        var normalized = buffer[..LineNormalizer.Normalize(word, buffer)];
        if (GenreLexicon.ContainsChromePhrase(normalized))
        {
            return true;
        }

        var inner = BracketPair.Encloses(GenreProfile.ToolbarBracketPairs, normalized) ? normalized[1..^1] : normalized;
        foreach (var line in GenreProfile.ChromeLines)
        {
            if (inner.SequenceEqual(line))
            {
                return true;
            }
        }

        return false;
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
