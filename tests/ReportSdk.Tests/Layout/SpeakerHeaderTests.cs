using ReportSdk.Semantics.Outline;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.Layout;

/// <summary>Speaker lines written as a header with a colon (made-up texts).</summary>
public sealed class SpeakerHeaderTests
{
    [Theory]
    [InlineData("县长：王立新")]
    [InlineData("报告人：王立新")]
    [InlineData("青川县人民政府县长： 王立新")]
    public void OfficeOrReporterHeader_ColonThenName_IsTheSpeaker(string speaker)
    {
        string text = "2024年青川县政府工作报告\n——2024年1月10日在青川县第十八届人民代表大会第四次会议上\n" + speaker
            + "\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2023年工作回顾\n过去一年成绩显著。\n各位代表！让我们团结奋斗！\n";
        var tree = SyntaxTree.ParseText(text);
        Assert.Equal(text, tree.GetRoot().ToFullString());
        var report = Assert.Single(OutlineBuilder.Build(tree).Reports);
        Assert.Equal(speaker, report.Speaker);
        Assert.NotNull(report.Meeting);
    }

    [Theory]
    [InlineData("来源：青川日报")]
    [InlineData("说明：本报告为征求意见稿，请提出意见。")]
    [InlineData("时间：2024年1月10日")]
    public void OtherColonLines_AreNotSpeakers(string line)
    {
        // (A name before a colon that a salutation follows — 张明华：各位代表，… — is the speaker fused into the
        // salutation: GenreVariantTests.SpeakerFusedIntoTheSalutation_IsTheSpeaker.)
        string text = "2024年青川县政府工作报告\n" + line + "\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n一、2023年工作回顾\n各位代表！让我们团结奋斗！\n";
        var report = Assert.Single(OutlineBuilder.Build(SyntaxTree.ParseText(text)).Reports);
        Assert.Null(report.Speaker);
    }
}
