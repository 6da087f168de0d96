using System.Text;
using ReportSdk.Text;

namespace ReportSdk.Tests.Text;

/// <summary>
/// UTF-8 is validated and transcoded in one pass (a pooled buffer up to a few MB, the strict decoder above): both
/// paths give the text <see cref="Encoding.UTF8"/> gives, and damaged UTF-8 still falls back to replacement.
/// </summary>
public sealed class Utf8DecodeTests
{
    private static readonly string Paragraph = "一、2023年工作回顾\n过去一年，我们坚持稳中求进，GDP增长5.2%。“十四五”规划𠀀顺利推进！\r\n";

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    [InlineData(60_000)] // about 8 MB of UTF-8: past the pooled buffer's limit
    public void Valid_utf8_decodes_to_the_same_text_on_both_paths(int copies)
    {
        string text = string.Concat(Enumerable.Repeat(Paragraph, copies));
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        var source = SourceText.From(bytes);
        Assert.Equal(text, source.ToString());
        Assert.False(source.EncodingWasGuessed);

        byte[] withBom = [0xEF, 0xBB, 0xBF, .. bytes];
        var fromBom = SourceText.From(withBom);
        Assert.Equal(text, fromBom.ToString());
        Assert.False(fromBom.EncodingWasGuessed);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(60_000)]
    public void One_damaged_byte_is_replaced_and_marks_the_guess(int copies)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Paragraph, copies)));
        int middle = bytes.Length / 2;
        while ((bytes[middle] & 0xC0) == 0x80)
        {
            middle++;
        }

        bytes[middle] = 0xFF;
        var source = SourceText.From(bytes);
        Assert.True(source.EncodingWasGuessed);
        Assert.Equal(new UTF8Encoding(false).GetString(bytes), source.ToString());
    }

    [Fact]
    public void Empty_input_after_a_bom_is_empty_text()
    {
        Assert.Equal(string.Empty, SourceText.From([0xEF, 0xBB, 0xBF]).ToString());
    }
}
