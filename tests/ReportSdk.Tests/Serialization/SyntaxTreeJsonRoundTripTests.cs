using System.Text;
using ReportSdk.Serialization;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.Serialization;

/// <summary>Writes trees as JSON and reads them back: same text, kinds, spans, tokens, trivia and diagnostics.</summary>
public class SyntaxTreeJsonRoundTripTests
{
    public static TheoryData<string> Seeds() => ReportSdk.Tests.Seeds.SeedRoundTripTests.Seeds();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SeedRoundTripsThroughJsonString(string seed)
    {
        var tree = SyntaxTree.ParseText(TestPaths.ReadSeed(seed), path: "seeds/" + seed);
        string json = SyntaxTreeJson.Serialize(tree);
        var back = SyntaxTreeJson.Deserialize(json);
        AssertSameTree(tree, back);
        Assert.Equal("seeds/" + seed, back.FilePath);
        Assert.True(back.GetRoot().IsEquivalentTo(tree.GetRoot()));

        // Each diagnostic is back on the node the parse put it on (relative span included).
        Assert.Null(ReportSdk.Tests.Incremental.IncrementalEquivalence.Compare(tree, back));

        // Writing the tree read back gives the same JSON.
        Assert.Equal(json, SyntaxTreeJson.Serialize(back));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SeedRoundTripsThroughStreamIndented(string seed)
    {
        var tree = SyntaxTree.ParseText(TestPaths.ReadSeed(seed), path: seed);
        using var stream = new MemoryStream();
        SyntaxTreeJson.Serialize(stream, tree, new SyntaxTreeJsonOptions { Indented = true });
        stream.Position = 0;
        var back = SyntaxTreeJson.Deserialize(new TrickleStream(stream, 7), path: "other.txt");
        AssertSameTree(tree, back);
        Assert.Equal("other.txt", back.FilePath);
    }

    [Fact]
    public void DiagnosticsAreStoredAndRestored()
    {
        string text = TestPaths.ReadSeed(Path.GetFileName(TestPaths.SeedFiles.First(f => f.Contains("001_", StringComparison.Ordinal))));
        var tree = SyntaxTree.ParseText(text, path: "x.txt");
        Assert.NotEmpty(tree.GetDiagnostics());
        var back = SyntaxTreeJson.Deserialize(SyntaxTreeJson.Serialize(tree));
        Assert.Equal(tree.GetDiagnostics().Count, back.GetDiagnostics().Count);
        for (int i = 0; i < tree.GetDiagnostics().Count; i++)
        {
            var expected = tree.GetDiagnostics()[i];
            var actual = back.GetDiagnostics()[i];
            Assert.Equal(expected.Id, actual.Id);
            Assert.Equal(expected.Severity, actual.Severity);
            Assert.Equal(expected.GetMessage(), actual.GetMessage());
            Assert.Equal(expected.Location.SourceSpan, actual.Location.SourceSpan);
            Assert.Same(back, actual.Location.SourceTree);
            Assert.Equal(expected.ToString(), actual.ToString());
        }
    }

    [Fact]
    public void JsonHasTheDocumentedShape()
    {
        var tree = SyntaxTree.ParseText("政府工作报告\n各位代表：\n一、2022年工作回顾\n过去一年<sup>1</sup>。\n", path: "a.txt");
        string json = SyntaxTreeJson.Serialize(tree);
        Assert.StartsWith("{\"schemaVersion\":2,\"path\":\"a.txt\",\"length\":", json, StringComparison.Ordinal);
        Assert.Contains("\"root\":{\"kind\":\"Document\",\"start\":0,", json, StringComparison.Ordinal);
        Assert.Contains("\"tableOfContents\":null,\"reports\":[{\"kind\":\"Report\",", json, StringComparison.Ordinal);
        Assert.Contains("\"title\":{\"kind\":\"Title\",", json, StringComparison.Ordinal);
        Assert.Contains("\"textToken\":{\"kind\":\"TextToken\",", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"children\"", json, StringComparison.Ordinal);
        Assert.Contains("{\"kind\":\"EndOfLineTrivia\",\"text\":\"\\n\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"Paragraph\"", json, StringComparison.Ordinal);
        Assert.Contains("政府工作报告", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"missing\":false", json, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingTokensAndEmptySlotsRoundTrip()
    {
        // No title: a missing title token (RPT0001); no table of contents: a null slot.
        var tree = SyntaxTree.ParseText("各位代表：\n现在，我代表镇人民政府向大会报告工作。\n");
        string json = SyntaxTreeJson.Serialize(tree);
        Assert.Contains("\"missing\":true", json, StringComparison.Ordinal);
        Assert.Contains("\"tableOfContents\":null,", json, StringComparison.Ordinal);
        AssertSameTree(tree, SyntaxTreeJson.Deserialize(json));

        string positional = SyntaxTreeJson.Serialize(tree, new SyntaxTreeJsonOptions { SchemaVersion = 1 });
        Assert.Contains("\"children\":[null,", positional, StringComparison.Ordinal);
        AssertSameTree(tree, SyntaxTreeJson.Deserialize(positional));
    }

    [Fact]
    public void TextWithUnpairedSurrogatesAndControlCharactersRoundTrips()
    {
        string text = "政府工作报告\n各位代表：\n现在\uD800，我\u0001代表\"引号\"\\反斜杠\uDC00。\r\n\u2028x\t\u3000\u00A0\n";
        var tree = SyntaxTree.ParseText(text);
        var back = SyntaxTreeJson.Deserialize(SyntaxTreeJson.Serialize(tree));
        AssertSameTree(tree, back);
        Assert.Equal(text, back.GetRoot().ToFullString());
    }

    [Fact]
    public void EmptyTextRoundTrips()
    {
        var tree = SyntaxTree.ParseText(string.Empty);
        var back = SyntaxTreeJson.Deserialize(SyntaxTreeJson.Serialize(tree));
        AssertSameTree(tree, back);
    }

    [Fact]
    public void FieldsMayComeInAnyOrderAndPositionsAreOptional()
    {
        const string json = """
            {"root":{"children":[null,[],{"text":"","kind":"EndOfFileToken","leading":[{"text":"x","kind":"SkippedTextTrivia"}]}],"kind":"Document"},"schemaVersion":1}
            """;
        var tree = SyntaxTreeJson.Deserialize(json);
        Assert.Equal("x", tree.GetRoot().ToFullString());
        Assert.Equal(SyntaxKind.SkippedTextTrivia, tree.GetRoot().EndOfFileToken.LeadingTrivia[0].Kind);
        Assert.Empty(tree.GetDiagnostics());
    }

    [Fact]
    public void Utf8ByteOrderMarkIsSkipped()
    {
        var tree = SyntaxTree.ParseText("政府工作报告\n");
        byte[] json = Encoding.UTF8.GetBytes(SyntaxTreeJson.Serialize(tree));
        using var stream = new MemoryStream([0xEF, 0xBB, 0xBF, .. json]);
        AssertSameTree(tree, SyntaxTreeJson.Deserialize(stream));
    }

    /// <summary>Seeded random edits of the seeds: deletions, insertions of genre fragments, duplicated and swapped lines.</summary>
    public static TheoryData<string, int> Mutations()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in TestPaths.SeedFiles)
        {
            for (int seed = 1; seed <= 4; seed++)
            {
                data.Add(Path.GetFileName(file), seed);
            }
        }

        return data;
    }

    private static readonly string[] Fragments =
    [
        "一、", "（二）", "(三)", "1.", "2、", "（1）", "①", "\n", "\r\n", "各位代表：", "<sup>3</sup>", "[4]", "**", "# ", "\u3000",
        "\u00A0", "注释\n", "2023年工作安排\n", "——2023年2月22日在市七届人大三次会议上\n", "附件1 名词解释\n", "\"三沿一口\"3整治",
    ];

    [Theory]
    [MemberData(nameof(Mutations))]
    public void MutatedSeedRoundTrips(string seed, int randomSeed)
    {
        var random = new Random(randomSeed * 7919 + seed.Length);
        var builder = new StringBuilder(TestPaths.ReadSeed(seed));
        for (int edit = 0; edit < 40; edit++)
        {
            int at = random.Next(builder.Length + 1);
            switch (random.Next(4))
            {
                case 0:
                    builder.Remove(at, Math.Min(random.Next(1, 200), builder.Length - at));
                    break;
                case 1:
                    builder.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 2:
                    int end = builder.ToString().IndexOf('\n', at);
                    if (end > at)
                    {
                        builder.Insert(at, builder.ToString(at, end - at + 1));
                    }

                    break;
                default:
                    builder.Insert(at, (char)random.Next(0x20, 0x9FFF));
                    break;
            }
        }

        string text = builder.ToString();
        var tree = SyntaxTree.ParseText(text, path: seed);
        var back = SyntaxTreeJson.Deserialize(SyntaxTreeJson.Serialize(tree));
        Assert.Equal(text, back.GetRoot().ToFullString());
        AssertSameTree(tree, back);
    }

    /// <summary>Same text, and the same kinds, spans, token texts, missing flags and trivia everywhere.</summary>
    internal static void AssertSameTree(SyntaxTree expected, SyntaxTree actual)
    {
        var expectedRoot = expected.GetRoot();
        var actualRoot = actual.GetRoot();
        Assert.Equal(expectedRoot.ToFullString(), actualRoot.ToFullString());
        using var left = expectedRoot.DescendantNodesAndTokens(includeSelf: true).GetEnumerator();
        using var right = actualRoot.DescendantNodesAndTokens(includeSelf: true).GetEnumerator();
        int count = 0;
        while (left.MoveNext())
        {
            Assert.True(right.MoveNext(), "The tree read back has fewer nodes and tokens.");
            var a = left.Current;
            var b = right.Current;
            Assert.Equal(a.Kind, b.Kind);
            Assert.Equal(a.FullSpan, b.FullSpan);
            Assert.Equal(a.Span, b.Span);
            Assert.Equal(a.IsToken, b.IsToken);
            if (a.IsToken)
            {
                var ta = a.AsToken();
                var tb = b.AsToken();
                Assert.Equal(ta.Text, tb.Text);
                Assert.Equal(ta.IsMissing, tb.IsMissing);
                AssertSameTrivia(ta.LeadingTrivia, tb.LeadingTrivia);
                AssertSameTrivia(ta.TrailingTrivia, tb.TrailingTrivia);
            }

            count++;
        }

        Assert.False(right.MoveNext(), "The tree read back has more nodes and tokens.");
        Assert.True(count > 0);
    }

    private static void AssertSameTrivia(SyntaxTriviaList a, SyntaxTriviaList b)
    {
        Assert.Equal(a.Count, b.Count);
        for (int i = 0; i < a.Count; i++)
        {
            Assert.Equal(a[i].Kind, b[i].Kind);
            Assert.Equal(a[i].Span, b[i].Span);
            Assert.Equal(a[i].ToString(), b[i].ToString());
        }
    }

    /// <summary>A stream that returns at most a few bytes per read, to exercise the reader's buffer handling.</summary>
    private sealed class TrickleStream(Stream inner, int chunk) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, chunk * 1000 + 3));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
