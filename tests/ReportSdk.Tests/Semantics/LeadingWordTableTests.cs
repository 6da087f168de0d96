using ReportSdk.Semantics;
using ReportSdk.Semantics.Quantities;

namespace ReportSdk.Tests.SemanticsLayer;

/// <summary>
/// <see cref="LeadingWordTable{TValue}"/> stands in for a loop over a profile list in list order: it must give the entry
/// that loop gave, so a "longest first" list keeps its precedence.
/// </summary>
public sealed class LeadingWordTableTests
{
    private static (string Word, string Unit)? FirstInListOrder(ReadOnlySpan<char> text)
    {
        foreach (var (written, unit) in MeaningProfile.Units)
        {
            if (text.StartsWith(written, StringComparison.Ordinal))
            {
                return (written, unit);
            }
        }

        return null;
    }

    [Theory]
    [InlineData("亿元以上")]
    [InlineData("万亿元")]
    [InlineData("个百分点左右")]
    [InlineData("%")]
    [InlineData("万吨标准煤")]
    [InlineData("政府")]
    [InlineData("")]
    public void MatchesTheFirstEntryOfTheListThatTheTextStartsWith(string text)
    {
        var table = new LeadingWordTable<string>(MeaningProfile.Units.Select(u => (u.Written, u.Unit)));
        var expected = FirstInListOrder(text);
        bool found = table.Match(text, out string word, out string unit);
        Assert.Equal(expected is not null, found);
        if (expected is { } entry)
        {
            Assert.Equal(entry.Word, word);
            Assert.Equal(entry.Unit, unit);
        }
    }

    [Fact]
    public void EveryUnitOfTheProfileIsFoundAsTheListWouldFindIt()
    {
        var table = new LeadingWordTable<string>(MeaningProfile.Units.Select(u => (u.Written, u.Unit)));
        foreach (var (written, _) in MeaningProfile.Units)
        {
            string text = written + "的";
            Assert.True(table.Match(text, out string word, out _));
            Assert.Equal(FirstInListOrder(text)!.Value.Word, word);
        }
    }
}
