using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using ReportSdk.Semantics.Outline;
using ReportSdk.Serialization.Rendering;
using ReportSdk.Syntax;
using ReportSdk.Text;

namespace ReportSdk.Tests.Cookbook;

/// <summary>
/// Runs the examples of <c>docs/cookbook.md</c> on the seeds. The examples are the files
/// <c>ItemsPerSectionWalker.cs</c>, <c>FullWidthHeadingRewriter.cs</c> and <c>MarkdownExport.cs</c>
/// in this folder; the cookbook shows each of them verbatim (without its <c>namespace</c> line) in a
/// <c>```csharp</c> block, and <see cref="Cookbook_ShowsExactlyTheCompiledExamples"/> keeps the two equal.
/// </summary>
public sealed partial class CookbookTests
{
    private const string Seed = "002_4e4f3f491fbc5ac3.txt";

    private static readonly string[] ExampleFiles = ["ItemsPerSectionWalker.cs", "FullWidthHeadingRewriter.cs", "MarkdownExport.cs"];

    public static TheoryData<string> Seeds() => TestPaths.SeedNames();

    // ---- the doc shows exactly the code that runs ---------------------------------------------

    [Fact]
    public void Cookbook_ShowsExactlyTheCompiledExamples()
    {
        string cookbook = Normalize(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "cookbook.md")));
        var blocks = CSharpBlock().Matches(cookbook).Select(m => m.Groups["code"].Value).ToList();
        var examples = ExampleFiles.ToDictionary(f => f, f => ShownPart(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "ReportSdk.Tests", "Cookbook", f))));

        foreach (var (file, code) in examples)
        {
            Assert.True(blocks.Contains(code), $"docs/cookbook.md has no ```csharp block equal to tests/ReportSdk.Tests/Cookbook/{file} (without its namespace line):\n{code}");
        }

        var usages = UsageRegions();
        Assert.Equal(5, usages.Count);
        foreach (var (name, code) in usages)
        {
            Assert.True(blocks.Contains(code), $"docs/cookbook.md has no ```csharp block equal to the usage region '{name}' of CookbookTests.cs:\n{code}");
        }

        foreach (var block in blocks)
        {
            Assert.True(examples.ContainsValue(block) || usages.ContainsValue(block), "docs/cookbook.md has a ```csharp block that no test compiles:\n" + block);
        }
    }

    /// <summary>The regions between <c>// usage: name</c> and <c>// end usage</c> in this file, dedented.</summary>
    private static Dictionary<string, string> UsageRegions()
    {
        var lines = Normalize(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "ReportSdk.Tests", "Cookbook", "CookbookTests.cs"))).Split('\n');
        var regions = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < lines.Length; i++)
        {
            string trimmed = lines[i].Trim();
            if (!trimmed.StartsWith("// usage: ", StringComparison.Ordinal))
            {
                continue;
            }

            int end = Array.FindIndex(lines, i + 1, l => l.Trim() == "// end usage");
            var body = lines[(i + 1)..end];
            int indent = body.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
            regions.Add(trimmed["// usage: ".Length..], string.Join('\n', body.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())));
            i = end;
        }

        return regions;
    }

    /// <summary>The part of an example file the cookbook shows: all of it but the namespace line and the blank line after it.</summary>
    private static string ShownPart(string source)
    {
        var lines = Normalize(source).TrimEnd('\n').Split('\n').ToList();
        int index = lines.FindIndex(l => l.StartsWith("namespace ", StringComparison.Ordinal));
        Assert.True(index >= 0, "example has no namespace line");
        lines.RemoveAt(index);
        if (index < lines.Count && lines[index].Length == 0)
        {
            lines.RemoveAt(index);
        }

        return string.Join('\n', lines);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    [GeneratedRegex("^```csharp\\n(?<code>.*?)\\n```$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CSharpBlock();

    // ---- example 1: a walker that counts items per section ------------------------------------

    [Fact]
    public void Walker_CountsItemsPerSection_OnASeed()
    {
        var tree = SyntaxTree.ParseFile(Path.Combine(TestPaths.Seeds, Seed));
        var walker = new ItemsPerSectionWalker();
        walker.Visit(tree.GetRoot());

        Assert.Equal(
            [
                new SectionItemCount(SyntaxKind.ReviewSection, "一、2022年工作回顾", 5, 5),
                new SectionItemCount(SyntaxKind.PlanSection, "二、2023年工作安排", 5, 5),
                new SectionItemCount(SyntaxKind.SelfBuildingSection, "三、政府自身建设", 0, 0),
            ],
            walker.Counts);

        // A compilation with nested items: one review section has 5 top-level items and 4 nested ones.
        var compilation = new ItemsPerSectionWalker();
        compilation.Visit(SyntaxTree.ParseFile(Path.Combine(TestPaths.Seeds, "001_d2fc8c44b527f0e4.txt")).GetRoot());
        Assert.Equal(11, compilation.Counts.Count);
        Assert.Contains(compilation.Counts, c => c.Kind == SyntaxKind.ReviewSection && c.TopLevel == 5 && c.All == 9);
    }

    [Fact]
    public void Walker_Usage_PrintsTheCounts()
    {
        string reportPath = Path.Combine(TestPaths.Seeds, Seed);
        var output = new StringWriter();

        // usage: walker
        var tree = SyntaxTree.ParseFile(reportPath);
        var walker = new ItemsPerSectionWalker();
        walker.Visit(tree.GetRoot());
        foreach (var count in walker.Counts)
        {
            output.WriteLine($"{count.Kind} {count.Heading}: {count.TopLevel} items, {count.All} with nested ones");
        }
        // end usage

        Assert.Equal(
            "ReviewSection 一、2022年工作回顾: 5 items, 5 with nested ones\n" +
            "PlanSection 二、2023年工作安排: 5 items, 5 with nested ones\n" +
            "SelfBuildingSection 三、政府自身建设: 0 items, 0 with nested ones\n",
            output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Walker_AgreesWithTheOutline(string seed)
    {
        var tree = SyntaxTree.ParseFile(Path.Combine(TestPaths.Seeds, seed));
        var walker = new ItemsPerSectionWalker();
        walker.Visit(tree.GetRoot());

        var sections = OutlineBuilder.Build(tree).Reports.SelectMany(r => r.Sections).ToList();
        Assert.Equal(
            sections.Select(s => (s.Kind, s.Items.Count, CountAll(s.Items))),
            walker.Counts.Select(c => (OutlineBuilder.SectionKind(c.Kind), c.TopLevel, c.All)));
        Assert.True(walker.Counts.Sum(c => c.All) > 0, "the seed has numbered items");

        static int CountAll(IReadOnlyList<ItemOutline> items) => items.Sum(i => 1 + CountAll(i.Items));
    }

    // ---- example 2: a rewriter that normalizes full-width punctuation in headings ---------------

    [Fact]
    public void Rewriter_MakesHeadingPunctuationFullWidth_AndLeavesParagraphsAlone()
    {
        var tree = SyntaxTree.ParseFile(Path.Combine(TestPaths.Seeds, Seed));
        var root = tree.GetRoot();
        var rewritten = (DocumentSyntax)new FullWidthHeadingRewriter().Visit(root)!;

        var before = root.Reports[0].Sections[0].Body.OfType<NumberedItemSyntax>().First();
        var after = rewritten.Reports[0].Sections[0].Body.OfType<NumberedItemSyntax>().First();
        Assert.Equal("(一)", before.MarkerToken.Text);
        Assert.Equal("（一）", after.MarkerToken.Text);
        Assert.Equal("聚力产业项目,在攻坚克难中推动工业倍增提质突破,发展引擎动能强劲", before.Title.ToString().TrimEnd('。'));
        Assert.Equal("聚力产业项目，在攻坚克难中推动工业倍增提质突破，发展引擎动能强劲", after.Title.ToString().TrimEnd('。'));

        // Every item marker in the sections is full width now; the paragraphs are as they were.
        var markers = rewritten.Reports[0].Sections.SelectMany(s => s.DescendantNodes().OfType<NumberedItemSyntax>()).Select(i => i.MarkerToken.Text).ToList();
        Assert.NotEmpty(markers);
        Assert.DoesNotContain(markers, m => m.Contains('(', StringComparison.Ordinal) || m.Contains(')', StringComparison.Ordinal));
        Assert.Equal(
            root.DescendantNodes().OfType<ParagraphSyntax>().Select(p => p.ToFullString()),
            rewritten.DescendantNodes().OfType<ParagraphSyntax>().Select(p => p.ToFullString()));
        Assert.Same(root.Reports[0].Preamble.Green, rewritten.Reports[0].Preamble.Green);
        Assert.Equal(root.FullSpan.Length, rewritten.FullSpan.Length); // one character for one

        // The rewritten text parses to the same outline, with full-width markers.
        var original = OutlineBuilder.Build(tree).Reports.Single();
        var reparsed = OutlineBuilder.Build(SyntaxTree.ParseText(rewritten.ToFullString())).Reports.Single();
        Assert.Equal(original.Sections.Select(s => (s.Kind, s.Items.Count)), reparsed.Sections.Select(s => (s.Kind, s.Items.Count)));
        Assert.Equal("（一）", reparsed.Sections[0].Items[0].Marker);

        // A second pass finds nothing to change and returns the same tree.
        Assert.Same(rewritten, new FullWidthHeadingRewriter().Visit(rewritten));
    }

    [Fact]
    public void Rewriter_Usage_PrintsTheNormalizedHeading()
    {
        string reportPath = Path.Combine(TestPaths.Seeds, Seed);
        var output = new StringWriter();

        // usage: rewriter
        var root = SyntaxTree.ParseFile(reportPath).GetRoot();
        var normalized = (DocumentSyntax)new FullWidthHeadingRewriter().Visit(root)!;
        var firstItem = normalized.Reports[0].Sections[0].Body.OfType<NumberedItemSyntax>().First();
        output.WriteLine(firstItem.MarkerToken.Text + firstItem.Title);
        string text = normalized.ToFullString(); // the whole report, headings normalized
        // end usage

        Assert.Equal("（一）聚力产业项目，在攻坚克难中推动工业倍增提质突破，发展引擎动能强劲", output.ToString().TrimEnd().TrimEnd('。'));
        Assert.Equal(root.ToFullString().Length, text.Length);
        Assert.Contains("（一）聚力产业项目，", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewriter_KeepsNumberSeparators()
    {
        Assert.Equal("1,000元（含税）：10:30开始；完成了吗？", FullWidthHeadingRewriter.ToFullWidth("1,000元(含税):10:30开始;完成了吗?"));
        Assert.Equal("1. 加快发展", FullWidthHeadingRewriter.ToFullWidth("1. 加快发展"));
    }

    // ---- example 3: converting a report to Markdown ------------------------------------------

    [Fact]
    public void MarkdownExport_WritesMarkdownThatMarkdigReadsAsTheReportsOutline()
    {
        string output = Path.Combine(Path.GetTempPath(), "reportsdk-cookbook-" + Guid.NewGuid().ToString("N") + ".md");
        try
        {
            string reportPath = Path.Combine(TestPaths.Seeds, Seed);
            string markdownPath = output;

            // usage: markdown
            string markdown = MarkdownExport.ConvertFile(reportPath, markdownPath);
            // end usage

            Assert.Equal(markdown, File.ReadAllText(output));

            var document = Markdown.Parse(markdown, new MarkdownPipelineBuilder().UseFootnotes().Build());
            var headings = document.Descendants<HeadingBlock>().Select(h => (h.Level, Text: Inline(h))).ToList();
            Assert.Equal((1, "2023年乐平市政府工作报告"), headings[0]);
            Assert.Equal(["一、2022年工作回顾", "二、2023年工作安排"], headings.Where(h => h.Level == 2).Select(h => h.Text).Take(2));
            Assert.StartsWith("(一)", headings.First(h => h.Level == 3).Text, StringComparison.Ordinal);

            var outline = OutlineBuilder.Build(SyntaxTree.ParseFile(Path.Combine(TestPaths.Seeds, Seed)));
            int items = outline.Reports.SelectMany(r => r.Sections).Sum(s => CountAll(s.Items));
            Assert.True(headings.Count(h => h.Level >= 3) >= items, $"{headings.Count(h => h.Level >= 3)} item headings for {items} items");
        }
        finally
        {
            File.Delete(output);
        }

        static int CountAll(IReadOnlyList<ItemOutline> items) => items.Sum(i => 1 + CountAll(i.Items));

        static string Inline(HeadingBlock heading) =>
            string.Concat(heading.Inline?.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString()) ?? []);
    }

    // ---- example 4: marking a paragraph found by position, and finding it after edits -----------

    [Fact]
    public void Annotation_Usage_FindsTheMarkedParagraphAfterARewrite()
    {
        string reportPath = Path.Combine(TestPaths.Seeds, Seed);
        var output = new StringWriter();

        // usage: annotate
        var tree = SyntaxTree.ParseFile(reportPath);
        var root = tree.GetRoot();

        // The paragraph around a position (a search hit, a diagnostic, an editor's caret).
        int position = tree.GetText().ToString().IndexOf("地区生产总值", StringComparison.Ordinal);
        var paragraph = root.FindNode(new TextSpan(position, 6)).FirstAncestorOrSelf<ParagraphSyntax>()!;

        // Mark it; the mark lives on the node and survives any later rewrite.
        var check = new SyntaxAnnotation("check", "source of the GDP figure");
        var marked = root.ReplaceNode(paragraph, paragraph.WithAdditionalAnnotations(check));
        var rewritten = (DocumentSyntax)new FullWidthHeadingRewriter().Visit(marked)!;

        foreach (var node in rewritten.GetAnnotatedNodes("check"))
        {
            var annotation = node.GetAnnotations("check").Single();
            output.WriteLine($"{annotation.Data}: line {tree.GetLineSpan(node.Span).StartLinePosition.Line + 1}, {node.ToString()[..12]}…");
        }
        // end usage

        Assert.Equal(
            "source of the GDP figure: line 45, 2022年是极不平凡、极…\n",
            output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    // ---- example 5: rendering one section, with the tool's own paragraphs ----------------------

    [Fact]
    public void SectionRender_Usage_WritesTheReviewWithQuotedParagraphs()
    {
        string reportPath = Path.Combine(TestPaths.Seeds, Seed);
        var output = new StringWriter();

        // usage: render-part
        var review = SyntaxTree.ParseFile(reportPath).GetRoot().Reports[0].Sections[0];
        var renderer = new HtmlRenderer(output)
        {
            // Paragraphs that carry a figure go out as quotes; everything else the renderer's way.
            BlockOverride = (block, writer) =>
            {
                if (block is not ParagraphSyntax paragraph || !paragraph.ToString().Contains('%'))
                {
                    return false;
                }

                writer.Write("<blockquote>" + System.Net.WebUtility.HtmlEncode(paragraph.ToString().Trim()) + "</blockquote>\n");
                return true;
            },
        };
        renderer.Render(review);
        // end usage

        string html = output.ToString();
        Assert.StartsWith("<section id=\"r1-s1\" class=\"section review\">\n<h2>一、2022年工作回顾</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("二、2023年工作安排", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
    }
}
