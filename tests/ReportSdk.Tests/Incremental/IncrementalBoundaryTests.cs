using System.Diagnostics;
using System.Text;
using ReportSdk.Parsing;
using ReportSdk.Syntax;
using ReportSdk.Text;
using Xunit.Abstractions;

namespace ReportSdk.Tests.Incremental;

/// <summary>
/// The defects of issue 12 item 1, one test each, on a compilation of reports: every edit's incremental
/// tree must equal the full parse, and an edit inside one report must reuse every other report's node.
/// </summary>
public class IncrementalBoundaryTests(ITestOutputHelper output)
{
    private static string Report(string title, string body = "") =>
        title + "\n"
        + "——2023年1月5日在市第十六届人民代表大会第三次会议上\n"
        + "市长 张三\n"
        + "各位代表：\n"
        + "现在，我代表市人民政府向大会报告工作，请予审议。\n"
        + (body.Length > 0 ? body : "一、2022年工作回顾\n过去一年，我们坚持稳中求进，经济运行总体平稳。\n（一）经济持续发展。地区生产总值增长6%。\n（二）民生不断改善。新增就业1.2万人。\n二、2023年工作安排\n今年主要预期目标是：地区生产总值增长6.5%左右。\n")
        + "各位代表！让我们团结一心，奋力谱写高质量发展新篇章！\n";

    private static readonly string[] Cities = ["甲", "乙", "丙", "丁", "戊"];

    private static string Compilation(int count, Func<int, string>? title = null) =>
        string.Concat(Enumerable.Range(0, count).Select(i => Report(title?.Invoke(i) ?? $"2022年{Cities[i]}市政府工作报告") + "\n"));

    private static SyntaxTree Edit(string text, int start, int length, string insertion, out SyntaxTree full)
    {
        var tree = SyntaxTree.ParseText(text);
        var change = new TextChange(new TextSpan(start, length), insertion);
        var edited = tree.WithChanges(change);
        full = SyntaxTree.ParseText(tree.GetText().WithChanges(change).ToString());
        Assert.Null(IncrementalEquivalence.Compare(full, edited));
        return edited;
    }

    private static int TitleLine(string text, int report) => IndexOfNth(text, "政府工作报告", report) is int at ? text.LastIndexOf('\n', at) + 1 : -1;

    private static int IndexOfNth(string text, string value, int n)
    {
        int at = -1;
        for (int i = 0; i <= n; i++)
        {
            at = text.IndexOf(value, at + 1, StringComparison.Ordinal);
        }

        return at;
    }

    [Fact]
    public void ALineInsertedBeforeTheNextTitleGoesToThePreviousReport()
    {
        string text = Compilation(3);
        var edited = Edit(text, TitleLine(text, 1), 0, "补充说明：以上数据为初步统计。\n", out var full);
        Assert.Equal(3, full.GetRoot().Reports.Count);
        Assert.DoesNotContain(edited.GetDiagnostics(), d => d.Id == "RPT0007");
    }

    [Fact]
    public void ABoldNextTitleKeepsItsMarksAfterAnEditInThePreviousReport()
    {
        string text = Compilation(3, i => i == 0 ? "2022年甲市政府工作报告" : $"**2022年{Cities[i]}市政府工作报告**");
        int paragraph = text.IndexOf("经济运行总体平稳", StringComparison.Ordinal);
        var old = SyntaxTree.ParseText(text);
        var edited = old.WithChanges(new TextChange(new TextSpan(paragraph, 2), "发展"));
        Assert.Equal(ReparseOutcome.Reused, IncrementalParser.LastOutcome);
        Assert.Null(IncrementalEquivalence.Compare(SyntaxTree.ParseText(edited.GetText().ToString()), edited));
        Assert.Equal("2022年乙市政府工作报告", edited.GetRoot().Reports[1].Preamble.Title.TextToken.Text);
        Assert.Same(old.GetRoot().Reports[2].Green, edited.GetRoot().Reports[2].Green);
    }

    [Fact]
    public void DeletingTheLineBreakBeforeATitleDropsTheOldTitleToken()
    {
        string text = Compilation(3);
        int title = TitleLine(text, 1);
        Edit(text, title - 1, 1, string.Empty, out _);
        Edit(text, title - 2, 2, string.Empty, out _);
    }

    [Fact]
    public void ATableOfContentsEntryAddedAfterTheBlockIsAnEntry()
    {
        string toc = "目录\n2022年甲市政府工作报告  1\n2022年乙市政府工作报告  5\n";
        string text = toc + "\n" + Compilation(3);
        Edit(text, toc.Length, 0, "2022年丙市政府工作报告  9\n", out var full);
        Assert.Equal(3, full.GetRoot().TableOfContents!.Entries.Count);
        Edit(text, toc.Length - 1, 0, "\n2022年丙市政府工作报告  9", out _);
    }

    [Fact]
    public void IndentedTitlesEndTheRegionAtTheirLineStart()
    {
        string text = Compilation(3, i => $"    2022年{Cities[i]}市政府工作报告");
        int paragraph = text.IndexOf("经济运行总体平稳", StringComparison.Ordinal);
        Edit(text, paragraph, 0, "稳中有进，", out _);
        Assert.Equal(ReparseOutcome.Reused, IncrementalParser.LastOutcome);
        Edit(text, TitleLine(text, 1), 0, "  ", out _);
        Edit(text, TitleLine(text, 1), 4, string.Empty, out _);
    }

    [Fact]
    public void DiagnosticsAtOnePositionKeepTheFullParsesOrder()
    {
        // A body without headings whose first line is an item out of order: RPT0011 and RPT0003 at one position,
        // among more than 16 diagnostics (List.Sort is unstable above 16 elements).
        var body = new StringBuilder();
        for (int n = 3; n < 60; n += 2)
        {
            body.Append(n).Append(". 第").Append(n).Append("项工作稳步推进。\n");
        }

        string text = Report("2022年甲市政府工作报告") + "\n" + Report("2022年乙市政府工作报告", body.ToString()) + "\n" + Report("2022年丙市政府工作报告");
        var full = SyntaxTree.ParseText(text);
        Assert.True(full.GetDiagnostics().Count > 16);
        Assert.Contains(full.GetDiagnostics().GroupBy(d => d.Location.SourceSpan.Start), g => g.Count() > 1);
        Edit(text, text.IndexOf("经济运行总体平稳", StringComparison.Ordinal), 0, "改", out _);
        Edit(text, text.IndexOf("第7项", StringComparison.Ordinal), 0, "改", out _);
        Edit(text, text.LastIndexOf("经济运行总体平稳", StringComparison.Ordinal), 0, "改", out _);
    }

    [Fact]
    public void AnOrdinalClauseChainAcrossAReportStartFallsBack()
    {
        // The layout's ChainReachesFirst walks back from 二是 over unnumbered lines, past the report's title,
        // to the previous report's 一是: the second report's 二是 depends on the first report's text.
        string first = Report("2022年甲市政府工作报告", "2022年工作回顾\n一是经济持续发展，地区生产总值增长6%。\n");
        string second = Report("2022年乙市政府工作报告", "2022年工作回顾\n二是民生不断改善，新增就业1.2万人。\n三是生态持续向好。\n");
        string text = first + "\n" + second + "\n" + Report("2022年丙市政府工作报告");
        Edit(text, text.IndexOf("新增就业", StringComparison.Ordinal), 0, "城镇", out _);
        Assert.Equal(ReparseOutcome.OrdinalChain, IncrementalParser.LastOutcome);
        Edit(text, text.IndexOf("地区生产总值增长6%", StringComparison.Ordinal), 0, "全市", out _);
        Assert.Equal(ReparseOutcome.OrdinalChain, IncrementalParser.LastOutcome);
        Edit(text, text.IndexOf("一是经济", StringComparison.Ordinal), 2, string.Empty, out _);
    }

    [Fact]
    public void AnEditInOneReportReusesEveryOtherReport()
    {
        string text = Compilation(5);
        var tree = SyntaxTree.ParseText(text);
        int paragraph = IndexOfNth(text, "经济运行总体平稳", 2);
        var change = new TextChange(new TextSpan(paragraph, 4), "发展质量稳步提升");
        var edited = tree.WithChanges(change);
        Assert.Equal(ReparseOutcome.Reused, IncrementalParser.LastOutcome);
        Assert.Null(IncrementalEquivalence.Compare(SyntaxTree.ParseText(edited.GetText().ToString()), edited));
        var before = tree.GetRoot().Reports;
        var after = edited.GetRoot().Reports;
        Assert.Equal(before.Count, after.Count);
        for (int i = 0; i < before.Count; i++)
        {
            if (i == 2)
            {
                Assert.NotSame(before[i].Green, after[i].Green);
            }
            else
            {
                Assert.Same(before[i].Green, after[i].Green);
            }
        }
    }

    /// <summary>Incremental vs full parse time on a 1 MB compilation of the seeds (printed, not asserted), and equality on it.</summary>
    [Fact]
    public void OneMegabyteCompilation()
    {
        string corpus = string.Concat(TestPaths.SeedFiles.Select(File.ReadAllText));
        var builder = new StringBuilder();
        while (builder.Length < 1_000_000)
        {
            builder.Append(corpus).Append('\n');
        }

        string text = builder.ToString();
        var tree = SyntaxTree.ParseText(text);
        var paragraphs = tree.GetRoot().DescendantNodes().OfType<ParagraphSyntax>().Where(p => p.Span.Length > 10).ToList();
        var random = new Random(12);
        var incrementalTimes = new List<double>();
        var fullTimes = new List<double>();
        int reused = 0;
        const int Edits = 12;
        for (int n = 0; n < Edits; n++)
        {
            var paragraph = paragraphs[random.Next(paragraphs.Count)];
            var change = new TextChange(new TextSpan(paragraph.Span.Start + random.Next(paragraph.Span.Length), 0), "新");
            string newText = tree.GetText().WithChanges(change).ToString();
            var clock = Stopwatch.StartNew();
            var incremental = tree.WithChanges(change);
            incrementalTimes.Add(clock.Elapsed.TotalMilliseconds);
            reused += IncrementalParser.LastOutcome == ReparseOutcome.Reused ? 1 : 0;
            clock.Restart();
            var full = SyntaxTree.ParseText(newText);
            fullTimes.Add(clock.Elapsed.TotalMilliseconds);
            Assert.Null(IncrementalEquivalence.Compare(full, incremental));
        }

        incrementalTimes.Sort();
        fullTimes.Sort();
        output.WriteLine($"{text.Length} characters, {tree.GetRoot().Reports.Count} reports, {Edits} one-character edits in paragraphs, {reused} reused: "
            + $"incremental median {incrementalTimes[Edits / 2]:F1} ms (min {incrementalTimes[0]:F1}), full parse median {fullTimes[Edits / 2]:F1} ms (min {fullTimes[0]:F1})");
        Assert.True(reused >= Edits / 2, $"only {reused} of {Edits} edits reused reports");
    }
}
