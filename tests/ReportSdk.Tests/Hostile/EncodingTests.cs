using System.Text;
using ReportSdk.Syntax;
using ReportSdk.Text;

namespace ReportSdk.Tests.Hostile;

/// <summary>
/// Encoding detection on real bytes: GB18030 made from every seed, UTF-8 with and without BOM, UTF-16 LE/BE
/// with BOM, through both <c>SourceText.From(byte[])</c> and <c>SourceText.From(Stream)</c>; and bytes that
/// are none of these, which must give RPT0008 naming the encoding assumed.
/// </summary>
public class EncodingTests
{
    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string> Seeds() => TestPaths.SeedNames();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Gb18030BytesOfEverySeedDecodeExactly(string seed)
    {
        string original = TestPaths.ReadSeed(seed);
        byte[] bytes = Encoding.GetEncoding("GB18030").GetBytes(original);
        foreach (var text in new[] { SourceText.From(bytes), SourceText.From(new MemoryStream(bytes)) })
        {
            Assert.Equal(original, text.ToString());
            Assert.Equal(54936, text.Encoding!.CodePage);
            var tree = SyntaxTree.ParseText(text);
            Assert.Equal(original, tree.GetRoot().ToFullString());

            // Decoded without replacement characters, but the encoding was inferred: RPT0008 says which.
            var rpt0008 = Assert.Single(tree.GetDiagnostics(), d => d.Id == "RPT0008");
            Assert.Contains("GB18030", rpt0008.GetMessage(), StringComparison.OrdinalIgnoreCase);
            Assert.Equal(0, rpt0008.Location.SourceSpan.Start);
        }
    }

    public static TheoryData<string, string> SeedsAndBomEncodings()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in TestPaths.SeedFiles)
        {
            foreach (string encoding in new[] { "utf-8-bom", "utf-8", "utf-16le-bom", "utf-16be-bom" })
            {
                data.Add(Path.GetFileName(file), encoding);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SeedsAndBomEncodings))]
    public void UnicodeEncodingsDecodeExactlyWithoutDiagnostic(string seed, string encodingName)
    {
        string original = TestPaths.ReadSeed(seed);
        Encoding encoding = encodingName switch
        {
            "utf-8-bom" => new UTF8Encoding(true),
            "utf-8" => new UTF8Encoding(false),
            "utf-16le-bom" => new UnicodeEncoding(false, true),
            _ => new UnicodeEncoding(true, true),
        };
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(original)];
        foreach (var text in new[] { SourceText.From(bytes), SourceText.From(new MemoryStream(bytes)) })
        {
            Assert.Equal(original, text.ToString());
            Assert.False(text.EncodingWasGuessed);
            Assert.Equal(encoding.WebName, text.Encoding!.WebName);
            Assert.Equal(encoding.GetPreamble(), text.Encoding.GetPreamble());
            var tree = SyntaxTree.ParseText(text);
            Assert.Equal(original, tree.GetRoot().ToFullString());
            Assert.DoesNotContain(tree.GetDiagnostics(), d => d.Id == "RPT0008");
        }
    }

    public static TheoryData<string, byte[]> NeitherUtf8NorUtf16()
    {
        byte[] seedUtf8 = File.ReadAllBytes(TestPaths.SeedFiles.First());
        int lead = Array.FindLastIndex(seedUtf8, 4000, b => (b & 0xF0) == 0xE0);
        byte[] cut = seedUtf8[..(lead + 2)]; // a three-byte character cut after its second byte
        return new TheoryData<string, byte[]>
        {
            { "lone continuation bytes", [0x80, 0x81, 0xBF, 0x41, 0x0A] },
            { "0xFF bytes", [0xFF, 0xFF, 0x41, 0xFF] },
            { "overlong UTF-8", [0xC0, 0xAF, 0xE0, 0x80, 0xAF] },
            { "UTF-8 surrogate", [0xED, 0xA0, 0x80, 0x0A] },
            { "seed with invalid bytes", [.. seedUtf8[..1000], 0xFF, 0xFE, 0x80, .. seedUtf8[1000..2000]] },
            { "UTF-8 cut inside a character", cut },
            { "GB18030 with a truncated pair", [.. Encoding.GetEncoding("GB18030").GetBytes("政府工作报告"), 0x81] },
            { "random bytes", HostileInputs.RandomBytes(10_000, 7) },
        };
    }

    [Theory]
    [MemberData(nameof(NeitherUtf8NorUtf16))]
    public void BytesThatAreNeitherGiveRpt0008NamingTheAssumedEncoding(string name, byte[] bytes)
    {
        var text = SourceText.From(bytes);
        var tree = SyntaxTree.ParseText(text);
        Assert.Equal(text.ToString(), tree.GetRoot().ToFullString());
        var rpt0008 = Assert.Single(tree.GetDiagnostics(), d => d.Id == "RPT0008");
        Assert.NotNull(text.Encoding);
        Assert.True(rpt0008.GetMessage().Contains(text.Encoding!.WebName, StringComparison.OrdinalIgnoreCase), $"{name}: '{rpt0008.GetMessage()}' does not name {text.Encoding.WebName}");
        Assert.True(text.EncodingWasGuessed || text.Encoding.CodePage == 54936, name);
    }

    [Fact]
    public void EmptyAndTinyByteInputs()
    {
        foreach (byte[] bytes in new byte[][] { [], [0], [0xEF], [0xEF, 0xBB], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0x41], [0xFE, 0xFF, 0x00], [0x0D], [0x0A, 0x0D] })
        {
            var text = SourceText.From(bytes);
            var tree = SyntaxTree.ParseText(text);
            Assert.Equal(text.ToString(), tree.GetRoot().ToFullString());
        }
    }
}
