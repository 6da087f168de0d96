using ReportSdk.Semantics.Model;

namespace ReportSdk.Semantics.Metadata;

/// <summary>Reads the speaker's office and name: 省人民政府省长 王清宪, 自治区主席 韦 韬, 省长赵刚作政府工作报告, a bare 毛伟明.</summary>
internal static class SpeakerReader
{
    /// <summary>A speaker read from a line: name and office may each be missing; offsets are into the line's text.</summary>
    public readonly record struct Speaker(string? Name, int NameStart, int NameLength, string? Office, int OfficeStart, AdministrativeLevel? Level, string? RegionBefore, int RegionStart);

    /// <summary>Reads a speaker line or a meeting line's tail: the last office, then the name after it.</summary>
    public static Speaker? Read(string text, bool caption)
    {
        var office = FindOffice(text);
        if (office is null)
        {
            if (caption)
            {
                return ReadCaptionName(text, 0);
            }

            var bare = NameAt(text, 0, text.Length);
            return bare is { } n ? new Speaker(n.Name, n.Start, n.Length, null, -1, null, null, -1) : null;
        }

        var (officeText, at, level) = office.Value;
        int nameFrom = at + officeText.Length;
        int nameEnd = caption ? CaptionEnd(text, nameFrom) : text.Length;
        var name = NameAt(text, nameFrom, nameEnd);
        string prefix = text[..at];
        string? region = null;
        int regionStart = -1;
        if (RegionReader.LastUnit(prefix[..RegionReader.StopAt(prefix)]) is { } unit)
        {
            region = prefix.Substring(unit.Start, unit.Length);
            regionStart = unit.Start;
        }

        return new Speaker(name?.Name, name?.Start ?? -1, name?.Length ?? 0, officeText, at, level, region, regionStart);
    }

    private static Speaker? ReadCaptionName(string text, int from)
    {
        int end = CaptionEnd(text, from);
        if (end == text.Length)
        {
            return null;
        }

        var name = NameAt(text, from, end);
        return name is { } n ? new Speaker(n.Name, n.Start, n.Length, null, -1, null, null, -1) : null;
    }

    /// <summary>Where a caption's name ends: at the earliest caption verb (作政府工作报告, 代表, 在).</summary>
    private static int CaptionEnd(string text, int from)
    {
        int end = text.Length;
        foreach (string verb in MeaningProfile.CaptionVerbs)
        {
            int at = text.IndexOf(verb, from, StringComparison.Ordinal);
            if (at > from && at < end)
            {
                end = at;
            }
        }

        return end;
    }

    /// <summary>The office word that stands last in the text (the one right before the name), longest match first.</summary>
    public static (string Office, int At, AdministrativeLevel Level)? FindOffice(string text)
    {
        (string, int, AdministrativeLevel)? best = null;
        foreach (var (office, level) in MeaningProfile.Offices)
        {
            int at = text.LastIndexOf(office, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            // A longer office that contains this one at the same end wins (代市长 over 市长).
            if (best is null || at + office.Length > best.Value.Item2 + best.Value.Item1.Length)
            {
                best = (office, at, level);
            }
        }

        return best;
    }

    /// <summary>A personal name in text[from..end): spaces dropped, 2–4 Han characters, or longer with a middle dot.</summary>
    private static (string Name, int Start, int Length)? NameAt(string text, int from, int end)
    {
        int start = from;
        while (start < end && !IsNameChar(text[start]))
        {
            start++;
        }

        int stop = start;
        var name = new System.Text.StringBuilder();
        while (stop < end && (IsNameChar(text[stop]) || text[stop] is ' ' or '\u3000' or '\u00A0'))
        {
            if (IsNameChar(text[stop]))
            {
                name.Append(text[stop]);
            }

            stop++;
        }

        for (int i = stop; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] != '\u3000')
            {
                return null;
            }
        }

        string result = name.ToString();
        bool dotted = result.Contains('·');
        if (result.Length < MeaningProfile.MinNameLength || (!dotted && result.Length > MeaningProfile.MaxNameLength) || result.Length > 16)
        {
            return null;
        }

        return (result, start, stop - start);
    }

    private static bool IsNameChar(char c) => (c >= '\u4E00' && c <= '\u9FFF') || c is '·' or '•' or '・';
}
