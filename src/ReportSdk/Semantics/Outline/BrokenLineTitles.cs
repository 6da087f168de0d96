using System.Text;
using ReportSdk.Text;

namespace ReportSdk.Semantics.Outline;

/// <summary>
/// Mends a heading or an item title whose line broke before its sentence ended. A web page broke it at a link, putting a
/// linked book title on lines of its own (<c>三、关于《</c> / <c>国民经济和社会发展第十一个五年规划纲要（草案）</c> / <c>》的说明</c>):
/// the lines join until the <c>《</c> closes, and the rest of that line up to its first sentence end finishes the title. Or
/// the typesetting broke it mid-clause, after a comma (<c>一要继续执行正确的农村政策，深入进行农村改革，</c> / <c>进一步活跃…程度；</c>):
/// the lines join up to the first sentence end. The outline shows the mended text; the tree keeps the lines as they are.
/// </summary>
internal static class BrokenLineTitles
{
    /// <summary>Most non-blank lines joined after the title's own; a title still unfinished after them is left as it was.</summary>
    private const int MaxContinuationLines = 3;

    /// <summary>Most blank lines between the pieces (pages put up to two, as between the lines of a sentence broken at a link).</summary>
    private const int MaxBlankLinesBetween = 2;

    /// <summary>
    /// <paramref name="title"/> (the text of line <paramref name="lineIndex"/>, 0-based, up to that line's end) with the lines
    /// after it, up to <paramref name="lastLineIndex"/> (the heading's own paragraphs: never a later item or heading), joined
    /// when it ends inside an open <c>《</c> or after a comma; otherwise <paramref name="title"/> itself. A title that ends in a
    /// comma on purpose (关于扩大有效投资，) takes in the first sentence below it: the sentence it opens.
    /// </summary>
    public static string Mend(string title, TextLineCollection lines, int lineIndex, int lastLineIndex)
    {
        if (title.Length == 0)
        {
            return title;
        }

        int open = Balance(title);
        bool brokenAtLink = open > 0 && title[^1] == '《';
        if (!brokenAtLink && title[^1] is not ('，' or ',' or '、'))
        {
            return title;
        }

        var joined = new StringBuilder(title);
        int taken = 0;
        int blanks = 0;
        for (int i = lineIndex + 1; i <= lastLineIndex && i < lines.Count && taken < MaxContinuationLines; i++)
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
            int from = 0;
            if (brokenAtLink)
            {
                // The link's text first: the sentence end is looked for from where the 《 closes (》的说明).
                from = -1;
                for (int k = 0; k < text.Length && from < 0; k++)
                {
                    open += text[k] == '《' ? 1 : text[k] == '》' ? -1 : 0;
                    from = open == 0 ? k : -1;
                }

                if (from < 0)
                {
                    joined.Append(text);
                    continue;
                }

                int closed = text.AsSpan(from).IndexOfAny(Parsing.CharClasses.SentenceEnds);
                joined.Append(closed >= 0 ? text.AsSpan(0, from + closed) : text);
                return joined.ToString();
            }

            int end = text.AsSpan().IndexOfAny(Parsing.CharClasses.SentenceEnds);
            if (end >= 0)
            {
                joined.Append(text.AsSpan(0, end));
                return joined.ToString();
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
