using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportSdk.Serialization.Rendering;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.Rendering;

/// <summary>Renders every seed and reads the output back with real parsers (Markdig, AngleSharp).</summary>
public class SeedRenderingTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseFootnotes().Build();

    public static TheoryData<string> Seeds() => TestPaths.SeedNames();

    private static (string Text, SyntaxTree Tree) Parse(string seed)
    {
        string text = TestPaths.ReadSeed(seed);
        return (text, SyntaxTree.ParseText(text, path: seed));
    }

    // ---- Markdown -------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(Seeds))]
    public void MarkdownHeadingsMatchTitlesSectionsAndItems(string seed)
    {
        var (_, tree) = Parse(seed);
        var document = Markdown.Parse(ReportRenderer.Render(tree, RenderFormat.Markdown), Pipeline);

        var levels = document.Descendants<HeadingBlock>().Select(h => h.Level).ToList();
        Assert.Equal(RenderExpectations.HeadingLevels(tree.GetRoot()), levels);
        Assert.Equal(tree.GetRoot().Reports.Count(r => !r.Preamble.Title.TextToken.IsMissing), levels.Count(l => l == 1));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void MarkdownSectionHeadingTextsReadBackAsWritten(string seed)
    {
        var (_, tree) = Parse(seed);
        var document = Markdown.Parse(ReportRenderer.Render(tree, RenderFormat.Markdown), Pipeline);

        var expected = new List<string>();
        foreach (var report in tree.GetRoot().Reports)
        {
            if (!report.Preamble.Title.TextToken.IsMissing)
            {
                expected.Add(report.Preamble.Title.TextToken.Text);
            }
        }

        var titles = document.Descendants<HeadingBlock>().Where(h => h.Level == 1).Select(InlineText).ToList();
        Assert.Equal(expected, titles);

        var headings = document.Descendants<HeadingBlock>().Where(h => h.Level == 2).Select(h => RenderExpectations.Squeeze(InlineText(h))).ToList();
        foreach (var heading in tree.GetRoot().Reports.SelectMany(RenderExpectations.SectionHeadings))
        {
            Assert.Contains(RenderExpectations.Squeeze(heading), headings);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void MarkdownFootnoteReferencesAllHaveDefinitions(string seed)
    {
        var (_, tree) = Parse(seed);
        string markdown = ReportRenderer.Render(tree, RenderFormat.Markdown);
        var document = Markdown.Parse(markdown, Pipeline);

        var footnotes = document.Descendants<Footnote>().ToList();
        Assert.All(footnotes, footnote => Assert.NotEmpty(footnote.Links));

        // No definition is lost: referenced notes are footnotes, the others paragraphs.
        string allText = RenderExpectations.Squeeze(string.Concat(document.Descendants<LiteralInline>().Select(l => l.Content.ToString())));
        foreach (var definition in tree.GetRoot().DescendantNodes().OfType<FootnoteDefinitionSyntax>())
        {
            string start = RenderExpectations.Squeeze(definition.Content.OfType<TextSyntax>().FirstOrDefault()?.TextToken.Text ?? string.Empty);
            Assert.Contains(start[..Math.Min(12, start.Length)], allText, StringComparison.Ordinal);
        }

        var links = document.Descendants<FootnoteLink>().Where(l => !l.IsBackLink).ToList();
        foreach (var link in links)
        {
            Assert.NotNull(link.Footnote);
            Assert.Contains(link.Footnote, footnotes);
        }

        // Every [^label] written outside a definition line became a link: none stayed literal text.
        int written = Regex.Matches(markdown, @"\[\^[^\]\s]+\](?!:)").Count;
        Assert.Equal(written, links.Count);
        Assert.DoesNotContain(document.Descendants<LiteralInline>(), literal => literal.Content.ToString().Contains("[^", StringComparison.Ordinal));

        // Seeds with marks in the text must produce links.
        bool hasBoundMarks = tree.GetRoot().Reports.SelectMany(Semantics.FootnoteBinder.Bind).Any(b => b.MarkReferences.Count > 0);
        Assert.Equal(hasBoundMarks, links.Count > 0 && links.Any(l => !l.Footnote.Label!.Contains("note-", StringComparison.Ordinal)));
    }

    // ---- HTML -----------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(Seeds))]
    public void HtmlIsAFullDocumentWithOneArticlePerReport(string seed)
    {
        var (_, tree) = Parse(seed);
        var html = new HtmlParser().ParseDocument(ReportRenderer.Render(tree, RenderFormat.Html));

        Assert.Equal("utf-8", html.QuerySelector("head > meta[charset]")?.GetAttribute("charset"));
        var reports = tree.GetRoot().Reports;
        var articles = html.QuerySelectorAll("body > article");
        Assert.Equal(reports.Count, articles.Length);
        Assert.Equal(reports.Count, html.QuerySelectorAll("article").Length);
        for (int i = 0; i < reports.Count; i++)
        {
            Assert.Equal("r" + (i + 1), articles[i].Id);
            var title = reports[i].Preamble.Title.TextToken;
            Assert.Equal(title.IsMissing ? null : title.Text, articles[i].QuerySelector("header > h1")?.TextContent);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void HtmlIdsAreUniqueAndSectionsMatchTheTree(string seed)
    {
        var (_, tree) = Parse(seed);
        var html = new HtmlParser().ParseDocument(ReportRenderer.Render(tree, RenderFormat.Html));

        var ids = html.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());

        var reports = tree.GetRoot().Reports;
        var articles = html.QuerySelectorAll("body > article");
        for (int r = 0; r < reports.Count; r++)
        {
            var sections = articles[r].Children.Where(e => e.LocalName == "section" && e.ClassList.Contains("section")).ToList();
            Assert.Equal(reports[r].Sections.Count, sections.Count);
            for (int s = 0; s < sections.Count; s++)
            {
                Assert.Equal($"r{r + 1}-s{s + 1}", sections[s].Id);
                var heading = reports[r].Sections[s].Heading;
                var h2 = sections[s].Children.FirstOrDefault(e => e.LocalName == "h2");
                if (heading.TextToken.IsMissing)
                {
                    Assert.Null(h2);
                }
                else
                {
                    Assert.NotNull(h2);
                    Assert.Equal(RenderExpectations.Squeeze(heading.ToString()), RenderExpectations.Squeeze(h2.TextContent));
                }
            }

            var items = RenderExpectations.Items(reports[r]);
            var itemSections = articles[r].QuerySelectorAll("section.item");
            Assert.Equal(items.Count, itemSections.Length);
            for (int i = 0; i < items.Count; i++)
            {
                Assert.Matches($@"^r{r + 1}-(s\d+|preamble|closing|a\d+|notes|footnotes)(-i\d+)+$", itemSections[i].Id);
                var itemHeading = itemSections[i].Children.First();
                Assert.Matches("^h[3-6]$", itemHeading.LocalName);
                Assert.StartsWith(items[i].MarkerToken.Text, itemHeading.TextContent, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void HtmlFootnotesLinkBothWays(string seed)
    {
        var (_, tree) = Parse(seed);
        var html = new HtmlParser().ParseDocument(ReportRenderer.Render(tree, RenderFormat.Html));

        var toNotes = html.QuerySelectorAll("a[href^='#fn-']");
        foreach (var link in toNotes)
        {
            var target = html.GetElementById(link.GetAttribute("href")![1..]);
            Assert.NotNull(target);
            Assert.Equal("li", target.LocalName);
            Assert.NotNull(target.Closest("section.footnotes"));
            Assert.Same(link.Closest("article"), target.Closest("article"));
        }

        foreach (var back in html.QuerySelectorAll("a[href^='#fnref-']"))
        {
            var target = html.GetElementById(back.GetAttribute("href")![1..]);
            Assert.NotNull(target);
            Assert.Equal("#" + back.ParentElement!.Id, target.GetAttribute("href"));
        }

        var items = html.QuerySelectorAll("section.footnotes li");
        Assert.Equal(tree.GetRoot().DescendantNodes().OfType<FootnoteDefinitionSyntax>().Count(), items.Length);
        foreach (var item in items)
        {
            int referencedBy = toNotes.Count(a => a.GetAttribute("href") == "#" + item.Id);
            var backLinks = item.QuerySelectorAll("a[href^='#fnref-']");
            Assert.Equal(referencedBy, backLinks.Length);
        }

        bool hasBoundMarks = tree.GetRoot().Reports.SelectMany(Semantics.FootnoteBinder.Bind).Any(b => b.MarkReferences.Count > 0);
        Assert.Equal(hasBoundMarks, html.QuerySelectorAll("sup > a[href^='#fn-']").Length > 0);
    }

    // ---- Plain text -----------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(Seeds))]
    public void PlainTextHasNoMarkupAndKeepsTheClosing(string seed)
    {
        var (_, tree) = Parse(seed);
        string text = ReportRenderer.Render(tree, RenderFormat.Text);

        Assert.DoesNotContain("<sup>", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("</sup>", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
        Assert.DoesNotContain(text.Split('\n'), line => line.StartsWith('#'));
        Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal);

        foreach (var report in tree.GetRoot().Reports)
        {
            if (report.Closing is not { } closing)
            {
                continue;
            }

            foreach (var run in closing.DescendantNodes().OfType<TextSyntax>())
            {
                Assert.Contains(run.TextToken.Text, text, StringComparison.Ordinal);
            }
        }

        Assert.Contains(tree.GetRoot().Reports, r => r.Closing is not null);
    }

    [Fact]
    public void PlainTextDropsForumChromeOfSeed002()
    {
        var (source, tree) = Parse("002_4e4f3f491fbc5ac3.txt");
        Assert.Contains("设为首页", source, StringComparison.Ordinal);

        string text = ReportRenderer.Render(tree, RenderFormat.Text);
        Assert.DoesNotContain("设为首页", text, StringComparison.Ordinal);
        Assert.DoesNotContain("发表于", text, StringComparison.Ordinal);
        Assert.DoesNotContain("快速回复", text, StringComparison.Ordinal);
        Assert.StartsWith("2023年乐平市政府工作报告\n", text, StringComparison.Ordinal);
        Assert.Contains("[10]", text, StringComparison.Ordinal);
    }

    // ---- Source ---------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SourceEqualsTheInputExactly(string seed)
    {
        var (source, tree) = Parse(seed);
        Assert.Equal(source, ReportRenderer.Render(tree, RenderFormat.Source));

        using var writer = new StringWriter();
        ReportRenderer.Render(tree, RenderFormat.Source, writer);
        Assert.Equal(source, writer.ToString());
    }

    private static string InlineText(LeafBlock block)
    {
        var builder = new System.Text.StringBuilder();
        if (block.Inline is not null)
        {
            foreach (var literal in block.Inline.Descendants<LiteralInline>())
            {
                builder.Append(literal.Content.ToString());
            }
        }

        return builder.ToString();
    }
}
