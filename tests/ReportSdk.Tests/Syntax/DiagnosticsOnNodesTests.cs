using ReportSdk.Parsing;
using ReportSdk.Serialization;
using ReportSdk.Syntax;
using ReportSdk.Tests.Incremental;
using ReportSdk.Text;

namespace ReportSdk.Tests.Syntax;

/// <summary>
/// Diagnostics live on the green nodes they belong to (as in Roslyn): a node's <c>GetDiagnostics</c> reads its own
/// subtree, reused subtrees carry theirs through incremental reparse and rewrites, and the tree's list keeps the order
/// the parser always gave (by start; a node's own before its descendants'; RPT0012 after the RPT0007 it sums up).
/// </summary>
public sealed class DiagnosticsOnNodesTests
{
    // Chrome before the title (RPT0007), an undefined note mark (RPT0004), a gap in the numbering (RPT0003) and no closing (RPT0006).
    private const string Text =
        "某市人民政府  国徽\n\n政府工作报告\n各位代表：\n一、2022年工作回顾\n（一）经济平稳增长[1]。\n（三）民生持续改善。\n二、2023年工作安排\n（一）抓好项目建设。推进\n";

    [Fact]
    public void EachDiagnostic_IsHeldByTheNodeOrTokenItBelongsTo()
    {
        var tree = SyntaxTree.ParseText(Text);
        var report = tree.GetRoot().Reports.Single();

        var title = report.Preamble.Title.TextToken;
        Assert.True(title.ContainsDiagnostics);
        var skipped = Assert.Single(title.GetDiagnostics());
        Assert.Equal(("RPT0007", 0), (skipped.Id, skipped.Location.SourceSpan.Start));

        var reference = report.DescendantNodes().OfType<FootnoteReferenceSyntax>().Single();
        Assert.Equal("RPT0004", Assert.Single(reference.GetDiagnostics()).Id);
        Assert.Equal(reference.MarkToken.Span, reference.GetDiagnostics().Single().Location.SourceSpan);

        var third = report.DescendantNodes().OfType<NumberedItemSyntax>().Single(item => item.MarkerToken.Text == "（三）");
        Assert.Equal("RPT0003", Assert.Single(third.MarkerToken.GetDiagnostics()).Id);
        Assert.Equal("RPT0003", Assert.Single(third.GetDiagnostics()).Id);

        // The report's own (RPT0006) and those under it, in the tree's order; the plan section holds none.
        Assert.Equal(["RPT0007", "RPT0004", "RPT0003", "RPT0006"], report.GetDiagnostics().Select(d => d.Id));
        Assert.Equal(Describe(tree.GetDiagnostics()), Describe(report.GetDiagnostics()));
        Assert.Equal(["RPT0006"], report.Green.GetDiagnostics().Select(d => d.Descriptor.Id));
        var plan = report.Sections.OfType<PlanSectionSyntax>().Single();
        Assert.False(plan.ContainsDiagnostics);
        Assert.Empty(plan.GetDiagnostics());
        Assert.Empty(plan.DescendantTokens().SelectMany(token => token.GetDiagnostics()));
    }

    [Fact]
    public void TheRootHoldsTheDocumentLevelDiagnostics_InTheParsersOrder()
    {
        // Twelve lines of chrome and a short report: RPT0007 on the title, RPT0012 on the root, both at 0, RPT0012 second.
        string chrome = string.Concat(Enumerable.Repeat("某市人民政府  国徽  某市人民政府  国徽\n", 12));
        var tree = SyntaxTree.ParseText(chrome + "政府工作报告\n各位代表：\n一、2022年工作回顾\n（一）经济平稳增长。\n");
        Assert.Equal(["RPT0007", "RPT0012", "RPT0006"], tree.GetDiagnostics().Select(d => d.Id));
        Assert.Equal(["RPT0012"], tree.GetRoot().Green.GetDiagnostics().Select(d => d.Descriptor.Id));

        // No report: RPT0009 (the root's) comes before the RPT0007 the end-of-file token holds.
        var none = SyntaxTree.ParseText("甲\n乙\n丙\n丁\n戊\n");
        Assert.Equal(["RPT0009", "RPT0007"], none.GetDiagnostics().Select(d => d.Id));
        Assert.Equal("RPT0007", Assert.Single(none.GetRoot().EndOfFileToken.GetDiagnostics()).Id);
    }

    [Fact]
    public void AReusedReport_CarriesItsDiagnostics_ThroughAnIncrementalEdit()
    {
        string[] cities = ["甲", "乙", "丙", "丁"];
        string text = string.Concat(cities.Select(city =>
            $"2022年{city}市政府工作报告\n各位代表：\n一、2022年工作回顾\n（一）经济平稳增长。\n（三）民生持续改善。\n二、2023年工作安排\n今年主要预期目标是：增长6%左右。\n各位代表！让我们团结一心，奋力谱写新篇章！\n\n"));
        var old = SyntaxTree.ParseText(text);
        int at = text.IndexOf("乙市", StringComparison.Ordinal);
        at = text.IndexOf("民生", at, StringComparison.Ordinal);
        var edited = old.WithChanges(new TextChange(new TextSpan(at, 0), "城乡"));
        Assert.Equal(ReparseOutcome.Reused, IncrementalParser.LastOutcome);
        Assert.Null(IncrementalEquivalence.Compare(SyntaxTree.ParseText(edited.GetText().ToString()), edited));

        // The first and the last report are the same green nodes, holding the same relative diagnostics; the last one's
        // absolute positions moved with the edit.
        var oldReports = old.GetRoot().Reports;
        var newReports = edited.GetRoot().Reports;
        Assert.Same(oldReports[0].Green, newReports[0].Green);
        Assert.Same(oldReports[3].Green, newReports[3].Green);
        Assert.Equal(
            oldReports[3].GetDiagnostics().Select(d => (d.Id, d.Location.SourceSpan.Start + 2)),
            newReports[3].GetDiagnostics().Select(d => (d.Id, d.Location.SourceSpan.Start)));
        Assert.Equal(4, edited.GetDiagnostics().Count(d => d.Id == "RPT0003"));
    }

    [Fact]
    public void ARewrittenTree_KeepsTheDiagnosticsOfTheNodesItDidNotRebuild()
    {
        var tree = SyntaxTree.ParseText(Text);
        var root = tree.GetRoot();
        Assert.Equal(Describe(tree.GetDiagnostics()), Describe(SyntaxTree.Create(root).GetDiagnostics()));

        // A new marker token holds nothing, and the report it is rebuilt into drops its own (RPT0006), as Roslyn's Update does.
        var third = root.DescendantNodes().OfType<NumberedItemSyntax>().Single(item => item.MarkerToken.Text == "（三）");
        var rewritten = root.ReplaceToken(third.MarkerToken, SyntaxFactory.Token(SyntaxKind.NumberingMarkerToken, "（二）").WithLeadingTrivia(third.MarkerToken.LeadingTrivia));
        Assert.Equal(["RPT0007", "RPT0004"], SyntaxTree.Create(rewritten).GetDiagnostics().Select(d => d.Id));
    }

    [Fact]
    public void TreeJson_PutsTheDiagnosticsBackOnTheirNodes()
    {
        var tree = SyntaxTree.ParseText(Text);
        var back = SyntaxTreeJson.Deserialize(SyntaxTreeJson.Serialize(tree));
        Assert.Equal(Describe(tree.GetDiagnostics()), Describe(back.GetDiagnostics()));
        var report = back.GetRoot().Reports.Single();
        Assert.Equal("RPT0007", Assert.Single(report.Preamble.Title.TextToken.GetDiagnostics()).Id);
        Assert.Equal("RPT0004", Assert.Single(report.DescendantNodes().OfType<FootnoteReferenceSyntax>().Single().GetDiagnostics()).Id);
        Assert.False(report.Sections.OfType<PlanSectionSyntax>().Single().ContainsDiagnostics);
        Assert.Equal(["RPT0006"], report.Green.GetDiagnostics().Select(d => d.Descriptor.Id));
        Assert.Null(IncrementalEquivalence.Compare(tree, back)); // node by node, the diagnostics each holds included
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EveryNodesDiagnostics_AreTheTreesInItsSubtree_ForTheSeeds(string seed)
    {
        var tree = SyntaxTree.ParseText(TestPaths.ReadSeed(seed));
        Assert.Null(ReportSdk.Tests.Properties.TreeInvariants.CheckDiagnosticsOnNodes(tree));
        foreach (var report in tree.GetRoot().Reports)
        {
            // Each diagnostic of a report lies in its full span; the table of contents', the reports' and the end-of-file
            // token's are the tree's but the root's own.
            Assert.All(report.GetDiagnostics(), d => Assert.True(report.FullSpan.Contains(d.Location.SourceSpan) || d.Location.SourceSpan.Start == report.FullSpan.End));
        }

        var root = tree.GetRoot();
        var fromNodes = (root.TableOfContents?.GetDiagnostics() ?? []).Concat(root.Reports.SelectMany(r => r.GetDiagnostics())).Concat(root.EndOfFileToken.GetDiagnostics());
        Assert.Equal(
            Describe(tree.GetDiagnostics().Where(d => d.Id is not ("RPT0008" or "RPT0009" or "RPT0012" or "RPT0013"))).Order(),
            Describe(fromNodes).Order());
    }

    [ReportSdk.Tests.Corpus.CorpusTheory]
    [MemberData(nameof(CorpusFiles))]
    public void CorpusReports_HoldTheirDiagnosticsWhereTheParserPutsThem_AndTreeJsonPutsThemBack(string name)
    {
        var tree = SyntaxTree.ParseText(ReportSdk.Tests.Corpus.CorpusFiles.Read(name));
        Assert.Null(ReportSdk.Tests.Properties.TreeInvariants.CheckDiagnosticsOnNodes(tree));
        Assert.Null(IncrementalEquivalence.Compare(tree, SyntaxTreeJson.Deserialize(SyntaxTreeJson.Serialize(tree))));
    }

    public static TheoryData<string> Seeds() => TestPaths.SeedNames();

    public static TheoryData<string> CorpusFiles() => ReportSdk.Tests.Corpus.CorpusFiles.All();

    private static IEnumerable<string> Describe(IEnumerable<Diagnostics.Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Id} {d.Location.SourceSpan} {d.GetMessage()}").ToList();
}
