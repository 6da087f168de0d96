using System.Text;
using ReportSdk.Syntax;
using ReportSdk.Text;

namespace ReportSdk.Tests.Syntax;

/// <summary>The everyday queries: <c>IsKind</c>, <c>ChildTokens</c>, <c>DescendantTrivia</c>, <c>GetLeadingTrivia</c>/<c>GetTrailingTrivia</c>, <c>DescendantNodes(descendIntoChildren)</c>, <c>FindNode</c>.</summary>
public class SyntaxQueryTests
{
    public static TheoryData<string> Seeds() => TestPaths.SeedNames();

    private static DocumentSyntax Parse(string seed) => SyntaxTree.ParseText(TestPaths.ReadSeed(seed), path: seed).GetRoot();

    [Fact]
    public void IsKind_WorksOnNodesTokensTriviaAndNull()
    {
        var root = SyntaxTree.ParseText("政府工作报告\n各位代表：\n一、2022年工作回顾\n过去一年，综合实力进一步提升。\n").GetRoot();
        var title = root.Reports[0].Preamble.Title;
        Assert.True(title.IsKind(SyntaxKind.Title));
        Assert.False(title.IsKind(SyntaxKind.Paragraph));
        Assert.True(title.TextToken.IsKind(SyntaxKind.TextToken));
        Assert.True(title.TextToken.TrailingTrivia[0].IsKind(SyntaxKind.EndOfLineTrivia));
        Assert.True(((SyntaxNodeOrToken)title).IsKind(SyntaxKind.Title));
        Assert.True(((SyntaxNodeOrToken)title.TextToken).IsKind(SyntaxKind.TextToken));
        Assert.False(((SyntaxNode?)null).IsKind(SyntaxKind.Title));
        Assert.True(default(SyntaxToken).IsKind(SyntaxKind.None));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ChildTokens_AreTheTokensAmongTheChildren(string seed)
    {
        foreach (var node in Parse(seed).DescendantNodes(includeSelf: true))
        {
            Assert.Equal(node.ChildNodesAndTokens().Where(c => c.IsToken).Select(c => c.AsToken()), node.ChildTokens());
            Assert.All(node.ChildTokens(), token => Assert.Same(node, token.Parent));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void DescendantTrivia_AndTokenTexts_RebuildTheFullText(string seed)
    {
        var root = Parse(seed);
        var builder = new StringBuilder();
        var trivia = root.DescendantTrivia().ToList();
        int next = 0;
        foreach (var token in root.DescendantTokens())
        {
            foreach (var _ in token.LeadingTrivia)
            {
                builder.Append(trivia[next++].ToFullString());
            }

            builder.Append(token.Text);
            foreach (var _ in token.TrailingTrivia)
            {
                builder.Append(trivia[next++].ToFullString());
            }
        }

        Assert.Equal(trivia.Count, next);
        Assert.Equal(root.ToFullString(), builder.ToString());
        Assert.Equal(
            root.DescendantTokens().Sum(t => t.LeadingTrivia.FullSpan.Length + t.TrailingTrivia.FullSpan.Length),
            trivia.Sum(t => t.FullSpan.Length));
        Assert.Contains(trivia, t => t.IsKind(SyntaxKind.EndOfLineTrivia));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void LeadingAndTrailingTrivia_AreWhatSpanLeavesOut(string seed)
    {
        foreach (var node in Parse(seed).DescendantNodes(includeSelf: true))
        {
            var leading = node.GetLeadingTrivia();
            var trailing = node.GetTrailingTrivia();
            Assert.Equal(node.Span.Start - node.FullSpan.Start, leading.FullSpan.Length);
            Assert.Equal(node.FullSpan.End - node.Span.End, trailing.FullSpan.Length);
            if (leading.Count > 0)
            {
                Assert.Equal(node.FullSpan.Start, leading.FullSpan.Start);
            }

            if (trailing.Count > 0)
            {
                Assert.Equal(node.FullSpan.End, trailing.FullSpan.End);
            }
        }
    }

    [Fact]
    public void LeadingTrivia_OfAReportAfterChrome_HoldsTheSkippedLines()
    {
        var root = SyntaxTree.ParseText("设为首页收藏本站\n\n政府工作报告\n各位代表：\n一、2022年工作回顾\n过去一年，综合实力进一步提升。\n").GetRoot();
        var leading = root.Reports[0].GetLeadingTrivia();
        Assert.Equal("设为首页收藏本站\n\n", string.Concat(leading.Select(t => t.ToFullString())));
        Assert.Contains(leading, t => t.IsKind(SyntaxKind.SkippedTextTrivia));
        Assert.Empty(SyntaxFactory.Paragraph(default).GetLeadingTrivia());
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void DescendantNodes_WithAFilter_SkipsTheSubtreesItRefuses(string seed)
    {
        var root = Parse(seed);
        static bool Enter(SyntaxNode node) => !node.IsKind(SyntaxKind.NumberedItem);

        var filtered = root.DescendantNodes(Enter).ToList();
        var expected = root.DescendantNodes().Where(n => n.Ancestors().TakeWhile(a => a != root).All(Enter)).ToList();
        Assert.Equal(expected, filtered);
        Assert.Contains(filtered, n => n.IsKind(SyntaxKind.NumberedItem));
        Assert.DoesNotContain(filtered, n => n.Ancestors().Any(a => a.IsKind(SyntaxKind.NumberedItem)));

        Assert.Equal(root.DescendantNodes(), root.DescendantNodes(descendIntoChildren: null));
        Assert.Equal(root.DescendantNodes(includeSelf: true), root.DescendantNodes(_ => true, includeSelf: true));
        Assert.Empty(root.DescendantNodes(_ => false));
        Assert.Equal([root], root.DescendantNodes(_ => false, includeSelf: true));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void FindNode_ReturnsTheSmallestNodeContainingTheSpan(string seed)
    {
        var root = Parse(seed);

        // A zero-width node (a missing heading) is found by no span, as in Roslyn: FindNode starts from the token at
        // the span's start, which is never zero-width. Its empty span still gives a node around it.
        foreach (var empty in root.DescendantNodes().Where(n => n.FullSpan.Length == 0))
        {
            Assert.True(root.FindNode(empty.FullSpan).FullSpan.Contains(empty.FullSpan));
        }

        foreach (var node in root.DescendantNodes().Where(n => n.FullSpan.Length > 0))
        {
            var innermost = root.FindNode(node.FullSpan, getInnermostNodeForTie: true);
            Assert.Equal(node.FullSpan, innermost.FullSpan);
            Assert.DoesNotContain(innermost.ChildNodes(), child => child.FullSpan.Contains(node.FullSpan));
            Assert.True(innermost == node || innermost.Ancestors().Contains(node), "the innermost node is the node or inside it");

            var outermost = root.FindNode(node.FullSpan);
            Assert.Equal(node.FullSpan, outermost.FullSpan);
            Assert.True(outermost == node || node.Ancestors().Contains(outermost), "the outermost node is the node or around it");
            Assert.True(outermost.Parent is null || outermost.Parent == root || outermost.Parent.FullSpan != node.FullSpan);
        }
    }

    [Fact]
    public void FindNode_ForTheSpanOfAMarker_IsItsItem_AndStaysInsideTheNodeAskedFrom()
    {
        const string Text = "政府工作报告\n各位代表：\n一、2022年工作回顾\n（一）经济平稳增长。\n（二）民生持续改善。\n";
        var root = SyntaxTree.ParseText(Text).GetRoot();
        var marker = new TextSpan(Text.IndexOf("（二）", StringComparison.Ordinal), 3);
        var found = root.FindNode(marker);
        Assert.True(found.IsKind(SyntaxKind.NumberedItem));
        Assert.StartsWith("（二）民生持续改善。", found.ToString(), StringComparison.Ordinal);

        var section = root.Reports[0].Sections[0];
        Assert.Same(section, section.FindNode(section.FullSpan));
        Assert.Same(found, section.FindNode(marker));
        Assert.Throws<ArgumentOutOfRangeException>(() => found.FindNode(new TextSpan(0, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => root.FindNode(new TextSpan(Text.Length, 1)));
    }

    [Fact]
    public void Queries_OnAHugeFlatReport_DoNotRecurse()
    {
        var builder = new StringBuilder("政府工作报告\n各位代表：\n一、2022年工作回顾\n");
        for (int i = 0; i < 20000; i++)
        {
            builder.Append("（一）经济平稳增长。\n过去一年，综合实力进一步提升。\n");
        }

        var text = builder.ToString();
        var root = SyntaxTree.ParseText(text).GetRoot();
        Assert.Equal(text.Length, root.DescendantTrivia().Sum(t => t.FullSpan.Length) + root.DescendantTokens().Sum(t => t.Span.Length));
        Assert.True(root.DescendantNodes(n => !n.IsKind(SyntaxKind.NumberedItem)).Count() > 20000);
        var last = root.FindNode(new TextSpan(text.Length - 5, 2));
        Assert.True(last.FullSpan.Contains(new TextSpan(text.Length - 5, 2)));
        Assert.Equal(text.Length, root.GetTrailingTrivia().FullSpan.End);
    }
}
