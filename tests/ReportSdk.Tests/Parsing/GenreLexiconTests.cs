using ReportSdk.Parsing;

namespace ReportSdk.Tests.Parsing;

public class GenreLexiconTests
{
    [Theory]
    [InlineData("镇长 罗杰成")]
    [InlineData("鹤山市人民政府市长 张华景")]
    [InlineData("镇委副书记、镇长  欧超泉")]
    [InlineData("市长 吴艳")]
    [InlineData("陕西省省长 赵刚")]
    [InlineData("市长\u3000吴艳")]
    [InlineData("市长吴艳")]
    [InlineData("国务院总理 李强")]
    public void IsSpeakerLine_AcceptsOfficeAndName(string text)
    {
        Assert.True(GenreLexicon.IsSpeakerLine(text));
    }

    [Theory]
    [InlineData("我们坚持稳中求进工作总基调，推动经济高质量发展。")]
    [InlineData("2022年工作回顾")]
    [InlineData("各位代表：")]
    [InlineData("政府工作报告")]
    [InlineData("在市第七届人民代表大会第三次会议上")]
    [InlineData("综合实力进一步提升")]
    [InlineData("镇长 罗杰成同志代表镇人民政府作报告")]
    [InlineData("市长")]
    public void IsSpeakerLine_RejectsOtherLines(string text)
    {
        Assert.False(GenreLexicon.IsSpeakerLine(text));
    }

    [Theory]
    [InlineData("各位代表：")]
    [InlineData("各位代表:")]
    [InlineData("各位代表！")]
    [InlineData("各位代表、各位委员：")]
    [InlineData("各位委员：")]
    [InlineData("同志们：")]
    public void IsSalutationLine_AcceptsSalutations(string text)
    {
        Assert.True(GenreLexicon.IsSalutationLine(text));
    }

    [Theory]
    [InlineData("各位代表！新的一年，让我们在市委的坚强领导下，奋力谱写高质量发展新篇章！")]
    [InlineData("现在，我代表市人民政府向大会报告工作，请予审议。")]
    [InlineData("代表大会")]
    [InlineData("各位代表：2023")]
    public void IsSalutationLine_RejectsParagraphs(string text)
    {
        Assert.False(GenreLexicon.IsSalutationLine(text));
    }

    [Theory]
    [InlineData("注释")]
    [InlineData("注 释")]
    [InlineData("注释：")]
    [InlineData("名词解释")]
    [InlineData("名 词 解 释")]
    [InlineData("《政府工作报告》有关用语说明")]
    [InlineData("附件2 名词解释")]
    [InlineData("附件：名词解释")]
    [InlineData("\u3000注\u3000释")]
    public void IsNotesHeading_AcceptsHeadings(string text)
    {
        Assert.True(GenreLexicon.IsNotesHeading(text));
    }

    [Theory]
    [InlineData("注意安全")]
    [InlineData("注释说明了什么")]
    [InlineData("附件1 2026年省十件民生实事")]
    [InlineData("2022年工作回顾")]
    [InlineData("名词解释：本报告中的名词解释如下所列，请各位代表参阅。")]
    public void IsNotesHeading_RejectsOtherLines(string text)
    {
        Assert.False(GenreLexicon.IsNotesHeading(text));
    }

    [Theory]
    [InlineData("2022年工作回顾", nameof(SectionKind.Review))]
    [InlineData("2021 年工作回顾", nameof(SectionKind.Review))]
    [InlineData("过去五年工作回顾", nameof(SectionKind.Review))]
    [InlineData("2022年工作安排", nameof(SectionKind.Plan))]
    [InlineData("2023年工作目标及安排", nameof(SectionKind.Plan))]
    [InlineData("2023年工作思路", nameof(SectionKind.Plan))]
    [InlineData("2023年目标任务和主要工作", nameof(SectionKind.Plan))]
    [InlineData("政府自身建设", nameof(SectionKind.SelfBuilding))]
    [InlineData("全面加强政府自身建设", nameof(SectionKind.SelfBuilding))]
    [InlineData("全面提升政府治理效能", nameof(SectionKind.SelfBuilding))]
    [InlineData("推动稳增长，经济质效迈向新台阶", nameof(SectionKind.Other))]
    [InlineData("外事工作", nameof(SectionKind.Other))]
    public void ClassifyHeading_ByWords(string text, string expected)
    {
        // SectionKind is internal, so the expected kind travels as its name.
        Assert.Equal(Enum.Parse<SectionKind>(expected), GenreLexicon.ClassifyHeading(text));
    }

    [Theory]
    [InlineData("政府工作报告", true)]
    [InlineData("政 府 工 作 报 告", true)]
    [InlineData("政\u3000府\u3000工\u3000作\u3000报\u3000告", true)]
    [InlineData("2023年乐平市政府工作报告", true)]
    [InlineData("横沥镇2023年政府工作报告 2", true)]
    [InlineData("政府工作", false)]
    [InlineData("政府 工作 报道", false)]
    [InlineData("", false)]
    public void ContainsReportWord_MatchesAcrossSpaces(string text, bool expected)
    {
        Assert.Equal(expected, GenreLexicon.ContainsReportWord(text));
    }

    [Fact]
    public void IndexOfIgnoringSpaces_ReturnsPositionAfterTheWord()
    {
        Assert.Equal(6, GenreLexicon.IndexOfIgnoringSpaces("政府工作报告（摘要）", GenreLexicon.ReportWord));
        Assert.Equal(11, GenreLexicon.IndexOfIgnoringSpaces("政 府 工 作 报 告——在", GenreLexicon.ReportWord));
        Assert.Equal(-1, GenreLexicon.IndexOfIgnoringSpaces("政府工作", GenreLexicon.ReportWord));
    }

    [Theory]
    [InlineData("设为首页收藏本站", true)]
    [InlineData("发表于 2023-6-22 18:57:35 | 显示全部楼层", true)]
    [InlineData("1、当您付费下载文档后，您只拥有了使用权限", true)]
    [InlineData("全年地区生产总值增长6.5%左右。", false)]
    public void ContainsChromePhrase_FindsWebChrome(string text, bool expected)
    {
        Assert.Equal(expected, GenreLexicon.ContainsChromePhrase(text));
    }

    [Theory]
    [InlineData("现在，我代表市人民政府向大会报告工作，请予审议。", true)]
    [InlineData("现在，我代表镇人民政府向大会作工作报告，请予审议，并请列席人员提出意见。", true)]
    [InlineData("过去一年，我们取得了显著成绩。", false)]
    public void IsOpening_NeedsTwoOpeningWords(string text, bool expected)
    {
        Assert.Equal(expected, GenreLexicon.IsOpening(text));
    }
}
