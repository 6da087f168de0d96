using ReportSdk.Text;

namespace ReportSdk.Tests.Text;

public class LinePositionTests
{
    [Fact]
    public void LinePosition_ComparesLineThenCharacter()
    {
        var a = new LinePosition(1, 5);
        var b = new LinePosition(2, 0);
        Assert.True(a < b);
        Assert.True(b > a);
        Assert.True(a <= new LinePosition(1, 5));
        Assert.True(a >= new LinePosition(1, 4));
        Assert.True(a == new LinePosition(1, 5));
        Assert.True(a != b);
        Assert.Equal(0, a.CompareTo(new LinePosition(1, 5)));
        Assert.Equal("1,5", a.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => new LinePosition(-1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LinePosition(0, -1));
    }

    [Fact]
    public void LinePositionSpan_FormatsAndCompares()
    {
        var span = new LinePositionSpan(new LinePosition(0, 1), new LinePosition(2, 3));
        Assert.Equal("(0,1)-(2,3)", span.ToString());
        Assert.Equal(new LinePosition(0, 1), span.Start);
        Assert.Equal(new LinePosition(2, 3), span.End);
        Assert.True(span == new LinePositionSpan(new LinePosition(0, 1), new LinePosition(2, 3)));
        Assert.True(span != new LinePositionSpan(new LinePosition(0, 1), new LinePosition(2, 4)));
        Assert.Throws<ArgumentException>(() => new LinePositionSpan(new LinePosition(2, 0), new LinePosition(1, 0)));
    }
}
