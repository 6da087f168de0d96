using System.Text;
using ReportSdk.Syntax;
using ReportSdk.Text;
using Xunit.Abstractions;

namespace ReportSdk.Tests.Hostile;

/// <summary>
/// Hostile inputs: each parses with an exact round trip, without stack overflow, with the diagnostics it
/// deserves, in time linear in its size (by ratio against benign text of the same size and against itself at
/// half the size, medians of several runs, never absolute times) and in bounded memory (bytes allocated per
/// input character, measured and given headroom).
/// </summary>
[Collection(HostileCollection.Name)]
public class HostileInputTests(ITestOutputHelper output)
{
    /// <summary>The size (characters or bytes) at which time is compared: N here, 2N for the doubling ratio.</summary>
    private const int N = 1_000_000;

    /// <summary>The head of a report, so that what follows is parsed as report body rather than skipped as not-a-report.</summary>
    private const string ReportHead = "政府工作报告\n——2023年1月5日在市七届人大三次会议上\n各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、2022年工作回顾\n";

    [Fact]
    public void NoLineBreak()
    {
        int size = HostileMeasure.FullSize ? 100_000_000 : 20_000_000;
        var bare = CheckLarge("no line break", SourceText.From(HostileInputs.NoLineBreak(size)), maxBytesPerChar: 4);
        Assert.Contains(bare.GetDiagnostics(), d => d.Id == "RPT0009");
        var inReport = CheckLarge("no line break, in a report", SourceText.From(ReportHead + HostileInputs.NoLineBreak(size)), maxBytesPerChar: 4);
        Assert.Contains(inReport.GetDiagnostics(), d => d.Id == "RPT0006");
        // One line parses so fast that N and 2N characters straddle the CPU cache (2 MB and 4 MB of UTF-16): the
        // ratio then measures the cache, and it did for the previous parser as well (3.4 on this machine). Both
        // sizes are taken beyond it, where the parser's own growth is what doubles.
        const int Beyond = 4 * N;
        HostileMeasure.AssertLinear(output, "no line break", From(HostileInputs.NoLineBreak(Beyond)), From(HostileInputs.NoLineBreak(2 * Beyond)), From(HostileMeasure.Benign(Beyond)));
        HostileMeasure.AssertLinear(output, "no line break, in a report", From(ReportHead + HostileInputs.NoLineBreak(Beyond)), From(ReportHead + HostileInputs.NoLineBreak(2 * Beyond)), From(HostileMeasure.Benign(Beyond + ReportHead.Length)));
    }

    [Fact]
    public void MillionLinesOfTheSameMarker()
    {
        var bare = CheckLarge("1 000 000 lines of 一、", SourceText.From(HostileInputs.RepeatedMarkerLines(1_000_000)), maxBytesPerChar: 100);
        Assert.Contains(bare.GetDiagnostics(), d => d.Id == "RPT0009");
        var inReport = CheckLarge("1 000 000 lines of 一、, in a report", SourceText.From(ReportHead + HostileInputs.RepeatedMarkerLines(1_000_000)), maxBytesPerChar: 300);
        Assert.Contains(inReport.GetDiagnostics(), d => d.Id == "RPT0006");
        AssertLinearLineDense("lines of 一、", lines => HostileInputs.RepeatedMarkerLines(lines), N / 12);
        AssertLinearLineDense("lines of 一、, in a report", lines => ReportHead + HostileInputs.RepeatedMarkerLines(lines), N / 12);
    }

    [Fact]
    public void AlternatingMarkersHundredThousandDeep()
    {
        var text = SourceText.From(HostileInputs.AlternatingMarkers(100_000));
        var tree = CheckLarge("alternating markers 100 000 deep", text, maxBytesPerChar: 300);
        Assert.Contains(tree.GetDiagnostics(), d => d.Id == "RPT0003");
        int depth = HostileMeasure.MaxDepth(tree.GetRoot());
        output.WriteLine($"alternating markers: tree depth {depth}");
        Assert.True(depth <= 32, $"tree depth {depth} grows with the input");

        // Recursive walkers over the whole tree, on a small stack: they must not overflow.
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    new CountingWalker().Visit(tree.GetRoot());
                    _ = new IdentityRewriter().Visit(tree.GetRoot());
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(failure);

        AssertLinearLineDense("alternating markers", HostileInputs.AlternatingMarkers, N / 40);
    }

    [Fact]
    public void HundredThousandUndefinedNoteReferences()
    {
        var text = SourceText.From(HostileInputs.UndefinedNoteReferences(100_000));
        var tree = CheckLarge("100 000 undefined note references", text, maxBytesPerChar: 150);
        int undefined = tree.GetDiagnostics().Count(d => d.Id == "RPT0004");
        output.WriteLine($"undefined references: {undefined} RPT0004");
        Assert.Equal(100_000, undefined);
        // A footnote node and an RPT0004 diagnostic every 16 characters, where the seeds have one every ~2 000:
        // measured 3.4–4.8× the seed corpus, so the factor here is 8 (the doubling ratio still proves linearity).
        AssertLinearLineDense("undefined note references", HostileInputs.UndefinedNoteReferences, N / 16, maxVsBenign: 8.0);
    }

    [Fact]
    public void TenMegabyteRunOfSup()
    {
        var bare = CheckLarge("10 MB of <sup>", SourceText.From(HostileInputs.SupRun(10_000_000)), maxBytesPerChar: 4);
        Assert.Contains(bare.GetDiagnostics(), d => d.Id == "RPT0009");
        CheckLarge("10 MB of <sup>, in a report", SourceText.From(ReportHead + HostileInputs.SupRun(10_000_000)), maxBytesPerChar: 4);
        HostileMeasure.AssertLinear(output, "run of <sup>", From(HostileInputs.SupRun(N)), From(HostileInputs.SupRun(2 * N)), From(HostileMeasure.Benign(N)));
        HostileMeasure.AssertLinear(output, "run of <sup>, in a report", From(ReportHead + HostileInputs.SupRun(N)), From(ReportHead + HostileInputs.SupRun(2 * N)), From(HostileMeasure.Benign(N + ReportHead.Length)));
    }

    /// <summary>Linear time for a line-dense input, compared with benign text of the same size and the same number of lines.</summary>
    private void AssertLinearLineDense(string name, Func<int, string> build, int count, double maxVsBenign = 5.0)
    {
        string n = build(count);
        string benign = HostileMeasure.BenignShaped(n.Length, HostileMeasure.LineCount(n));
        HostileMeasure.AssertLinear(output, name, From(n), From(build(2 * count)), From(benign), maxVsBenign);
    }

    [Fact]
    public void InvalidUtf8()
    {
        byte[] bytes = HostileInputs.InvalidUtf8(4_000_000);
        var text = SourceText.From(bytes);
        Assert.True(text.EncodingWasGuessed);
        var tree = CheckLarge("invalid UTF-8", text, maxBytesPerChar: 20);
        var rpt0008 = Assert.Single(tree.GetDiagnostics(), d => d.Id == "RPT0008");
        Assert.Contains("GB18030", rpt0008.GetMessage(), StringComparison.OrdinalIgnoreCase);
        // Measured beyond the CPU cache, as for UTF-16 below: at 1 and 2 MB a doubling ratio of 3.08 was once seen in a
        // full CI run (1.7–2.0 alone, at every attempt); the decode of 4 and 8 MB does not fit in the cache either way.
        AssertLinearBytes("invalid UTF-8", HostileInputs.InvalidUtf8(4 * N), HostileInputs.InvalidUtf8(8 * N));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16WithoutBom(bool bigEndian)
    {
        byte[] bytes = HostileInputs.Utf16WithoutBom(4_000_000, bigEndian);
        var text = SourceText.From(bytes);
        var tree = CheckLarge("UTF-16 without BOM", text, maxBytesPerChar: 100);

        // Never silent mojibake: either the text is decoded right, or the guess is reported, naming the encoding.
        var rpt0008 = Assert.Single(tree.GetDiagnostics(), d => d.Id == "RPT0008");
        Assert.Contains(text.Encoding!.WebName, rpt0008.GetMessage(), StringComparison.OrdinalIgnoreCase);
        output.WriteLine($"UTF-16 {(bigEndian ? "BE" : "LE")} without BOM decoded as {text.Encoding.WebName}: {(text.ToString() == new UnicodeEncoding(bigEndian, false).GetString(bytes) ? "correctly" : "WRONGLY (mojibake, reported by RPT0008)")}");
        // Measured beyond the CPU cache, as for one long line: at 1 and 2 MB the decode is so fast that the doubling
        // ratio measured the cache (2.7–2.8 at every attempt in CI, 1.6–1.8 at 4 and 8 MB on the same machine).
        AssertLinearBytes("UTF-16 without BOM", HostileInputs.Utf16WithoutBom(4 * N, bigEndian), HostileInputs.Utf16WithoutBom(8 * N, bigEndian));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16WithoutBomOfMostlyAsciiTextIsDetected(bool bigEndian)
    {
        string original = string.Concat(Enumerable.Repeat("Government Work Report 2023: GDP +5.2% [1]\n政府工作报告\n", 2000));
        var text = SourceText.From(new UnicodeEncoding(bigEndian, false).GetBytes(original));
        Assert.Equal(original, text.ToString());
        Assert.True(text.EncodingWasGuessed);
        var tree = SyntaxTree.ParseText(text);
        Assert.Equal(original, tree.GetRoot().ToFullString());
        Assert.Contains(tree.GetDiagnostics(), d => d.Id == "RPT0008" && d.GetMessage().Contains("utf-16", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void BinaryFile()
    {
        foreach (byte[] bytes in new[] { HostileInputs.RandomBytes(4_000_000), File.ReadAllBytes(typeof(SyntaxTree).Assembly.Location) })
        {
            var text = SourceText.From(bytes);
            var tree = CheckLarge("binary", text, maxBytesPerChar: 100);
            Assert.Contains(tree.GetDiagnostics(), d => d.Id == "RPT0008");
        }

        AssertLinearBytes("random bytes", HostileInputs.RandomBytes(N), HostileInputs.RandomBytes(2 * N));
    }

    /// <summary>Round trip, bounded depth, allocation per character; returns the tree.</summary>
    private SyntaxTree CheckLarge(string name, SourceText text, double maxBytesPerChar)
    {
        var (ms, allocated, tree) = HostileMeasure.TimeParse(text);
        double perChar = (double)allocated / Math.Max(1, text.Length);
        var diagnostics = tree.GetDiagnostics();
        output.WriteLine($"{name}: {text.Length:N0} chars parsed in {ms:F0} ms, {perChar:F1} bytes allocated per char (≤ {maxBytesPerChar}); {diagnostics.Count} diagnostics: {string.Join(", ", diagnostics.GroupBy(d => d.Id).Select(g => $"{g.Key}×{g.Count()}"))}");
        Assert.True(text.ToString() == tree.GetRoot().ToFullString(), $"{name}: the tree does not round-trip");
        Assert.True(perChar <= maxBytesPerChar, $"{name}: the parse allocated {perChar:F1} bytes per character (limit {maxBytesPerChar})");
        Assert.True(HostileMeasure.MaxDepth(tree.GetRoot()) <= 64);
        return tree;
    }

    /// <summary>
    /// Linear time for hostile bytes, decoding included: against the UTF-8 bytes of benign text with as many
    /// characters as the hostile bytes decode to, and against the hostile bytes at twice the size.
    /// </summary>
    private void AssertLinearBytes(string name, byte[] n, byte[] twoN)
    {
        int chars = SourceText.From(n).Length;
        var benign = Encoding.UTF8.GetBytes(HostileMeasure.Benign(chars));
        HostileMeasure.AssertLinearMeasured(
            output,
            $"{name}: N={n.Length:N0} bytes ({chars:N0} chars; decode + parse, {HostileMeasure.Runs} runs each; benign = UTF-8 of as many chars)",
            () => MedianDecodeAndParseMs(n, twoN, benign));
    }

    private static double[] MedianDecodeAndParseMs(params byte[][] inputs)
    {
        foreach (var input in inputs)
        {
            _ = SyntaxTree.ParseText(SourceText.From(input));
        }

        var samples = inputs.Select(_ => new double[HostileMeasure.Runs]).ToArray();
        for (int run = 0; run < HostileMeasure.Runs; run++)
        {
            for (int i = 0; i < inputs.Length; i++)
            {
                byte[] input = inputs[i];
                samples[i][run] = HostileMeasure.WithoutGc(input.Length * 2, () =>
                {
                    double start = HostileMeasure.NowMs();
                    _ = SyntaxTree.ParseText(SourceText.From(input));
                    return HostileMeasure.NowMs() - start;
                });
            }
        }

        return samples.Select(s => s.Order().ElementAt(s.Length / 2)).ToArray();
    }

    private static SourceText From(string text) => SourceText.From(text);

    private sealed class IdentityRewriter : SyntaxRewriter
    {
    }

    private sealed class CountingWalker : SyntaxWalker
    {
        public int Count { get; private set; }

        public override void Visit(SyntaxNode? node)
        {
            Count++;
            base.Visit(node);
        }
    }
}
