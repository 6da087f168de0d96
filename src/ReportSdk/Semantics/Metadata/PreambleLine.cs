using ReportSdk.Text;

namespace ReportSdk.Semantics.Metadata;

/// <summary>Where a candidate line for metadata came from.</summary>
internal enum PreambleLineSource
{
    Title,
    MeetingLine,
    SpeakerLine,
    PreambleBody,
    LeadLine,
}

/// <summary>A line read for metadata: its text exactly as in the source, and its span.</summary>
internal readonly record struct PreambleLine(string Text, TextSpan Span, PreambleLineSource Source)
{
    /// <summary>The line without spaces of any width (letter-spaced titles, 韦 韬).</summary>
    public string Compact => Squeeze(Text);

    /// <summary>Every character <see cref="Squeeze(ReadOnlySpan{char})"/> drops: the white space of <see cref="char.IsWhiteSpace(char)"/>, U+3000 and U+00A0 among them.</summary>
    private static readonly System.Buffers.SearchValues<char> SqueezedSpaces =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace)]);

    /// <summary>The text without spaces of any width; the same instance when it has none.</summary>
    public static string Squeeze(string text)
    {
        var squeezed = Squeeze(text.AsSpan());
        return squeezed.Length == text.Length ? text : squeezed.ToString();
    }

    /// <summary>The text without spaces of any width; the text itself when it has none.</summary>
    public static ReadOnlySpan<char> Squeeze(ReadOnlySpan<char> text)
    {
        if (!text.ContainsAny(SqueezedSpaces))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\u3000' && c != '\u00A0')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
