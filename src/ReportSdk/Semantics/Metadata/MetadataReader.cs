using ReportSdk.Semantics.Model;
using ReportSdk.Syntax;
using ReportSdk.Text;

namespace ReportSdk.Semantics.Metadata;

/// <summary>
/// Reads a report's <see cref="ReportMetadata"/> from its preamble: the slots the parser filled, then the
/// preamble body and the report's first lines (captions such as 省长赵刚作政府工作报告, the opening's
/// 我代表国务院), and for the year the section headings. Nothing comes from the file name.
/// </summary>
internal static class MetadataReader
{
    public static ReportMetadata Read(ReportSyntax report, SourceText text)
    {
        var lines = PreambleLines.Collect(report, text);
        var title = lines.FirstOrDefault(l => IsTitle(l));
        var meeting = lines.FirstOrDefault(l => l.Source == PreambleLineSource.MeetingLine && MeetingReader.IsMeetingLine(l.Compact));
        if (meeting.Text is null)
        {
            meeting = lines.FirstOrDefault(l => l.Text.Length <= MeaningProfile.MaxPreambleLineLength && MeetingReader.IsMeetingLine(l.Compact) &&
                (DateReader.FindDate(l.Text) is not null || l.Source == PreambleLineSource.MeetingLine));
        }

        if (meeting.Text is null)
        {
            meeting = lines.FirstOrDefault(l => l.Source == PreambleLineSource.MeetingLine);
        }

        Located<string>? region = null;
        Located<AdministrativeLevel>? level = null;
        if (title.Text is not null)
        {
            ReadTitleRegion(title, ref region, ref level);
        }

        Located<DateOnly>? date = null;
        Located<int>? congress = null, session = null;
        Located<string>? meetingText = null;
        if (meeting.Text is not null)
        {
            meetingText = new Located<string>(meeting.Text.Trim(), meeting.Span);
            if (DateReader.FindDate(meeting.Text) is { } d)
            {
                date = new Located<DateOnly>(d.Date, Sub(meeting, d.Start, d.Length));
            }

            if (MeetingReader.Congress(meeting.Text) is { } c)
            {
                congress = new Located<int>(c.Value, Sub(meeting, c.Start, c.Length));
            }

            if (MeetingReader.Session(meeting.Text) is { } s)
            {
                session = new Located<int>(s.Value, Sub(meeting, s.Start, s.Length));
            }

            if (MeetingReader.Region(meeting.Text) is { } r)
            {
                var span = Sub(meeting, r.Start, r.Length);
                if (region is null && r.Region is not null)
                {
                    region = new Located<string>(r.Region, span);
                }

                if (level is null && r.Level is { } meetingLevel && (r.Region is null || region?.Value == r.Region))
                {
                    level = new Located<AdministrativeLevel>(meetingLevel, span);
                }
            }
        }

        date ??= ReadDateLine(lines);

        var speaker = ReadSpeaker(lines, meeting, out var speakerLine);
        AdministrativeLevel? captionLevel = null;
        Located<string>? speakerName = null, speakerOffice = null, speakerText = null;
        if (speaker is { } sp)
        {
            speakerText = new Located<string>(speakerLine.Text.Trim(), speakerLine.Span);
            if (sp.Name is not null)
            {
                speakerName = new Located<string>(sp.Name, Sub(speakerLine, sp.NameStart, sp.NameLength));
            }

            if (sp.Office is not null)
            {
                speakerOffice = new Located<string>(sp.Office, Sub(speakerLine, sp.OfficeStart, sp.Office.Length));
                if (region is null && sp.RegionBefore is not null)
                {
                    region = new Located<string>(sp.RegionBefore, Sub(speakerLine, sp.RegionStart, sp.RegionBefore.Length));
                }
            }
            else if (ReadCaptionOffice(lines, sp.Name) is { } office)
            {
                speakerOffice = office.Office;
                captionLevel = office.Level;
            }
        }

        if (region is null && FindNational(lines) is { } national)
        {
            region = new Located<string>(MeaningProfile.NationalRegion, national);
            level = new Located<AdministrativeLevel>(AdministrativeLevel.National, national);
        }

        if (region is { } knownRegion && (level is null || RegionLevel(knownRegion.Value) is not null))
        {
            if (RegionLevel(knownRegion.Value) is { } regionLevel)
            {
                level = new Located<AdministrativeLevel>(regionLevel, knownRegion.Span);
            }
        }

        if (level is null && speakerOffice is { } o && speaker?.Level is { } officeLevel)
        {
            level = new Located<AdministrativeLevel>(officeLevel, o.Span);
        }
        else if (level is null && speakerOffice is { } captionOffice && captionLevel is { } levelFromCaption)
        {
            level = new Located<AdministrativeLevel>(levelFromCaption, captionOffice.Span);
        }

        var year = YearReader.Read(report, text, title, date);
        var status = ReadStatus(lines, title);
        return new ReportMetadata(region, level, year, date, congress, session, meetingText, speakerName, speakerOffice, speakerText, status);
    }

    private static bool IsTitle(PreambleLine line) =>
        line.Text.Length <= MeaningProfile.MaxPreambleLineLength &&
        MeaningProfile.TitlePhrases.Any(p => line.Compact.Contains(p, StringComparison.Ordinal)) &&
        (line.Source == PreambleLineSource.Title || !line.Compact.Contains("作政府工作报告", StringComparison.Ordinal)) &&
        !line.Compact.Contains(MeaningProfile.MeetingWord, StringComparison.Ordinal);

    private static void ReadTitleRegion(PreambleLine title, ref Located<string>? region, ref Located<AdministrativeLevel>? level)
    {
        int end = title.Text.IndexOf('政');
        foreach (string phrase in MeaningProfile.TitlePhrases)
        {
            int at = title.Text.IndexOf(phrase, StringComparison.Ordinal);
            if (at >= 0)
            {
                end = at;
                break;
            }
        }

        if (end <= 0)
        {
            return;
        }

        // Blank out years (2026年, 二〇二六年) so 横沥镇2023年 and 2023年乐平市 both leave only the place.
        var chars = title.Text[..end].ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '年' && DateReader.NumberStartBefore(title.Text, i) is var start and >= 0)
            {
                for (int j = start; j <= i; j++)
                {
                    chars[j] = '　';
                }
            }
        }

        string phraseText = new(chars);
        if (RegionReader.LastUnit(phraseText) is { } unit)
        {
            region = new Located<string>(phraseText.Substring(unit.Start, unit.Length), Sub(title, unit.Start, unit.Length));
            level = new Located<AdministrativeLevel>(unit.Level, region.Value.Span);
        }
    }

    private static AdministrativeLevel? RegionLevel(string region)
    {
        if (region == MeaningProfile.NationalRegion)
        {
            return AdministrativeLevel.National;
        }

        return RegionReader.LastUnit(region)?.Level;
    }

    /// <summary>The speaker: the speaker slot, the meeting line's tail, a short office line, or a caption.</summary>
    private static SpeakerReader.Speaker? ReadSpeaker(List<PreambleLine> lines, PreambleLine meeting, out PreambleLine from)
    {
        foreach (var line in lines.Where(l => l.Source == PreambleLineSource.SpeakerLine))
        {
            if (SpeakerReader.Read(line.Text, caption: false) is { } s)
            {
                from = line;
                return s;
            }
        }

        if (meeting.Text is not null)
        {
            int tail = meeting.Text.LastIndexOf("会议", StringComparison.Ordinal);
            if (tail >= 0)
            {
                int after = tail + 2 < meeting.Text.Length && meeting.Text[tail + 2] == '上' ? tail + 3 : tail + 2;
                string rest = meeting.Text[after..];
                if (SpeakerReader.FindOffice(rest) is not null && SpeakerReader.Read(rest, caption: false) is { Name: not null } s)
                {
                    from = new PreambleLine(rest, new TextSpan(meeting.Span.Start + after, rest.Length), meeting.Source);
                    return s;
                }
            }
        }

        foreach (var line in lines.Where(l => l.Source != PreambleLineSource.SpeakerLine && l.Text.Length <= MeaningProfile.MaxPreambleLineLength))
        {
            string compact = line.Compact;
            if (compact.Contains(MeaningProfile.MeetingWord, StringComparison.Ordinal) && !compact.Contains("政府工作报告", StringComparison.Ordinal))
            {
                continue;
            }

            bool caption = compact.Contains("政府工作报告", StringComparison.Ordinal) || compact.Contains("代表", StringComparison.Ordinal);
            if (!caption && line.Text.Trim().Length > 30)
            {
                continue;
            }

            if (IsTitle(line) && !compact.Contains("作政府工作报告", StringComparison.Ordinal))
            {
                continue;
            }

            if (SpeakerReader.FindOffice(line.Text) is not null && SpeakerReader.Read(line.Text, caption) is { Name: not null } s)
            {
                from = line;
                return s;
            }
        }

        foreach (var line in lines.Where(l => l.Source is PreambleLineSource.PreambleBody or PreambleLineSource.LeadLine))
        {
            if (FusedWithSalutation(line.Text) is { } fused)
            {
                from = line;
                return fused;
            }
        }

        from = default;
        return null;
    }

    /// <summary>
    /// The text before the colon of a speaker fused into the salutation at the head of <paramref name="report"/>
    /// (县长 张明华 of 县长 张明华：各位代表，…), for a report whose preamble has no speaker line; else null.
    /// </summary>
    internal static string? FusedSpeakerText(ReportSyntax report, SourceText text)
    {
        foreach (var line in PreambleLines.Collect(report, text))
        {
            if (line.Source is PreambleLineSource.PreambleBody or PreambleLineSource.LeadLine && FusedWithSalutation(line.Text) is not null)
            {
                int colon = line.Text.AsSpan().IndexOfAny('：', ':');
                return line.Text[..colon].Trim();
            }
        }

        return null;
    }

    /// <summary>
    /// A speaker fused into the salutation (张明华：各位代表，… or 县长张明华：各位代表！…): the name, and the office
    /// when one stands before it, from the text before a colon that a salutation follows.
    /// </summary>
    private static SpeakerReader.Speaker? FusedWithSalutation(string text)
    {
        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        int colon = text.AsSpan(start).IndexOfAny('：', ':');
        if (colon <= 0 || colon > MeaningProfile.MaxFusedSpeakerLength)
        {
            return null;
        }

        colon += start;
        if (!ReportSdk.Parsing.GenreLexicon.StartsWithSalutation(text.AsSpan(colon + 1).TrimStart()))
        {
            return null;
        }

        return SpeakerReader.Read(text[..colon], caption: false) is { Name: not null } speaker ? speaker : null;
    }

    /// <summary>For a speaker slot with only a name (毛伟明), the office from a caption that names them (省长毛伟明作…).</summary>
    private static (Located<string> Office, AdministrativeLevel Level)? ReadCaptionOffice(List<PreambleLine> lines, string? name)
    {
        if (name is null)
        {
            return null;
        }

        foreach (var line in lines)
        {
            int at = line.Text.IndexOf(name, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            if (SpeakerReader.FindOffice(line.Text[..at]) is { } office && office.At + office.Office.Length == at)
            {
                return (new Located<string>(office.Office, Sub(line, office.At, office.Office.Length)), office.Level);
            }
        }

        return null;
    }

    private static TextSpan? FindNational(List<PreambleLine> lines)
    {
        foreach (var line in lines)
        {
            // Traditional forms folded character for character (全國人民代表大會), so offsets stay the line's.
            string folded = MeaningProfile.Fold(line.Text);
            foreach (string cue in MeaningProfile.NationalCues)
            {
                int at = folded.IndexOf(cue, StringComparison.Ordinal);
                if (at >= 0)
                {
                    int office = cue.IndexOf(MeaningProfile.NationalRegion, StringComparison.Ordinal);
                    return office >= 0 ? Sub(line, at + office, MeaningProfile.NationalRegion.Length) : Sub(line, at, cue.Length);
                }
            }
        }

        return null;
    }

    /// <summary>A date standing alone on a preamble line (2023年2月22日), not a dashed web date (2026-02-11).</summary>
    private static Located<DateOnly>? ReadDateLine(List<PreambleLine> lines)
    {
        foreach (var line in lines.Where(l => l.Source is PreambleLineSource.PreambleBody or PreambleLineSource.LeadLine))
        {
            string trimmed = line.Text.Trim().Trim('（', '）', '(', ')', '—', '-');
            if (trimmed.Length <= 16 && DateReader.FindDate(line.Text) is { } d && d.Length >= trimmed.Length - 1)
            {
                return new Located<DateOnly>(d.Date, Sub(line, d.Start, d.Length));
            }
        }

        return null;
    }

    private static Located<string>? ReadStatus(List<PreambleLine> lines, PreambleLine title)
    {
        foreach (var line in lines)
        {
            bool shortLine = line.Text.Trim().Length <= 20 || line.Span == title.Span;
            if (!shortLine || line.Source == PreambleLineSource.PreambleBody && line.Text.Length > 20)
            {
                continue;
            }

            foreach (string status in MeaningProfile.Statuses)
            {
                int at = line.Text.IndexOf(status, StringComparison.Ordinal);
                if (at >= 0)
                {
                    return new Located<string>(status, Sub(line, at, status.Length));
                }
            }
        }

        return null;
    }

    private static TextSpan Sub(PreambleLine line, int start, int length) => new(line.Span.Start + start, length);
}
