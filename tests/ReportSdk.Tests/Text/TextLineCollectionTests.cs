using ReportSdk.Text;

namespace ReportSdk.Tests.Text;

public class TextLineCollectionTests
{
    /// <summary>Returns (Start, End, EndIncludingLineBreak, text) for each line.</summary>
    private static (int Start, int End, int EndWithBreak, string Text)[] Table(string text) =>
        SourceText.From(text).Lines.Select(l => (l.Start, l.End, l.EndIncludingLineBreak, l.ToString())).ToArray();

    [Fact]
    public void Lf()
    {
        Assert.Equal([(0, 2, 3, "ab"), (3, 4, 5, "c"), (5, 7, 7, "de")], Table("ab\nc\nde"));
    }

    [Fact]
    public void CrLf()
    {
        Assert.Equal([(0, 2, 4, "ab"), (4, 5, 7, "c"), (7, 9, 9, "de")], Table("ab\r\nc\r\nde"));
    }

    [Fact]
    public void CrOnly()
    {
        Assert.Equal([(0, 2, 3, "ab"), (3, 4, 5, "c"), (5, 7, 7, "de")], Table("ab\rc\rde"));
    }

    [Fact]
    public void Mixed_IncludingCrCrLfAndLfCr()
    {
        // "a\r\r\nb\n\rc": a | CR | CRLF | b | LF | CR | c
        Assert.Equal(
            [(0, 1, 2, "a"), (2, 2, 4, ""), (4, 5, 6, "b"), (6, 6, 7, ""), (7, 8, 8, "c")],
            Table("a\r\r\nb\n\rc"));
    }

    [Fact]
    public void TrailingBreak_AddsEmptyLastLine()
    {
        Assert.Equal([(0, 1, 2, "a"), (2, 2, 2, "")], Table("a\n"));
        Assert.Equal([(0, 1, 3, "a"), (3, 3, 3, "")], Table("a\r\n"));
    }

    [Fact]
    public void EmptyText_HasOneEmptyLine()
    {
        var lines = SourceText.From("").Lines;
        Assert.Single(lines);
        Assert.Equal(0, lines[0].Start);
        Assert.Equal(0, lines[0].EndIncludingLineBreak);
        Assert.Equal(0, lines.IndexOf(0));
        Assert.Equal(new LinePosition(0, 0), lines.GetLinePosition(0));
    }

    [Fact]
    public void UnicodeLineBreaks()
    {
        Assert.Equal([(0, 1, 2, "a"), (2, 3, 4, "b"), (4, 5, 6, "c"), (6, 7, 7, "d")], Table("a\u2028b\u2029c\u0085d"));
    }

    [Fact]
    public void TextLine_Properties()
    {
        var text = SourceText.From("第一行\r\n第二行");
        TextLine line = text.Lines[0];
        Assert.Same(text, line.Text);
        Assert.Equal(0, line.LineNumber);
        Assert.Equal(new TextSpan(0, 3), line.Span);
        Assert.Equal(new TextSpan(0, 5), line.SpanIncludingLineBreak);
        Assert.Equal(2, line.LineBreakLength);
        Assert.Equal("第一行", line.ToString());
        Assert.Equal(1, text.Lines[1].LineNumber);
        Assert.Equal("第二行", text.Lines[1].ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => text.Lines[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => text.Lines[-1]);
    }

    [Fact]
    public void IndexOf_BreakCharactersBelongToTheLineTheyEnd()
    {
        var lines = SourceText.From("ab\r\ncd").Lines;
        Assert.Equal([0, 0, 0, 0, 1, 1, 1], Enumerable.Range(0, 7).Select(lines.IndexOf).ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => lines.IndexOf(7));
        Assert.Throws<ArgumentOutOfRangeException>(() => lines.IndexOf(-1));
    }

    [Fact]
    public void PositionRoundTrip_AtEveryPosition()
    {
        const string s = "政府工作报告\r\n各位代表：\n\n现在，\r我代表国务院\u2028向大会报告\n";
        var text = SourceText.From(s);
        var lines = text.Lines;
        Assert.Equal(7, lines.Count);
        for (int position = 0; position <= s.Length; position++)
        {
            LinePosition lp = lines.GetLinePosition(position);
            Assert.Equal(position, lines.GetPosition(lp));
            TextLine line = lines.GetLineFromPosition(position);
            Assert.Equal(lp.Line, line.LineNumber);
            Assert.Equal(position - line.Start, lp.Character);
        }

        Assert.Equal(new LinePosition(1, 2), lines.GetLinePosition(10));
        Assert.Equal(new LinePosition(6, 0), lines.GetLinePosition(s.Length));
        Assert.Equal(
            new LinePositionSpan(new LinePosition(0, 4), new LinePosition(1, 2)),
            lines.GetLinePositionSpan(TextSpan.FromBounds(4, 10)));
    }

    [Fact]
    public void GetPosition_RejectsOutOfRange()
    {
        var lines = SourceText.From("ab\r\ncd").Lines;
        Assert.Equal(4, lines.GetPosition(new LinePosition(1, 0)));
        Assert.Equal(3, lines.GetPosition(new LinePosition(0, 3)));  // inside CRLF
        Assert.Equal(4, lines.GetPosition(new LinePosition(0, 4)));  // end incl. break
        Assert.Throws<ArgumentOutOfRangeException>(() => lines.GetPosition(new LinePosition(0, 5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => lines.GetPosition(new LinePosition(1, 3)));
        Assert.Throws<ArgumentOutOfRangeException>(() => lines.GetPosition(new LinePosition(2, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => lines.GetLinePositionSpan(new TextSpan(5, 2)));
    }

    [Fact]
    public void BinarySearch_On100kLinesOfVaryingLength()
    {
        const int lineCount = 100_000;
        var builder = new System.Text.StringBuilder();
        var expectedStarts = new int[lineCount];
        string[] breaks = ["\n", "\r\n", "\r", "\u2028"];
        for (int i = 0; i < lineCount; i++)
        {
            expectedStarts[i] = builder.Length;
            builder.Append('x', i % 7);
            if (i < lineCount - 1)
            {
                builder.Append(breaks[i % breaks.Length]);
            }
        }

        var text = SourceText.From(builder.ToString());
        var lines = text.Lines;
        Assert.Equal(lineCount, lines.Count);
        for (int i = 0; i < lineCount; i++)
        {
            TextLine line = lines[i];
            Assert.Equal(expectedStarts[i], line.Start);
            Assert.Equal(i % 7, line.End - line.Start);
            Assert.Equal(i, lines.IndexOf(line.Start));
            Assert.Equal(i, lines.IndexOf(line.EndIncludingLineBreak == text.Length ? text.Length : line.EndIncludingLineBreak - 1));
            Assert.Equal(new LinePosition(i, line.End - line.Start), lines.GetLinePosition(line.End));
        }
    }

    [Fact]
    public void OneMillionLines_AreIndexed()
    {
        var text = SourceText.From(string.Join("\r\n", Enumerable.Repeat("报告", 1_000_000)));
        var lines = text.Lines;
        Assert.Equal(1_000_000, lines.Count);
        Assert.Equal(new LinePosition(999_999, 2), lines.GetLinePosition(text.Length));
        Assert.Equal(4 * 500_000, lines[500_000].Start);
        Assert.Equal(500_000, lines.IndexOf(4 * 500_000 + 3));
    }

    [Fact]
    public void Lines_IsCachedAndThreadSafe()
    {
        var text = SourceText.From(string.Join("\n", Enumerable.Range(0, 1000)));
        var results = new TextLineCollection[16];
        Parallel.For(0, results.Length, i => results[i] = text.Lines);
        Assert.All(results, r => Assert.Same(text.Lines, r));
        Assert.Equal(1000, text.Lines.Count);
    }
}
