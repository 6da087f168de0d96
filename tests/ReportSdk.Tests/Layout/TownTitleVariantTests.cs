using ReportSdk.Semantics.Outline;
using static ReportSdk.Tests.Layout.VariantText;

namespace ReportSdk.Tests.Layout;

/// <summary>
/// Titles of town, street and county reports that do not contain 政府工作报告: recognised by their place right before
/// the meeting line (made-up texts; 柳溪街道 and 青山县 do not exist).
/// </summary>
public class TownTitleVariantTests
{
    private const string StreetMeeting = "——2026年1月10日在柳溪街道第二届人大代表和居民代表会议上";
    private const string StreetSpeaker = "街道办事处主任 陈晓东";

    [Theory]
    [InlineData("柳溪街道办事处工作报告")]
    [InlineData("柳溪街道2026年工作报告")]
    [InlineData("关于柳溪街道办事处工作情况的报告")]
    [InlineData("柳溪街道2025年工作总结及2026年工作计划")]
    [InlineData("柳溪街道办事处工作报告（摘要）")]
    public void ATitleWithoutTheReportWord_RightBeforeTheMeetingLine_IsTheTitle(string title)
    {
        string text = WithPreamble(title, StreetMeeting, "镇长 陈晓东");
        var report = SingleOutline(Parse(text));

        Assert.Equal(title, report.Title);
        Assert.Equal(1, report.Line);
        Assert.Equal(StreetMeeting, report.Meeting);
        Assert.Equal("镇长 陈晓东", report.Speaker);
        AssertStandardBody(text, report);
    }

    [Fact]
    public void ATitleWithoutTheReportWord_AfterPortalChrome_IsTheTitle()
    {
        string text = WithPreamble("首页 > 政务公开 > 工作报告", "柳溪街道2026年工作报告", "", StreetMeeting, "镇长 陈晓东");
        var report = SingleOutline(Parse(text));

        Assert.Equal("柳溪街道2026年工作报告", report.Title);
        Assert.Equal(StreetMeeting, report.Meeting);
    }

    [Fact]
    public void AShortLineEndingInReport_NotBeforeAMeetingLine_IsNotATitle()
    {
        // 关于…的报告 inside the body, and a short line before the salutation: neither is followed by a meeting line.
        string text = Lines([Title, Meeting, Speaker, "听取审议有关专项工作报告", .. StandardBody()]);
        var outline = OutlineBuilder.Build(Parse(text));
        var report = Assert.Single(outline.Reports);

        Assert.Equal(Title, report.Title);
        Assert.Equal(Meeting, report.Meeting);
    }

    [Fact]
    public void AStatusWordAfterTheReportWord_StaysInTheTitle()
    {
        const string title = "青山县2026年政府工作报告全文";
        string text = WithPreamble(title, Meeting, Speaker);
        var report = SingleOutline(Parse(text));

        Assert.Equal(title, report.Title);
        Assert.Equal(Meeting, report.Meeting);
        Assert.Equal(Speaker, report.Speaker);
        AssertStandardBody(text, report);
    }
}

/// <summary>Date lines written with digits and separators (2026-01-20, 2026.01.20) between the preamble parts.</summary>
public class NumericDateLineVariantTests
{
    [Theory]
    [InlineData("2026-01-20")]
    [InlineData("2026.01.20")]
    [InlineData("2026/1/20")]
    [InlineData("2026-01-20 16:32")]
    [InlineData("2026年1月20日")]
    public void ANumericDateBetweenMeetingLineAndSpeaker_KeepsTheSpeaker(string date)
    {
        string text = WithPreamble(Title, Meeting, date, Speaker);
        var report = SingleOutline(Parse(text));

        Assert.Equal(Speaker, report.Speaker);
        Assert.Equal(Title, report.Title);
        Assert.Equal(Meeting, report.Meeting);
        AssertStandardBody(text, report);
    }
}

/// <summary>A printed document's cover (meeting document line, spaced title, government, date) and contents before the report.</summary>
public class CoverPageVariantTests
{
    [Fact]
    public void ACoverWithASpacedTitleAndContents_IsNotASecondReport()
    {
        string[] cover =
        [
            "青山县第十八届人民代表大会第五次会议文件", "", "政 府 工 作 报 告", "", "青山县人民政府", "", "2026年1月18日", "",
            "目  录", "一、2025年工作回顾……………………………………1", "二、2026年工作安排……………………………………6", "",
        ];
        string text = Lines([.. cover, "政府工作报告", Meeting, Speaker, .. StandardBody()]);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Equal("政府工作报告", report.Title);
        Assert.Equal(cover.Length + 1, report.Line);
        Assert.Equal(Meeting, report.Meeting);
        AssertStandardBody(text, report);
        Assert.DoesNotContain("RPT0006", tree.GetDiagnostics().Select(d => d.Id));
    }
}
