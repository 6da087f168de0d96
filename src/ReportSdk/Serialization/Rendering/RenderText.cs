using ReportSdk.Syntax;

namespace ReportSdk.Serialization.Rendering;

/// <summary>The plain text of the token-only parts of a report, shared by the renderers.</summary>
internal static class RenderText
{
    /// <summary>The text of a section heading (marker, the space after it, text), or null when the heading is missing.</summary>
    public static string? SectionHeading(SectionHeadingSyntax heading)
    {
        if (InlinePieces.IsAbsent(heading.TextToken))
        {
            return null;
        }

        if (InlinePieces.IsAbsent(heading.MarkerToken))
        {
            return heading.TextToken.Text;
        }

        var (lineBreak, space) = InlinePieces.Gap(heading.MarkerToken, heading.TextToken);
        return heading.MarkerToken.Text + (lineBreak ? " " : space) + heading.TextToken.Text;
    }

    /// <summary>A table-of-contents entry on one line: number, title and page, separated by spaces.</summary>
    public static string TableOfContentsEntry(TableOfContentsEntrySyntax entry)
    {
        var parts = new List<string>(3);
        foreach (var token in new[] { entry.NumberToken, entry.TitleToken, entry.PageNumberToken })
        {
            if (!InlinePieces.IsAbsent(token))
            {
                parts.Add(token.Text);
            }
        }

        return string.Join(' ', parts);
    }
}
