using System.Runtime.CompilerServices;
using ReportSdk.Parsing;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.Parsing;

/// <summary>
/// <see cref="LineInfo"/> is one array element per line that every layout pass walks: its size is a measured choice
/// (48 bytes: the ints first, the marker style and the break length as bytes), and its packed fields must read back.
/// </summary>
public sealed class LineInfoTests
{
    [Fact]
    public void A_line_takes_48_bytes()
    {
        Assert.Equal(48, Unsafe.SizeOf<LineInfo>());
    }

    [Theory]
    [InlineData(0, 10, 10)] // the last line, without a break
    [InlineData(5, 20, 21)] // LF
    [InlineData(5, 20, 22)] // CR LF
    [InlineData(5, 20, 24)] // an escaped \r\n
    public void Bounds_read_back(int start, int end, int breakEnd)
    {
        var line = default(LineInfo);
        line.SetBounds(start, end, breakEnd);
        Assert.Equal((start, end, breakEnd), (line.Start, line.End, line.BreakEnd));
    }

    [Fact]
    public void Every_marker_style_and_a_large_number_read_back()
    {
        foreach (var style in Enum.GetValues<NumberingStyle>())
        {
            var line = default(LineInfo);
            line.Marker = new MarkerShape(style, 123_456);
            Assert.Equal(new MarkerShape(style, 123_456), line.Marker);
        }
    }

    [Fact]
    public void A_line_break_longer_than_a_byte_is_refused()
    {
        var line = default(LineInfo);
        Assert.Throws<OverflowException>(() => line.SetBounds(0, 10, 10 + 256));
    }
}
