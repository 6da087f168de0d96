using ReportSdk.Diagnostics;
using ReportSdk.Syntax;
using ReportSdk.Text;

namespace ReportSdk.Tests.Syntax;

/// <summary>Positions as Roslyn has them: <c>SpanStart</c>, <c>SyntaxTree.GetLineSpan</c>, 0-based line spans with a 1-based compiler-format <c>ToString()</c>.</summary>
public class SyntaxPositionTests
{
    private const string Report =
        "政府工作报告\n各位代表：\n一、2022年工作回顾\n（一）经济平稳增长。\n（三）民生持续改善。\n二、2023年工作安排\n（一）抓好项目建设。推进\n";

    public static TheoryData<string> Seeds() => TestPaths.SeedNames();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SpanStart_IsTheStartOfSpan_ForEveryNodeAndToken(string seed)
    {
        var root = SyntaxTree.ParseText(TestPaths.ReadSeed(seed)).GetRoot();
        foreach (var node in root.DescendantNodes(includeSelf: true))
        {
            Assert.Equal(node.Span.Start, node.SpanStart);
        }

        foreach (var token in root.DescendantTokens())
        {
            Assert.Equal(token.Span.Start, token.SpanStart);
        }
    }

    [Fact]
    public void SpanStart_SkipsLeadingTrivia()
    {
        var tree = SyntaxTree.ParseText("\n\n  " + Report);
        var report = tree.GetRoot().Reports[0];
        Assert.Equal(0, report.Position);
        Assert.Equal(4, report.SpanStart);
        Assert.Equal(4, report.GetFirstToken().SpanStart);
        Assert.Equal(0, default(SyntaxToken).SpanStart);
    }

    [Fact]
    public void GetLineSpan_IsZeroBasedAndPrints_OneBased_InCompilerFormat()
    {
        var tree = SyntaxTree.ParseText(Report, path: "reports/x.txt");
        int start = Report.IndexOf("（三）", StringComparison.Ordinal);
        var span = tree.GetLineSpan(new TextSpan(start, 3));

        Assert.Equal("reports/x.txt", span.Path);
        Assert.Equal(new LinePosition(4, 0), span.StartLinePosition);
        Assert.Equal(new LinePosition(4, 3), span.EndLinePosition);
        Assert.Equal(new LinePositionSpan(new LinePosition(4, 0), new LinePosition(4, 3)), span.Span);
        Assert.Equal("reports/x.txt(5,1)", span.ToString());
    }

    [Fact]
    public void GetMappedLineSpan_IsTheLineSpan_AsAReportHasNoLineDirectives()
    {
        var tree = SyntaxTree.ParseText(Report, path: "reports/x.txt");
        var span = new TextSpan(Report.IndexOf("（三）", StringComparison.Ordinal), 3);
        Assert.Equal(tree.GetLineSpan(span), tree.GetMappedLineSpan(span));
        var location = tree.GetDiagnostics().Single(d => d.Id == "RPT0003").Location;
        Assert.Equal(location.GetLineSpan(), location.GetMappedLineSpan());
        Assert.Equal("reports/x.txt(5,1)", location.GetMappedLineSpan().ToString());
    }

    [Fact]
    public void GetLineSpan_OfTheWholeText_AndPastTheEnd()
    {
        var tree = SyntaxTree.ParseText(Report);
        var whole = tree.GetLineSpan(tree.GetRoot().FullSpan);
        Assert.Equal(new LinePosition(0, 0), whole.StartLinePosition);
        Assert.Equal(new LinePosition(7, 0), whole.EndLinePosition);
        Assert.Equal("(1,1)", whole.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => tree.GetLineSpan(new TextSpan(Report.Length, 1)));
    }

    [Fact]
    public void NodeLocation_LineSpan_EqualsTheTreesLineSpanOfItsSpan()
    {
        var tree = SyntaxTree.ParseText(Report, path: "x.txt");
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            Assert.Equal(tree.GetLineSpan(node.Span), node.GetLocation().GetLineSpan());
        }
    }

    [Fact]
    public void Location_WithoutATree_HasAnEmptyPathAndZeroPositions()
    {
        var span = new Location(null, new TextSpan(3, 2)).GetLineSpan();
        Assert.Equal(string.Empty, span.Path);
        Assert.Equal(default, span.Span);
        Assert.Equal("(1,1)", span.ToString());
    }

    [Fact]
    public void DiagnosticToString_IsTheLineSpanInCompilerFormat()
    {
        var tree = SyntaxTree.ParseText(Report, path: "reports/x.txt");
        Assert.Equal(
            [
                "reports/x.txt(5,1): warning RPT0003: Marker '（三）' is out of order: after number 1 the next number is 2",
                "reports/x.txt(7,13): warning RPT0006: The report '政府工作报告' ends without a closing paragraph (各位代表！…); it appears truncated",
            ],
            tree.GetDiagnostics().Select(d => d.ToString()));
        foreach (var diagnostic in tree.GetDiagnostics())
        {
            Assert.StartsWith(diagnostic.Location.GetLineSpan() + ": ", diagnostic.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void LineSpan_CountsColumnsInUtf16CodeUnits()
    {
        // 𠀀 (U+20000) is two UTF-16 code units: the mark after it is at column 4, not 3.
        var text = "政府工作报告\n各位代表：\n一、2022年工作回顾\n𠀀落实“十大规划”[1]。\n各位代表！让我们团结一心，奋力谱写新篇章！\n";
        var tree = SyntaxTree.ParseText(text, path: "u.txt");
        var mark = tree.GetDiagnostics().Single(d => d.Id == "RPT0004");
        Assert.Equal(text.IndexOf("[1]", StringComparison.Ordinal) - text.IndexOf("𠀀", StringComparison.Ordinal), mark.Location.GetLineSpan().StartLinePosition.Character);
        Assert.StartsWith("u.txt(4,11): warning RPT0004", mark.ToString(), StringComparison.Ordinal);
    }
}
