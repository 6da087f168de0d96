using System.Buffers;
using ReportSdk.Syntax;

namespace ReportSdk.Parsing;

/// <summary>
/// Decides what every line is: which lines form a table of contents, where each report starts
/// and ends, which lines are preamble, section headings, items, paragraphs, footnote definitions,
/// the closing, notes, annexes and web chrome. Works on the scanner's line array with bounded
/// look-ahead and look-behind, so the whole analysis is linear in the number of lines.
/// </summary>
internal sealed class DocumentLayout
{
    private readonly string _text;
    private readonly LineInfo[] _lines;
    private readonly LayoutDecoder _decoder;
    private readonly BodyStructureDecoder _body;
    // Per-line scratch of the analysis, rented for its duration (cleared: a fresh array's zeros) and returned after it.
    private LayoutZone[] _zones;
    private Candidate[] _chosen;
    private bool[] _headingProposed;
    private readonly LayoutTrace? _trace;

    private DocumentLayout(string text, LineInfo[] lines, LayoutTrace? trace)
    {
        _text = text;
        _lines = lines;
        _decoder = new LayoutDecoder(text, lines);
        _body = new BodyStructureDecoder(text, lines, _decoder);
        _zones = Rent<LayoutZone>(lines.Length);
        _chosen = Rent<Candidate>(lines.Length);
        _headingProposed = Rent<bool>(lines.Length);
        _trace = trace;
    }

    public LineInfo[] Lines => _lines;

    /// <summary>The reports found, in order.</summary>
    public List<ReportLayout> Reports { get; } = [];

    /// <summary>The line of the 目录 heading, or -1.</summary>
    public int TocHeadingLine { get; private set; } = -1;

    public static DocumentLayout Analyze(string text, LineInfo[] lines, ParseOptions options, LayoutTrace? trace = null)
    {
        var layout = new DocumentLayout(text, lines, trace);
        try
        {
            layout.Run(options);
        }
        finally
        {
            layout.ReturnScratch();
        }

        return layout;
    }

    private static T[] Rent<T>(int length)
    {
        var array = ArrayPool<T>.Shared.Rent(length);
        Array.Clear(array, 0, length);
        return array;
    }

    private void ReturnScratch()
    {
        ArrayPool<LayoutZone>.Shared.Return(_zones);
        ArrayPool<Candidate>.Shared.Return(_chosen);
        ArrayPool<bool>.Shared.Return(_headingProposed);
        _zones = [];
        _chosen = [];
        _headingProposed = [];
    }

    private ReadOnlySpan<char> Content(int index) => _text.AsSpan(_lines[index].ContentStart, _lines[index].ContentLength);

    private ReadOnlySpan<char> AfterMarker(int index)
    {
        ref var line = ref _lines[index];
        int start = line.MarkerEnd;
        while (start < line.ContentEnd && CharClasses.IsSpace(_text[start]))
        {
            start++;
        }

        return _text.AsSpan(start, line.ContentEnd - start);
    }

    private void Run(ParseOptions options)
    {
        FindTableOfContents();
        var starts = FindReportStarts();
        if (TocHeadingLine >= 0 && starts.Count > 0 && starts[0].Line < TocHeadingLine)
        {
            // A table of contents inside a report (a report pasted before a compilation) is read as report text.
            for (int i = TocHeadingLine; i < TocEndLine; i++)
            {
                _lines[i].Role = LineRole.Blank;
                _lines[i].Split = -1;
            }

            TocHeadingLine = -1;
        }
        for (int r = 0; r < starts.Count; r++)
        {
            int start = starts[r].Line;
            int end = r + 1 < starts.Count ? starts[r + 1].Line : _lines.Length;
            var report = new ReportLayout(start, end, starts[r].HasTitle);
            Reports.Add(report);
            AnalyzeReport(report, options);
        }

        // Everything before the first report that is not the table of contents is chrome.
        int firstReport = Reports.Count > 0 ? Reports[0].StartLine : _lines.Length;
        for (int i = 0; i < firstReport; i++)
        {
            if (_lines[i].Role == LineRole.Blank && !_lines[i].IsBlank)
            {
                _lines[i].Role = LineRole.Chrome;
            }
        }
    }

    // ---- table of contents ----------------------------------------------------------------

    private void FindTableOfContents()
    {
        int limit = Math.Min(_lines.Length, 400);
        for (int i = 0; i < limit; i++)
        {
            if (_lines[i].IsBlank || !IsTocHeading(Content(i)))
            {
                continue;
            }

            int entries = 0;
            int j = i + 1;
            int pendingNumber = -1;
            int lastEntryEnd = i + 1;
            for (; j < _lines.Length; j++)
            {
                if (_lines[j].IsBlank)
                {
                    continue;
                }

                if (pendingNumber < 0 && IsBareMarker(j))
                {
                    pendingNumber = j;
                    continue;
                }

                int split = FindPageNumberSplit(j);
                if (split < 0)
                {
                    break;
                }

                if (pendingNumber >= 0)
                {
                    _lines[pendingNumber].Role = LineRole.TocNumber;
                    pendingNumber = -1;
                }

                _lines[j].Role = LineRole.TocEntry;
                _lines[j].Split = split;
                entries++;
                lastEntryEnd = j + 1;
            }

            if (entries > 0)
            {
                _lines[i].Role = LineRole.TocHeading;
                TocHeadingLine = i;
                TocEndLine = lastEntryEnd;
                return;
            }

            // Not a table of contents after all: undo any roles given.
            for (int k = i + 1; k < j && k < _lines.Length; k++)
            {
                _lines[k].Role = LineRole.Blank;
                _lines[k].Split = -1;
            }
        }
    }

    /// <summary>The line after the last table-of-contents entry.</summary>
    public int TocEndLine { get; private set; }

    private static bool IsTocHeading(ReadOnlySpan<char> content)
    {
        if (content.Length > 8)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[content.Length];
        int n = 0;
        foreach (char c in content)
        {
            if (!CharClasses.IsSpace(c))
            {
                buffer[n++] = c;
            }
        }

        return buffer[..n].SequenceEqual(GenreProfile.TableOfContentsHeading);
    }

    private bool IsBareMarker(int index)
    {
        ref var line = ref _lines[index];
        return line.Marker.Style == NumberingStyle.Arabic && line.MarkerEnd == line.ContentEnd;
    }

    /// <summary>For <c>title  12</c>, the position where the spaces before the page number begin; -1 when not an entry.</summary>
    private int FindPageNumberSplit(int index)
    {
        ref var line = ref _lines[index];
        if (line.ContentLength > 80 || Content(index).IndexOfAny('。', '，') >= 0)
        {
            return -1;
        }

        int end = line.ContentEnd;
        int digits = end;
        while (digits > line.ContentStart && CharClasses.IsDigit(_text[digits - 1]) && end - digits < 4)
        {
            digits--;
        }

        if (digits == end || digits == line.ContentStart)
        {
            return -1;
        }

        int spaces = digits;
        while (spaces > line.ContentStart && CharClasses.IsSpace(_text[spaces - 1]))
        {
            spaces--;
        }

        if (spaces == digits || spaces <= (line.Marker.Style == NumberingStyle.Arabic ? line.MarkerEnd : line.ContentStart))
        {
            return -1;
        }

        return spaces;
    }

    // ---- reports ----------------------------------------------------------------------------

    private List<(int Line, bool HasTitle)> FindReportStarts()
    {
        var candidates = new List<int>();
        for (int i = 0; i < _lines.Length; i++)
        {
            if (_lines[i].Role == LineRole.Blank && !_lines[i].IsBlank && IsTitleCandidate(i, out int split))
            {
                _lines[i].Split = split;
                candidates.Add(i);
            }
            else if (_lines[i].Role == LineRole.Blank && !_lines[i].IsBlank && IsBrokenTitle(i, out int continuation))
            {
                // 政府工作报 / 告: the title's second line is its continuation; the report is confirmed from there.
                _lines[continuation].Role = LineRole.TitleContinuation;
                candidates.Add(i);
                i = continuation;
            }
            else if (_lines[i].Role == LineRole.Blank && !_lines[i].IsBlank && IsTitleBeforeMeetingLine(i))
            {
                candidates.Add(i);
            }
        }

        var starts = new List<(int, bool)>();
        for (int c = 0; c < candidates.Count; c++)
        {
            int line = candidates[c];
            int next = c + 1 < candidates.Count ? candidates[c + 1] : int.MaxValue;
            if (next != int.MaxValue && IsRepeatedSoon(line, next))
            {
                // A page that prints the title (and meeting line) twice: the report starts at the second.
                _lines[line].Split = -1;
                continue;
            }

            int continuation = TitleContinuationOf(line);
            // After a report has started, a title confirmed only by headings is a page's running header
            // (云岭县人民政府工作报告 above 二、2026年工作安排): a later report opens with its preamble.
            if (IsConfirmedTitle(continuation >= 0 ? continuation : line, next, byPreambleOnly: starts.Count > 0))
            {
                starts.Add((line, true));
            }
            else
            {
                _lines[line].Split = -1;
                if (continuation >= 0)
                {
                    _lines[continuation].Role = LineRole.Blank;
                }
            }
        }

        if (starts.Count == 0)
        {
            int anchor = FindFirstAnchor();
            int header = anchor >= 0 ? FindTitleHeader(anchor) : -1;
            if (header >= 0)
            {
                starts.Add((header, true));
            }
            else if (anchor >= 0)
            {
                starts.Add((anchor, false));
            }
        }

        return starts;
    }

    /// <summary>
    /// A page's <c>标题：…</c> metadata header (<see cref="GenreProfile.TitleHeader"/>) among the
    /// <see cref="GenreProfile.PreambleWindowLines"/> non-blank lines above <paramref name="anchor"/>, whose value is a
    /// title (it has the report word or ends in a title word, with no sentence punctuation): the title of a report that
    /// prints none of its own. The header's line then starts at the value; the header word stays in the tree as trivia.
    /// Returns the line, or -1.
    /// </summary>
    private int FindTitleHeader(int anchor)
    {
        int seen = 0;
        for (int i = anchor - 1; i >= 0 && seen < GenreProfile.PreambleWindowLines; i--)
        {
            if (_lines[i].IsBlank || _lines[i].Role != LineRole.Blank)
            {
                continue;
            }

            seen++;
            var content = Content(i);
            // Scraped pages space the header word out (标　　题：) as they align their metadata.
            int wordEnd = content.Length > GenreProfile.TitleMaxLength ? -1 : LayoutText.StartsWithIgnoringSpaces(content, GenreProfile.TitleHeader);
            if (wordEnd < 0)
            {
                continue;
            }

            int colon = content.IndexOfAny('：', ':');
            if (colon < wordEnd || !content[wordEnd..colon].IsWhiteSpace())
            {
                continue;
            }

            var value = content[(colon + 1)..].TrimStart(" \t\u00A0\u3000");
            if (value.IsEmpty || LayoutText.HasSentencePunctuation(value)
                || !(GenreLexicon.ContainsReportWord(value) || GenreLexicon.EndsWithAny(value, GenreProfile.TitleEndings)))
            {
                continue;
            }

            _lines[i].ContentStart += content.Length - value.Length;
            _decoder.ForgetNormalized();
            return i;
        }

        return -1;
    }

    /// <summary>True when the title candidate <paramref name="next"/> repeats <paramref name="index"/>'s text (spacing and width aside) within the title look-ahead.</summary>
    private bool IsRepeatedSoon(int index, int next)
    {
        int seen = 0;
        for (int j = index + 1; j < next; j++)
        {
            if (!_lines[j].IsBlank && ++seen > GenreProfile.TitleLookAhead)
            {
                return false;
            }
        }

        // Compared on the normalized view: a cover's spaced 政 府 工 作 报 告 repeats the title 政府工作报告 below.
        return _decoder.Normalized(index).SequenceEqual(_decoder.Normalized(next));
    }

    /// <summary>Punctuation that cannot stand before the report word of a title (a sentence, a quotation, a caption).</summary>
    private static readonly CharSetSearch TitlePrefixStoppers = new("。，,：:；《“\"");

    /// <summary>Punctuation a title found by its position (before a meeting line) never holds.</summary>
    private static readonly CharSetSearch PositionalTitleStoppers = new("。，,；;：:");

    private bool IsTitleCandidate(int index, out int split)
    {
        split = -1;
        var content = Content(index);
        if (content.Length > 120)
        {
            return false;
        }

        int wordEnd = GenreLexicon.IndexOfIgnoringSpaces(content, GenreLexicon.ReportWord);
        if (wordEnd < 0)
        {
            return false;
        }

        var before = content[..wordEnd];
        if (before.Length > 40 || TitlePrefixStoppers.ContainsAny(before))
        {
            return false;
        }

        // A news caption (省长赵刚作政府工作报告) names the report; it is not its title.
        if (GenreLexicon.IsCaption(before))
        {
            return false;
        }

        var after = content[wordEnd..].TrimStart(' ');
        if (after.IsEmpty)
        {
            return true;
        }

        if (CharClasses.IsDash(after[0]))
        {
            split = _lines[index].ContentStart + wordEnd;
            return true;
        }

        // A status word after the report word: 政府工作报告全文, 政府工作报告摘要.
        foreach (string status in GenreProfile.StatusWords)
        {
            if (after.TrimEnd(" \t\u00A0\u3000").SequenceEqual(status))
            {
                return true;
            }
        }

        // A parenthesised qualifier: 政府工作报告（摘要）.
        return after.Length <= 12 && CharClasses.IsOpenParen(after[0]) && CharClasses.IsCloseParen(after[^1]);
    }

    /// <summary>
    /// True when <paramref name="index"/> and the next non-blank line (<paramref name="continuation"/>) are one title broken
    /// inside its title word (政府工作报 / 告, 政府 / 工作报告): the first line ends with a head of the word and the next begins
    /// with the rest of it, with at most a parenthesised qualifier after; the text before the word passes as a title prefix.
    /// </summary>
    private bool IsBrokenTitle(int index, out int continuation)
    {
        continuation = -1;
        var content = Content(index);
        string word = GenreLexicon.ReportWord;
        // Cheap test first: the line must end in a character of the title word.
        if (content.Length > GenreProfile.TitleMaxLength || word.IndexOf(content[^1]) < 0)
        {
            return false;
        }

        string first = _decoder.Normalized(index).ToString();
        int next = index + 1;
        while (next < _lines.Length && next - index <= GenreProfile.TitleBreakMaxGap && _lines[next].IsBlank)
        {
            next++;
        }

        if (next >= _lines.Length || _lines[next].IsBlank || _lines[next].Role != LineRole.Blank || _lines[next].ContentLength > GenreProfile.TitleMaxLength)
        {
            return false;
        }

        var second = _decoder.Normalized(next);
        for (int head = 1; head < word.Length; head++)
        {
            if (!first.EndsWith(word[..head], StringComparison.Ordinal) || !second.StartsWith(word.AsSpan(head), StringComparison.Ordinal))
            {
                continue;
            }

            var before = first.AsSpan(0, first.Length - head);
            var after = second[(word.Length - head)..];
            bool qualifierOnly = after.IsEmpty
                || (after.Length <= GenreProfile.TitleQualifierMaxLength && CharClasses.IsOpenParen(after[0]) && CharClasses.IsCloseParen(after[^1]));
            if (qualifierOnly && before.Length <= GenreProfile.TitlePrefixMaxLength && !TitlePrefixStoppers.ContainsAny(before)
                && !GenreLexicon.IsCaption(string.Concat(before, word)))
            {
                continuation = next;
                return true;
            }
        }

        return false;
    }

    /// <summary>The continuation line of a title broken over two lines (the next non-blank line, so marked), or -1.</summary>
    private int TitleContinuationOf(int title)
    {
        int next = LayoutText.NextNonBlank(_lines, title + 1, _lines.Length);
        return next >= 0 && _lines[next].Role == LineRole.TitleContinuation ? next : -1;
    }

    /// <summary>
    /// A title without <see cref="GenreLexicon.ReportWord"/> (柳溪街道办事处工作报告, 关于…工作情况的报告): a short line
    /// with no sentence punctuation, ending in a title word (<see cref="GenreProfile.TitleEndings"/>, a status word in
    /// brackets or none after it), right before a meeting line.
    /// </summary>
    private bool IsTitleBeforeMeetingLine(int index)
    {
        var content = TrimStatusQualifier(Content(index).TrimEnd(" \t\u00A0\u3000"));
        if (content.Length > GenreProfile.PositionalTitleMaxLength || !GenreLexicon.EndsWithAny(content, GenreProfile.TitleEndings)
            || PositionalTitleStoppers.ContainsAny(content) || IsChrome(index) || IsMeetingLine(index))
        {
            return false;
        }

        int next = index + 1;
        while (next < _lines.Length && _lines[next].IsBlank)
        {
            next++;
        }

        return next < _lines.Length && IsMeetingLine(next);
    }

    /// <summary>The title without a bracketed status word after it (…工作报告（摘要）).</summary>
    private static ReadOnlySpan<char> TrimStatusQualifier(ReadOnlySpan<char> content)
    {
        if (content.Length > 2 && CharClasses.IsCloseParen(content[^1]))
        {
            int open = content.LastIndexOfAny("（(");
            if (open > 0 && GenreMatchers.StatusWords.ContainsAny(content[(open + 1)..^1]))
            {
                return content[..open].TrimEnd(" \t\u00A0\u3000");
            }
        }

        return content;
    }

    private bool IsConfirmedTitle(int index, int nextCandidate, bool byPreambleOnly)
    {
        int seen = 0;
        for (int j = index + 1; j < _lines.Length && seen < GenreProfile.TitleLookAhead; j++)
        {
            if (_lines[j].IsBlank)
            {
                continue;
            }

            if (j == nextCandidate)
            {
                return false;
            }

            seen++;
            var content = Content(j);
            // The salutation is tested on the normalized view, as its recognizer tests it (各位代表：\u200D is one).
            if (IsMeetingLine(j) || GenreLexicon.IsSpeakerLine(content) || GenreLexicon.IsSalutationLine(_decoder.Normalized(j))
                || GenreLexicon.IsOpening(content) || (!byPreambleOnly && (IsUnnumberedHeading(j) || IsNumberedHeadingCandidate(j))))
            {
                return true;
            }
        }

        return false;
    }

    private int FindFirstAnchor()
    {
        for (int i = 0; i < _lines.Length; i++)
        {
            if (_lines[i].IsBlank || _lines[i].Role != LineRole.Blank)
            {
                continue;
            }

            var content = Content(i);
            if (IsMeetingLine(i) || GenreLexicon.IsSalutationLine(_decoder.Normalized(i)) || GenreLexicon.IsOpening(content)
                || IsUnnumberedHeading(i) || (IsNumberedHeadingCandidate(i) && _lines[i].Marker.Number == 1))
            {
                return i;
            }
        }

        return -1;
    }

    private bool IsMeetingLine(int index) => MeetingLineRecognizer.IsMeetingLine(Content(index), _decoder.Normalized(index));

    private bool IsUnnumberedHeading(int index) =>
        SectionHeadingRecognizer.IsUnnumberedHeading(new LineContext(_text, _lines, index, _decoder));

    private bool IsNumberedHeadingCandidate(int index)
    {
        ref var line = ref _lines[index];
        if (line.Marker.Style != NumberingStyle.ChineseComma)
        {
            return false;
        }

        var rest = AfterMarker(index);
        return rest.Length is > 1 and <= GenreProfile.SectionHeadingMaxLength && rest.IndexOf('。') < 0 && GenreLexicon.ClassifyHeading(rest) != SectionKind.Other;
    }

    private bool IsChrome(int index) => _decoder.IsChromeText(index);

    // ---- one report ---------------------------------------------------------------------------

    private void AnalyzeReport(ReportLayout report, ParseOptions options)
    {
        int i = report.StartLine;
        if (report.HasTitle)
        {
            _lines[i].Role = LineRole.Title;
            if (_lines[i].Split >= 0)
            {
                _lines[i].Split2 = MeetingLineRecognizer.FindSpeakerAfterMeeting(Content(i), _lines[i].ContentStart, _lines[i].Split);
            }

            int continuation = TitleContinuationOf(i);
            i = continuation >= 0 ? continuation + 1 : i + 1;
        }

        int end = report.EndLine;
        CutGluedToolbar(i, end);
        BareNumeralHeadings.Mark(_text, _lines, i, end);
        _decoder.Decode(i, end, options.SkipChrome, _zones, _chosen, _trace, _headingProposed);

        int bodyStart = end;
        int bodyEnd = end;
        for (int j = i; j < end; j++)
        {
            if (_lines[j].IsBlank)
            {
                continue;
            }

            switch (_zones[j])
            {
                case LayoutZone.Preamble:
                    AssignPreambleRole(j, end);
                    break;
                case LayoutZone.Body:
                    bodyStart = Math.Min(bodyStart, j);
                    bodyEnd = j + 1;
                    break;
                case LayoutZone.Closing:
                    if (report.ClosingLine < 0)
                    {
                        report.ClosingLine = j;
                    }

                    _lines[j].Role = _chosen[j].Role == LineRole.FootnoteDefinition ? LineRole.FootnoteDefinition : LineRole.ClosingParagraph;
                    break;
                case LayoutZone.Tail:
                    _lines[j].Role = LineRole.Chrome;
                    break;
            }
        }

        DemoteStrayPreambleParagraphs(i, end);
        if (options.SkipChrome)
        {
            DemoteClosingSignOff(report, end);
        }

        if (bodyStart == end)
        {
            bodyStart = bodyEnd = report.ClosingLine >= 0 ? report.ClosingLine : end;
        }

        report.BodyStartLine = bodyStart;
        _body.Decode(report, bodyStart, bodyEnd, _zones, _chosen, _headingProposed);
        AnalyzeBackMatter(report, i, end);
    }

    /// <summary>
    /// The report's last line before its trailing chrome, when toolbar words are glued to its end
    /// (<c>…新篇章！【打印本页】【关闭窗口】</c>): the words are cut off the line's content, so they stay in the tree as
    /// trivia and are neither the closing's nor the body's text.
    /// </summary>
    private void CutGluedToolbar(int start, int end)
    {
        int seen = 0;
        for (int j = end - 1; j >= start && seen < GenreProfile.TailWindowLines; j--)
        {
            if (_lines[j].IsBlank)
            {
                continue;
            }

            seen++;
            ref var line = ref _lines[j];
            int cut = ChromeRecognizer.TrailingToolbarStart(Content(j));
            if (cut < 0 && IsChrome(j))
            {
                continue;
            }

            if (cut > 0)
            {
                int contentEnd = line.ContentStart + cut;
                while (contentEnd > line.ContentStart && CharClasses.IsSpace(_text[contentEnd - 1]))
                {
                    contentEnd--;
                }

                line.ContentEnd = contentEnd;
                _decoder.ForgetNormalized();
            }

            return;
        }
    }

    /// <summary>
    /// A date line or caption that stands before a later meeting line, speaker or salutation is chrome: the
    /// preamble's parts fill their slots in text order, so a paragraph there would push the later parts out.
    /// </summary>
    private void DemoteStrayPreambleParagraphs(int start, int end)
    {
        bool laterPart = false;
        for (int j = end - 1; j >= start; j--)
        {
            if (_lines[j].IsBlank || _zones[j] != LayoutZone.Preamble)
            {
                continue;
            }

            var role = _lines[j].Role;
            if (role is LineRole.Meeting or LineRole.Speaker or LineRole.Salutation)
            {
                laterPart = true;
            }
            else if (role == LineRole.PreambleParagraph && laterPart && _chosen[j].Recognizer >= 0)
            {
                _lines[j].Role = LineRole.Chrome;
            }
        }
    }

    /// <summary>
    /// A sign-off that ends the closing before notes or annexes (<c>青山县人民政府办公室</c> / <c>2026年1月25日</c>) is
    /// chrome, as the same lines are after the report (<see cref="SignOffRecognizer"/>): the decoder's zones never go back
    /// from the tail to the notes, so the closing took them as its last paragraphs. Reads the closing's lines only.
    /// </summary>
    private void DemoteClosingSignOff(ReportLayout report, int end)
    {
        if (report.ClosingLine < 0)
        {
            return;
        }

        int last = report.ClosingLine;
        for (int j = report.ClosingLine + 1; j < end; j++)
        {
            if (_lines[j].IsBlank)
            {
                continue;
            }

            if (_zones[j] != LayoutZone.Closing)
            {
                break;
            }

            last = j;
        }

        for (int j = last; j > report.ClosingLine; j--)
        {
            if (_lines[j].IsBlank)
            {
                continue;
            }

            if (_lines[j].Role != LineRole.ClosingParagraph || !SignOffRecognizer.IsSignOff(new LineContext(_text, _lines, j, _decoder)))
            {
                return;
            }

            _lines[j].Role = LineRole.Chrome;
        }
    }

    /// <summary>A preamble line takes the role of its chosen proposal; a wrapped meeting line marks its second half.</summary>
    private void AssignPreambleRole(int index, int end)
    {
        var candidate = _chosen[index];
        ref var line = ref _lines[index];
        if (line.Role == LineRole.MeetingContinuation)
        {
            return;
        }

        if (line.Role == LineRole.SpeakerContinuation)
        {
            return;
        }

        line.Role = candidate.Role;
        if (candidate.Role == LineRole.Speaker && !GenreLexicon.IsSpeakerLine(Content(index)))
        {
            // An office alone (国务院总理): the bare name on the next line completes it.
            int name = NextNonBlank(index + 1, end);
            if (name >= 0 && _zones[name] == LayoutZone.Preamble && _chosen[name].Role == LineRole.Speaker
                && SpeakerLineRecognizer.IsBareName(_decoder.Normalized(name)))
            {
                _lines[name].Role = LineRole.SpeakerContinuation;
            }
        }

        if (candidate.Role != LineRole.Meeting)
        {
            return;
        }

        line.Split = candidate.Split;
        int next = NextNonBlank(index + 1, end);
        if (line.Split < 0 && next >= 0 && _zones[next] == LayoutZone.Preamble && _chosen[next].Role is LineRole.PreambleParagraph or LineRole.Meeting
            && MeetingLineRecognizer.IsContinuation(Content(index), Content(next)))
        {
            _lines[next].Role = LineRole.MeetingContinuation;
        }
    }

    /// <summary>Notes and annexes after the closing, in the order they come; definitions without a heading are headless notes.</summary>
    private void AnalyzeBackMatter(ReportLayout report, int start, int end)
    {
        int regionStart = start;
        while (regionStart < end && (_lines[regionStart].IsBlank || _zones[regionStart] != LayoutZone.Back))
        {
            regionStart++;
        }

        while (regionStart < end && _zones[regionStart] == LayoutZone.Back)
        {
            var role = _chosen[regionStart].Role;
            int regionEnd = regionStart + 1;
            while (regionEnd < end && (_lines[regionEnd].IsBlank || _zones[regionEnd] == LayoutZone.Back)
                && !(_zones[regionEnd] == LayoutZone.Back && !_lines[regionEnd].IsBlank && _chosen[regionEnd].Role is LineRole.NotesHeading or LineRole.AnnexHeading))
            {
                regionEnd++;
            }

            if (role == LineRole.NotesHeading)
            {
                _lines[regionStart].Role = LineRole.NotesHeading;
                report.NotesLine = regionStart;
                AnalyzeNotes(regionStart + 1, regionEnd);
            }
            else if (role == LineRole.AnnexHeading)
            {
                _lines[regionStart].Role = LineRole.AnnexHeading;
                AnalyzeAnnex(regionStart + 1, regionEnd);
            }
            else
            {
                report.NotesLine = -2;
                report.HeadlessNotesStart = regionStart;
                AnalyzeNotes(regionStart, regionEnd);
            }

            regionStart = regionEnd;
            while (regionStart < end && _lines[regionStart].IsBlank)
            {
                regionStart++;
            }
        }
    }

    private int NextNonBlank(int from, int end) => LayoutText.NextNonBlank(_lines, from, end);

    private void AnalyzeNotes(int start, int end)
    {
        bool explanationExpected = false;
        for (int i = start; i < end; i++)
        {
            if (_lines[i].IsBlank)
            {
                continue;
            }

            // 名词解释 often puts the term alone on one line and its explanation on the next:
            // the term line is the definition, the explanation a paragraph of it. A line opened by an entry mark
            // (＠②…, after ＠①…) opens the next note instead.
            bool labelled = _lines[i].LabelKind != NoteLabelKind.None;
            if (explanationExpected && !labelled && GenreProfile.NoteEntryMarks.IndexOf(_text[_lines[i].ContentStart]) < 0)
            {
                _lines[i].Role = LineRole.Paragraph;
                explanationExpected = false;
                continue;
            }

            _lines[i].Role = LineRole.FootnoteDefinition;
            var rest = labelled ? _text.AsSpan(_lines[i].LabelEnd, _lines[i].ContentEnd - _lines[i].LabelEnd) : Content(i);
            explanationExpected = rest.Trim().Length <= 24 && rest.IndexOfAny(":：。，") < 0;
        }
    }

    private void AnalyzeAnnex(int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (_lines[i].IsBlank)
            {
                continue;
            }

            _lines[i].Role = _lines[i].Marker.Style != NumberingStyle.None && AfterMarker(i).Length > 0 ? LineRole.ItemHeading : LineRole.Paragraph;
        }
    }
}

/// <summary>The layout of one report: its line range and the lines that anchor its parts.</summary>
internal sealed class ReportLayout(int startLine, int endLine, bool hasTitle)
{
    public int StartLine { get; } = startLine;

    public int EndLine { get; } = endLine;

    public bool HasTitle { get; } = hasTitle;

    public int BodyStartLine { get; set; }

    public int ClosingLine { get; set; } = -1;

    /// <summary>The notes heading line, -1 for none, -2 for notes without a heading.</summary>
    public int NotesLine { get; set; } = -1;

    public int HeadlessNotesStart { get; set; } = -1;

    /// <summary>The first line of an implicit section without heading, or -1.</summary>
    public int ImplicitReviewLine { get; set; } = -1;

    /// <summary>True when the implicit section is not a review (the report has no headings at all).</summary>
    public bool ImplicitSectionIsOther { get; set; }

    public List<int> SectionLines { get; } = [];
}
