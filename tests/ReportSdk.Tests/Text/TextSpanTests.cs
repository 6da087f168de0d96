using ReportSdk.Text;

namespace ReportSdk.Tests.Text;

public class TextSpanTests
{
    [Fact]
    public void Properties_AreComputed()
    {
        var span = new TextSpan(3, 4);
        Assert.Equal(3, span.Start);
        Assert.Equal(4, span.Length);
        Assert.Equal(7, span.End);
        Assert.False(span.IsEmpty);
        Assert.True(new TextSpan(5, 0).IsEmpty);
        Assert.Equal("[3..7)", span.ToString());
    }

    [Fact]
    public void Constructor_RejectsNegativeOrOverflow()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(-1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(0, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(int.MaxValue, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextSpan.FromBounds(-1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextSpan.FromBounds(5, 4));
    }

    [Fact]
    public void FromBounds_MatchesConstructor()
    {
        Assert.Equal(new TextSpan(2, 3), TextSpan.FromBounds(2, 5));
        Assert.Equal(new TextSpan(2, 0), TextSpan.FromBounds(2, 2));
    }

    [Fact]
    public void ContainsPosition_IsHalfOpen()
    {
        var span = new TextSpan(3, 2);
        Assert.False(span.Contains(2));
        Assert.True(span.Contains(3));
        Assert.True(span.Contains(4));
        Assert.False(span.Contains(5));
        Assert.False(new TextSpan(3, 0).Contains(3));
        Assert.False(span.Contains(-1));
    }

    [Fact]
    public void ContainsSpan()
    {
        var span = new TextSpan(3, 5); // [3..8)
        Assert.True(span.Contains(new TextSpan(3, 5)));
        Assert.True(span.Contains(new TextSpan(4, 2)));
        Assert.True(span.Contains(new TextSpan(8, 0)));
        Assert.True(span.Contains(new TextSpan(3, 0)));
        Assert.False(span.Contains(new TextSpan(2, 2)));
        Assert.False(span.Contains(new TextSpan(7, 2)));
    }

    [Fact]
    public void OverlapsWith_RequiresSharedCharacter()
    {
        var span = new TextSpan(3, 5); // [3..8)
        Assert.True(span.OverlapsWith(new TextSpan(7, 3)));
        Assert.True(span.OverlapsWith(new TextSpan(0, 4)));
        Assert.False(span.OverlapsWith(new TextSpan(8, 2)));
        Assert.False(span.OverlapsWith(new TextSpan(0, 3)));
        Assert.False(span.OverlapsWith(new TextSpan(5, 0)));
    }

    [Fact]
    public void IntersectsWith_IncludesTouching()
    {
        var span = new TextSpan(3, 5); // [3..8)
        Assert.True(span.IntersectsWith(new TextSpan(8, 2)));
        Assert.True(span.IntersectsWith(new TextSpan(0, 3)));
        Assert.True(span.IntersectsWith(new TextSpan(5, 0)));
        Assert.False(span.IntersectsWith(new TextSpan(9, 1)));
        Assert.False(span.IntersectsWith(new TextSpan(0, 2)));
        Assert.True(span.IntersectsWith(8));
        Assert.False(span.IntersectsWith(9));
    }

    [Fact]
    public void Equality()
    {
        var a = new TextSpan(1, 2);
        var b = TextSpan.FromBounds(1, 3);
        var c = new TextSpan(1, 3);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a != c);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(new TextSpan(0, 0), default);
    }
}
