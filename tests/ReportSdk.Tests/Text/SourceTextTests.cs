using System.Text;
using ReportSdk.Text;

namespace ReportSdk.Tests.Text;

public class SourceTextTests
{
    private const string Report = "政府工作报告\n各位代表：";

    private static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    [Fact]
    public void FromString_KeepsTextAndEncoding()
    {
        var text = SourceText.From(Report);
        Assert.Equal(Report, text.ToString());
        Assert.Equal(Report.Length, text.Length);
        Assert.Equal('府', text[1]);
        Assert.Null(text.Encoding);
        Assert.False(text.EncodingWasGuessed);
        Assert.Same(Encoding.UTF8, SourceText.From("x", Encoding.UTF8).Encoding);
        Assert.Throws<ArgumentNullException>(() => SourceText.From((string)null!));
    }

    [Fact]
    public void Utf8WithoutBom()
    {
        var text = SourceText.From(Encoding.UTF8.GetBytes(Report));
        Assert.Equal(Report, text.ToString());
        Assert.Equal("utf-8", text.Encoding!.WebName);
        Assert.Empty(text.Encoding.GetPreamble());
        Assert.False(text.EncodingWasGuessed);
    }

    [Fact]
    public void Utf8WithBom_StripsBom()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Report)];
        var text = SourceText.From(bytes);
        Assert.Equal(Report, text.ToString());
        Assert.Equal('政', text[0]);
        Assert.Equal("utf-8", text.Encoding!.WebName);
        Assert.Equal([0xEF, 0xBB, 0xBF], text.Encoding.GetPreamble());
        Assert.False(text.EncodingWasGuessed);
    }

    [Fact]
    public void Utf16LeWithBom()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Report)];
        var text = SourceText.From(bytes);
        Assert.Equal(Report, text.ToString());
        Assert.Equal("utf-16", text.Encoding!.WebName);
        Assert.False(text.EncodingWasGuessed);
    }

    [Fact]
    public void Utf16BeWithBom()
    {
        byte[] bytes = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Report)];
        var text = SourceText.From(bytes);
        Assert.Equal(Report, text.ToString());
        Assert.Equal("utf-16BE", text.Encoding!.WebName);
        Assert.False(text.EncodingWasGuessed);
    }

    [Fact]
    public void Utf16WithoutBom_IsGuessedFromZeroBytes()
    {
        const string ascii = "Government Work Report 2024\n";
        var le = SourceText.From(Encoding.Unicode.GetBytes(ascii));
        Assert.Equal(ascii, le.ToString());
        Assert.Equal("utf-16", le.Encoding!.WebName);
        Assert.True(le.EncodingWasGuessed);

        var be = SourceText.From(Encoding.BigEndianUnicode.GetBytes(ascii));
        Assert.Equal(ascii, be.ToString());
        Assert.Equal("utf-16BE", be.Encoding!.WebName);
        Assert.True(be.EncodingWasGuessed);
    }

    [Fact]
    public void Gb18030_IsDecodedWithoutGuessing()
    {
        byte[] bytes = Gb18030().GetBytes(Report);
        Assert.Equal(0xD5, bytes[0]); // 政 = D5 FE in GB2312/GBK/GB18030
        var text = SourceText.From(bytes);
        Assert.Equal(Report, text.ToString());
        Assert.Equal("gb18030", text.Encoding!.WebName);
        Assert.Equal(54936, text.Encoding.CodePage);
        Assert.False(text.EncodingWasGuessed);
        Assert.Equal(2, text.Lines.Count);
    }

    [Fact]
    public void InvalidBytes_AreReplacedAndMarkedGuessed()
    {
        // 0x80 and 0xFF are invalid lead bytes in both UTF-8 and GB18030.
        var text = SourceText.From(new byte[] { (byte)'a', 0x80, (byte)'b', 0xFF });
        Assert.Equal("a\uFFFDb\uFFFD", text.ToString());
        Assert.Equal("gb18030", text.Encoding!.WebName);
        Assert.True(text.EncodingWasGuessed);
    }

    [Fact]
    public void InvalidUtf8AfterBom_IsReplacedAndMarkedGuessed()
    {
        var text = SourceText.From(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', 0xC3 });
        Assert.Equal("a\uFFFD", text.ToString());
        Assert.Equal("utf-8", text.Encoding!.WebName);
        Assert.True(text.EncodingWasGuessed);
    }

    [Fact]
    public void LegitimateReplacementCharacter_IsNotAGuess()
    {
        var text = SourceText.From(Encoding.UTF8.GetBytes("a\uFFFDb"));
        Assert.Equal("a\uFFFDb", text.ToString());
        Assert.False(text.EncodingWasGuessed);
    }

    [Fact]
    public void EmptyBytes_GiveEmptyUtf8Text()
    {
        var text = SourceText.From(Array.Empty<byte>());
        Assert.Equal(0, text.Length);
        Assert.Equal("", text.ToString());
        Assert.Equal("utf-8", text.Encoding!.WebName);
        Assert.False(text.EncodingWasGuessed);
        Assert.Single(text.Lines);
    }

    [Fact]
    public void FromStream_ReadsFromCurrentPosition()
    {
        byte[] payload = Gb18030().GetBytes(Report);
        using var stream = new MemoryStream([0x00, 0x00, .. payload]);
        stream.Position = 2;
        var text = SourceText.From(stream);
        Assert.Equal(Report, text.ToString());
        Assert.Equal("gb18030", text.Encoding!.WebName);
        Assert.Equal(stream.Length, stream.Position);
    }

    [Fact]
    public void FromSpan_MatchesFromArray()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Report);
        Assert.Equal(Report, SourceText.From(bytes.AsSpan()).ToString());
    }

    [Fact]
    public void SpansAndCopy()
    {
        var text = SourceText.From(Report);
        Assert.Equal("工作", text.ToString(new TextSpan(2, 2)));
        Assert.Equal("工作", text.AsSpan(new TextSpan(2, 2)).ToString());
        Assert.Equal(Report, text.AsSpan().ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => text.ToString(new TextSpan(10, 5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => text.AsSpan(new TextSpan(Report.Length, 1)));

        var buffer = new char[6];
        text.CopyTo(7, buffer, 1, 4);
        Assert.Equal("\0各位代表\0", new string(buffer));
    }

    [Fact]
    public void WithChanges_AppliesSortedChanges()
    {
        var text = SourceText.From("政府工作报告\n各位代表：", Encoding.UTF8);
        var changed = text.WithChanges(
            new TextChange(new TextSpan(0, 0), "2024年"),        // insert at start
            new TextChange(new TextSpan(2, 2), "WORK"),          // replace 工作
            new TextChange(new TextSpan(7, 2), ""),              // delete 各位
            new TextChange(new TextSpan(12, 0), "\n现在"));       // append at end
        Assert.Equal("2024年政府WORK报告\n代表：\n现在", changed.ToString());
        Assert.Same(Encoding.UTF8, changed.Encoding);
        Assert.Equal("政府工作报告\n各位代表：", text.ToString()); // original unchanged
        Assert.Same(text, text.WithChanges());
        Assert.Equal("ab", SourceText.From("").WithChanges(new List<TextChange> { new(default, "a"), new(default, "b") }).ToString());
    }

    [Fact]
    public void WithChanges_RejectsOverlappingUnsortedOrOutOfRange()
    {
        var text = SourceText.From("0123456789");
        Assert.Throws<ArgumentException>(() => text.WithChanges(
            new TextChange(new TextSpan(2, 3), "x"), new TextChange(new TextSpan(4, 2), "y")));
        Assert.Throws<ArgumentException>(() => text.WithChanges(
            new TextChange(new TextSpan(5, 1), "x"), new TextChange(new TextSpan(1, 1), "y")));
        Assert.Throws<ArgumentOutOfRangeException>(() => text.WithChanges(new TextChange(new TextSpan(8, 3), "x")));
        Assert.Equal("01xy456789", text.WithChanges(
            new TextChange(new TextSpan(2, 1), "x"), new TextChange(new TextSpan(3, 1), "y")).ToString());
    }

    [Fact]
    public void TextChange_EqualityAndToString()
    {
        var a = new TextChange(new TextSpan(1, 2), "新");
        Assert.True(a == new TextChange(new TextSpan(1, 2), "新"));
        Assert.True(a != new TextChange(new TextSpan(1, 2), "旧"));
        Assert.Equal("[1..3) => \"新\"", a.ToString());
        Assert.Equal("", default(TextChange).NewText);
        Assert.Throws<ArgumentNullException>(() => new TextChange(default, null!));
    }
}
