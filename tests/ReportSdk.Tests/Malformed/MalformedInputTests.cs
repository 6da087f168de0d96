using System.Text;
using ReportSdk.Syntax;
using ReportSdk.Text;

namespace ReportSdk.Tests.Malformed;

/// <summary>Hostile and broken inputs: the parser never throws, every character stays in the tree, and diagnostics say what happened.</summary>
public class MalformedInputTests
{
    private const string Report =
        "政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、2022年工作回顾\n";

    private static SyntaxTree Parse(string text)
    {
        var tree = SyntaxTree.ParseText(text);
        Assert.Equal(text, tree.GetRoot().ToFullString());
        AssertTokensTile(tree.GetRoot(), text.Length);
        return tree;
    }

    private static void AssertTokensTile(SyntaxNode root, int length)
    {
        int position = 0;
        foreach (var token in root.DescendantTokens())
        {
            Assert.Equal(position, token.FullSpan.Start);
            position = token.FullSpan.End;
        }

        Assert.Equal(length, position);
    }

    private static string[] Ids(SyntaxTree tree) => tree.GetDiagnostics().Select(d => d.Id).ToArray();

    [Fact]
    public void EmptyText_HasNoReportAndRPT0009()
    {
        var tree = Parse(string.Empty);
        var root = tree.GetRoot();

        Assert.Empty(root.Reports);
        Assert.Null(root.TableOfContents);
        Assert.Equal(new TextSpan(0, 0), root.FullSpan);
        var token = Assert.Single(root.DescendantTokens());
        Assert.Equal(SyntaxKind.EndOfFileToken, token.Kind);
        var diagnostic = Assert.Single(tree.GetDiagnostics());
        Assert.Equal("RPT0009", diagnostic.Id);
        Assert.Equal(0, diagnostic.Location.SourceSpan.Start);
    }

    [Fact]
    public void OnlyLineBreaks_AreTriviaOfTheEndOfFileToken()
    {
        const string text = "\r\n\r\n";
        var tree = Parse(text);
        var root = tree.GetRoot();

        Assert.Empty(root.Reports);
        var eof = root.EndOfFileToken;
        Assert.Equal(new[] { SyntaxKind.EndOfLineTrivia, SyntaxKind.EndOfLineTrivia }, eof.LeadingTrivia.Select(t => t.Kind).ToArray());
        Assert.All(eof.LeadingTrivia, t => Assert.Equal("\r\n", t.ToString()));
        Assert.Equal(4, eof.Span.Start);
        Assert.Equal(new[] { "RPT0009" }, Ids(tree));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r")]
    [InlineData("   \t\u3000")]
    [InlineData("\u2028\u2029\u0085")]
    [InlineData("\n\r\n\r")]
    public void BlankInputs_RoundTripWithoutReports(string text)
    {
        var tree = Parse(text);
        Assert.Empty(tree.GetRoot().Reports);
        Assert.Contains("RPT0009", Ids(tree));
        Assert.DoesNotContain(tree.GetRoot().EndOfFileToken.LeadingTrivia, t => t.Kind == SyntaxKind.SkippedTextTrivia);
    }

    [Fact]
    public void OnlyWebChrome_IsSkippedWithRPT0007AndRPT0009()
    {
        const string text = "设为首页收藏本站\n查看: 508|回复: 0\n发表于 2023-6-22 18:57:35 | 显示全部楼层 |阅读模式\n\n返回列表\n";
        var tree = Parse(text);
        var root = tree.GetRoot();

        Assert.Empty(root.Reports);
        var skipped = root.EndOfFileToken.LeadingTrivia.Where(t => t.Kind == SyntaxKind.SkippedTextTrivia).Select(t => t.ToString()).ToArray();
        Assert.Equal(4, skipped.Length);
        Assert.Equal("设为首页收藏本站", skipped[0]);
        Assert.Equal("返回列表", skipped[^1]);
        Assert.Contains("RPT0009", Ids(tree));
        var skippedDiagnostics = tree.GetDiagnostics().Where(d => d.Id == "RPT0007").ToArray();
        Assert.NotEmpty(skippedDiagnostics);
        Assert.Equal(0, skippedDiagnostics[0].Location.SourceSpan.Start);
        Assert.Equal(text.IndexOf("返回列表", StringComparison.Ordinal) + 4, skippedDiagnostics[^1].Location.SourceSpan.End);
    }

    public static TheoryData<double> Cuts() => new() { 0.05, 0.2, 0.4, 0.6, 0.8, 0.95, 0.99 };

    [Theory]
    [MemberData(nameof(Cuts))]
    public void TruncatedSeed_RoundTripsAndReportsRPT0006(double fraction)
    {
        string seed = TestPaths.ReadSeed("003_324a26376b257757.txt");
        var full = SyntaxTree.ParseText(seed);
        var fullClosing = full.GetRoot().Reports[0].Closing;
        Assert.NotNull(fullClosing);
        Assert.DoesNotContain("RPT0006", Ids(full));

        int cut = (int)(seed.Length * fraction);
        if (char.IsHighSurrogate(seed[cut - 1]))
        {
            cut--;
        }

        string text = seed[..cut];
        var tree = Parse(text);

        var report = Assert.Single(tree.GetRoot().Reports);
        if (cut <= fullClosing!.Span.Start)
        {
            Assert.Null(report.Closing);
            var truncated = Assert.Single(tree.GetDiagnostics(), d => d.Id == "RPT0006");
            Assert.Equal(0, truncated.Location.SourceSpan.Length);
            Assert.True(truncated.Location.SourceSpan.Start <= text.Length);
            Assert.True(truncated.Location.SourceSpan.Start > text.Length - 40, $"RPT0006 at {truncated.Location.SourceSpan.Start} is far from the end {text.Length}");
        }

        Assert.Equal(full.GetRoot().Reports[0].Preamble.Title.TextToken.Text, report.Preamble.Title.TextToken.Text);
    }

    [Fact]
    public void TruncatedCompilationSeed_KeepsEveryReportBeforeTheCut()
    {
        string seed = TestPaths.ReadSeed("001_d2fc8c44b527f0e4.txt");
        var full = SyntaxTree.ParseText(seed).GetRoot();
        Assert.True(full.Reports.Count >= 3);

        int cut = full.Reports[2].Span.Start + 200;
        var tree = Parse(seed[..cut]);
        var root = tree.GetRoot();

        Assert.Equal(3, root.Reports.Count);
        Assert.NotNull(root.TableOfContents);
        Assert.Equal(full.TableOfContents!.Entries.Count, root.TableOfContents!.Entries.Count);
        Assert.Equal(
            full.Reports.Take(3).Select(r => r.Preamble.Title.TextToken.Text).ToArray(),
            root.Reports.Select(r => r.Preamble.Title.TextToken.Text).ToArray());
        Assert.Null(root.Reports[2].Closing);
        Assert.Contains(tree.GetDiagnostics(), d => d.Id == "RPT0006" && d.Location.SourceSpan.Start >= root.Reports[2].Span.Start);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(20240101)]
    public void RandomBytes_DecodeAndRoundTrip(int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[8192];
        random.NextBytes(bytes);

        var source = SourceText.From(bytes);
        var tree = SyntaxTree.ParseText(source);
        string decoded = source.ToString();

        Assert.Equal(decoded, tree.GetRoot().ToFullString());
        Assert.Equal(source.Length, tree.GetRoot().FullSpan.Length);
        AssertTokensTile(tree.GetRoot(), decoded.Length);
        Assert.True(source.EncodingWasGuessed);
        Assert.Contains("RPT0008", Ids(tree));
        Assert.All(tree.GetDiagnostics(), d => Assert.True(d.Location.SourceSpan.End <= decoded.Length));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(99)]
    public void RandomCharacters_FromTheGenresAlphabet_RoundTrip(int seed)
    {
        // Characters that open structures, mixed at random: markers, marks, breaks, spaces, salutations.
        string[] pieces =
        [
            "一、", "（一）", "(1)", "1.", "①", "⑪", "第一，", "<sup>", "</sup>", "&", "quot;", "[", "]", "［1］", "**", "#", "# ", "\n", "\r\n", "\r",
            " ", "\u3000", "\u00A0", "各位代表：", "各位代表！", "政府工作报告", "——", "会议上", "工作回顾", "工作安排", "注释", "附件1", "目录", "。", "“", "”", "3", "年",
        ];
        var random = new Random(seed);
        var builder = new StringBuilder();
        for (int i = 0; i < 4000; i++)
        {
            builder.Append(pieces[random.Next(pieces.Length)]);
        }

        string text = builder.ToString();
        var tree = Parse(text);
        Assert.All(tree.GetDiagnostics(), d => Assert.True(d.Location.SourceSpan.End <= text.Length));
        Assert.All(tree.GetDiagnostics(), d => Assert.StartsWith("RPT", d.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void OneMegabyteLineWithoutBreaks_RoundTripsWithFewTokens()
    {
        string text = Report + new string('字', 1 << 20);
        var tree = Parse(text);
        var root = tree.GetRoot();

        int tokens = root.DescendantTokens().Count();
        Assert.True(tokens < 20, $"{tokens} tokens");
        var longest = root.DescendantTokens().MaxBy(t => t.Span.Length);
        Assert.Equal(1 << 20, longest.Span.Length);
        Assert.Equal(text.Length, longest.Span.End);
    }

    [Fact]
    public void OneMegabyteLineAlone_IsOneTriviaOrToken()
    {
        string text = new('字', 1 << 20);
        var tree = Parse(text);
        var root = tree.GetRoot();

        Assert.True(root.DescendantTokens().Count() <= 3);
        Assert.All(tree.GetDiagnostics(), d => Assert.True(d.Location.SourceSpan.End <= text.Length));
    }

    [Fact]
    public void NulCharactersAndLoneSurrogates_RoundTrip()
    {
        string text = "政府工作报告\n各位代表：\0\0\n现在，我代表\uD800市人民政府向大会报告工作，请予审议。\n\uDC00一、2022年工作回顾\n（一）\0工业\uDBFF发展。\n\uFFFE\uFFFF\n";
        var tree = Parse(text);
        var root = tree.GetRoot();

        Assert.Single(root.Reports);
        Assert.Equal("政府工作报告", root.Reports[0].Preamble.Title.TextToken.Text);
        Assert.Contains(root.DescendantTokens(), t => t.Text.Contains('\uD800', StringComparison.Ordinal));
        Assert.All(tree.GetDiagnostics(), d => Assert.True(d.Location.SourceSpan.End <= text.Length));
    }

    [Fact]
    public void NulCharactersOnly_RoundTrip()
    {
        string text = new('\0', 1000);
        var tree = Parse(text);
        Assert.Empty(tree.GetRoot().Reports);
        Assert.Contains("RPT0009", Ids(tree));
    }

    [Fact]
    public void TwentyThousandTopLevelMarkers_StaySiblingsWithBoundedDepth()
    {
        const int count = 20_000;
        var builder = new StringBuilder(Report);
        for (int i = 0; i < count; i++)
        {
            builder.Append("一、加快发展\n");
        }

        string text = builder.ToString();
        var tree = Parse(text);
        var section = Assert.Single(tree.GetRoot().Reports).Sections[0];

        Assert.Equal(count, section.Body.Count);
        Assert.All(section.Body, b => Assert.Same(section, Assert.IsType<NumberedItemSyntax>(b).Parent));
        Assert.True(MaxAncestorCount(tree.GetRoot()) < 20);
        // Every item after the first repeats number 1: a numbering diagnostic each, nothing nests.
        Assert.Equal(count - 1, tree.GetDiagnostics().Count(d => d.Id == "RPT0003"));
    }

    [Fact]
    public void TwentyThousandBareMarkers_StayFlat()
    {
        var builder = new StringBuilder(Report);
        for (int i = 0; i < 20_000; i++)
        {
            builder.Append("一、\n");
        }

        string text = builder.ToString();
        var tree = Parse(text);
        var section = Assert.Single(tree.GetRoot().Reports).Sections[0];

        Assert.Equal(20_000, section.Body.Count);
        Assert.True(MaxAncestorCount(tree.GetRoot()) < 20);
    }

    [Fact]
    public void TwentyThousandCyclingMarkerStyles_NestAtMostFiveDeep()
    {
        string[] markers = ["（一）", "1.", "（1）", "①"];
        var builder = new StringBuilder(Report);
        for (int i = 0; i < 20_000; i++)
        {
            builder.Append(markers[i % markers.Length]).Append("加快发展\n");
        }

        string text = builder.ToString();
        var tree = Parse(text);
        var section = Assert.Single(tree.GetRoot().Reports).Sections[0];

        Assert.Equal(5_000, section.Body.Count);
        Assert.True(MaxAncestorCount(tree.GetRoot()) < 20);
        Assert.Equal(20_000, tree.GetRoot().DescendantNodes().OfType<NumberedItemSyntax>().Count());
    }

    [Fact]
    public void DeeplyNestedParentheses_DoNotOverflowTheStack()
    {
        string text = Report + new string('（', 50_000) + "一" + new string('）', 50_000) + "\n" + string.Concat(Enumerable.Repeat("<sup>", 10_000)) + "\n";
        var tree = Parse(text);
        Assert.Single(tree.GetRoot().Reports);
    }

    [Fact]
    public void RewriterAndWalker_HandleAHugeFlatTree()
    {
        var builder = new StringBuilder(Report);
        for (int i = 0; i < 20_000; i++)
        {
            builder.Append("①加快发展。\n");
        }

        var root = SyntaxTree.ParseText(builder.ToString()).GetRoot();
        Assert.Same(root, new IdentityRewriter().Visit(root));
        var walker = new CountingWalker();
        walker.Visit(root);
        Assert.Equal(20_000, walker.Items);
    }

    private sealed class IdentityRewriter : SyntaxRewriter
    {
    }

    private sealed class CountingWalker : SyntaxWalker
    {
        public int Items { get; private set; }

        public override void VisitNumberedItem(NumberedItemSyntax node)
        {
            Items++;
            base.VisitNumberedItem(node);
        }
    }

    private static int MaxAncestorCount(SyntaxNode root)
    {
        int max = 0;
        foreach (var node in root.DescendantNodes())
        {
            int depth = 0;
            for (var parent = node.Parent; parent is not null; parent = parent.Parent)
            {
                depth++;
            }

            max = Math.Max(max, depth);
        }

        return max;
    }
}
