using ReportSdk.Syntax;
using ReportSdk.Text;

namespace ReportSdk.Tests.Syntax;

public class SyntaxNodeApiTests
{
    private const string Seed = "002_4e4f3f491fbc5ac3.txt";

    private static readonly Lazy<(string Text, SyntaxTree Tree)> Parsed = new(() =>
    {
        string text = TestPaths.ReadSeed(Seed);
        return (text, SyntaxTree.ParseText(text, path: Seed));
    });

    private static string Text => Parsed.Value.Text;

    private static SyntaxTree Tree => Parsed.Value.Tree;

    private static DocumentSyntax Root => Tree.GetRoot();

    public static TheoryData<string> Seeds() => TestPaths.SeedNames();

    private static int LineOf(string text, int position)
    {
        int line = 0;
        for (int i = 0; i < position; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
            }
        }

        return line;
    }

    // ---- positions and spans ------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(Seeds))]
    public void FindToken_ReturnsTheTokenWhoseFullSpanContainsThePosition(string seed)
    {
        string text = TestPaths.ReadSeed(seed);
        var root = SyntaxTree.ParseText(text).GetRoot();
        int checkedPositions = 0;
        for (int position = 0; position < text.Length; position += 7)
        {
            var token = root.FindToken(position);
            Assert.True(token.FullSpan.Contains(position), $"token {token.Kind} {token.FullSpan} does not contain {position}");
            Assert.NotEqual(SyntaxKind.None, token.Kind);
            checkedPositions++;
        }

        Assert.True(checkedPositions > 100);
    }

    [Fact]
    public void FindToken_AtTheLastCharacter_AndOutsideTheRoot()
    {
        var last = Root.FindToken(Text.Length - 1);
        Assert.Equal(Text.Length, last.FullSpan.End);
        Assert.Throws<ArgumentOutOfRangeException>(() => Root.FindToken(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Root.FindToken(Text.Length + 1));
    }

    [Fact]
    public void FindToken_OnAChildNode_StaysInsideThatNode()
    {
        var section = Root.Reports[0].Sections[0];
        int position = section.Span.Start + 3;
        var token = section.FindToken(position);
        Assert.True(token.FullSpan.Contains(position));
        Assert.Contains(section, token.Parent!.AncestorsAndSelf());
    }

    [Fact]
    public void TokenSpan_ExcludesLeadingAndTrailingTrivia()
    {
        int withTrivia = 0;
        foreach (var token in Root.DescendantTokens())
        {
            int leading = token.LeadingTrivia.Sum(t => t.Span.Length);
            int trailing = token.TrailingTrivia.Sum(t => t.Span.Length);
            Assert.Equal(token.FullSpan.Start + leading, token.Span.Start);
            Assert.Equal(token.FullSpan.End - trailing, token.Span.End);
            Assert.Equal(token.Text, Text.Substring(token.Span.Start, token.Span.Length));
            Assert.Equal(token.LeadingTrivia.FullSpan.End, token.Span.Start);
            if (leading > 0 || trailing > 0)
            {
                withTrivia++;
            }
        }

        Assert.True(withTrivia > 10);
    }

    [Fact]
    public void NodeSpan_RunsFromFirstToLastTokenText()
    {
        int checkedNodes = 0;
        foreach (var node in Root.DescendantNodes())
        {
            var first = node.GetFirstToken();
            var last = node.GetLastToken();
            if (first.IsMissing || last.IsMissing || node.Span.Length == 0)
            {
                continue;
            }

            Assert.Equal(first.Span.Start, node.Span.Start);
            Assert.Equal(last.Span.End, node.Span.End);
            Assert.Equal(first.FullSpan.Start, node.FullSpan.Start);
            Assert.Equal(last.FullSpan.End, node.FullSpan.End);
            Assert.Equal(Text.Substring(node.Span.Start, node.Span.Length), node.ToString());
            Assert.Equal(Text.Substring(node.FullSpan.Start, node.FullSpan.Length), node.ToFullString());
            checkedNodes++;
        }

        Assert.True(checkedNodes > 20);
    }

    [Fact]
    public void Ancestors_EndAtTheDocumentRoot()
    {
        int count = 0;
        foreach (var node in Root.DescendantNodes())
        {
            var ancestors = node.Ancestors().ToArray();
            Assert.NotEmpty(ancestors);
            Assert.Same(Root, ancestors[^1]);
            Assert.IsType<DocumentSyntax>(ancestors[^1]);
            Assert.Same(node.Parent, ancestors[0]);
            Assert.DoesNotContain(ancestors, a => a.Kind == SyntaxKind.List);
            Assert.True(ancestors.Zip(ancestors.Skip(1)).All(p => p.First.Parent == p.Second));
            count++;
        }

        Assert.Null(Root.Parent);
        Assert.Empty(Root.Ancestors());
        Assert.True(count > 20);
    }

    [Fact]
    public void ChildNodes_OfANumberedItem_AreTitleThenBody()
    {
        var item = Root.DescendantNodes().OfType<NumberedItemSyntax>().First(i => i.Body.Count > 0);

        var children = item.ChildNodes().ToArray();
        Assert.Equal(item.Title.Count + item.Body.Count, children.Length);
        Assert.Equal(item.Title.Concat<SyntaxNode>(item.Body).ToArray(), children);
        Assert.All(children, c => Assert.Same(item, c.Parent));

        var first = item.ChildNodesAndTokens().First();
        Assert.True(first.IsToken);
        Assert.Equal(SyntaxKind.NumberingMarkerToken, first.Kind);
        Assert.Equal(item.MarkerToken, first.AsToken());

        // Children tile the item's full span in order.
        int position = item.FullSpan.Start;
        foreach (var child in item.ChildNodesAndTokens())
        {
            Assert.Equal(position, child.FullSpan.Start);
            position = child.FullSpan.End;
        }

        Assert.Equal(item.FullSpan.End, position);
    }

    [Fact]
    public void ChildNodes_AreTheSameInstancesOnEveryAccess()
    {
        var report = Root.Reports[0];
        Assert.Same(report, Root.Reports[0]);
        Assert.Same(report.Sections[0], report.Sections[0]);
        Assert.Equal(report.ChildNodes().ToArray(), report.ChildNodes().ToArray());
    }

    [Fact]
    public void GetLineSpan_GivesZeroBasedLines()
    {
        int checkedHeadings = 0;
        foreach (var section in Root.Reports[0].Sections)
        {
            var heading = section.Heading;
            if (heading.TextToken.IsMissing)
            {
                continue;
            }

            var span = heading.GetLocation().GetLineSpan();
            Assert.Equal(Seed, span.Path);
            Assert.Equal(LineOf(Text, heading.Span.Start), span.StartLinePosition.Line);
            Assert.Equal(span.StartLinePosition.Line, span.EndLinePosition.Line);
            int lineStart = Text.LastIndexOf('\n', heading.Span.Start - 1) + 1;
            Assert.Equal(heading.Span.Start - lineStart, span.StartLinePosition.Character);
            checkedHeadings++;
        }

        Assert.True(checkedHeadings >= 2);

        var title = Root.Reports[0].Preamble.Title;
        Assert.Equal(LineOf(Text, title.Span.Start), title.GetLocation().GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void GetLineSpan_ForAHandWrittenReport()
    {
        string text = "政府工作报告\r\n各位代表：\r\n现在，我代表市人民政府向大会报告工作，请予审议。\r\n一、2022年工作回顾\r\n  （一）工业发展。\r\n";
        var tree = SyntaxTree.ParseText(text);
        var item = tree.GetRoot().DescendantNodes().OfType<NumberedItemSyntax>().Single();

        var span = item.GetLocation().GetLineSpan();
        Assert.Equal(4, span.StartLinePosition.Line);
        Assert.Equal(2, span.StartLinePosition.Character);
        Assert.Equal(4, span.EndLinePosition.Line);
        Assert.Equal(2 + "（一）工业发展。".Length, span.EndLinePosition.Character);
        Assert.Equal(0, tree.GetRoot().Reports[0].Preamble.Title.GetLocation().GetLineSpan().StartLinePosition.Line);
    }

    // ---- walkers -------------------------------------------------------------------------------

    private sealed class TokenCounter() : SyntaxWalker(SyntaxWalkerDepth.Token)
    {
        public List<SyntaxToken> Tokens { get; } = [];

        public override void VisitToken(SyntaxToken token)
        {
            Tokens.Add(token);
            base.VisitToken(token);
        }
    }

    private sealed class TriviaCollector() : SyntaxWalker(SyntaxWalkerDepth.Trivia)
    {
        public List<SyntaxTrivia> Trivia { get; } = [];

        public int TokenWidth { get; private set; }

        public override void VisitToken(SyntaxToken token)
        {
            TokenWidth += token.Span.Length;
            base.VisitToken(token);
        }

        public override void VisitTrivia(SyntaxTrivia trivia) => Trivia.Add(trivia);
    }

    private sealed class NodeCounter() : SyntaxWalker(SyntaxWalkerDepth.Node)
    {
        public int Items { get; private set; }

        public int Tokens { get; private set; }

        public override void VisitNumberedItem(NumberedItemSyntax node)
        {
            Items++;
            base.VisitNumberedItem(node);
        }

        public override void VisitToken(SyntaxToken token) => Tokens++;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void DescendantTokens_MatchTheTokenWalker(string seed)
    {
        var root = SyntaxTree.ParseText(TestPaths.ReadSeed(seed)).GetRoot();
        var walker = new TokenCounter();
        walker.Visit(root);

        var descendants = root.DescendantTokens().ToArray();
        Assert.Equal(descendants.Length, walker.Tokens.Count);
        Assert.Equal(descendants, walker.Tokens);
        Assert.Equal(SyntaxKind.EndOfFileToken, walker.Tokens[^1].Kind);
    }

    [Fact]
    public void TriviaWalker_SeesEveryCharacterOnce()
    {
        var walker = new TriviaCollector();
        walker.Visit(Root);

        Assert.Equal(Text.Length, walker.TokenWidth + walker.Trivia.Sum(t => t.Span.Length));
        Assert.Contains(walker.Trivia, t => t.Kind == SyntaxKind.SkippedTextTrivia);
        Assert.Contains(walker.Trivia, t => t.Kind == SyntaxKind.EndOfLineTrivia);
        Assert.All(walker.Trivia, t => Assert.Equal(t.ToString(), Text.Substring(t.Span.Start, t.Span.Length)));
    }

    [Fact]
    public void NodeDepthWalker_VisitsNodesButNotTokens()
    {
        var walker = new NodeCounter();
        walker.Visit(Root);

        Assert.Equal(Root.DescendantNodes().OfType<NumberedItemSyntax>().Count(), walker.Items);
        Assert.True(walker.Items > 0);
        Assert.Equal(0, walker.Tokens);
    }

    // ---- trivia and token values --------------------------------------------------------------

    [Fact]
    public void IndentedLine_HasWhitespaceLeadingTriviaAndEndOfLineTrailingTrivia()
    {
        string text = "政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、2022年工作回顾\n \u3000\u00A0（三）工业发展。  \n";
        var root = SyntaxTree.ParseText(text).GetRoot();
        var marker = root.DescendantNodes().OfType<NumberedItemSyntax>().Single().MarkerToken;

        var leading = marker.LeadingTrivia.ToArray();
        var whitespace = Assert.Single(leading);
        Assert.Equal(SyntaxKind.WhitespaceTrivia, whitespace.Kind);
        Assert.Equal(" \u3000\u00A0", whitespace.ToString());
        Assert.Equal(text.IndexOf(" \u3000", StringComparison.Ordinal), whitespace.Span.Start);
        Assert.False(marker.HasTrailingTrivia);

        var lastToken = root.DescendantNodes().OfType<NumberedItemSyntax>().Single().GetLastToken();
        Assert.Equal("工业发展。", lastToken.Text);
        Assert.Equal(new[] { SyntaxKind.WhitespaceTrivia, SyntaxKind.EndOfLineTrivia }, lastToken.TrailingTrivia.Select(t => t.Kind).ToArray());
        Assert.Equal("  ", lastToken.TrailingTrivia[0].ToString());
        Assert.Equal("\n", lastToken.TrailingTrivia[1].ToString());
        Assert.Same(marker.Parent, lastToken.Parent!.Parent);
    }

    [Fact]
    public void ValueText_GivesTheNumberOfMarkersMarksAndLabels()
    {
        string text = "政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、2022年工作回顾\n（一）稳增长。\n（二）促消费。\n（三）落实“河长制”［１］。\n"
            + "各位代表！新的征程已经开启，让我们更加紧密地团结在一起，奋力谱写新篇章！\n注释\n［１］“河长制”：由各级党政主要负责同志担任河长。\n";
        var tree = SyntaxTree.ParseText(text);
        var root = tree.GetRoot();

        var third = root.DescendantNodes().OfType<NumberedItemSyntax>().Single(i => i.MarkerToken.Text == "（三）");
        Assert.Equal("3", third.MarkerToken.ValueText);
        var reference = third.DescendantNodes().OfType<FootnoteReferenceSyntax>().Single();
        Assert.Equal("［１］", reference.MarkToken.Text);
        Assert.Equal("1", reference.MarkToken.ValueText);
        var label = root.Reports[0].Notes!.Body.OfType<FootnoteDefinitionSyntax>().Single().LabelToken;
        Assert.Equal("［１］", label.Text);
        Assert.Equal("1", label.ValueText);
        Assert.Equal("2022年工作回顾", root.Reports[0].Sections[0].Heading.TextToken.ValueText);
        Assert.Equal("1", root.Reports[0].Sections[0].Heading.MarkerToken.ValueText);
        Assert.DoesNotContain(tree.GetDiagnostics(), d => d.Id == "RPT0004");
    }

    // ---- rewriters -----------------------------------------------------------------------------

    private sealed class IdentityRewriter : SyntaxRewriter
    {
    }

    private sealed class TextReplacer(string from, string to) : SyntaxRewriter
    {
        public int Replaced { get; private set; }

        public override SyntaxToken VisitToken(SyntaxToken token)
        {
            if (token.Kind == SyntaxKind.TextToken && token.Text == from)
            {
                Replaced++;
                return SyntaxFactory.Token(token.LeadingTrivia, SyntaxKind.TextToken, to, token.TrailingTrivia);
            }

            return token;
        }
    }

    [Fact]
    public void RewriterThatChangesNothing_ReturnsTheSameRoot()
    {
        var result = new IdentityRewriter().Visit(Root);
        Assert.Same(Root, result);

        var section = Root.Reports[0].Sections[1];
        Assert.Same(section, new IdentityRewriter().Visit(section));
    }

    [Fact]
    public void RewriterThatChangesOneToken_RebuildsOnlyThePathToIt()
    {
        string text = "政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、2022年工作回顾\n（一）工业发展。\n过去一年成绩显著。\n（二）农业发展。\n二、2023年工作安排\n（一）稳增长。\n"
            + "各位代表！新的征程已经开启，让我们更加紧密地团结在一起，奋力谱写新篇章！\n";
        var root = SyntaxTree.ParseText(text).GetRoot();
        var rewriter = new TextReplacer("过去一年成绩显著。", "过去一年成绩非常显著。");

        var newRoot = Assert.IsType<DocumentSyntax>(rewriter.Visit(root));

        Assert.Equal(1, rewriter.Replaced);
        Assert.Equal(text.Replace("过去一年成绩显著。", "过去一年成绩非常显著。", StringComparison.Ordinal), newRoot.ToFullString());
        Assert.Equal(text, root.ToFullString());
        Assert.False(newRoot.IsEquivalentTo(root));

        var oldReport = root.Reports[0];
        var newReport = newRoot.Reports[0];
        // Off the path: the preamble, the plan section, the closing and the second item are unchanged, shared green nodes.
        Assert.Same(oldReport.Preamble.Green, newReport.Preamble.Green);
        Assert.Same(oldReport.Sections[1].Green, newReport.Sections[1].Green);
        Assert.Same(oldReport.Closing!.Green, newReport.Closing!.Green);
        Assert.True(newReport.Sections[1].IsEquivalentTo(oldReport.Sections[1]));
        Assert.True(newReport.Preamble.IsEquivalentTo(oldReport.Preamble));
        var oldSecondItem = oldReport.Sections[0].Body[1];
        var newSecondItem = newReport.Sections[0].Body[1];
        Assert.Same(oldSecondItem.Green, newSecondItem.Green);

        // On the path: the review section, the first item and the paragraph are new.
        Assert.NotSame(oldReport.Sections[0].Green, newReport.Sections[0].Green);
        Assert.False(newReport.Sections[0].IsEquivalentTo(oldReport.Sections[0]));
        var oldItem = (NumberedItemSyntax)oldReport.Sections[0].Body[0];
        var newItem = (NumberedItemSyntax)newReport.Sections[0].Body[0];
        Assert.Same(oldItem.MarkerToken.Green, newItem.MarkerToken.Green);
        Assert.False(newItem.IsEquivalentTo(oldItem));
        Assert.Equal("过去一年成绩非常显著。", newItem.Body[0].ToString());
        Assert.Equal("\n", newItem.Body[0].GetLastToken().TrailingTrivia.ToString());

        // The new tree has consistent positions.
        int position = 0;
        foreach (var token in newRoot.DescendantTokens())
        {
            Assert.Equal(position, token.FullSpan.Start);
            position = token.FullSpan.End;
        }

        Assert.Equal(newRoot.FullSpan.Length, position);
    }

    [Fact]
    public void RewriterOnASeed_KeepsEverythingElse()
    {
        var firstText = Root.DescendantNodes().OfType<TextSyntax>().First(t => t.TextToken.Text.Length > 10);
        string original = firstText.TextToken.Text;
        var newRoot = new TextReplacer(original, "X").Visit(Root)!;

        Assert.Equal(Text.Length - original.Length + 1, newRoot.FullSpan.Length);
        Assert.Equal(Text[..firstText.Span.Start] + "X" + Text[firstText.Span.End..], newRoot.ToFullString());
        Assert.Equal(Root.DescendantNodes().Count(), newRoot.DescendantNodes().Count());
    }

    // ---- factory -------------------------------------------------------------------------------

    [Fact]
    public void FactoryBuiltParagraph_PrintsItsTokensAndTrivia()
    {
        var paragraph = SyntaxFactory.Paragraph(SyntaxFactory.List<InlineSyntax>(
            SyntaxFactory.Text(SyntaxFactory.Token([SyntaxFactory.Whitespace("\u3000\u3000")], SyntaxKind.TextToken, "落实“河长制”", [])),
            SyntaxFactory.FootnoteReference(SyntaxFactory.Token(SyntaxKind.FootnoteMarkToken, "[8]")),
            SyntaxFactory.BoldText(
                SyntaxFactory.Token(SyntaxKind.BoldMarkerToken, "**"),
                SyntaxFactory.TextToken("全面推进。"),
                SyntaxFactory.Token([], SyntaxKind.BoldMarkerToken, "**", [SyntaxFactory.EndOfLine("\r\n")]))));

        Assert.Equal("\u3000\u3000落实“河长制”[8]**全面推进。**\r\n", paragraph.ToFullString());
        Assert.Equal("落实“河长制”[8]**全面推进。**", paragraph.ToString());
        Assert.Equal(SyntaxKind.Paragraph, paragraph.Kind);
        Assert.Equal(3, paragraph.Content.Count);
        Assert.Equal(new TextSpan(2, 19), paragraph.Span);
        Assert.Equal(new TextSpan(0, 23), paragraph.FullSpan);
        Assert.Equal(0, paragraph.Position);
        Assert.Null(paragraph.Parent);
        Assert.Equal("8", ((FootnoteReferenceSyntax)paragraph.Content[1]).MarkToken.ValueText);
        Assert.Equal(9, ((FootnoteReferenceSyntax)paragraph.Content[1]).Position);
    }

    [Fact]
    public void FactoryBuiltParagraph_IsEquivalentToAParsedOne()
    {
        string text = "政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、2022年工作回顾\n过去一年成绩显著。\n";
        var parsed = SyntaxTree.ParseText(text).GetRoot().Reports[0].Sections[0].Body.OfType<ParagraphSyntax>().Single();
        var built = SyntaxFactory.Paragraph(SyntaxFactory.List<InlineSyntax>(
            SyntaxFactory.Text(SyntaxFactory.Token([], SyntaxKind.TextToken, "过去一年成绩显著。", [SyntaxFactory.EndOfLine("\n")]))));

        Assert.Equal(parsed.ToFullString(), built.ToFullString());
        Assert.True(built.IsEquivalentTo(parsed));
        Assert.True(parsed.IsEquivalentTo(built));

        var different = SyntaxFactory.Paragraph(SyntaxFactory.List<InlineSyntax>(
            SyntaxFactory.Text(SyntaxFactory.Token([], SyntaxKind.TextToken, "过去一年成绩显著！", [SyntaxFactory.EndOfLine("\n")]))));
        Assert.False(different.IsEquivalentTo(parsed));
    }

    [Fact]
    public void WithMethods_ReturnNewNodesAndLeaveTheOriginal()
    {
        var item = Root.DescendantNodes().OfType<NumberedItemSyntax>().First();
        string before = item.ToFullString();
        var newMarker = SyntaxFactory.Token(item.MarkerToken.LeadingTrivia, SyntaxKind.NumberingMarkerToken, "（九）", item.MarkerToken.TrailingTrivia);

        var changed = item.WithMarkerToken(newMarker);

        Assert.NotSame(item, changed);
        Assert.Equal("（九）", changed.MarkerToken.Text);
        Assert.Equal("9", changed.MarkerToken.ValueText);
        Assert.Equal(before, item.ToFullString());
        Assert.Same(item, item.WithMarkerToken(item.MarkerToken));
        Assert.Equal(item.Title.Count, changed.Title.Count);
    }
}
