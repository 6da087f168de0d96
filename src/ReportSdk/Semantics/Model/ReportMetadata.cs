namespace ReportSdk.Semantics.Model;

/// <summary>
/// Who delivered a report and when, as the text states it. Every value carries its span; a value the text
/// does not state is null (never guessed from a file name).
/// </summary>
/// <param name="Region">The region (乐平镇, 鹤山市, 安徽省), or 国务院 for a national report.</param>
/// <param name="Level">The administrative level, from the region's suffix, the speaker's office or the meeting.</param>
/// <param name="Year">The year the report plans for: from the title, the meeting date or a section heading.</param>
/// <param name="MeetingDate">The date of the meeting (from Arabic, full-width or Chinese numerals).</param>
/// <param name="Congress">The congress number (第十四届 → 14, 市七届人大 → 7).</param>
/// <param name="Session">The session number (第五次会议 → 5).</param>
/// <param name="MeetingText">The meeting line's text.</param>
/// <param name="SpeakerName">The speaker's name, spaces removed (韦 韬 → 韦韬).</param>
/// <param name="SpeakerOffice">The speaker's office (市长, 代市长, 自治区主席, 国务院总理…).</param>
/// <param name="SpeakerText">The line the speaker was read from.</param>
/// <param name="Status">The document's stated status (征求意见稿, 政治协商稿…).</param>
public sealed record ReportMetadata(
    Located<string>? Region,
    Located<AdministrativeLevel>? Level,
    Located<int>? Year,
    Located<DateOnly>? MeetingDate,
    Located<int>? Congress,
    Located<int>? Session,
    Located<string>? MeetingText,
    Located<string>? SpeakerName,
    Located<string>? SpeakerOffice,
    Located<string>? SpeakerText,
    Located<string>? Status);
