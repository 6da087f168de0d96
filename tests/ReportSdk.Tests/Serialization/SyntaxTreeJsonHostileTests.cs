using System.Text;
using ReportSdk.Serialization;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.Serialization;

/// <summary>Broken and hostile JSON: always a <see cref="ReportJsonException"/> with a JSON path, never a crash.</summary>
public class SyntaxTreeJsonHostileTests
{
    private const string TitleToken = """{"kind":"TextToken","text":"政府工作报告"}""";
    private const string Title = """{"kind":"Title","children":[""" + TitleToken + "]}";
    private const string TextNode = """{"kind":"Text","children":[{"kind":"TextToken","text":"正文"}]}""";
    private const string Paragraph = """{"kind":"Paragraph","children":[[""" + TextNode + "]]}";
    private const string Eof = """{"kind":"EndOfFileToken","text":""}""";

    /// <summary>A small valid document, with its parts replaceable.</summary>
    private static string Doc(string title = Title, string body = Paragraph, string eof = Eof, string root = "") =>
        "{\"schemaVersion\":1,\"root\":" + (root.Length > 0 ? root :
            "{\"kind\":\"Document\",\"children\":[null,[{\"kind\":\"Report\",\"children\":[{\"kind\":\"Preamble\",\"children\":["
            + title + ",null,null,null,[" + body + "]]},[],null,null,[]]}]," + eof + "]}") + "}";

    private const string PreamblePath = "$.root.children[1][0].children[0]";

    private static ReportJsonException Throws(string json, string? expectedPath = null, SyntaxTreeJsonOptions? options = null)
    {
        var ex = Assert.Throws<ReportJsonException>(() => SyntaxTreeJson.Deserialize(json, options: options));
        Assert.False(string.IsNullOrEmpty(ex.JsonPath));
        Assert.StartsWith("$", ex.JsonPath, StringComparison.Ordinal);
        Assert.Equal(ex.JsonPath, ex.Path);
        Assert.False(string.IsNullOrWhiteSpace(ex.Message));
        if (expectedPath is not null)
        {
            Assert.Equal(expectedPath, ex.JsonPath);
        }

        // The stream overload says the same.
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var viaStream = Assert.Throws<ReportJsonException>(() => SyntaxTreeJson.Deserialize(stream, options: options));
        Assert.Equal(ex.JsonPath, viaStream.JsonPath);
        return ex;
    }

    [Fact]
    public void TheTemplateIsValid()
    {
        var tree = SyntaxTreeJson.Deserialize(Doc());
        Assert.Equal("政府工作报告正文", tree.GetRoot().ToFullString());
        Assert.IsType<ParagraphSyntax>(tree.GetRoot().Reports[0].Preamble.Body[0]);
    }

    [Fact]
    public void UnknownKind()
    {
        var ex = Throws(Doc(body: Paragraph.Replace("\"Paragraph\"", "\"Paragraf\"", StringComparison.Ordinal)), PreamblePath + ".children[4][0].kind");
        Assert.Contains("Paragraf", ex.Message, StringComparison.Ordinal);
        Throws(Doc(body: Paragraph.Replace("\"Paragraph\"", "\"paragraph\"", StringComparison.Ordinal)), PreamblePath + ".children[4][0].kind");
        Throws(Doc(body: Paragraph.Replace("\"Paragraph\"", "\"List\"", StringComparison.Ordinal)), PreamblePath + ".children[4][0].kind");
        Throws(Doc(body: Paragraph.Replace("\"Paragraph\"", "\"" + new string('P', 5000) + "\"", StringComparison.Ordinal)), PreamblePath + ".children[4][0].kind");
        Throws(Doc(body: Paragraph.Replace("\"Paragraph\"", "26", StringComparison.Ordinal)), PreamblePath + ".children[4][0].kind");
    }

    [Fact]
    public void NodeWhereATokenBelongs()
    {
        var ex = Throws(Doc(title: "{\"kind\":\"Title\",\"children\":[" + TextNode + "]}"), PreamblePath + ".children[0].children[0]");
        Assert.Contains("TextToken", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TokenWhereANodeBelongs()
    {
        Throws(Doc(body: TitleToken), PreamblePath + ".children[4][0].kind");
        Throws(Doc(title: TitleToken), PreamblePath + ".children[0].kind");
        Throws(Doc(root: TitleToken), "$.root.kind");
    }

    [Fact]
    public void WrongNodeTypeInASlot()
    {
        // A Title among blocks, and a Paragraph among inlines.
        Throws(Doc(body: Title), PreamblePath + ".children[4][0].kind");
        Throws(Doc(body: "{\"kind\":\"Paragraph\",\"children\":[[" + Paragraph + "]]}"), PreamblePath + ".children[4][0].children[0][0].kind");
        // A list where a node belongs, a node where a list belongs, null for a required node.
        Throws(Doc(title: "[]"), PreamblePath + ".children[0]");
        Throws(Doc(body: Paragraph.Replace("[[", "[", StringComparison.Ordinal).Replace("]]}", "]}", StringComparison.Ordinal)), PreamblePath + ".children[4][0].children[0]");
        Throws(Doc(title: "null"), PreamblePath + ".children[0]");
    }

    [Fact]
    public void WrongTokenKind()
    {
        var ex = Throws(Doc(eof: "{\"kind\":\"TextToken\",\"text\":\"\"}"), "$.root.children[2].kind");
        Assert.Contains("EndOfFileToken", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TriviaAndTokensOnlyWhereTheyBelong()
    {
        Throws(Doc(body: "{\"kind\":\"WhitespaceTrivia\",\"text\":\" \"}"), PreamblePath + ".children[4][0].kind");
        Throws(Doc(eof: "{\"kind\":\"EndOfFileToken\",\"text\":\"\",\"leading\":[" + TitleToken + "]}"), "$.root.children[2].leading[0].kind");
        Throws(Doc(eof: "{\"kind\":\"EndOfFileToken\",\"text\":\"\",\"leading\":[\" \"]}"), "$.root.children[2].leading[0]");
        Throws(Doc(eof: "{\"kind\":\"EndOfFileToken\",\"text\":\"\",\"children\":[]}"), "$.root.children[2].children");
        Throws(Doc(eof: "{\"kind\":\"EndOfFileToken\",\"text\":\"x\",\"missing\":true}"), "$.root.children[2].text");
        Throws(Doc(body: "{\"kind\":\"Paragraph\",\"text\":\"x\",\"children\":[[]]}"), PreamblePath + ".children[4][0].text");
    }

    [Fact]
    public void MissingFields()
    {
        Throws(Doc(body: Paragraph.Replace("\"kind\":\"Paragraph\",", "", StringComparison.Ordinal)), PreamblePath + ".children[4][0]");
        Throws(Doc(eof: "{\"kind\":\"EndOfFileToken\"}"), "$.root.children[2]");
        Throws(Doc(body: "{\"kind\":\"Paragraph\"}"), PreamblePath + ".children[4][0]");
        Throws("{\"root\":" + Doc()[("{\"schemaVersion\":1,\"root\":".Length)..], "$");
        Throws("{\"schemaVersion\":1}", "$");
        Throws(Doc(eof: "{\"kind\":\"EndOfFileToken\",\"text\":\"\",\"leading\":[{\"kind\":\"WhitespaceTrivia\"}]}"), "$.root.children[2].leading[0]");
    }

    [Fact]
    public void WrongSlotCount()
    {
        var ex = Throws(Doc(body: "{\"kind\":\"Paragraph\",\"children\":[[],[]]}"), PreamblePath + ".children[4][0].children");
        Assert.Contains("Content", ex.Message, StringComparison.Ordinal);
        Throws(Doc(body: "{\"kind\":\"Paragraph\",\"children\":[]}"), PreamblePath + ".children[4][0].children");
    }

    [Fact]
    public void WrongValueTypes()
    {
        Throws(Doc(eof: "{\"kind\":\"EndOfFileToken\",\"text\":5}"), "$.root.children[2].text");
        Throws(Doc(eof: "{\"kind\":\"EndOfFileToken\",\"text\":\"\",\"missing\":\"yes\"}"), "$.root.children[2].missing");
        Throws(Doc(eof: "{\"kind\":\"EndOfFileToken\",\"text\":\"\",\"start\":-1}"), "$.root.children[2].start");
        Throws(Doc(eof: "{\"kind\":\"EndOfFileToken\",\"text\":\"\",\"start\":1e400}"), "$.root.children[2].start");
        Throws(Doc(eof: "{\"kind\":\"EndOfFileToken\",\"text\":\"\",\"start\":{}}"), "$.root.children[2].start");
        Throws(Doc(eof: "{\"kind\":\"EndOfFileToken\",\"text\":\"\",\"colour\":1}"), "$.root.children[2].colour");
        Throws(Doc(eof: "{\"kind\":\"EndOfFileToken\",\"text\":\"\",\"text\":\"\"}"), "$.root.children[2].text");
        Throws(Doc(body: "7"), PreamblePath + ".children[4][0]");
        Throws(Doc().Replace("\"schemaVersion\":1", "\"schemaVersion\":3", StringComparison.Ordinal), "$.schemaVersion");
        Throws(Doc().Replace("\"schemaVersion\":1", "\"schemaVersion\":\"1\"", StringComparison.Ordinal), "$.schemaVersion");
        Throws("[" + Doc() + "]", "$");
        Throws("42", "$");
    }

    [Fact]
    public void RootIsNotADocument()
    {
        var ex = Throws(Doc(root: Paragraph), "$.root.kind");
        Assert.Contains("Document", ex.Message, StringComparison.Ordinal);
        Throws(Doc(root: "null"), "$.root");
    }

    [Fact]
    public void SpansThatDoNotTile()
    {
        var tree = SyntaxTree.ParseText("政府工作报告\n各位代表：\n一、2022年工作回顾\n过去一年。\n");
        string json = SyntaxTreeJson.Serialize(tree);
        Assert.Equal(tree.GetRoot().ToFullString(), SyntaxTreeJson.Deserialize(json).GetRoot().ToFullString());

        // Shift the start of the first token after position 0; overlapping and gapped claims both fail.
        int at = json.IndexOf("\"start\":7,", StringComparison.Ordinal);
        Assert.True(at > 0);
        var ex = Throws(json.Remove(at, "\"start\":7,".Length).Insert(at, "\"start\":5,"));
        Assert.EndsWith(".start", ex.JsonPath, StringComparison.Ordinal);
        Assert.Contains("tile", ex.Message, StringComparison.Ordinal);
        Throws(json.Remove(at, "\"start\":7,".Length).Insert(at, "\"start\":9,"));

        // A wrong width, and a wrong total length.
        int width = json.IndexOf("\"width\":7,", StringComparison.Ordinal);
        Assert.EndsWith(".width", Throws(json.Remove(width, 10).Insert(width, "\"width\":8,")).JsonPath, StringComparison.Ordinal);
        int length = tree.GetRoot().FullSpan.Length;
        Throws(json.Replace($"\"length\":{length},", $"\"length\":{length + 1},", StringComparison.Ordinal), "$.length");

        // A diagnostic outside the text.
        Throws(Doc().TrimEnd('}') + "},\"diagnostics\":[{\"id\":\"RPT0001\",\"severity\":\"warning\",\"start\":100,\"length\":1,\"message\":\"m\"}]}", "$.diagnostics[0].start");
        Throws(Doc().TrimEnd('}') + "},\"diagnostics\":[{\"id\":\"RPT0001\",\"severity\":\"fatal\",\"start\":0,\"length\":1,\"message\":\"m\"}]}", "$.diagnostics[0].severity");
        Throws(Doc().TrimEnd('}') + "},\"diagnostics\":[{\"id\":\"RPT0001\"}]}", "$.diagnostics[0]");
    }

    [Fact]
    public void TruncatedInputAtManyPoints()
    {
        var tree = SyntaxTree.ParseText(TestPaths.ReadSeed(Path.GetFileName(TestPaths.SeedFiles.First())));
        string json = SyntaxTreeJson.Serialize(tree);
        var random = new Random(3);
        var cuts = new List<int> { 0, 1, 2, 10, json.Length / 2, json.Length - 2, json.Length - 1 };
        for (int i = 0; i < 25; i++)
        {
            cuts.Add(random.Next(json.Length));
        }

        foreach (int cut in cuts)
        {
            var ex = Throws(json[..cut]);
            Assert.Contains(cut < 2 ? "JSON" : "", ex.Message, StringComparison.Ordinal);
        }

        // Truncated bytes in the middle of a multi-byte character.
        byte[] bytes = Encoding.UTF8.GetBytes(Doc());
        int chinese = Array.IndexOf(bytes, (byte)0xE6);
        using var stream = new MemoryStream(bytes[..(chinese + 1)]);
        Assert.Throws<ReportJsonException>(() => SyntaxTreeJson.Deserialize(stream));
    }

    [Fact]
    public void NonJsonInput()
    {
        Throws(string.Empty, "$");
        Throws("   ", "$");
        Throws("hello", "$");
        Throws("<html><body>政府工作报告</body></html>", "$");
        Throws("{\"schemaVersion\":1,", "$");
        Throws(Doc() + "x", "$");
        Throws(Doc() + "{}");
        Throws("{'schemaVersion':1}", "$");
        Throws("{\"schemaVersion\":1 /* c */ }", "$");

        var random = new Random(11);
        for (int i = 0; i < 20; i++)
        {
            byte[] garbage = new byte[random.Next(1, 4000)];
            random.NextBytes(garbage);
            using var stream = new MemoryStream(garbage);
            var ex = Assert.Throws<ReportJsonException>(() => SyntaxTreeJson.Deserialize(stream));
            Assert.False(string.IsNullOrEmpty(ex.JsonPath));
        }

        // Invalid UTF-8 inside a string.
        byte[] bytes = Encoding.UTF8.GetBytes(Doc());
        int chinese = Array.IndexOf(bytes, (byte)0xE6);
        bytes[chinese + 1] = 0x20;
        using var broken = new MemoryStream(bytes);
        Assert.Throws<ReportJsonException>(() => SyntaxTreeJson.Deserialize(broken));
    }

    [Fact]
    public void NestedArrays100000Deep()
    {
        string json = "{\"schemaVersion\":1,\"root\":{\"kind\":\"Document\",\"children\":" + new string('[', 100_000) + new string(']', 100_000) + "}}";
        var ex = Throws(json);
        Assert.StartsWith("$.root.children", ex.JsonPath, StringComparison.Ordinal);
        Throws(new string('[', 100_000) + new string(']', 100_000), "$");
    }

    [Fact]
    public void NestedNodes100000DeepHitTheDepthLimit()
    {
        string json = DeepItems(100_000 / 3, out _);
        var ex = Throws(json);
        Assert.Contains("256", ex.Message, StringComparison.Ordinal);
        Assert.Contains("depth", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void NestedNodes100000DeepAreReadIterativelyWhenTheLimitIsRaised()
    {
        // 33 333 numbered items, each inside the previous one's body: 100 000 levels of JSON nesting. With the limit
        // raised the reader, the tree and the writer handle it without recursion.
        string json = DeepItems(100_000 / 3, out string text);
        var tree = SyntaxTreeJson.Deserialize(json, options: new SyntaxTreeJsonOptions { MaxDepth = 200_000 });
        Assert.Equal(text, tree.GetRoot().ToFullString());
        string again = SyntaxTreeJson.Serialize(tree);
        Assert.Equal(text, SyntaxTreeJson.Deserialize(again, options: new SyntaxTreeJsonOptions { MaxDepth = 200_000 }).GetRoot().ToFullString());
    }

    /// <summary>A document with <paramref name="levels"/> numbered items nested in each other's bodies.</summary>
    private static string DeepItems(int levels, out string text)
    {
        const string Marker = "{\"kind\":\"NumberingMarkerToken\",\"text\":\"1.\"}";
        var builder = new StringBuilder();
        builder.Append(Doc(body: "§")[..Doc(body: "§").IndexOf('§', StringComparison.Ordinal)]);
        for (int i = 0; i < levels; i++)
        {
            builder.Append("{\"kind\":\"NumberedItem\",\"children\":[").Append(Marker).Append(",[],[");
        }

        for (int i = 0; i < levels; i++)
        {
            builder.Append("]]}");
        }

        string doc = Doc(body: "§");
        builder.Append(doc[(doc.IndexOf('§', StringComparison.Ordinal) + 1)..]);
        text = "政府工作报告" + string.Concat(Enumerable.Repeat("1.", levels));
        return builder.ToString();
    }

    [Fact]
    public void A200MegabyteStringIsRejectedWithoutBufferingItWhole()
    {
        // The string is produced lazily by the stream: 200 MB of text that never exists in memory at once. The reader
        // grows its buffer only up to MaxTokenBytes (64 MiB) and then stops.
        const long Size = 200L * 1024 * 1024;
        byte[] prefix = Encoding.UTF8.GetBytes("{\"schemaVersion\":1,\"root\":{\"kind\":\"Document\",\"children\":[null,[],{\"kind\":\"EndOfFileToken\",\"text\":\"");
        byte[] suffix = Encoding.UTF8.GetBytes("\"}]}}");
        using var stream = new GeneratedStream(prefix, Size, suffix);
        var ex = Assert.Throws<ReportJsonException>(() => SyntaxTreeJson.Deserialize(stream));
        Assert.Equal("$.root.children[2].text", ex.JsonPath);
        Assert.Contains("limit", ex.Message, StringComparison.Ordinal);
        Assert.True(stream.Position < 130L * 1024 * 1024, $"read {stream.Position} bytes");
    }

    [Fact]
    public void ALargeStringInAStringIsRejectedByALowerLimit()
    {
        string big = new('政', 3 * 1024 * 1024);
        string json = Doc(eof: "{\"kind\":\"EndOfFileToken\",\"text\":\"" + big + "\"}");
        Throws(json, "$.root.children[2].text", new SyntaxTreeJsonOptions { MaxTokenBytes = 1024 * 1024 });

        // Under the default limit it is read.
        var tree = SyntaxTreeJson.Deserialize(Doc(eof: "{\"kind\":\"EndOfFileToken\",\"text\":\"\",\"leading\":[{\"kind\":\"SkippedTextTrivia\",\"text\":\"" + big + "\"}]}"));
        Assert.Equal(big.Length + "政府工作报告正文".Length, tree.GetRoot().FullSpan.Length);
    }

    /// <summary>A read-only stream of prefix, <c>size</c> bytes of 'a', and suffix, generated as it is read.</summary>
    private sealed class GeneratedStream(byte[] prefix, long size, byte[] suffix) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => prefix.Length + size + suffix.Length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int written = 0;
            while (written < count && _position < Length)
            {
                if (_position < prefix.Length)
                {
                    buffer[offset + written++] = prefix[_position++];
                }
                else if (_position < prefix.Length + size)
                {
                    int n = (int)Math.Min(count - written, prefix.Length + size - _position);
                    buffer.AsSpan(offset + written, n).Fill((byte)'a');
                    written += n;
                    _position += n;
                }
                else
                {
                    buffer[offset + written++] = suffix[_position++ - prefix.Length - size];
                }
            }

            return written;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
