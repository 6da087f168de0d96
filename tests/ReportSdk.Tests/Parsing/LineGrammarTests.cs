using ReportSdk.Parsing;

using ReportSdk.Syntax;

namespace ReportSdk.Tests.Parsing;

public class LineGrammarTests
{
    [Theory]
    [InlineData("一、加快发展", NumberingStyle.ChineseComma, 1, 2)]
    [InlineData("十二、加快发展", NumberingStyle.ChineseComma, 12, 3)]
    [InlineData("二十一、加快发展", NumberingStyle.ChineseComma, 21, 4)]
    [InlineData("三，加快发展", NumberingStyle.ChineseComma, 3, 2)]
    [InlineData("(一)加快发展", NumberingStyle.ChineseParenthesized, 1, 3)]
    [InlineData("（一）加快发展", NumberingStyle.ChineseParenthesized, 1, 3)]
    [InlineData("一是加快发展", NumberingStyle.OrdinalClause, 1, 2)]
    [InlineData("十二是稳就业", NumberingStyle.OrdinalClause, 12, 3)]
    [InlineData("（十一）加快发展", NumberingStyle.ChineseParenthesized, 11, 4)]
    [InlineData("(一）mixed", NumberingStyle.ChineseParenthesized, 1, 3)]
    [InlineData("(12)加快发展", NumberingStyle.ArabicParenthesized, 12, 4)]
    [InlineData("（3）加快发展", NumberingStyle.ArabicParenthesized, 3, 3)]
    [InlineData("（３）加快发展", NumberingStyle.ArabicParenthesized, 3, 3)]
    [InlineData("1.加快发展", NumberingStyle.Arabic, 1, 2)]
    [InlineData("1. 加快发展", NumberingStyle.Arabic, 1, 2)]
    [InlineData("1、加快发展", NumberingStyle.Arabic, 1, 2)]
    [InlineData("1．加快发展", NumberingStyle.Arabic, 1, 2)]
    [InlineData("１２．加快发展", NumberingStyle.Arabic, 12, 3)]
    [InlineData("123.加快发展", NumberingStyle.Arabic, 123, 4)]
    [InlineData("①加快发展", NumberingStyle.Circled, 1, 1)]
    [InlineData("⑳加快发展", NumberingStyle.Circled, 20, 1)]
    [InlineData("㉑加快发展", NumberingStyle.Circled, 21, 1)]
    [InlineData("第一，要加快发展", NumberingStyle.ChineseOrdinal, 1, 3)]
    [InlineData("第三、要加快发展", NumberingStyle.ChineseOrdinal, 3, 3)]
    [InlineData("第十二：要加快发展", NumberingStyle.ChineseOrdinal, 12, 4)]
    [InlineData("第二,要加快发展", NumberingStyle.ChineseOrdinal, 2, 3)]
    public void NumberingMarker_ParsesStyleNumberAndEnd(string text, NumberingStyle style, int number, int expectedNext)
    {
        Assert.True(LineGrammar.TryParse(LineGrammar.NumberingMarker, text, 0, text.Length, out var shape, out int next));
        Assert.Equal(style, shape.Style);
        Assert.Equal(number, shape.Number);
        Assert.Equal(expectedNext, next);
    }

    [Theory]
    [InlineData("一、")]
    [InlineData("（一）")]
    [InlineData("1.")]
    [InlineData("①")]
    public void NumberingMarker_AloneOnItsLine_EndsAtEndOfInput(string text)
    {
        Assert.True(LineGrammar.TryParse(LineGrammar.NumberingMarker, text, 0, text.Length, out var shape, out int next));
        Assert.Equal(text.Length, next);
        Assert.Equal(1, shape.Number);
    }

    [Fact]
    public void NumberingMarker_RespectsStartOffset()
    {
        string text = "    （二）推进改革";
        Assert.True(LineGrammar.TryParse(LineGrammar.NumberingMarker, text, 4, text.Length, out var shape, out int next));
        Assert.Equal(NumberingStyle.ChineseParenthesized, shape.Style);
        Assert.Equal(2, shape.Number);
        Assert.Equal(7, next);
    }

    [Fact]
    public void NumberingMarker_RespectsEndOfWindow()
    {
        // The window stops before the punctuation: the marker is incomplete.
        string text = "一、加快发展";
        Assert.False(LineGrammar.TryParse(LineGrammar.NumberingMarker, text, 0, 1, out _, out int next));
        Assert.Equal(0, next);
    }

    [Theory]
    [InlineData("3. 5公里")]
    [InlineData("3.5公里")]
    [InlineData("24. 39%")]
    [InlineData("1.5%")]
    [InlineData("2.％")]
    [InlineData("2022年")]
    [InlineData("2022.加快")]
    [InlineData("一时加快发展")]
    [InlineData("加快发展")]
    [InlineData("各位代表：")]
    [InlineData("(一加快发展")]
    [InlineData("（）加快")]
    [InlineData("第一是")]
    [InlineData("")]
    public void NumberingMarker_RejectsNonMarkers(string text)
    {
        Assert.False(LineGrammar.TryParse(LineGrammar.NumberingMarker, text, 0, text.Length, out _, out int next));
        Assert.Equal(0, next);
    }

    [Theory]
    [InlineData("<sup>7</sup>", 7, 12)]
    [InlineData("<sup>7</sup>整治", 7, 12)]
    [InlineData("<SUP>12</sup>", 12, 13)]
    [InlineData("<sup>&</sup>lt;sup>1</sup>", 1, 26)]
    [InlineData("<sup>&</sup>quot;", -1, 17)]
    [InlineData("<sup>10 &</sup>quot;", 10, 20)]
    [InlineData("<sup></sup>", -1, 11)]
    public void SuperscriptMark_ReadsTheNumber(string text, int number, int expectedNext)
    {
        Assert.True(LineGrammar.TryParse(LineGrammar.SuperscriptMark, text, 0, text.Length, out int value, out int next));
        Assert.Equal(number, value);
        Assert.Equal(expectedNext, next);
    }

    [Theory]
    [InlineData("<sup>7")]
    [InlineData("<b>7</b>")]
    [InlineData("sup>7</sup>")]
    public void SuperscriptMark_RejectsUnclosedOrOtherTags(string text)
    {
        Assert.False(LineGrammar.TryParse(LineGrammar.SuperscriptMark, text, 0, text.Length, out _, out _));
    }

    [Theory]
    [InlineData("[8]", 8, 3)]
    [InlineData("［1］", 1, 3)]
    [InlineData("〔3〕", 3, 3)]
    [InlineData("【4】", 4, 3)]
    [InlineData("[１]", 1, 3)]
    [InlineData("[ 12 ]术语", 12, 6)]
    [InlineData("［１２］", 12, 4)]
    public void BracketedNoteNumber_ReadsTheNumber(string text, int number, int expectedNext)
    {
        Assert.True(LineGrammar.TryParse(LineGrammar.BracketedNoteNumber, text, 0, text.Length, out int value, out int next));
        Assert.Equal(number, value);
        Assert.Equal(expectedNext, next);
    }

    [Theory]
    [InlineData("[江西]")]
    [InlineData("[LV.9]")]
    [InlineData("[8")]
    [InlineData("[2022]")]
    [InlineData("8]")]
    public void BracketedNoteNumber_RejectsOtherBrackets(string text)
    {
        Assert.False(LineGrammar.TryParse(LineGrammar.BracketedNoteNumber, text, 0, text.Length, out _, out _));
    }

    [Theory]
    [InlineData("一", 1)]
    [InlineData("九", 9)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十", 20)]
    [InlineData("二十一", 21)]
    [InlineData("两", 2)]
    [InlineData("一百", 100)]
    public void ParseChineseNumber_ConvertsValidNumerals(string text, int expected)
    {
        Assert.Equal(expected, CharClasses.ParseChineseNumber(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("甲")]
    [InlineData("一二")]
    [InlineData("十甲")]
    [InlineData("1")]
    [InlineData("一二三四五六七")]
    public void ParseChineseNumber_RejectsInvalidNumerals(string text)
    {
        Assert.Equal(-1, CharClasses.ParseChineseNumber(text));
    }

    [Theory]
    [InlineData('①', 1)]
    [InlineData('⑳', 20)]
    [InlineData('㉑', 21)]
    [InlineData('㉟', 35)]
    [InlineData('㊱', 36)]
    [InlineData('㊿', 50)]
    [InlineData('a', -1)]
    [InlineData('〇', -1)]
    public void CircledValue_CoversAllThreeBlocks(char c, int expected)
    {
        Assert.Equal(expected, CharClasses.CircledValue(c));
    }

    [Theory]
    [InlineData('0', true, 0)]
    [InlineData('9', true, 9)]
    [InlineData('０', true, 0)]
    [InlineData('９', true, 9)]
    public void DigitClass_AcceptsAsciiAndFullWidth(char c, bool isDigit, int value)
    {
        Assert.Equal(isDigit, CharClasses.IsDigit(c));
        Assert.Equal(value, CharClasses.DigitValue(c));
    }

    [Theory]
    [InlineData('٣')] // Arabic-Indic three: Sprache's Digit accepts it, ours must not.
    [InlineData('①')]
    [InlineData('一')]
    [InlineData('a')]
    public void DigitClass_RejectsOtherDigitLikeCharacters(char c)
    {
        Assert.False(CharClasses.IsDigit(c));
    }

    [Theory]
    [InlineData(' ', true)]
    [InlineData('\u00A0', true)]
    [InlineData('\u3000', true)]
    [InlineData('\t', true)]
    [InlineData('\n', false)]
    [InlineData('\r', false)]
    [InlineData('一', false)]
    public void SpaceClass_IncludesNbspAndIdeographicSpaceButNotBreaks(char c, bool expected)
    {
        Assert.Equal(expected, CharClasses.IsSpace(c));
    }

    [Fact]
    public void SpaceCharacters_AreExactlyTheSpaceClass()
    {
        for (int c = char.MinValue; c <= char.MaxValue; c++)
        {
            Assert.True(CharClasses.IsSpace((char)c) == CharClasses.SpaceCharacters.Contains((char)c), $"U+{c:X4}");
        }
    }
}
