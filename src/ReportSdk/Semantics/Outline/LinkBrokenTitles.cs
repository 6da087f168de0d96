using System.Text;
using ReportSdk.Text;

namespace ReportSdk.Semantics.Outline;

/// <summary>
/// Mends a heading or an item title that a web page broke at a link: the page put a linked book title on lines of its
/// own (<c>三、关于《</c> / <c>国民经济和社会发展第十一个五年规划纲要（草案）</c> / <c>》的说明</c>), so the heading's line ends
/// inside an open <c>《</c>. The outline joins the lines until the mark closes and takes the rest of that line up to its
/// first sentence end; the tree keeps the lines as they are.
/// </summary>
internal static class LinkBrokenTitles
{
    /// <summary>Most non-blank lines a broken link's text and its closing line span; a mark still open after them is left as it is.</summary>
    private const int MaxContinuationLines = 3;

    /// <summary>Most blank lines between the pieces (pages put up to two, as between the lines of a sentence broken at a link).</summary>
    private const int MaxBlankLinesBetween = 2;

    /// <summary>
    /// <paramref name="title"/>, the text of line <paramref name="lineIndex"/> (0-based) up to its end, with the lines after it
    /// joined when it ends inside an open <c>《</c>; otherwise <paramref name="title"/> itself.
    /// </summary>
    public static string Mend(string title, TextLineCollection lines, int lineIndex)
    {
        int open = Balance(title);
        if (open <= 0 || title.Length == 0 || title[^1] != '《')
        {
            return title;
        }

        var joined = new StringBuilder(title);
        int taken = 0;
        int blanks = 0;
        for (int i = lineIndex + 1; i < lines.Count && taken < MaxContinuationLines; i++)
        {
            string text = lines[i].ToString().Trim();
            if (text.Length == 0)
            {
                if (++blanks > MaxBlankLinesBetween)
                {
                    break;
                }

                continue;
            }

            taken++;
            blanks = 0;
            for (int k = 0; k < text.Length; k++)
            {
                char c = text[k];
                open += c == '《' ? 1 : c == '》' ? -1 : 0;
                if (open == 0)
                {
                    // The mark closed: the rest of this line to its first sentence end finishes the title (》的说明).
                    var rest = text.AsSpan(k);
                    int end = rest.IndexOfAny("。！!；;");
                    joined.Append(end >= 0 ? rest[..end] : rest);
                    return joined.ToString();
                }
            }

            joined.Append(text);
        }

        return title;
    }

    private static int Balance(string text)
    {
        int open = 0;
        foreach (char c in text)
        {
            open += c == '《' ? 1 : c == '》' ? -1 : 0;
        }

        return open;
    }
}
