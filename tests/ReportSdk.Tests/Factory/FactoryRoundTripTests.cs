using System.Text;
using ReportSdk.Diagnostics;
using ReportSdk.Parsing;
using ReportSdk.Syntax;
using static ReportSdk.Syntax.SyntaxFactory;

namespace ReportSdk.Tests.Factory;

/// <summary>
/// A report built with <see cref="SyntaxFactory"/> only prints, after
/// <see cref="SyntaxNodeExtensions.NormalizeWhitespace{TNode}"/>, as a report that parses back to
/// an equivalent tree; and the tree-changing helpers and <see cref="SyntaxRewriter"/> rebuild only
/// what changed.
/// </summary>
public sealed class FactoryRoundTripTests
{
    private const string Title = "2024年示范市政府工作报告";

    // ---- building -----------------------------------------------------------------------------

    private static TextSyntax Run(string text) => SyntaxFactory.Text(TextToken(text));

    private static ParagraphSyntax Para(params InlineSyntax[] content) => Paragraph(List(content));

    private static NumberedItemSyntax Item(NumberingStyle style, int number, string title, params BlockSyntax[] body) =>
        NumberedItem(NumberingMarker(style, number), List<InlineSyntax>(Run(title)), List(body));

    /// <summary>A whole report from the factory: no trivia at all except the notes heading's line break (see the skipped test below).</summary>
    private static DocumentSyntax BuildDocument()
    {
        var preamble = Preamble(
            SyntaxFactory.Title(TextToken(Title)),
            MeetingLine(TextToken("——2024年1月10日在示范市第一届人民代表大会第三次会议上"), default),
            SpeakerLine(TextToken("市长 张三")),
            Salutation(TextToken("各位代表：")),
            List<BlockSyntax>(Para(Run("现在，我代表市人民政府，向大会报告工作，请予审议。"))));

        var review = ReviewSection(
            SectionHeading(NumberingMarker(NumberingStyle.ChineseComma, 1), TextToken("2023年工作回顾")),
            List<BlockSyntax>(
                Para(Run("过去一年，我们坚持稳中求进工作总基调"), FootnoteReference(FootnoteMark(1)), Run("。")),
                Item(NumberingStyle.ChineseParenthesized, 1, "坚持稳中求进，经济运行持续向好。", Para(Run("全年地区生产总值增长5%。"))),
                Item(NumberingStyle.ChineseParenthesized, 2, "坚持创新驱动，科技实力持续增强。",
                    Item(NumberingStyle.Arabic, 1, "加快建设创新平台。"),
                    Item(NumberingStyle.Arabic, 2, "培育壮大创新主体。")),
                Item(NumberingStyle.ChineseParenthesized, 3, "坚持改革开放")));

        var plan = PlanSection(
            SectionHeading(NumberingMarker(NumberingStyle.ChineseComma, 2), TextToken("2024年工作安排")),
            List<BlockSyntax>(
                Para(Run("2024年是全面贯彻落实党的二十大精神的关键之年。")),
                Item(NumberingStyle.ChineseParenthesized, 1, "扎实推进高质量发展。"),
                Item(NumberingStyle.ChineseParenthesized, 2, "持续保障和改善民生。")));

        var selfBuilding = SelfBuildingSection(
            SectionHeading(NumberingMarker(NumberingStyle.ChineseComma, 3), TextToken("全面加强政府自身建设")),
            List<BlockSyntax>(Para(Run("我们将始终坚持人民至上，建设人民满意的政府。"))));

        var closing = Closing(List<BlockSyntax>(Para(Run("各位代表！让我们紧密团结，奋发进取，为建设美好示范市而努力奋斗！"))));

        // NormalizeWhitespace does not end the notes heading's line (bug, see NormalizeWhitespace_EndsTheNotesHeadingLine);
        // the line break is given here, which NormalizeWhitespace keeps.
        var notes = Notes(
            Token([], SyntaxKind.TextToken, "注释", [EndOfLine()]),
            List<BlockSyntax>(FootnoteDefinition(FootnoteLabel(1), List<InlineSyntax>(Run("稳中求进：经济工作的总基调。")))));

        var report = Report(preamble, List<SectionSyntax>(review, plan, selfBuilding), closing, notes, default);
        return Document(null, List(report), Token(SyntaxKind.EndOfFileToken, string.Empty));
    }

    // ---- the round trip -----------------------------------------------------------------------

    [Fact]
    public void FactoryReport_NormalizedAndPrinted_ParsesBackToAnEquivalentTree()
    {
        var built = BuildDocument().NormalizeWhitespace();
        string text = built.ToFullString();

        var tree = SyntaxTree.ParseText(text);
        var parsed = tree.GetRoot();

        Assert.Equal(text, parsed.ToFullString());
        Assert.True(parsed.IsEquivalentTo(built), "not equivalent: " + FirstDifference(built, parsed) + "\n" + text);
        Assert.True(built.IsEquivalentTo(parsed));
        Assert.DoesNotContain(tree.GetDiagnostics(), d => d.Severity >= DiagnosticSeverity.Warning);

        // Structure, read from the parsed tree.
        var report = Assert.Single(parsed.Reports);
        Assert.Null(parsed.TableOfContents);
        Assert.Equal(Title, report.Preamble.Title.TextToken.Text);
        Assert.Equal("——2024年1月10日在示范市第一届人民代表大会第三次会议上", report.Preamble.MeetingLine?.TextToken.Text);
        Assert.Equal("市长 张三", report.Preamble.SpeakerLine?.TextToken.Text);
        Assert.Equal("各位代表：", report.Preamble.Salutation?.TextToken.Text);
        Assert.Single(report.Preamble.Body);

        Assert.Equal(
            [SyntaxKind.ReviewSection, SyntaxKind.PlanSection, SyntaxKind.SelfBuildingSection],
            report.Sections.Select(s => s.Kind));
        Assert.Equal(
            ["一、2023年工作回顾", "二、2024年工作安排", "三、全面加强政府自身建设"],
            report.Sections.Select(s => s.Heading.ToString()));
        Assert.Equal([3, 2, 0], report.Sections.Select(s => s.Body.OfType<NumberedItemSyntax>().Count()));

        var reviewItems = report.Sections[0].Body.OfType<NumberedItemSyntax>().ToList();
        Assert.Equal(["（一）", "（二）", "（三）"], reviewItems.Select(i => i.MarkerToken.Text));
        Assert.Equal(["1", "2", "3"], reviewItems.Select(i => i.MarkerToken.ValueText));
        Assert.Equal("坚持稳中求进，经济运行持续向好。", reviewItems[0].Title.ToString());
        Assert.IsType<ParagraphSyntax>(Assert.Single(reviewItems[0].Body));
        Assert.Equal(["1．", "2．"], reviewItems[1].Body.OfType<NumberedItemSyntax>().Select(i => i.MarkerToken.Text));
        Assert.Equal("坚持改革开放", reviewItems[2].Title.ToString());

        var reference = Assert.Single(report.DescendantNodes().OfType<FootnoteReferenceSyntax>());
        Assert.Equal("[1]", reference.MarkToken.Text);
        Assert.Equal("各位代表！让我们紧密团结，奋发进取，为建设美好示范市而努力奋斗！", report.Closing?.Paragraphs.Single().ToString());
        Assert.Equal("注释", report.Notes?.HeadingToken.Text);
        var definition = Assert.IsType<FootnoteDefinitionSyntax>(Assert.Single(report.Notes!.Body));
        Assert.Equal("［1］", definition.LabelToken.Text);
        Assert.Equal("1", definition.LabelToken.ValueText);
        Assert.Empty(report.Annexes);
    }

    [Fact]
    public void FactoryReport_BeforeNormalizing_HasNoLineBreaks_AndNormalizingTwiceChangesNothing()
    {
        var document = BuildDocument();
        string raw = document.ToFullString();
        Assert.Equal(1, raw.Count(c => c == '\n')); // only the notes heading's
        Assert.StartsWith(Title + "——2024年", raw, StringComparison.Ordinal);

        var once = document.NormalizeWhitespace();
        var twice = once.NormalizeWhitespace();
        Assert.Same(once, twice);
        Assert.Equal(21, once.ToFullString().Count(c => c == '\n'));
    }

    [Fact]
    public void FactoryMarkers_HaveTheRequestedWidth()
    {
        Assert.Equal("（三）", NumberingMarker(NumberingStyle.ChineseParenthesized, 3).Text);
        Assert.Equal("(三)", NumberingMarker(NumberingStyle.ChineseParenthesized, 3, MarkerWidth.HalfWidth).Text);
        Assert.Equal("十二、", NumberingMarker(NumberingStyle.ChineseComma, 12).Text);
        Assert.Equal("第二十，", NumberingMarker(NumberingStyle.ChineseOrdinal, 20).Text);
        Assert.Equal("7．", NumberingMarker(NumberingStyle.Arabic, 7).Text);
        Assert.Equal("(7)", NumberingMarker(NumberingStyle.ArabicParenthesized, 7, MarkerWidth.HalfWidth).Text);
        Assert.Equal("⑪", NumberingMarker(NumberingStyle.Circled, 11).Text);
        Assert.Equal("3", NumberingMarker(NumberingStyle.ChineseParenthesized, 3).ValueText);
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberingMarker(NumberingStyle.None, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberingMarker(NumberingStyle.Arabic, 0));
    }

    /// <summary>
    /// Bug: <c>LineBreakNormalizer</c> ends line-level nodes only; the heading token of
    /// <see cref="NotesSyntax"/> (and of <see cref="AnnexSyntax"/> and <see cref="TableOfContentsSyntax"/>)
    /// is not in one, so <c>注释</c> and the first definition print on one line and reparse as a
    /// closing paragraph with a footnote reference.
    /// </summary>
    [Fact]
    public void NormalizeWhitespace_EndsTheNotesHeadingLine()
    {
        var notes = Notes(TextToken("注释"), List<BlockSyntax>(FootnoteDefinition(FootnoteLabel(1), List<InlineSyntax>(Run("稳中求进：经济工作的总基调。")))));
        Assert.Equal("注释\n［1］稳中求进：经济工作的总基调。\n", notes.NormalizeWhitespace().ToFullString());
    }

    /// <summary>
    /// Bug: <c>LineBreakNormalizer.VisitNumberedItem</c> keeps an item title on its paragraph's line
    /// whenever the body starts with a paragraph, but the parser ends a title that opens a paragraph at
    /// its first 。; a title without 。 is glued to the paragraph and reparses as one longer title.
    /// </summary>
    [Fact]
    public void NormalizeWhitespace_ItemTitleWithoutFullStop_StaysOnItsOwnLine()
    {
        var item = Item(NumberingStyle.ChineseParenthesized, 3, "坚持改革开放", Para(Run("改革开放迈出新步伐。")));
        Assert.Equal("（三）坚持改革开放\n改革开放迈出新步伐。\n", item.NormalizeWhitespace().ToFullString());
    }

    // ---- ReplaceNode, ReplaceNodes, ReplaceToken ---------------------------------------------

    private static DocumentSyntax Parsed() => SyntaxTree.ParseText(BuildDocument().NormalizeWhitespace().ToFullString()).GetRoot();

    [Fact]
    public void ReplaceNode_ReplacesOneParagraph_AndLeavesTheOriginalUnchanged()
    {
        var root = Parsed();
        string before = root.ToFullString();
        var plan = root.Reports[0].Sections[1];
        var oldParagraph = plan.Body.OfType<ParagraphSyntax>().Single();
        var newParagraph = Para(Run("2024年是实施“十四五”规划承上启下的关键之年。")).WithTrailingTrivia([EndOfLine()]);

        var changed = root.ReplaceNode(oldParagraph, newParagraph);

        Assert.Equal(before, root.ToFullString());
        Assert.Equal(before.Replace("2024年是全面贯彻落实党的二十大精神的关键之年。", "2024年是实施“十四五”规划承上启下的关键之年。", StringComparison.Ordinal), changed.ToFullString());
        Assert.Equal("2024年是实施“十四五”规划承上启下的关键之年。", changed.Reports[0].Sections[1].Body[0].ToString());

        // Only the path to the paragraph is rebuilt: the other sections keep their green nodes.
        Assert.Same(root.Reports[0].Sections[0].Green, changed.Reports[0].Sections[0].Green);
        Assert.Same(root.Reports[0].Sections[2].Green, changed.Reports[0].Sections[2].Green);
        Assert.Same(root.Reports[0].Preamble.Green, changed.Reports[0].Preamble.Green);
        Assert.NotSame(root.Reports[0].Sections[1].Green, changed.Reports[0].Sections[1].Green);
        Assert.True(SyntaxTree.ParseText(changed.ToFullString()).GetRoot().IsEquivalentTo(changed));
    }

    [Fact]
    public void ReplaceNodes_GivesEachReplacementItsAlreadyRewrittenDescendants()
    {
        var root = Parsed();
        var items = root.DescendantNodes().OfType<NumberedItemSyntax>().ToList();
        Assert.Equal(7, items.Count);
        var seenRewrittenChildren = new List<string>();

        var changed = root.ReplaceNodes(items, (original, rewritten) =>
        {
            // Nested items are visited first: their markers are already half-width here.
            seenRewrittenChildren.AddRange(rewritten.Body.OfType<NumberedItemSyntax>().Select(i => i.MarkerToken.Text));
            var marker = original.MarkerToken;
            var style = marker.Text.StartsWith('（') ? NumberingStyle.ChineseParenthesized : NumberingStyle.Arabic;
            var halfWidth = NumberingMarker(style, int.Parse(marker.ValueText!, System.Globalization.CultureInfo.InvariantCulture), MarkerWidth.HalfWidth)
                .WithLeadingTrivia(marker.LeadingTrivia).WithTrailingTrivia(marker.TrailingTrivia);
            return rewritten.WithMarkerToken(halfWidth);
        });

        Assert.Equal(["(一)", "(二)", "1.", "2.", "(三)", "(一)", "(二)"], changed.DescendantNodes().OfType<NumberedItemSyntax>().Select(i => i.MarkerToken.Text));
        Assert.Equal(["1.", "2."], seenRewrittenChildren);
        var reparsed = SyntaxTree.ParseText(changed.ToFullString()).GetRoot();
        Assert.True(reparsed.IsEquivalentTo(changed), FirstDifference(changed, reparsed));
    }

    [Fact]
    public void ReplaceToken_ReplacesTheTitleText_KeepingItsTrivia()
    {
        var root = Parsed();
        var token = root.Reports[0].Preamble.Title.TextToken;
        var replacement = TextToken("2025年示范市政府工作报告").WithTrailingTrivia(token.TrailingTrivia);

        var changed = root.ReplaceToken(token, replacement);

        Assert.Equal("2025年示范市政府工作报告", changed.Reports[0].Preamble.Title.TextToken.Text);
        Assert.StartsWith("2025年示范市政府工作报告\n——", changed.ToFullString(), StringComparison.Ordinal);
        Assert.Equal(Title, root.Reports[0].Preamble.Title.TextToken.Text);
        Assert.Same(root.Reports[0].Sections.Single(s => s.Kind == SyntaxKind.PlanSection).Green, changed.Reports[0].Sections[1].Green);
    }

    // ---- InsertNodesBefore/After, RemoveNode ------------------------------------------------

    [Fact]
    public void InsertNodesBeforeAndAfter_AddItemsAroundAnElementOfAList()
    {
        var root = Parsed();
        var planItems = root.Reports[0].Sections[1].Body.OfType<NumberedItemSyntax>().ToList();
        static NumberedItemSyntax NewItem(int n, string title) =>
            Item(NumberingStyle.ChineseParenthesized, n, title).NormalizeWhitespace();

        var before = root.InsertNodesBefore(planItems[0], [NewItem(1, "着力扩大有效需求。")]);
        Assert.Equal(
            ["2024年是全面贯彻落实党的二十大精神的关键之年。", "（一）着力扩大有效需求。", "（一）扎实推进高质量发展。", "（二）持续保障和改善民生。"],
            before.Reports[0].Sections[1].Body.Select(b => b.ToString()));

        var after = root.InsertNodesAfter(planItems[1], [NewItem(3, "全面深化改革开放。"), NewItem(4, "加快建设美丽示范市。")]);
        Assert.Equal(["（一）", "（二）", "（三）", "（四）"],
            after.Reports[0].Sections[1].Body.OfType<NumberedItemSyntax>().Select(i => i.MarkerToken.Text));
        var reparsed = SyntaxTree.ParseText(after.ToFullString());
        Assert.True(reparsed.GetRoot().IsEquivalentTo(after), FirstDifference(after, reparsed.GetRoot()));

        Assert.Throws<InvalidOperationException>(() => root.InsertNodesAfter(root.Reports[0].Preamble.Title, [NewItem(1, "x")]));
        Assert.Throws<ArgumentException>(() => root.InsertNodesAfter(planItems[1], [Run("不是一个块。")]));
    }

    [Fact]
    public void RemoveNode_RemovesListElementsAndOptionalNodes_ButNotRequiredOnes()
    {
        var root = Parsed();
        var report = root.Reports[0];
        var review = report.Sections[0];
        var secondItem = review.Body.OfType<NumberedItemSyntax>().ElementAt(1);

        var withoutItem = root.RemoveNode(secondItem);
        Assert.Equal(["（一）", "（三）"], withoutItem.Reports[0].Sections[0].Body.OfType<NumberedItemSyntax>().Select(i => i.MarkerToken.Text));
        Assert.DoesNotContain("培育壮大创新主体", withoutItem.ToFullString(), StringComparison.Ordinal);

        var withoutNotes = root.RemoveNode(report.Notes!);
        Assert.Null(withoutNotes.Reports[0].Notes);
        Assert.EndsWith("而努力奋斗！\n", withoutNotes.ToFullString(), StringComparison.Ordinal);

        var withoutSection = root.RemoveNode(report.Sections[2]);
        Assert.Equal(2, withoutSection.Reports[0].Sections.Count);

        Assert.Throws<InvalidOperationException>(() => root.RemoveNode(report.Preamble.Title));
        Assert.Equal(3, root.Reports[0].Sections.Count);
    }

    // ---- trivia -------------------------------------------------------------------------------

    [Fact]
    public void WithLeadingAndTrailingTrivia_ReplaceTheTriviaOfTheFirstAndLastToken()
    {
        var root = Parsed();
        var paragraph = root.Reports[0].Preamble.Body.OfType<ParagraphSyntax>().Single();

        var indented = paragraph.WithLeadingTrivia([Whitespace("\u3000\u3000")]);
        Assert.Equal("\u3000\u3000现在，我代表市人民政府，向大会报告工作，请予审议。\n", indented.ToFullString());
        Assert.Equal(paragraph.ToString(), indented.ToString());
        Assert.Equal(2, indented.Span.Start - indented.FullSpan.Start);

        var bare = indented.WithTrailingTrivia([]);
        Assert.Equal("\u3000\u3000现在，我代表市人民政府，向大会报告工作，请予审议。", bare.ToFullString());

        // Indentation is trivia to the parser too: the changed document reparses to an equivalent tree.
        var changed = root.ReplaceNode(paragraph, indented);
        var reparsed = SyntaxTree.ParseText(changed.ToFullString()).GetRoot();
        Assert.True(reparsed.IsEquivalentTo(changed), FirstDifference(changed, reparsed));
        Assert.Equal(SyntaxKind.WhitespaceTrivia, reparsed.Reports[0].Preamble.Body[0].GetFirstToken().LeadingTrivia.Single().Kind);
    }

    // ---- SyntaxRewriter identity --------------------------------------------------------------

    private sealed class NoChangeRewriter : SyntaxRewriter
    {
        public int Visited { get; private set; }

        public override SyntaxNode? Visit(SyntaxNode? node)
        {
            Visited++;
            return base.Visit(node);
        }
    }

    private sealed class OneTextRewriter(string from, string to) : SyntaxRewriter
    {
        public override SyntaxNode? VisitText(TextSyntax node)
        {
            var token = node.TextToken;
            return token.Text == from
                ? node.WithTextToken(Token(token.LeadingTrivia, SyntaxKind.TextToken, to, token.TrailingTrivia))
                : node;
        }
    }

    [Fact]
    public void Rewriter_ThatChangesNothing_ReturnsTheSameInstances()
    {
        var root = SyntaxTree.ParseText(TestPaths.ReadSeed("002_4e4f3f491fbc5ac3.txt")).GetRoot();
        var rewriter = new NoChangeRewriter();

        Assert.Same(root, rewriter.Visit(root));
        Assert.True(rewriter.Visited > 100);
        foreach (var section in root.Reports[0].Sections)
        {
            Assert.Same(section, rewriter.Visit(section));
        }
    }

    [Fact]
    public void Rewriter_WithOneChange_RebuildsOnlyThePathToIt()
    {
        var root = Parsed();
        var target = root.DescendantNodes().OfType<TextSyntax>().Single(t => t.TextToken.Text == "加快建设创新平台。");
        var path = target.AncestorsAndSelf().ToList(); // Text, NumberedItem 1．, NumberedItem （二）, ReviewSection, Report, Document
        Assert.Equal(
            [SyntaxKind.Text, SyntaxKind.NumberedItem, SyntaxKind.NumberedItem, SyntaxKind.ReviewSection, SyntaxKind.Report, SyntaxKind.Document],
            path.Select(n => n.Kind));

        var changed = (DocumentSyntax)new OneTextRewriter("加快建设创新平台。", "加快建设科技创新平台。").Visit(root)!;

        Assert.NotSame(root, changed);
        Assert.Contains("1．加快建设科技创新平台。\n", changed.ToFullString(), StringComparison.Ordinal);

        // Every node on the path is new; every node off it (siblings of the path and their subtrees) keeps its green node.
        var oldNodes = root.DescendantNodes(includeSelf: true).ToList();
        var newNodes = changed.DescendantNodes(includeSelf: true).ToList();
        Assert.Equal(oldNodes.Count, newNodes.Count);
        int shared = 0;
        for (int i = 0; i < oldNodes.Count; i++)
        {
            Assert.Equal(oldNodes[i].Kind, newNodes[i].Kind);
            if (path.Any(p => ReferenceEquals(p, oldNodes[i])))
            {
                Assert.NotSame(oldNodes[i].Green, newNodes[i].Green);
            }
            else
            {
                Assert.Same(oldNodes[i].Green, newNodes[i].Green);
                shared++;
            }
        }

        Assert.True(shared > 20, $"only {shared} shared nodes");
    }

    // ---- diagnostics for failures -------------------------------------------------------------

    /// <summary>The first place two trees differ: node or token kind, token text, or trivia.</summary>
    private static string FirstDifference(SyntaxNode expected, SyntaxNode actual)
    {
        var a = expected.DescendantNodesAndTokens(includeSelf: true).ToList();
        var b = actual.DescendantNodesAndTokens(includeSelf: true).ToList();
        for (int i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            if (a[i].Kind != b[i].Kind)
            {
                return $"#{i}: {a[i].Kind} '{Show(a[i].ToString())}' vs {b[i].Kind} '{Show(b[i].ToString())}'";
            }

            if (a[i].IsToken)
            {
                var x = a[i].AsToken();
                var y = b[i].AsToken();
                if (x.Text != y.Text || x.IsMissing != y.IsMissing)
                {
                    return $"#{i} {x.Kind}: '{Show(x.Text)}' (missing {x.IsMissing}) vs '{Show(y.Text)}' (missing {y.IsMissing})";
                }

                string leading = Trivia(x.LeadingTrivia), otherLeading = Trivia(y.LeadingTrivia);
                string trailing = Trivia(x.TrailingTrivia), otherTrailing = Trivia(y.TrailingTrivia);
                if (leading != otherLeading || trailing != otherTrailing)
                {
                    return $"#{i} {x.Kind} '{Show(x.Text)}': trivia [{leading}]/[{trailing}] vs [{otherLeading}]/[{otherTrailing}]";
                }
            }
        }

        return a.Count == b.Count ? "no node or token differs (green shapes differ, e.g. trivia lists)" : $"{a.Count} vs {b.Count} nodes and tokens";

        static string Trivia(SyntaxTriviaList list)
        {
            var builder = new StringBuilder();
            foreach (var trivia in list)
            {
                builder.Append(trivia.Kind).Append(":'").Append(Show(trivia.ToString())).Append("' ");
            }

            return builder.ToString();
        }

        static string Show(string text) => text.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
    }
}
