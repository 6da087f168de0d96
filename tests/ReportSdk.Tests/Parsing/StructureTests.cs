using ReportSdk.Parsing;
using ReportSdk.Semantics.Outline;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.Parsing;

/// <summary>Small hand-written reports, checked through the typed tree and through the outline.</summary>
public class StructureTests
{
    private const string Title = "政府工作报告";
    private const string Salutation = "各位代表：";
    private const string Opening = "现在，我代表市人民政府向大会报告工作，请予审议。";
    private const string ClosingText = "各位代表！新的征程已经开启，让我们更加紧密地团结在一起，奋力谱写新篇章！";

    private static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    private static SyntaxTree Parse(string text)
    {
        var tree = SyntaxTree.ParseText(text);
        Assert.Equal(text, tree.GetRoot().ToFullString());
        return tree;
    }

    private static ReportSyntax SingleReport(SyntaxTree tree) => Assert.Single(tree.GetRoot().Reports);

    private static string[] Ids(SyntaxTree tree) => tree.GetDiagnostics().Select(d => d.Id).ToArray();

    private static string InlineText(SyntaxList<InlineSyntax> inlines) => string.Concat(inlines.Select(i => i.ToString()));

    // ---- preamble and sections ------------------------------------------------------------------

    [Fact]
    public void FullPreamble_FillsEverySlot()
    {
        string text = Lines(
            Title,
            "——2022年1月21日在三水区乐平镇第十八届人民代表大会第二次会议上",
            "镇长 罗杰成",
            Salutation,
            Opening,
            "一、2021年工作回顾",
            "过去一年，我们取得了显著成绩。",
            ClosingText);
        var tree = Parse(text);
        var preamble = SingleReport(tree).Preamble;

        Assert.Equal(Title, preamble.Title.TextToken.Text);
        Assert.Equal(SyntaxKind.TextToken, preamble.Title.TextToken.Kind);
        Assert.NotNull(preamble.MeetingLine);
        Assert.Equal("——2022年1月21日在三水区乐平镇第十八届人民代表大会第二次会议上", preamble.MeetingLine!.TextToken.Text);
        Assert.Equal(SyntaxKind.None, preamble.MeetingLine.ContinuationToken.Kind);
        Assert.Equal("镇长 罗杰成", preamble.SpeakerLine!.TextToken.Text);
        Assert.Equal(Salutation, preamble.Salutation!.TextToken.Text);
        var opening = Assert.IsType<ParagraphSyntax>(Assert.Single(preamble.Body));
        Assert.Equal(Opening, opening.ToString());
        Assert.Equal(text.IndexOf(Opening, StringComparison.Ordinal), opening.Span.Start);
        Assert.DoesNotContain("RPT0001", Ids(tree));
        Assert.DoesNotContain("RPT0006", Ids(tree));
    }

    [Fact]
    public void NumberedSectionHeadings_HaveMarkerAndTextTokens()
    {
        string text = Lines(
            Title, Salutation, Opening,
            "一、2021年工作回顾",
            "过去一年，我们取得了显著成绩。",
            "二、2022年工作安排",
            "今年经济社会发展主要预期目标是：地区生产总值增长 6.5%左右。",
            "三、全面加强政府自身建设",
            "我们要建设人民满意的政府。",
            ClosingText);
        var tree = Parse(text);
        var report = SingleReport(tree);

        Assert.Equal(
            [SyntaxKind.ReviewSection, SyntaxKind.PlanSection, SyntaxKind.SelfBuildingSection],
            report.Sections.Select(s => s.Kind).ToArray());
        Assert.IsType<ReviewSectionSyntax>(report.Sections[0]);
        Assert.IsType<PlanSectionSyntax>(report.Sections[1]);
        Assert.IsType<SelfBuildingSectionSyntax>(report.Sections[2]);

        var heading = report.Sections[1].Heading;
        Assert.Equal(SyntaxKind.NumberingMarkerToken, heading.MarkerToken.Kind);
        Assert.Equal("二、", heading.MarkerToken.Text);
        Assert.Equal("2", heading.MarkerToken.ValueText);
        Assert.Equal("2022年工作安排", heading.TextToken.Text);
        int headingStart = text.IndexOf("二、2022年工作安排", StringComparison.Ordinal);
        Assert.Equal(headingStart, heading.Span.Start);
        Assert.Equal(headingStart + "二、2022年工作安排".Length, heading.Span.End);

        var outline = OutlineBuilder.Build(tree);
        var sections = Assert.Single(outline.Reports).Sections;
        Assert.Equal(new[] { OutlineSectionKind.Review, OutlineSectionKind.Plan, OutlineSectionKind.SelfBuilding }, sections.Select(s => s.Kind).ToArray());
        Assert.Equal(new[] { "一、2021年工作回顾", "二、2022年工作安排", "三、全面加强政府自身建设" }, sections.Select(s => s.Heading).ToArray());
        Assert.Equal([4, 6, 8], sections.Select(s => s.Line).ToArray());
        Assert.DoesNotContain("RPT0002", Ids(tree));
    }

    [Fact]
    public void UnnumberedSectionHeadings_ContainChineseCommaItems()
    {
        string text = Lines(
            Title, Salutation, Opening,
            "过去五年工作回顾",
            "一、经济实力显著增强。",
            "二、改革开放不断深化。",
            "今后五年主要目标任务",
            "一、加快产业升级。",
            ClosingText);
        var tree = Parse(text);
        var report = SingleReport(tree);

        Assert.Equal(2, report.Sections.Count);
        var review = Assert.IsType<ReviewSectionSyntax>(report.Sections[0]);
        Assert.True(review.Heading.MarkerToken.IsMissing);
        Assert.Equal(SyntaxKind.None, review.Heading.MarkerToken.Kind);
        Assert.Equal("过去五年工作回顾", review.Heading.TextToken.Text);

        var items = review.Body.OfType<NumberedItemSyntax>().ToArray();
        Assert.Equal(2, items.Length);
        Assert.Equal(new[] { "一、", "二、" }, items.Select(i => i.MarkerToken.Text).ToArray());
        Assert.Equal("经济实力显著增强。", InlineText(items[0].Title));

        var plan = Assert.IsType<PlanSectionSyntax>(report.Sections[1]);
        Assert.Equal("今后五年主要目标任务", plan.Heading.TextToken.Text);
        Assert.Equal("1", Assert.IsType<NumberedItemSyntax>(Assert.Single(plan.Body)).MarkerToken.ValueText);

        var outline = Assert.Single(OutlineBuilder.Build(tree).Reports);
        Assert.Equal("过去五年工作回顾", outline.Sections[0].Heading);
        Assert.Equal(new[] { "经济实力显著增强", "改革开放不断深化" }, outline.Sections[0].Items.Select(i => i.Title).ToArray());
        Assert.DoesNotContain("RPT0003", Ids(tree));
    }

    [Fact]
    public void MissingReviewHeading_IsAMissingTokenWithRPT0002()
    {
        const string firstParagraph = "过去一年，全市经济稳中向好。";
        string text = Lines(
            Title, Salutation, Opening,
            firstParagraph,
            "一、2023年工作安排",
            "（一）稳增长。",
            ClosingText);
        var tree = Parse(text);
        var report = SingleReport(tree);

        Assert.Equal(2, report.Sections.Count);
        var review = Assert.IsType<ReviewSectionSyntax>(report.Sections[0]);
        Assert.True(review.Heading.TextToken.IsMissing);
        Assert.Equal(SyntaxKind.TextToken, review.Heading.TextToken.Kind);
        Assert.Equal(0, review.Heading.TextToken.Span.Length);
        Assert.Equal(firstParagraph, Assert.IsType<ParagraphSyntax>(Assert.Single(review.Body)).ToString());
        Assert.IsType<PlanSectionSyntax>(report.Sections[1]);

        var diagnostic = Assert.Single(tree.GetDiagnostics(), d => d.Id == "RPT0002");
        Assert.Equal(text.IndexOf(firstParagraph, StringComparison.Ordinal), diagnostic.Location.SourceSpan.Start);
        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains(firstParagraph, diagnostic.GetMessage(), StringComparison.Ordinal);

        var section = Assert.Single(OutlineBuilder.Build(tree).Reports).Sections[0];
        Assert.Equal(OutlineSectionKind.Review, section.Kind);
        Assert.Null(section.Heading);
        Assert.Equal(4, section.Line);
    }

    [Fact]
    public void ParagraphsBeforeAFirstHeadingNumberedOne_IntroduceTheReport_WithoutRPT0002()
    {
        // No numbered part is missing before 一、: text there that does not look back on the year introduces the report
        // (an older report's explanation of its plan draft) and stays in the preamble.
        const string Introduction = "规划纲要草案是在县委的领导下，经过广泛调查研究和反复讨论编制的。";
        const string Announcement = "现在，我就规划纲要草案作如下的说明。";
        string text = Lines(
            Title, Salutation, Opening,
            Introduction,
            Announcement,
            "一、今后五年的总任务",
            "今后五年，全县要坚持稳中求进，推动高质量发展。",
            "二、主要目标",
            "地区生产总值年均增长6%左右。",
            ClosingText);
        var tree = Parse(text);
        var report = SingleReport(tree);

        Assert.Equal(2, report.Sections.Count);
        Assert.All(report.Sections, section => Assert.False(section.Heading.TextToken.IsMissing));
        Assert.DoesNotContain("RPT0002", Ids(tree));
        Assert.Contains(report.Preamble.DescendantNodes().OfType<ParagraphSyntax>(), p => p.ToString().Trim() == Announcement);
        Assert.Equal(text, tree.GetRoot().ToFullString());
    }

    [Theory]
    [InlineData("2025年，面对复杂严峻的外部环境，全县上下攻坚克难，经济社会发展取得新成效。")]
    [InlineData("刚刚过去的一年，是极不平凡的一年。全县上下攻坚克难，经济社会发展取得新成效。")]
    [InlineData("回顾过去的一年，我们主要做了以下工作：")]
    public void AReviewWithoutItsHeadingBeforeAPlanHeadingNumberedOne_StaysTheReview(string firstParagraph)
    {
        // A county's review under no heading, whatever words it opens with, before 一、…工作安排: not an introduction
        // (no announcement of what follows), so the review is there, with RPT0002.
        string text = Lines(
            Title, Salutation, Opening,
            firstParagraph,
            "（一）经济运行稳中向好。全年完成固定资产投资80亿元。",
            "（二）民生福祉持续增进。新增城镇就业5000人。",
            "一、2026年工作安排",
            "（一）坚持项目为王，全力扩大有效投资。",
            ClosingText);
        var tree = Parse(text);
        var report = SingleReport(tree);

        var review = Assert.IsType<ReviewSectionSyntax>(report.Sections[0]);
        Assert.True(review.Heading.TextToken.IsMissing);
        Assert.Contains("RPT0002", Ids(tree));
        Assert.Equal(2, Assert.Single(OutlineBuilder.Build(tree).Reports).Sections[0].Items.Count);
    }

    [Fact]
    public void MissingTitle_IsAMissingTokenWithRPT0001()
    {
        string text = Lines(Salutation, Opening, "一、2022年工作回顾", "过去一年成绩显著。", ClosingText);
        var tree = Parse(text);
        var title = SingleReport(tree).Preamble.Title;

        Assert.True(title.TextToken.IsMissing);
        Assert.Equal(string.Empty, title.TextToken.Text);
        var diagnostic = Assert.Single(tree.GetDiagnostics(), d => d.Id == "RPT0001");
        Assert.Equal(0, diagnostic.Location.SourceSpan.Start);
        Assert.Null(Assert.Single(OutlineBuilder.Build(tree).Reports).Title);
    }

    // ---- numbered items ------------------------------------------------------------------------

    [Fact]
    public void Items_NestByMarkerStyle()
    {
        string text = Lines(
            Title, Salutation, Opening,
            "一、2022年工作回顾",
            "（一）工业发展。",
            "1.产值增长。",
            "（1）规模以上工业。",
            "①新引进项目。",
            "②技改项目。",
            "（二）农业发展。",
            ClosingText);
        var tree = Parse(text);
        var section = SingleReport(tree).Sections[0];

        var first = Assert.IsType<NumberedItemSyntax>(section.Body[0]);
        Assert.Equal("（一）", first.MarkerToken.Text);
        var level2 = Assert.IsType<NumberedItemSyntax>(Assert.Single(first.Body));
        Assert.Equal("1.", level2.MarkerToken.Text);
        var level3 = Assert.IsType<NumberedItemSyntax>(Assert.Single(level2.Body));
        Assert.Equal("（1）", level3.MarkerToken.Text);
        var level4 = level3.Body.Cast<NumberedItemSyntax>().ToArray();
        Assert.Equal(new[] { "①", "②" }, level4.Select(i => i.MarkerToken.Text).ToArray());
        Assert.Equal(new[] { "1", "2" }, level4.Select(i => i.MarkerToken.ValueText).ToArray());
        Assert.Empty(level4[0].Body);

        var second = Assert.IsType<NumberedItemSyntax>(section.Body[1]);
        Assert.Equal("（二）", second.MarkerToken.Text);
        Assert.Same(section, second.Parent);
        Assert.Equal(2, section.Body.Count);

        // The deepest item sits below three enclosing items.
        Assert.Equal(3, level4[0].Ancestors().TakeWhile(a => a != section).Count());
        Assert.DoesNotContain("RPT0003", Ids(tree));

        var items = Assert.Single(OutlineBuilder.Build(tree).Reports).Sections[0].Items;
        Assert.Equal(2, items.Count);
        Assert.Equal("工业发展", items[0].Title);
        Assert.Equal(5, items[0].Line);
        Assert.Equal("产值增长", items[0].Items[0].Title);
        Assert.Equal("规模以上工业", items[0].Items[0].Items[0].Title);
        Assert.Equal(new[] { "新引进项目", "技改项目" }, items[0].Items[0].Items[0].Items.Select(i => i.Title).ToArray());
        Assert.Equal([8, 9], items[0].Items[0].Items[0].Items.Select(i => i.Line).ToArray());
        Assert.Equal("（二）", items[1].Marker);
    }

    [Fact]
    public void NumberingGap_ReportsRPT0003AtTheMarker()
    {
        string text = Lines(
            Title, Salutation, Opening,
            "一、2022年工作回顾",
            "（一）稳增长。",
            "（三）促改革。",
            ClosingText);
        var tree = Parse(text);

        var diagnostic = Assert.Single(tree.GetDiagnostics(), d => d.Id == "RPT0003");
        int marker = text.IndexOf("（三）", StringComparison.Ordinal);
        Assert.Equal(marker, diagnostic.Location.SourceSpan.Start);
        Assert.Equal(3, diagnostic.Location.SourceSpan.Length);
        Assert.Contains("（三）", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(5, diagnostic.Location.GetLineSpan().StartLinePosition.Line);

        // The item is still built, as a sibling.
        var items = SingleReport(tree).Sections[0].Body.OfType<NumberedItemSyntax>().ToArray();
        Assert.Equal(new[] { "1", "3" }, items.Select(i => i.MarkerToken.ValueText).ToArray());
    }

    [Fact]
    public void ItemHeadingOpeningItsParagraph_SplitsAfterTheFirstFullStop()
    {
        string text = Lines(
            Title, Salutation, Opening,
            "一、2022年工作回顾",
            "（一）以项目为抓手，全力推动发展。一是抓项目；二是抓招商。",
            ClosingText);
        var tree = Parse(text);
        var item = Assert.IsType<NumberedItemSyntax>(Assert.Single(SingleReport(tree).Sections[0].Body));

        Assert.Equal("以项目为抓手，全力推动发展。", InlineText(item.Title));
        var rest = Assert.IsType<ParagraphSyntax>(Assert.Single(item.Body));
        Assert.Equal("一是抓项目；二是抓招商。", rest.ToString());
        Assert.Equal(text.IndexOf("一是抓项目", StringComparison.Ordinal), rest.Span.Start);
        // 一是…二是… is an inline enumeration, not items.
        Assert.Empty(rest.DescendantNodes().OfType<NumberedItemSyntax>());

        var outline = Assert.Single(Assert.Single(OutlineBuilder.Build(tree).Reports).Sections[0].Items);
        Assert.Equal("以项目为抓手，全力推动发展", outline.Title);
        Assert.Equal("（一）", outline.Marker);
    }

    [Fact]
    public void MarkerFollowedBySpace_KeepsTheSpaceAsTrivia()
    {
        string text = Lines(Title, Salutation, Opening, "一、2022年工作回顾", "1. 工业发展。", ClosingText);
        var tree = Parse(text);
        var item = Assert.IsType<NumberedItemSyntax>(Assert.Single(SingleReport(tree).Sections[0].Body));

        Assert.Equal("1.", item.MarkerToken.Text);
        var trailing = Assert.Single(item.MarkerToken.TrailingTrivia);
        Assert.Equal(SyntaxKind.WhitespaceTrivia, trailing.Kind);
        Assert.Equal(" ", trailing.ToString());
        Assert.Equal("工业发展。", InlineText(item.Title));
    }

    [Fact]
    public void DecimalLine_IsNotAnItem()
    {
        string text = Lines(Title, Salutation, Opening, "一、2022年工作回顾", "3. 5公里道路建成通车。", ClosingText);
        var tree = Parse(text);
        var block = Assert.Single(SingleReport(tree).Sections[0].Body);

        var paragraph = Assert.IsType<ParagraphSyntax>(block);
        Assert.Equal("3. 5公里道路建成通车。", paragraph.ToString());
    }

    [Fact]
    public void OrdinalMarkers_AreItems()
    {
        string text = Lines(Title, Salutation, Opening, "一、2022年工作回顾", "第一，经济稳步增长。", "第二，改革持续深化。", ClosingText);
        var tree = Parse(text);
        var items = SingleReport(tree).Sections[0].Body.Cast<NumberedItemSyntax>().ToArray();

        Assert.Equal(new[] { "第一，", "第二，" }, items.Select(i => i.MarkerToken.Text).ToArray());
        Assert.Equal(new[] { "1", "2" }, items.Select(i => i.MarkerToken.ValueText).ToArray());
        Assert.Equal("经济稳步增长。", InlineText(items[0].Title));
        Assert.DoesNotContain("RPT0003", Ids(tree));
    }

    // ---- markdown and inline syntax ------------------------------------------------------------

    [Fact]
    public void MarkdownHeadingMarks_BecomeTrivia()
    {
        string text = Lines(
            "# 政府工作报告",
            Salutation, Opening,
            "# 一、2022年工作回顾",
            "过去一年成绩显著。",
            "#### 二、2023年工作安排",
            "（一）稳增长。",
            ClosingText);
        var tree = Parse(text);
        var report = SingleReport(tree);

        var titleToken = report.Preamble.Title.TextToken;
        Assert.Equal(Title, titleToken.Text);
        Assert.Equal(2, titleToken.Span.Start);
        Assert.Equal([SyntaxKind.MarkdownHeadingTrivia, SyntaxKind.WhitespaceTrivia], titleToken.LeadingTrivia.Select(t => t.Kind).ToArray());
        Assert.Equal("#", titleToken.LeadingTrivia[0].ToString());
        Assert.Equal(0, report.Preamble.Title.FullSpan.Start);

        var planMarker = report.Sections[1].Heading.MarkerToken;
        Assert.Equal("二、", planMarker.Text);
        var marks = planMarker.LeadingTrivia.Where(t => t.Kind == SyntaxKind.MarkdownHeadingTrivia).ToArray();
        Assert.Equal("####", Assert.Single(marks).ToString());
        Assert.Equal(text.IndexOf("####", StringComparison.Ordinal), marks[0].Span.Start);

        var sections = Assert.Single(OutlineBuilder.Build(tree).Reports).Sections;
        Assert.Equal(new[] { "一、2022年工作回顾", "二、2023年工作安排" }, sections.Select(s => s.Heading).ToArray());
    }

    [Fact]
    public void BoldLeadSentence_IsBoldTextSyntax()
    {
        string text = Lines(Title, Salutation, Opening, "一、2022年工作回顾", "**综合实力进一步提升。**预计全年地区生产总值增长8.5%。", ClosingText);
        var tree = Parse(text);
        var paragraph = Assert.IsType<ParagraphSyntax>(Assert.Single(SingleReport(tree).Sections[0].Body));

        var bold = Assert.IsType<BoldTextSyntax>(paragraph.Content[0]);
        Assert.Equal("**", bold.OpenToken.Text);
        Assert.Equal(SyntaxKind.BoldMarkerToken, bold.OpenToken.Kind);
        Assert.Equal("综合实力进一步提升。", bold.TextToken.Text);
        Assert.Equal("**", bold.CloseToken.Text);
        Assert.Equal(SyntaxKind.BoldMarkerToken, bold.CloseToken.Kind);
        var after = Assert.IsType<TextSyntax>(paragraph.Content[1]);
        Assert.Equal("预计全年地区生产总值增长8.5%。", after.TextToken.Text);
        Assert.Equal(2, paragraph.Content.Count);
    }

    [Fact]
    public void UnclosedBoldMarker_StaysText()
    {
        string text = Lines(Title, Salutation, Opening, "一、2022年工作回顾", "**综合实力进一步提升。", ClosingText);
        var tree = Parse(text);
        var paragraph = Assert.IsType<ParagraphSyntax>(Assert.Single(SingleReport(tree).Sections[0].Body));

        Assert.Empty(paragraph.DescendantNodes().OfType<BoldTextSyntax>());
        Assert.Equal("**综合实力进一步提升。", paragraph.ToString());
    }

    // ---- footnotes -----------------------------------------------------------------------------

    [Fact]
    public void FootnoteReferences_SupBracketAndCircled_AreReferences()
    {
        string text = Lines(
            Title, Salutation, Opening,
            "一、2022年工作回顾",
            "推进“三沿一口”<sup>7</sup>整治，落实“河长制”[8]，实施“百千万工程”⑪，重点抓好：①产业；②城市。",
            ClosingText,
            "注释",
            "7.“三沿一口”：指沿江、沿河、沿路和入口。",
            "8.“河长制”：由各级党政主要负责同志担任河长。",
            "11.“百千万工程”：指百县千镇万村高质量发展工程。");
        var tree = Parse(text);
        var report = SingleReport(tree);
        var paragraph = Assert.IsType<ParagraphSyntax>(Assert.Single(report.Sections[0].Body));

        var references = paragraph.Content.OfType<FootnoteReferenceSyntax>().ToArray();
        Assert.Equal(["<sup>7</sup>", "[8]", "⑪"], references.Select(r => r.MarkToken.Text).ToArray());
        Assert.Equal(new[] { "7", "8", "11" }, references.Select(r => r.MarkToken.ValueText).ToArray());
        Assert.All(references, r => Assert.Equal(SyntaxKind.FootnoteMarkToken, r.MarkToken.Kind));
        Assert.Equal(text.IndexOf("<sup>7</sup>", StringComparison.Ordinal), references[0].Span.Start);
        Assert.Equal(12, references[0].Span.Length);

        // The enumeration after a colon and a semicolon is text, not references.
        var lastText = Assert.IsType<TextSyntax>(paragraph.Content[^1]);
        Assert.Equal("，重点抓好：①产业；②城市。", lastText.TextToken.Text);
        Assert.DoesNotContain("RPT0004", Ids(tree));

        var notes = report.Notes;
        Assert.NotNull(notes);
        Assert.Equal("注释", notes!.HeadingToken.Text);
        var definitions = notes.Body.Cast<FootnoteDefinitionSyntax>().ToArray();
        Assert.Equal(new[] { "7.", "8.", "11." }, definitions.Select(d => d.LabelToken.Text).ToArray());
        Assert.Equal(new[] { "7", "8", "11" }, definitions.Select(d => d.LabelToken.ValueText).ToArray());
        Assert.Equal("“三沿一口”：指沿江、沿河、沿路和入口。", InlineText(definitions[0].Content));

        var footnotes = Assert.Single(OutlineBuilder.Build(tree).Reports).Footnotes;
        Assert.Equal(new[] { "7", "8", "11" }, footnotes.Select(f => f.Label).ToArray());
        Assert.Equal(new[] { "三沿一口", "河长制", "百千万工程" }, footnotes.Select(f => f.Term).ToArray());
        Assert.All(footnotes, f => Assert.Contains(5, f.References));
    }

    [Fact]
    public void EnumerationAfterSeparators_IsNeverAReference()
    {
        string text = Lines(Title, Salutation, Opening, "一、2022年工作回顾", "重点抓好三件事：①产业，②城市、③乡村。", ClosingText);
        var tree = Parse(text);
        var paragraph = Assert.IsType<ParagraphSyntax>(Assert.Single(SingleReport(tree).Sections[0].Body));

        Assert.Empty(paragraph.DescendantNodes().OfType<FootnoteReferenceSyntax>());
        Assert.Equal("重点抓好三件事：①产业，②城市、③乡村。", Assert.IsType<TextSyntax>(Assert.Single(paragraph.Content)).TextToken.Text);
    }

    [Fact]
    public void ReferenceWithoutDefinition_ReportsRPT0004AtTheMark()
    {
        string text = Lines(Title, Salutation, Opening, "一、2022年工作回顾", "落实“河长制”[8]。", ClosingText, "注释", "7.“三沿一口”：指沿江、沿河、沿路和入口。");
        var tree = Parse(text);

        var diagnostic = Assert.Single(tree.GetDiagnostics(), d => d.Id == "RPT0004");
        Assert.Equal(text.IndexOf("[8]", StringComparison.Ordinal), diagnostic.Location.SourceSpan.Start);
        Assert.Equal(3, diagnostic.Location.SourceSpan.Length);
    }

    [Fact]
    public void BareDigitAfterQuotedTerm_IsAReferenceOnlyWhenTheNoteExists()
    {
        string text = Lines(
            Title, Salutation, Opening,
            "一、2022年工作回顾",
            "实施“三沿一口”3整治，建成“美丽乡村”5个。",
            ClosingText,
            "注释",
            "3.“三沿一口”：指沿江、沿河、沿路和入口。");
        var tree = Parse(text);
        var paragraph = Assert.IsType<ParagraphSyntax>(Assert.Single(SingleReport(tree).Sections[0].Body));

        var reference = Assert.Single(paragraph.Content.OfType<FootnoteReferenceSyntax>());
        Assert.Equal("3", reference.MarkToken.Text);
        Assert.Equal(text.IndexOf("”3", StringComparison.Ordinal) + 1, reference.MarkToken.Span.Start);
        Assert.Contains("5个", paragraph.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void DefinitionInterleavedInTheBody_StaysInTheItem()
    {
        string text = Lines(
            Title, Salutation, Opening,
            "一、2022年工作回顾",
            "（一）工业发展。",
            "开展“十大规划”<sup>2</sup>行动，落实违法建设快查",
            "<sup>2</sup> \"十大规划\"：指十项重点规划。",
            "本完成全民休闲。",
            ClosingText);
        var tree = Parse(text);
        var item = Assert.IsType<NumberedItemSyntax>(Assert.Single(SingleReport(tree).Sections[0].Body));

        Assert.Equal([SyntaxKind.Paragraph, SyntaxKind.FootnoteDefinition, SyntaxKind.Paragraph], item.Body.Select(b => b.Kind).ToArray());
        var definition = (FootnoteDefinitionSyntax)item.Body[1];
        Assert.Equal("<sup>2</sup>", definition.LabelToken.Text);
        Assert.Equal("2", definition.LabelToken.ValueText);
        Assert.Equal(SyntaxKind.FootnoteLabelToken, definition.LabelToken.Kind);
        Assert.DoesNotContain("RPT0004", Ids(tree));
        Assert.DoesNotContain("RPT0005", Ids(tree));
    }

    [Fact]
    public void DefinitionWhoseNumberWasLost_ReportsRPT0005()
    {
        const string line = "<sup>&</sup>quot;百千万工程\"：指百县千镇万村高质量发展工程。";
        string text = Lines(
            Title, Salutation, Opening,
            "一、2022年工作回顾",
            "（一）工业发展。",
            line,
            "（二）农业发展。",
            ClosingText);
        var tree = Parse(text);
        var first = Assert.IsType<NumberedItemSyntax>(SingleReport(tree).Sections[0].Body[0]);

        var definition = Assert.IsType<FootnoteDefinitionSyntax>(Assert.Single(first.Body));
        Assert.True(definition.LabelToken.IsMissing);
        var firstToken = definition.GetFirstToken();
        Assert.Equal([SyntaxKind.SkippedTextTrivia], firstToken.LeadingTrivia.Select(t => t.Kind).ToArray());
        Assert.Equal("<sup>&</sup>quot;", firstToken.LeadingTrivia[0].ToString());

        var diagnostic = Assert.Single(tree.GetDiagnostics(), d => d.Id == "RPT0005");
        int start = text.IndexOf(line, StringComparison.Ordinal);
        Assert.Equal(start, diagnostic.Location.SourceSpan.Start);
        Assert.Equal(line.Length, diagnostic.Location.SourceSpan.Length);
        Assert.Equal(5, diagnostic.Location.GetLineSpan().StartLinePosition.Line);

        // The second item is a sibling of the first, not swallowed by the definition.
        Assert.Equal("（二）", ((NumberedItemSyntax)SingleReport(tree).Sections[0].Body[1]).MarkerToken.Text);
    }

    [Theory]
    [InlineData("注释")]
    [InlineData("注 释")]
    [InlineData("名词解释")]
    [InlineData("名 词 解 释")]
    [InlineData("《政府工作报告》有关用语说明")]
    public void NotesAfterTheClosing_AreNotesSyntax(string heading)
    {
        string text = Lines(
            Title, Salutation, Opening,
            "一、2022年工作回顾",
            "推进“三沿一口”<sup>1</sup>整治。",
            ClosingText,
            heading,
            "1.“三沿一口”：指沿江、沿河、沿路和入口。",
            "［2］“河长制”：由各级党政主要负责同志担任河长。");
        var tree = Parse(text);
        var report = SingleReport(tree);

        Assert.NotNull(report.Closing);
        var notes = report.Notes!;
        Assert.Equal(heading, notes.HeadingToken.Text);
        var definitions = notes.Body.Cast<FootnoteDefinitionSyntax>().ToArray();
        Assert.Equal(2, definitions.Length);
        Assert.Equal(new[] { "1", "2" }, definitions.Select(d => d.LabelToken.ValueText).ToArray());
        Assert.Equal("［2］", definitions[1].LabelToken.Text);
        Assert.Empty(report.Annexes);
        Assert.DoesNotContain("RPT0004", Ids(tree));
        Assert.DoesNotContain("RPT0006", Ids(tree));
    }

    [Fact]
    public void TrickyNoteLabels_SplitNumberFromTerm()
    {
        string text = Lines(
            Title, Salutation, Opening,
            "一、2022年工作回顾",
            "过去一年成绩显著。",
            ClosingText,
            "注释",
            "7.2022年十件民生实事：指十项民生工程。",
            "11.03专项行动：指专项整治行动。",
            "4 专精特新：指专业化、精细化。");
        var tree = Parse(text);
        var definitions = SingleReport(tree).Notes!.Body.Cast<FootnoteDefinitionSyntax>().ToArray();

        Assert.Equal(new[] { "7.", "11.", "4" }, definitions.Select(d => d.LabelToken.Text).ToArray());
        Assert.Equal(new[] { "7", "11", "4" }, definitions.Select(d => d.LabelToken.ValueText).ToArray());
        Assert.Equal("2022年十件民生实事：指十项民生工程。", InlineText(definitions[0].Content));
        Assert.Equal("03专项行动：指专项整治行动。", InlineText(definitions[1].Content));
        Assert.Equal("专精特新：指专业化、精细化。", InlineText(definitions[2].Content));
        Assert.Equal(SyntaxKind.WhitespaceTrivia, Assert.Single(definitions[2].LabelToken.TrailingTrivia).Kind);
        Assert.DoesNotContain("RPT0005", Ids(tree));
    }

    // ---- meeting line, closing, annexes ----------------------------------------------------------

    [Fact]
    public void MeetingLineWrappingOntoTwoLines_IsJoinedInTheOutline()
    {
        string text = Lines(
            Title,
            "——2022年3月29日在清远市清新区太平镇",
            "第十七届人民代表大会第二次会议上",
            "镇委副书记、镇长  欧超泉",
            Salutation, Opening,
            "一、2021年工作回顾",
            "过去一年成绩显著。",
            ClosingText);
        var tree = Parse(text);
        var meeting = SingleReport(tree).Preamble.MeetingLine!;

        Assert.Equal("——2022年3月29日在清远市清新区太平镇", meeting.TextToken.Text);
        Assert.Equal("第十七届人民代表大会第二次会议上", meeting.ContinuationToken.Text);
        Assert.Equal(SyntaxKind.TextToken, meeting.ContinuationToken.Kind);
        Assert.Equal(2, meeting.ContinuationToken.GetLocation().GetLineSpan().StartLinePosition.Line);
        Assert.Equal("镇委副书记、镇长  欧超泉", SingleReport(tree).Preamble.SpeakerLine!.TextToken.Text);

        var outline = Assert.Single(OutlineBuilder.Build(tree).Reports);
        Assert.Equal("——2022年3月29日在清远市清新区太平镇第十七届人民代表大会第二次会议上", outline.Meeting);
        Assert.Equal("镇委副书记、镇长  欧超泉", outline.Speaker);
    }

    [Fact]
    public void MeetingLineEndingWithTheSpeaker_IsSplit()
    {
        string text = Lines(
            Title,
            "——2026年1月25日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚",
            Salutation, Opening,
            "一、2025年工作回顾",
            "过去一年成绩显著。",
            ClosingText);
        var tree = Parse(text);
        var preamble = SingleReport(tree).Preamble;

        Assert.Equal("——2026年1月25日在陕西省第十四届人民代表大会第四次会议上", preamble.MeetingLine!.TextToken.Text);
        Assert.Equal("陕西省省长 赵刚", preamble.SpeakerLine!.TextToken.Text);
        Assert.Equal(1, preamble.SpeakerLine.GetLocation().GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Closing_IsTheLastSalutationParagraph()
    {
        const string midBody = "各位代表！这些成绩的取得，是全市人民共同奋斗的结果。";
        string text = Lines(
            Title, Salutation, Opening,
            "一、2022年工作回顾",
            "过去一年成绩显著。",
            midBody,
            "二、2023年工作安排",
            "（一）稳增长。",
            ClosingText);
        var tree = Parse(text);
        var report = SingleReport(tree);

        var closing = report.Closing!;
        var paragraph = Assert.IsType<ParagraphSyntax>(Assert.Single(closing.Paragraphs));
        Assert.Equal(ClosingText, paragraph.ToString());
        Assert.Equal(text.IndexOf(ClosingText, StringComparison.Ordinal), closing.Span.Start);
        Assert.Contains(report.Sections[0].Body, b => b.ToString() == midBody);

        // The closing is not inside the last item.
        var lastItem = Assert.IsType<NumberedItemSyntax>(Assert.Single(report.Sections[1].Body));
        Assert.Empty(lastItem.Body);

        var outline = Assert.Single(OutlineBuilder.Build(tree).Reports);
        Assert.Equal(ClosingText, outline.Closing!.Text);
        Assert.Equal(9, outline.Closing.Line);
        Assert.DoesNotContain("RPT0006", Ids(tree));
    }

    [Fact]
    public void AnnexAfterTheClosing_RestartsNumbering()
    {
        string text = Lines(
            Title, Salutation, Opening,
            "一、2025年工作回顾",
            "过去一年成绩显著。",
            "二、2026年工作安排",
            "（一）稳增长。",
            ClosingText,
            "附件1 2026年省十件民生实事",
            "一、就业促进。",
            "二、教育提升。");
        var tree = Parse(text);
        var report = SingleReport(tree);

        var annex = Assert.Single(report.Annexes);
        Assert.Equal("附件1 2026年省十件民生实事", annex.HeadingToken.Text);
        var items = annex.Body.Cast<NumberedItemSyntax>().ToArray();
        Assert.Equal(new[] { "1", "2" }, items.Select(i => i.MarkerToken.ValueText).ToArray());
        Assert.Equal(2, report.Sections.Count);
        Assert.DoesNotContain("RPT0003", Ids(tree));
    }

    // ---- compilations and line endings -----------------------------------------------------------

    [Fact]
    public void Compilation_HasTableOfContentsAndTwoReports()
    {
        string text = Lines(
            "目录",
            "1.",
            "甲镇2023年政府工作报告 2",
            "2.乙镇2023年政府工作报告 9",
            "",
            "甲镇2023年政府工作报告",
            Salutation, Opening,
            "2022年工作回顾",
            "过去一年成绩显著。",
            "2023年工作安排",
            "（一）稳增长。",
            ClosingText,
            "乙镇2023年政府工作报告",
            Salutation, Opening,
            "一、2022年工作回顾",
            "过去一年成绩显著。",
            "二、2023年工作安排",
            "1、稳增长。",
            "2、促改革。");
        var tree = Parse(text);
        var root = tree.GetRoot();

        var toc = root.TableOfContents!;
        Assert.Equal("目录", toc.HeadingToken.Text);
        Assert.Equal(2, toc.Entries.Count);
        Assert.Equal("1.", toc.Entries[0].NumberToken.Text);
        Assert.Equal(SyntaxKind.EntryNumberToken, toc.Entries[0].NumberToken.Kind);
        Assert.Equal("甲镇2023年政府工作报告", toc.Entries[0].TitleToken.Text);
        Assert.Equal("2", toc.Entries[0].PageNumberToken.ValueText);
        Assert.Equal("2.", toc.Entries[1].NumberToken.Text);
        Assert.Equal("乙镇2023年政府工作报告", toc.Entries[1].TitleToken.Text);
        Assert.Equal("9", toc.Entries[1].PageNumberToken.Text);

        Assert.Equal(2, root.Reports.Count);
        Assert.Equal(new[] { "甲镇2023年政府工作报告", "乙镇2023年政府工作报告" }, root.Reports.Select(r => r.Preamble.Title.TextToken.Text).ToArray());
        Assert.Equal([SyntaxKind.ReviewSection, SyntaxKind.PlanSection], root.Reports[0].Sections.Select(s => s.Kind).ToArray());
        Assert.NotNull(root.Reports[0].Closing);
        Assert.Null(root.Reports[1].Closing);
        Assert.Equal(2, root.Reports[1].Sections[1].Body.Count);

        // Only the second report is truncated.
        var truncated = Assert.Single(tree.GetDiagnostics(), d => d.Id == "RPT0006");
        Assert.True(truncated.Location.SourceSpan.Start > root.Reports[1].Span.Start);
        Assert.Contains("乙镇", truncated.GetMessage(), StringComparison.Ordinal);

        var outline = OutlineBuilder.Build(tree);
        Assert.Equal(new[] { "甲镇2023年政府工作报告", "乙镇2023年政府工作报告" }, outline.Contents.Select(c => c.Title).ToArray());
        Assert.Equal([2, 9], outline.Contents.Select(c => c.Page).ToArray());
        Assert.Equal([3, 4], outline.Contents.Select(c => c.Line).ToArray());
        Assert.Equal([6, 14], outline.Reports.Select(r => r.Line).ToArray());
    }

    [Fact]
    public void CrlfLineEndings_ParseLikeLf()
    {
        string lf = Lines(
            Title,
            "——2023年2月22日在市七届人大",
            "三次会议上",
            "市长 吴艳",
            Salutation, Opening,
            "一、2022年工作回顾",
            "（一）工业发展。",
            "1.产值增长。",
            "二、2023年工作安排",
            "（一）稳增长。",
            ClosingText);
        string crlf = lf.Replace("\n", "\r\n", StringComparison.Ordinal);
        var lfTree = Parse(lf);
        var crlfTree = Parse(crlf);

        var lfRoot = lfTree.GetRoot();
        var crlfRoot = crlfTree.GetRoot();
        Assert.Equal(
            lfRoot.DescendantNodes().Select(n => n.Kind).ToArray(),
            crlfRoot.DescendantNodes().Select(n => n.Kind).ToArray());
        Assert.Equal(
            lfRoot.DescendantTokens().Select(t => t.Text).ToArray(),
            crlfRoot.DescendantTokens().Select(t => t.Text).ToArray());

        var title = crlfRoot.Reports[0].Preamble.Title.TextToken;
        var eol = Assert.Single(title.TrailingTrivia);
        Assert.Equal(SyntaxKind.EndOfLineTrivia, eol.Kind);
        Assert.Equal("\r\n", eol.ToString());
        Assert.Equal("三次会议上", crlfRoot.Reports[0].Preamble.MeetingLine!.ContinuationToken.Text);

        var lfOutline = OutlineBuilder.Build(lfTree);
        var crlfOutline = OutlineBuilder.Build(crlfTree);
        Assert.Equal(lfOutline.Reports[0].Meeting, crlfOutline.Reports[0].Meeting);
        Assert.Equal(
            lfOutline.Reports[0].Sections.Select(s => s.Line).ToArray(),
            crlfOutline.Reports[0].Sections.Select(s => s.Line).ToArray());
        Assert.Equal(crlfOutline.Reports[0].Closing!.Line, lfOutline.Reports[0].Closing!.Line);
        Assert.Equal(12, crlfOutline.Reports[0].Closing!.Line);
        Assert.Equal(lfTree.GetDiagnostics().Count, crlfTree.GetDiagnostics().Count);
    }

    [Fact]
    public void IndentationAndBlankLines_AreLeadingTrivia()
    {
        string text = "政府工作报告\n\n\u3000\u3000各位代表：\n  \u00A0现在，我代表市人民政府向大会报告工作，请予审议。\n一、2022年工作回顾\n过去一年成绩显著。\n" + ClosingText + "\n";
        var tree = Parse(text);
        var salutation = SingleReport(tree).Preamble.Salutation!.TextToken;

        Assert.Equal("各位代表：", salutation.Text);
        Assert.Equal(
            [SyntaxKind.EndOfLineTrivia, SyntaxKind.WhitespaceTrivia],
            salutation.LeadingTrivia.Select(t => t.Kind).ToArray());
        Assert.Equal("\u3000\u3000", salutation.LeadingTrivia[1].ToString());
        var opening = Assert.Single(SingleReport(tree).Preamble.Body).GetFirstToken();
        Assert.Equal("  \u00A0", Assert.Single(opening.LeadingTrivia).ToString());
    }

    [Fact]
    public void WebChromeAroundTheReport_IsSkippedTextWithRPT0007()
    {
        string text = Lines(
            "设为首页收藏本站",
            Title, Salutation, Opening,
            "一、2022年工作回顾",
            "过去一年成绩显著。",
            ClosingText,
            "上一篇：2022年政府工作报告",
            "版权所有 Copyright");
        var tree = Parse(text);
        var root = tree.GetRoot();

        Assert.Equal(Title, SingleReport(tree).Preamble.Title.TextToken.Text);
        var leading = root.GetFirstToken().LeadingTrivia;
        Assert.Contains(leading, t => t.Kind == SyntaxKind.SkippedTextTrivia && t.ToString() == "设为首页收藏本站");
        var eofTrivia = root.EndOfFileToken.LeadingTrivia.Where(t => t.Kind == SyntaxKind.SkippedTextTrivia).Select(t => t.ToString()).ToArray();
        Assert.Equal(new[] { "上一篇：2022年政府工作报告", "版权所有 Copyright" }, eofTrivia);
        Assert.Equal(2, tree.GetDiagnostics().Count(d => d.Id == "RPT0007"));
        Assert.Equal(0, tree.GetDiagnostics().First(d => d.Id == "RPT0007").Location.SourceSpan.Start);
        Assert.NotNull(SingleReport(tree).Closing);
    }
}
