using ReportSdk.Parsing;

namespace ReportSdk.Tests.Layout;

/// <summary>
/// <see cref="LayoutExplanation"/> says which stage decided each line's role, so the explorer can answer "why".
/// </summary>
public class LayoutExplanationTests
{
    private static readonly string Seed = File.ReadAllText(Path.Combine(TestPaths.Seeds, "002_4e4f3f491fbc5ac3.txt"));

    private static LineDecision DecisionOf(IReadOnlyList<LineDecision> decisions, string lineText) =>
        decisions.First(d => Seed.Substring(d.Span.Start, d.Span.Length).Trim() == lineText);

    [Fact]
    public void TheTitleIsPlacedByTheSegmenter()
    {
        var decision = DecisionOf(LayoutExplanation.Explain(Seed), "2023年乐平市政府工作报告");
        Assert.Equal("title", decision.Role);
        Assert.Equal("segmenter", Assert.Single(decision.Candidates).Recognizer);
        Assert.Contains("segmenter", decision.Reason);
    }

    [Fact]
    public void APlainParagraphIsTheZoneDefault_NotTheSegmenter()
    {
        var decision = LayoutExplanation.Explain(Seed)
            .First(d => Seed.Substring(d.Span.Start, d.Span.Length).TrimStart().StartsWith("2022年是极不平凡", StringComparison.Ordinal));
        Assert.Equal(("paragraph", "body"), (decision.Role, decision.Zone));
        var taken = Assert.Single(decision.Candidates, c => c.Role == "paragraph@body");
        Assert.Equal("default", taken.Recognizer);
        Assert.DoesNotContain(decision.Candidates, c => c.Recognizer == "segmenter");
        Assert.Contains("zone's default, paragraph", decision.Reason);
    }

    [Fact]
    public void EveryLineHasAReason_AndADecodedLineNamesItsWinningCandidateOrWhoOverruledIt()
    {
        var decisions = LayoutExplanation.Explain(Seed);
        Assert.All(decisions, d => Assert.False(string.IsNullOrEmpty(d.Reason), $"line {d.Line + 1} has no reason"));
        var heading = DecisionOf(decisions, "一、2022年工作回顾");
        Assert.Equal("sectionHeading", heading.Role);
        Assert.StartsWith("sectionHeading@", heading.Candidates[0].Role);
        Assert.Contains("best path", heading.Reason);
        Assert.All(
            decisions.Where(d => d.Role != "blank" && !d.Candidates.Any(c => c.Role == d.Role + "@" + d.Zone)),
            d => Assert.Contains("later layout pass", d.Reason));
    }
}
