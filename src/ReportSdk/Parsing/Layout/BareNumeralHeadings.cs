using ReportSdk.Syntax;

namespace ReportSdk.Parsing;

/// <summary>
/// Section numbers printed alone on their lines without punctuation (<c>一</c> … <c>四</c>, the text following on the
/// next lines), as in some older reports. A bare numeral is not a marker to the scanner; when the bare numerals of a
/// report count up from 一 in order (at least <see cref="GenreProfile.BareNumeralRunMinimum"/> of them), they are its
/// section numbers: each gets a <see cref="NumberingStyle.ChineseComma"/> marker that spans the line, so the section
/// heading recognizer proposes it and <see cref="BodyStructureDecoder"/> weighs it like <c>一、</c>.
/// </summary>
internal static class BareNumeralHeadings
{
    /// <summary>Marks the runs of bare numerals among lines <paramref name="start"/> to <paramref name="end"/> (one report). Linear.</summary>
    public static void Mark(string text, LineInfo[] lines, int start, int end)
    {
        var run = new List<(int Line, int Number)>();
        for (int i = start; i < end; i++)
        {
            int number = BareNumber(text, lines[i]);
            if (number <= 0)
            {
                continue;
            }

            if (number == 1)
            {
                Commit(lines, run);
                run.Add((i, 1));
            }
            else if (run.Count > 0 && run[^1].Number == number - 1)
            {
                run.Add((i, number));
            }
        }

        Commit(lines, run);
    }

    /// <summary>True when the line's marker is a bare numeral spanning the whole line (marked by <see cref="Mark"/>).</summary>
    public static bool IsBare(string text, in LineInfo line) =>
        line.Marker.Style == NumberingStyle.ChineseComma && line.MarkerEnd == line.ContentEnd && CharClasses.IsChineseNumeral(text[line.MarkerEnd - 1]);

    private static void Commit(LineInfo[] lines, List<(int Line, int Number)> run)
    {
        if (run.Count >= GenreProfile.BareNumeralRunMinimum)
        {
            foreach (var (line, number) in run)
            {
                lines[line].Marker = new MarkerShape(NumberingStyle.ChineseComma, number);
                lines[line].MarkerEnd = lines[line].ContentEnd;
            }
        }

        run.Clear();
    }

    /// <summary>The value of a line that is only a Chinese numeral (<c>三</c>, <c>十二</c>), or -1.</summary>
    private static int BareNumber(string text, in LineInfo line)
    {
        if (line.IsBlank || line.Marker.Style != NumberingStyle.None || line.ContentLength > GenreProfile.BareNumeralMaxLength)
        {
            return -1;
        }

        var content = text.AsSpan(line.ContentStart, line.ContentLength);
        foreach (char c in content)
        {
            if (!CharClasses.IsChineseNumeral(c))
            {
                return -1;
            }
        }

        return CharClasses.ParseChineseNumber(content);
    }
}
