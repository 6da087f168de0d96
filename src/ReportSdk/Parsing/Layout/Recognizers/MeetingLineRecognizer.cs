namespace ReportSdk.Parsing;

/// <summary>
/// The meeting line: <c>——2023年2月22日在市七届人大三次会议上</c>, with any dash or none, in
/// parentheses, with a Chinese-numeral date, without its final 上, followed by the speaker on the
/// same line, or wrapped onto the next line.
/// </summary>
internal sealed class MeetingLineRecognizer : LineRecognizer
{
    public override string Name => "meeting";

    public override bool PreambleOnly => true;

    public override int MaxContentLength => GenreProfile.MeetingMaxLength;

    public override void Propose(in LineContext line, CandidateSink sink)
    {
        if (line.Content.Length > GenreProfile.MeetingMaxLength || !IsMeetingLine(line.Content, line.Normalized))
        {
            return;
        }

        var candidate = new Candidate(LineRole.Meeting, LayoutZone.Preamble, GenreProfile.Scores.PreamblePart)
        {
            Split = FindSpeakerAfterMeeting(line.Content, line.Info.ContentStart, 0),
            Recognizer = -1,
        };
        sink.Add(candidate);
    }

    /// <summary>True when the content is a meeting line.</summary>
    public static bool IsMeetingLine(ReadOnlySpan<char> content, ReadOnlySpan<char> normalized)
    {
        if (content.Length > GenreProfile.MeetingMaxLength || normalized.IsEmpty || normalized.IndexOf('。') >= 0)
        {
            return false;
        }

        var view = normalized;
        if (view.Length > 2 && CharClasses.IsOpenParen(view[0]) && CharClasses.IsCloseParen(view[^1]))
        {
            view = view[1..^1];
        }

        int i = 0;
        while (i < view.Length && (CharClasses.IsDash(view[i]) || view[i] == '—'))
        {
            i++;
        }

        bool dashed = i > 0;
        var rest = view[i..];
        bool meetingWords = GenreMatchers.MeetingWords.ContainsAny(rest);
        bool opensLikeMeeting = rest.Length > 0 && (rest[0] == '在' || CharClasses.IsDigit(rest[0]) || rest[0] is '二' or '一');
        if (dashed)
        {
            return rest.Length > 0 && (opensLikeMeeting || meetingWords);
        }

        return opensLikeMeeting && meetingWords && (rest.Contains(GenreProfile.MeetingWord, StringComparison.Ordinal) || rest.EndsWith(GenreProfile.MeetingEndCharacter))
            && rest.IndexOfAny('，', ',') < 0;
    }

    /// <summary>A wrapped meeting line's second half: short, no sentence end, naming the meeting or ending in 上.</summary>
    public static bool IsContinuation(ReadOnlySpan<char> first, ReadOnlySpan<char> next)
    {
        if (first.Contains(GenreProfile.MeetingWord, StringComparison.Ordinal) && first.EndsWith(GenreProfile.MeetingEndCharacter))
        {
            return false;
        }

        return next.Length <= GenreProfile.SectionHeadingMaxLength && next.IndexOf('。') < 0
            && (next.Contains(GenreProfile.MeetingWord, StringComparison.Ordinal) || next.EndsWith(GenreProfile.MeetingEndCharacter));
    }

    /// <summary>Where a speaker starts after <c>…会议上</c> on the same line, searching from <paramref name="from"/> (absolute), or -1.</summary>
    public static int FindSpeakerAfterMeeting(ReadOnlySpan<char> content, int contentStart, int from)
    {
        int offset = from > 0 ? from - contentStart : 0;
        var window = content[offset..];
        int at = window.LastIndexOf(GenreProfile.MeetingEnd, StringComparison.Ordinal);
        if (at < 0)
        {
            return -1;
        }

        int after = at + GenreProfile.MeetingEnd.Length;
        var rest = window[after..];
        var trimmed = rest.TrimStart(" \t\u00A0\u3000");
        if (trimmed.Length == 0 || trimmed.Length == rest.Length || !GenreLexicon.IsSpeakerLine(trimmed))
        {
            return -1;
        }

        return contentStart + offset + after;
    }
}
