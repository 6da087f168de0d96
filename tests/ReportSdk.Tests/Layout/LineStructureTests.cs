using ReportSdk.Parsing;
using ReportSdk.Semantics.Outline;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.Layout;

/// <summary>Texts whose line structure is escaped or lost, and the decoder's per-line decisions.</summary>
public sealed class LineStructureTests
{
    private const string Escaped =
        @"政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、2022年工作回顾\n过去一年成绩显著。\n二、2023年工作安排\r\n（一）稳增长。\n各位代表！让我们团结奋斗！";

    private static IEnumerable<SyntaxTrivia> AllTrivia(SyntaxTree tree) =>
        tree.GetRoot().DescendantTokens().SelectMany(t => t.LeadingTrivia.Concat(t.TrailingTrivia));

    [Fact]
    public void LiteralLineBreakEscapes_AreReadAsLines_AndKeptAsTrivia()
    {
        var tree = SyntaxTree.ParseText(Escaped);
        Assert.Equal(Escaped, tree.GetRoot().ToFullString());
        var report = Assert.Single(OutlineBuilder.Build(tree).Reports);
        Assert.Equal("政府工作报告", report.Title);
        Assert.Equal([OutlineSectionKind.Review, OutlineSectionKind.Plan], report.Sections.Select(s => s.Kind).ToArray());
        Assert.Equal("（一）", Assert.Single(report.Sections[1].Items).Marker);
        Assert.NotNull(report.Closing);
        var breaks = AllTrivia(tree).Where(t => t.Kind == SyntaxKind.EndOfLineTrivia).Select(t => t.ToFullString()).ToArray();
        Assert.Contains(@"\n", breaks);
        Assert.Contains(@"\r\n", breaks);
    }

    [Fact]
    public void AFewBackslashNs_InOrdinaryText_AreText()
    {
        string text = "政府工作报告\n各位代表：\n路径是 C:\\new\\name 与 \\n 符号。\n各位代表！让我们团结奋斗！\n";
        var tree = SyntaxTree.ParseText(text);
        Assert.Equal(text, tree.GetRoot().ToFullString());
        Assert.DoesNotContain(AllTrivia(tree), t => t.Kind == SyntaxKind.EndOfLineTrivia && t.ToFullString().StartsWith('\\'));
    }

    [Fact]
    public void RunOnText_WithoutLineBreaks_SaysSo()
    {
        string text = "政府工作报告 各位代表：现在，我代表市人民政府向大会报告工作，请予审议。" + string.Concat(Enumerable.Repeat("过去一年成绩显著。", 300));
        var tree = SyntaxTree.ParseText(text);
        Assert.Equal(text, tree.GetRoot().ToFullString());
        Assert.Contains(tree.GetDiagnostics(), d => d.Id == "RPT0013");
    }

    [Fact]
    public void ShortOneLineText_IsNotFlaggedAsRunOn()
    {
        Assert.DoesNotContain(SyntaxTree.ParseText("政府工作报告").GetDiagnostics(), d => d.Id == "RPT0013");
    }

    [Fact]
    public void Explanation_GivesEveryLineItsRoleZoneAndCandidates()
    {
        string text = "政府工作报告\n——2026年1月27日在某市第一届人民代表大会第一次会议上\n来源：某市日报\n市长 张三\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、2025年工作回顾\n过去一年成绩显著。\n二、2026年工作安排\n（一）稳增长。\n各位代表！\n让我们团结奋斗，再创佳绩！\n相关报道：\n";
        var decisions = LayoutExplanation.Explain(text);
        string[] roles = decisions.Where(d => d.Role != "blank").Select(d => d.Role).ToArray();
        Assert.Equal(
            ["title", "meeting", "chrome", "speaker", "salutation", "preambleParagraph", "sectionHeading", "paragraph", "sectionHeading", "itemHeading", "closingParagraph", "closingParagraph", "chrome"],
            roles);
        string[] zones = decisions.Where(d => d.Role != "blank").Select(d => d.Zone).ToArray();
        Assert.Equal("preamble", zones[2]);
        Assert.Equal("closing", zones[10]);
        Assert.Equal("tail", zones[12]);
        Assert.All(decisions.Where(d => d.Role != "blank"), d => Assert.NotEmpty(d.Candidates));
        Assert.Contains(decisions[10].Candidates, c => c.Recognizer == "closing");
        Assert.Contains(decisions[10].Candidates, c => c.Recognizer == "salutation");
    }
}
