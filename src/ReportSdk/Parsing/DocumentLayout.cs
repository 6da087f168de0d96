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
    private const int TitleLookAhead = 6;
    private readonly string _text;
    private readonly LineInfo[] _lines;

    private DocumentLayout(string text, LineInfo[] lines)
    {
        _text = text;
        _lines = lines;
    }

    public LineInfo[] Lines => _lines;

    /// <summary>The reports found, in order.</summary>
    public List<ReportLayout> Reports { get; } = [];

    /// <summary>The line of the 目录 heading, or -1.</summary>
    public int TocHeadingLine { get; private set; } = -1;

    public static DocumentLayout Analyze(string text, LineInfo[] lines, ParseOptions options)
    {
        var layout = new DocumentLayout(text, lines);
        layout.Run(options);
        return layout;
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

        return buffer[..n].SequenceEqual("目录");
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
        }

        var starts = new List<(int, bool)>();
        for (int c = 0; c < candidates.Count; c++)
        {
            int line = candidates[c];
            int next = c + 1 < candidates.Count ? candidates[c + 1] : int.MaxValue;
            if (IsConfirmedTitle(line, next))
            {
                starts.Add((line, true));
            }
            else
            {
                _lines[line].Split = -1;
            }
        }

        if (starts.Count == 0)
        {
            int anchor = FindFirstAnchor();
            if (anchor >= 0)
            {
                starts.Add((anchor, false));
            }
        }

        return starts;
    }

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
        if (before.Length > 40 || before.IndexOfAny("。，,：:；《“\"") >= 0)
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

        // A parenthesised qualifier: 政府工作报告（摘要）.
        return after.Length <= 12 && CharClasses.IsOpenParen(after[0]) && CharClasses.IsCloseParen(after[^1]);
    }

    private bool IsConfirmedTitle(int index, int nextCandidate)
    {
        int seen = 0;
        for (int j = index + 1; j < _lines.Length && seen < TitleLookAhead; j++)
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
            if (IsMeetingLine(j) || GenreLexicon.IsSpeakerLine(content) || GenreLexicon.IsSalutationLine(content)
                || GenreLexicon.IsOpening(content) || IsUnnumberedHeading(j) || IsNumberedHeadingCandidate(j))
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
            if (IsMeetingLine(i) || GenreLexicon.IsSalutationLine(content) || GenreLexicon.IsOpening(content)
                || IsUnnumberedHeading(i) || (IsNumberedHeadingCandidate(i) && _lines[i].Marker.Number == 1))
            {
                return i;
            }
        }

        return -1;
    }

    private bool IsMeetingLine(int index)
    {
        var content = Content(index);
        if (content.Length > 90 || content.IndexOf('。') >= 0)
        {
            return false;
        }

        // （2024年1月15日在…会议上）: the whole line in parentheses.
        if (content.Length > 2 && CharClasses.IsOpenParen(content[0]) && CharClasses.IsCloseParen(content[^1]))
        {
            content = content[1..^1];
        }

        int i = 0;
        while (i < content.Length && (CharClasses.IsDash(content[i]) || CharClasses.IsSpace(content[i])))
        {
            i++;
        }

        bool dashed = i > 0 && CharClasses.IsDash(content[0]);
        var rest = content[i..];
        bool meetingWords = rest.Contains("会议", StringComparison.Ordinal) || rest.Contains("人大", StringComparison.Ordinal) || rest.Contains("代表大会", StringComparison.Ordinal);
        if (dashed)
        {
            // ——2022年1月21日在…  or  ——在…会议上
            return rest.Length > 0 && (rest.StartsWith("在") || CharClasses.IsDigit(rest[0]) || rest.StartsWith("二") || meetingWords);
        }

        return (rest.StartsWith("在") || (rest.Length > 0 && CharClasses.IsDigit(rest[0]))) && meetingWords && rest.Contains("上", StringComparison.Ordinal);
    }

    // ---- one report ---------------------------------------------------------------------------

    private void AnalyzeReport(ReportLayout report, ParseOptions options)
    {
        int i = report.StartLine;
        if (report.HasTitle)
        {
            _lines[i].Role = LineRole.Title;
            i++;
        }

        int bodyStart = AnalyzePreamble(report, i);
        int end = report.EndLine;
        int tailStart = options.SkipChrome ? FindTailChrome(bodyStart, end) : end;

        int notesLine = -1;
        int annexLine = -1;
        for (int j = bodyStart; j < tailStart; j++)
        {
            if (_lines[j].IsBlank || _lines[j].ContentLength > 40)
            {
                continue;
            }

            var content = Content(j);
            if (notesLine < 0 && GenreLexicon.IsNotesHeading(content))
            {
                notesLine = j;
            }
            else if (annexLine < 0 && GenreLexicon.IsAnnexHeading(content))
            {
                annexLine = j;
            }
        }

        int bodyEnd = Min(tailStart, notesLine, annexLine);
        int closing = FindClosing(bodyStart, bodyEnd);
        report.ClosingLine = closing;
        int sectionsEnd = closing >= 0 ? closing : bodyEnd;
        AnalyzeSections(report, bodyStart, sectionsEnd);

        if (closing >= 0)
        {
            for (int j = closing; j < bodyEnd; j++)
            {
                if (_lines[j].IsBlank)
                {
                    continue;
                }

                _lines[j].Role = IsBodyDefinition(j) ? LineRole.FootnoteDefinition : LineRole.ClosingParagraph;
            }
        }

        // Notes and annexes, in the order they come.
        int regionStart = bodyEnd;
        while (regionStart < tailStart)
        {
            if (_lines[regionStart].IsBlank)
            {
                regionStart++;
                continue;
            }

            var content = Content(regionStart);
            bool isNotes = GenreLexicon.IsNotesHeading(content);
            bool isAnnex = !isNotes && GenreLexicon.IsAnnexHeading(content);
            int regionEnd = regionStart + 1;
            while (regionEnd < tailStart)
            {
                if (!_lines[regionEnd].IsBlank && _lines[regionEnd].ContentLength <= 40
                    && (GenreLexicon.IsNotesHeading(Content(regionEnd)) || GenreLexicon.IsAnnexHeading(Content(regionEnd))))
                {
                    break;
                }

                regionEnd++;
            }

            if (isNotes)
            {
                _lines[regionStart].Role = LineRole.NotesHeading;
                report.NotesLine = regionStart;
                AnalyzeNotes(regionStart + 1, regionEnd);
            }
            else if (isAnnex)
            {
                _lines[regionStart].Role = LineRole.AnnexHeading;
                AnalyzeAnnex(regionStart + 1, regionEnd);
            }
            else
            {
                // Definitions after the closing without a heading: notes with a missing heading.
                report.NotesLine = -2;
                report.HeadlessNotesStart = regionStart;
                AnalyzeNotes(regionStart, regionEnd);
            }

            regionStart = regionEnd;
        }

        for (int j = tailStart; j < end; j++)
        {
            if (!_lines[j].IsBlank)
            {
                _lines[j].Role = LineRole.Chrome;
            }
        }
    }

    private static int Min(int a, int b, int c)
    {
        int result = a;
        if (b >= 0 && b < result)
        {
            result = b;
        }

        if (c >= 0 && c < result)
        {
            result = c;
        }

        return result;
    }

    private int AnalyzePreamble(ReportLayout report, int i)
    {
        bool meeting = false;
        bool speaker = false;
        bool salutation = false;
        if (report.HasTitle && _lines[report.StartLine].Split >= 0)
        {
            meeting = true;
            _lines[report.StartLine].Split2 = FindSpeakerAfterMeeting(report.StartLine, _lines[report.StartLine].Split);
            speaker = _lines[report.StartLine].Split2 >= 0;
        }

        int last = i;
        for (; i < report.EndLine; i++)
        {
            if (_lines[i].IsBlank)
            {
                continue;
            }

            var content = Content(i);
            if (!meeting && !speaker && !salutation && IsMeetingLine(i))
            {
                meeting = true;
                _lines[i].Role = LineRole.Meeting;
                _lines[i].Split = FindSpeakerAfterMeeting(i);
                if (_lines[i].Split >= 0)
                {
                    speaker = true;
                }
                else if (!content.Contains("会议", StringComparison.Ordinal) || !content.EndsWith("上"))
                {
                    int next = NextNonBlank(i + 1, report.EndLine);
                    if (next >= 0 && _lines[next].ContentLength <= 40 && Content(next).IndexOf('。') < 0
                        && (Content(next).Contains("会议", StringComparison.Ordinal) || Content(next).EndsWith("上")))
                    {
                        _lines[next].Role = LineRole.MeetingContinuation;
                        i = next;
                    }
                }
            }
            else if (!speaker && !salutation && GenreLexicon.IsSpeakerLine(content))
            {
                speaker = true;
                _lines[i].Role = LineRole.Speaker;
            }
            else if (!salutation && GenreLexicon.IsSalutationLine(content))
            {
                salutation = true;
                _lines[i].Role = LineRole.Salutation;
            }
            else if (!salutation && content.Length <= 24 && content.IndexOfAny('。', '，') < 0 && content.Contains("年", StringComparison.Ordinal) && content.Contains("日", StringComparison.Ordinal))
            {
                _lines[i].Role = LineRole.PreambleParagraph; // a date line
            }
            else if (!salutation && !meeting && content.Length <= 40 && GenreLexicon.ContainsChromePhrase(content))
            {
                _lines[i].Role = LineRole.Chrome;
            }
            else
            {
                break;
            }

            last = i + 1;
        }

        // The opening paragraph (现在，我代表…向大会报告工作，请予审议).
        int opening = NextNonBlank(last, report.EndLine);
        if (opening >= 0 && GenreLexicon.IsOpening(Content(opening)) && !IsUnnumberedHeading(opening) && _lines[opening].Marker.Style == NumberingStyle.None)
        {
            _lines[opening].Role = LineRole.PreambleParagraph;
            last = opening + 1;
        }

        report.BodyStartLine = last;
        return last;
    }

    private int FindSpeakerAfterMeeting(int index) => FindSpeakerAfterMeeting(index, 0);

    /// <summary>Where a speaker starts after <c>…会议上</c> on the same line, searching from <paramref name="from"/>; -1 if none.</summary>
    internal int FindSpeakerAfterMeeting(int index, int from)
    {
        var content = Content(index);
        if (from > 0)
        {
            int offset = from - _lines[index].ContentStart;
            int found = FindSpeakerIn(content[offset..]);
            return found < 0 ? -1 : from + found;
        }

        int result = FindSpeakerIn(content);
        return result < 0 ? -1 : _lines[index].ContentStart + result;
    }

    private static int FindSpeakerIn(ReadOnlySpan<char> content)
    {
        int at = content.LastIndexOf("会议上", StringComparison.Ordinal);
        if (at < 0)
        {
            return -1;
        }

        int after = at + 3;
        var rest = content[after..];
        var trimmed = rest.TrimStart(" \t\u00A0\u3000");
        if (trimmed.Length == 0 || trimmed.Length == rest.Length || !GenreLexicon.IsSpeakerLine(trimmed))
        {
            return -1;
        }

        return after;
    }

    private int NextNonBlank(int from, int end)
    {
        for (int i = from; i < end; i++)
        {
            if (!_lines[i].IsBlank)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Scans back from the end of a report over lines of web chrome; returns the first chrome line (or <paramref name="end"/>).</summary>
    private int FindTailChrome(int bodyStart, int end)
    {
        int tail = end;
        MarkerShape below = default;
        for (int i = end - 1; i >= bodyStart; i--)
        {
            if (_lines[i].IsBlank)
            {
                continue;
            }

            // A numbered list whose later entries are chrome (download-site terms 1、…4、) is chrome throughout.
            var marker = _lines[i].Marker;
            bool continuesChromeList = marker.Style != NumberingStyle.None && marker.Style == below.Style && marker.Number == below.Number - 1;
            if (!continuesChromeList && !IsChromeLike(i))
            {
                break;
            }

            below = marker;
            tail = i;
        }

        return tail;
    }

    private bool IsChromeLike(int index)
    {
        var content = Content(index);
        if (content.Length <= 120 && GenreLexicon.ContainsChromePhrase(content))
        {
            return true;
        }

        if (content.Length > 25 || _lines[index].LabelKind != NoteLabelKind.None || _lines[index].Marker.Style != NumberingStyle.None)
        {
            return false;
        }

        if (GenreLexicon.IsNotesHeading(content) || GenreLexicon.IsAnnexHeading(content) || GenreLexicon.StartsWithSalutation(content) || IsUnnumberedHeading(index))
        {
            return false;
        }

        foreach (char c in content)
        {
            if (CharClasses.IsSentenceEnd(c) || c is '，' or '：')
            {
                return false;
            }
        }

        return true;
    }

    private int FindClosing(int bodyStart, int bodyEnd)
    {
        int paragraphsPassed = 0;
        for (int i = bodyEnd - 1; i >= bodyStart; i--)
        {
            if (_lines[i].IsBlank || IsBodyDefinition(i))
            {
                continue;
            }

            var content = Content(i);
            if ((GenreLexicon.StartsWithSalutation(content) || GenreLexicon.StartsWithRallyingCall(content))
                && !GenreLexicon.IsSalutationLine(content) && _lines[i].Marker.Style == NumberingStyle.None)
            {
                return i;
            }

            if (_lines[i].Marker.Style != NumberingStyle.None || IsUnnumberedHeading(i) || ++paragraphsPassed > 2)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>A footnote definition standing in the body: <c>&lt;sup&gt;2&lt;/sup&gt; "十大规划":…</c>, <c>[3] 术语：…</c>.</summary>
    private bool IsBodyDefinition(int index)
    {
        ref var line = ref _lines[index];
        if (line.LabelKind is not (NoteLabelKind.Superscript or NoteLabelKind.Bracketed))
        {
            return false;
        }

        var rest = _text.AsSpan(line.LabelEnd, line.ContentEnd - line.LabelEnd);
        int colon = rest.IndexOfAny(':', '：');
        return colon >= 0 && colon <= 48;
    }

    // ---- sections -----------------------------------------------------------------------------

    private bool IsUnnumberedHeading(int index)
    {
        ref var line = ref _lines[index];
        if (line.Marker.Style != NumberingStyle.None || line.LabelKind != NoteLabelKind.None || line.ContentLength > 30 || line.ContentLength < 4)
        {
            return false;
        }

        var content = Content(index);
        if (content.IndexOfAny("。，,；;：:！!？?") >= 0 || GenreLexicon.StartsWithSalutation(content))
        {
            return false;
        }

        return GenreLexicon.ClassifyHeading(content) != SectionKind.Other && GenreLexicon.LooksLikeSectionHeading(content) && !GenreLexicon.IsNotesHeading(content);
    }

    private bool IsNumberedHeadingCandidate(int index)
    {
        ref var line = ref _lines[index];
        if (line.Marker.Style != NumberingStyle.ChineseComma)
        {
            return false;
        }

        var rest = AfterMarker(index);
        return rest.Length is > 1 and <= 30 && rest.IndexOf('。') < 0 && GenreLexicon.ClassifyHeading(rest) != SectionKind.Other;
    }

    private void AnalyzeSections(ReportLayout report, int start, int end)
    {
        // The first heading-like line decides whether sections are numbered (一、2022年工作回顾) or not (2022年工作回顾).
        bool numbered = false;
        bool found = false;
        for (int i = start; i < end && !found; i++)
        {
            if (_lines[i].IsBlank)
            {
                continue;
            }

            if (IsUnnumberedHeading(i))
            {
                found = true;
            }
            else if (IsNumberedHeadingCandidate(i) && _lines[i].Marker.Number == 1)
            {
                found = true;
                numbered = true;
            }
        }

        int expected = 1;
        SectionKind previous = SectionKind.None;
        for (int i = start; i < end; i++)
        {
            if (_lines[i].IsBlank)
            {
                continue;
            }

            ref var line = ref _lines[i];
            bool isHeading;
            SectionKind kind;
            if (numbered)
            {
                var rest = AfterMarker(i);
                isHeading = line.Marker.Style == NumberingStyle.ChineseComma && line.Marker.Number == expected
                    && rest.Length is > 1 and <= 40 && rest.IndexOf('。') < 0
                    && (GenreLexicon.ClassifyHeading(rest) != SectionKind.Other || expected > 1);
                kind = isHeading ? GenreLexicon.ClassifyHeading(rest) : SectionKind.None;
            }
            else
            {
                isHeading = IsUnnumberedHeading(i);
                kind = isHeading ? GenreLexicon.ClassifyHeading(Content(i)) : SectionKind.None;
            }

            if (isHeading)
            {
                if (kind == SectionKind.Other && previous == SectionKind.Plan)
                {
                    kind = SectionKind.Plan;
                }

                line.Role = LineRole.SectionHeading;
                line.Section = kind;
                previous = kind;
                expected = line.Marker.Number + 1;
                report.SectionLines.Add(i);
                continue;
            }

            if (IsBodyDefinition(i))
            {
                line.Role = LineRole.FootnoteDefinition;
            }
            else if (line.Marker.Style != NumberingStyle.None && AfterMarker(i).Length > 0)
            {
                line.Role = LineRole.ItemHeading;
            }
            else
            {
                line.Role = LineRole.Paragraph;
            }
        }

        // Text before the first heading when that heading is not the review: an implicit review.
        int firstSection = report.SectionLines.Count > 0 ? report.SectionLines[0] : -1;
        if (firstSection >= 0 && _lines[firstSection].Section != SectionKind.Review)
        {
            for (int i = start; i < firstSection; i++)
            {
                if (!_lines[i].IsBlank && _lines[i].Role is LineRole.Paragraph or LineRole.ItemHeading)
                {
                    report.ImplicitReviewLine = i;
                    break;
                }
            }
        }
        else if (firstSection < 0)
        {
            for (int i = start; i < end; i++)
            {
                if (!_lines[i].IsBlank)
                {
                    report.ImplicitReviewLine = i;
                    report.ImplicitSectionIsOther = true;
                    break;
                }
            }
        }
    }

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
            // the term line is the definition, the explanation a paragraph of it.
            bool labelled = _lines[i].LabelKind != NoteLabelKind.None;
            if (explanationExpected && !labelled)
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
