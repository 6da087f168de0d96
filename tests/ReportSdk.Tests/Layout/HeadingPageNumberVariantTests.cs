using ReportSdk.Syntax;
using static ReportSdk.Tests.Layout.VariantText;

namespace ReportSdk.Tests.Layout;

/// <summary>
/// Section headings in the body with the page number a PDF conversion left after them (<c>一、2025年工作回顾  3</c>):
/// the number is not the heading's text; it stays in the tree as trivia (made-up texts).
/// </summary>
public class HeadingPageNumberVariantTests
{
    [Theory]
    [InlineData("  3", "  7", "7")]
    [InlineData("    12", "    15", "15")]
    [InlineData("\t3", "\t7", "7")]
    [InlineData("……3", "……7", "……7")]
    [InlineData("....3", "....7", "....7")]
    [InlineData("\u3000\u30003", "\u3000\u30007", "7")]
    public void APageNumberAfterAHeading_IsNotItsText(string reviewPage, string planPage, string skippedPage)
    {
        string[] body = StandardBody();
        body[Array.IndexOf(body, ReviewHeading)] = ReviewHeading + reviewPage;
        body[Array.IndexOf(body, PlanHeading)] = PlanHeading + planPage;
        string text = WithBody(body);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Equal([ReviewHeading, PlanHeading], Headings(report));
        Assert.Equal([LineOf(text, ReviewHeading + reviewPage), LineOf(text, PlanHeading + planPage)], report.Sections.Select(s => s.Line).ToArray());
        Assert.Equal(["（一）", "（二）"], report.Sections[1].Items.Select(i => i.Marker).ToArray());
        Assert.Equal(ClosingText, report.Closing?.Text);

        var heading = SingleReport(tree).Sections[1].Heading;
        Assert.Equal(PlanHeading, heading.ToString().Trim());
        var skipped = Assert.Single(heading.GetLastToken().TrailingTrivia, t => t.Kind == SyntaxKind.SkippedTextTrivia);
        Assert.Equal(skippedPage, skipped.ToString());
        // A cut is no skipped line: no RPT0007 (docs/architecture.md, content cut by the layout).
        Assert.Empty(tree.GetDiagnostics());
    }

    [Theory]
    [InlineData("附件 2", -1)]
    [InlineData("附件\u30002", -1)]
    [InlineData("附件  2", 2)]
    [InlineData("附件\t2", 2)]
    [InlineData("附件……2", 2)]
    [InlineData("附件 ……2", 2)]
    [InlineData("附件.2", -1)]
    [InlineData("附……2", -1)]
    [InlineData("附件  2035", -1)]
    [InlineData("增长6  2", -1)]
    public void APageNumberNeedsAGapOfTwoSpacesOrLeadersOrATab(string heading, int expected) =>
        Assert.Equal(expected, ReportSdk.Parsing.SectionHeadingRecognizer.TrailingPageNumberStart(heading));

    [Theory]
    [InlineData("三、附件 2")]
    [InlineData("三、附件\u30002")]
    public void ANumberOneSpaceAfterAHeadingsWords_StaysInTheHeading(string heading)
    {
        string[] body = [Salutation, Opening, ReviewHeading, ReviewText, PlanHeading, PlanText, PlanItem1, PlanItem2, heading, "附件所列事项按计划推进。", ClosingText];
        string text = WithBody(body);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Equal([ReviewHeading, PlanHeading, heading], Headings(report));
        Assert.DoesNotContain(SingleReport(tree).Sections[2].Heading.DescendantTrivia(), t => t.Kind == SyntaxKind.SkippedTextTrivia);
    }

    [Theory]
    [InlineData("二、今年工作安排和远景目标 2035")]
    [InlineData("二、2026年工作安排6")]
    [InlineData("二、经济增长目标 6.5")]
    public void ANumberThatIsNotAPageNumber_StaysInTheHeading(string planHeading)
    {
        string[] body = StandardBody();
        body[Array.IndexOf(body, PlanHeading)] = planHeading;
        string text = WithBody(body);
        var report = SingleOutline(Parse(text));

        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Equal([ReviewHeading, planHeading], Headings(report));
    }
}
