using System.Text;
using ReportSdk.Serialization;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.Serialization;

/// <summary>
/// <see cref="SyntaxTreeJsonOptions.MaxTokenBytes"/> is exact, and strings too long for one
/// <see cref="System.Text.Json.Utf8JsonWriter"/> value are written in segments with the same result.
/// </summary>
[Collection(Hostile.HostileCollection.Name)]
public sealed class SyntaxTreeJsonLimitTests
{
    private const int Limit = 100_000;

    [Theory]
    [InlineData(Limit, true)]
    [InlineData(Limit + 1, false)]
    [InlineData((Limit * 2) - 1000, false)]
    public void MaxTokenBytes_admits_exactly_its_value(int bytes, bool accepted)
    {
        var json = "{\"schemaVersion\":1,\"root\":{\"kind\":\"Document\",\"children\":[null,[],{\"kind\":\"EndOfFileToken\",\"text\":\"\",\"leading\":[{\"kind\":\"SkippedTextTrivia\",\"text\":\""
            + new string('a', bytes) + "\"}]}]}}";
        var options = new SyntaxTreeJsonOptions { MaxTokenBytes = Limit };
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        if (accepted)
        {
            Assert.Equal(bytes, SyntaxTreeJson.Deserialize(stream, options: options).GetRoot().FullSpan.Length);
        }
        else
        {
            var exception = Assert.Throws<ReportJsonException>(() => SyntaxTreeJson.Deserialize(stream, options: options));
            Assert.Contains("limit of 100000 bytes", exception.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Long_strings_are_written_in_segments_with_the_same_json()
    {
        // A line with pairs of astral characters, so segments end inside surrogate pairs too.
        var text = "政府工作报告\n" + string.Concat(Enumerable.Repeat("各位代表𠀀\"\\\t", 5000)) + "\n";
        var tree = SyntaxTree.ParseText(text);
        var whole = SyntaxTreeJson.Serialize(tree);
        int saved = SyntaxTreeJson.StringSegmentChars;
        string segmented;
        try
        {
            SyntaxTreeJson.StringSegmentChars = 7;
            segmented = SyntaxTreeJson.Serialize(tree);
        }
        finally
        {
            SyntaxTreeJson.StringSegmentChars = saved;
        }

        Assert.Equal(whole, segmented);
        Assert.Equal(text, SyntaxTreeJson.Deserialize(segmented).GetRoot().ToFullString());
    }

    [Fact]
    public void A_line_longer_than_one_json_writer_value_is_written()
    {
        if (!Hostile.HostileMeasure.FullSize)
        {
            return; // 170 million characters: with REPORTSDK_HOSTILE_FULL=1 only.
        }

        var tree = SyntaxTree.ParseText(new string('a', 170_000_000));
        using var counter = new CountingStream();
        SyntaxTreeJson.Serialize(counter, tree);
        Assert.True(counter.Length > 170_000_000);
    }

    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;
    }
}
