using ReportSdk.Semantics.Outline;
using ReportSdk.Syntax;
using static ReportSdk.Tests.Layout.VariantText;

namespace ReportSdk.Tests.Layout;

/// <summary>
/// The closing and what follows it (made-up texts): a 结束语 part that holds other topics before its appeal, and the
/// issuing office and date a county or town report may end with (chrome, like the source and time lines above a portal's report).
/// </summary>
public class ClosingVariantTests
{
    private const string ReunificationText = "推进两岸融合发展是我们的共同心愿。我们将继续深化青山与台湾地区在农业、文旅等领域的交流合作，为台胞台企来青山投资兴业提供更好服务。";
    private const string TasksText = "2026年是“十五五”开局之年。做好今年的工作，要坚持稳中求进，扩大有效投资，办好民生实事，保持经济社会发展的良好势头。";
    private const string RallyText = "我们已经站在新的起点上。让我们紧密团结在县委周围，振奋精神，扎实工作，为建设富裕文明的新青山而努力奋斗！";

    private static string WithClosingPart(params string[] closing) =>
        WithBody([Salutation, Opening, ReviewHeading, ReviewText, PlanHeading, PlanText, PlanItem1, PlanItem2, .. closing]);

    [Fact]
    public void ClosingPartWithOtherTopicsBeforeTheAppeal_OutlinesTheAppeal()
    {
        string text = WithClosingPart("结束语", "各位代表：", ReunificationText, ClosingText);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Equal(ClosingText, report.Closing?.Text);
        Assert.Equal(LineOf(text, ClosingText), report.Closing?.Line);

        // The author's 结束语 part is the closing as a whole: the topic under it stays there, not in the plan.
        var closing = SingleReport(tree).Closing;
        Assert.NotNull(closing);
        Assert.Contains(ReunificationText, closing!.ToFullString(), StringComparison.Ordinal);
        Assert.DoesNotContain(ReunificationText, SingleReport(tree).Sections[1].ToFullString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AReportBackBeforeTheRallyingParagraph_IsNotTheAppeal()
    {
        const string ReportBack = "各位代表！以上我报告了政府过去一年的主要工作和今年工作的主要安排，请大会审议。";
        string text = WithClosingPart(ReportBack, RallyText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(RallyText, report.Closing?.Text);
        Assert.Equal(LineOf(text, RallyText), report.Closing?.Line);
    }

    [Fact]
    public void ASalutationParagraphThatRallies_StaysTheAppealBeforeALaterRally()
    {
        const string Appeal = "各位代表！让我们紧密团结，开拓进取，为全面完成今年各项目标任务而努力奋斗！";
        const string Postscript = "让我们共同祝愿青山的明天更加美好！";
        string text = WithClosingPart(Appeal, Postscript);
        var report = SingleOutline(Parse(text));

        Assert.Equal(Appeal, report.Closing?.Text);
    }

    [Fact]
    public void SecondBareSalutationInTheClosingPart_LeadsTheAppeal()
    {
        string text = WithClosingPart("结束语", "各位代表！", TasksText, "各位代表！", RallyText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(RallyText, report.Closing?.Text);
        Assert.Equal(LineOf(text, RallyText), report.Closing?.Line);
    }

    [Fact]
    public void BareSalutationThenOneParagraph_OutlinesThatParagraph()
    {
        string text = WithClosingPart("各位代表！", RallyText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(RallyText, report.Closing?.Text);
        Assert.Equal(LineOf(text, RallyText), report.Closing?.Line);
    }

    [Fact]
    public void NoParagraphRallies_TheClosingsLastWordsAreTheAppeal()
    {
        // An older report: a last topic after the salutation, then a summing-up that ends the report; no 让我们 anywhere.
        const string LastWords = "总之，当前的形势对我们的建设和改革都是有利的。我们对青山的前途充满信心，一定能够把各项事业推向前进。";
        string text = WithClosingPart("各位代表！", ReunificationText, LastWords);
        var report = SingleOutline(Parse(text));

        Assert.Equal(LastWords, report.Closing?.Text);
        Assert.Equal(LineOf(text, LastWords), report.Closing?.Line);
    }

    [Theory]
    [InlineData("祝各位代表身体健康、工作顺利、阖家幸福！")]
    [InlineData("最后，祝各位代表身体健康，工作顺利，在新的一年里心想事成，万事如意，阖家幸福安康，新春快乐！")]
    [InlineData("值此新春佳节即将到来之际，我代表县人民政府，向全县广大干部群众致以新春的问候，祝大家新春快乐、万事如意！")]
    [InlineData("以上报告，请各位代表审议，并请县政协委员和列席会议的同志提出意见。本报告所述各项工作，均将在县委的领导下抓好落实。")]
    [InlineData("在此，我代表县人民政府，向长期以来关心支持青山发展的各级领导、社会各界人士和广大人民群众表示衷心的感谢！")]
    [InlineData("奋力谱写中国式现代化青山篇章！")]
    [InlineData("（本报告中涉及的2025年数据均为初步统计数，最终数据以统计部门正式发布为准，部分数据因四舍五入存在误差。）")]
    public void NoParagraphRallies_ALineOfCourtesyAfterTheAppealIsNotTheAppeal(string after)
    {
        const string Appeal = "各位代表！新的一年，我们将坚定信心，真抓实干，推动青山高质量发展迈上新台阶，为全面完成今年各项目标任务努力奋斗！";
        string text = WithClosingPart(Appeal, after);
        var report = SingleOutline(Parse(text));

        Assert.Equal(Appeal, report.Closing?.Text);
    }

    [Fact]
    public void ClosingAppealFollowedByAnotherParagraph_OutlinesTheAppeal()
    {
        // A paragraph after the appeal that no salutation opens (a slogan, a last wish) does not take the outline's place.
        const string after = "祝各位代表身体健康、工作顺利、阖家幸福！";
        string text = WithClosingPart(ClosingText, after);
        var report = SingleOutline(Parse(text));

        Assert.Equal(ClosingText, report.Closing?.Text);
        Assert.Equal(LineOf(text, ClosingText), report.Closing?.Line);
    }

    // ---- a sign-off after the closing ----------------------------------------------------------------

    private const string Issuer = "青山县人民政府办公室";
    private const string Date = "2026年1月25日";
    private const string NotesHeading = "名词解释";
    private const string Definition = "1.新质生产力：是指创新起主导作用，摆脱传统经济增长方式、生产力发展路径的先进生产力质态。";

    [Theory]
    [InlineData(Issuer, Date)]
    [InlineData("青山县人民政府", "二〇二六年一月二十五日")]
    [InlineData("江川省青山县人民政府办公厅", "2026-01-25")]
    [InlineData(Date, null)]
    [InlineData(Issuer, null)]
    [InlineData("青山县人民政府办公室 2026年1月25日", null)]
    public void SignOffAfterTheClosing_IsChromeNotClosingParagraphs(string first, string? second)
    {
        string[] signOff = second is null ? ["", first] : ["", first, second];
        string text = WithClosingPart([ClosingText, .. signOff]);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        AssertStandardBody(text, report);
        var closing = SingleReport(tree).Closing;
        Assert.NotNull(closing);
        Assert.Equal(ClosingText, Assert.Single(closing!.Paragraphs).ToString().Trim());
        Assert.Contains(OutlineBuilder.Build(tree).Diagnostics, d => d.Id == "RPT0007" && d.Line == LineOf(text, first));
    }

    [Fact]
    public void SignOffBetweenTheClosingAndTheNotes_IsChromeNotClosingParagraphs()
    {
        string text = WithClosingPart(ClosingText, "", Issuer, Date, "", NotesHeading, Definition);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        AssertStandardBody(text, report);
        Assert.Single(SingleReport(tree).Closing!.Paragraphs);
        var note = Assert.Single(report.Footnotes);
        Assert.Equal("新质生产力", note.Term);
        Assert.Equal(LineOf(text, Definition), note.Line);
        Assert.Contains(OutlineBuilder.Build(tree).Diagnostics, d => d.Id == "RPT0007" && d.Line == LineOf(text, Issuer));
    }

    [Fact]
    public void SignOffAfterTheNotes_IsNotANote()
    {
        string text = WithClosingPart(ClosingText, NotesHeading, Definition, "", Issuer, Date);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        AssertStandardBody(text, report);
        Assert.Equal(LineOf(text, Definition), Assert.Single(report.Footnotes).Line);
        var notes = SingleReport(tree).Notes;
        Assert.NotNull(notes);
        Assert.DoesNotContain(notes!.DescendantNodes(), n => n.ToString().Contains(Issuer, StringComparison.Ordinal));
    }

    [Fact]
    public void SignOffWhenChromeIsNotSkipped_StaysInTheClosing()
    {
        // ParseOptions.SkipChrome = false: every line is report text, so the sign-off is the closing's, as written.
        string text = WithClosingPart(ClosingText, Issuer, Date);
        var tree = Parse(text, new ParseOptions { SkipChrome = false });

        Assert.Equal([ClosingText, Issuer, Date], SingleReport(tree).Closing!.Paragraphs.Select(p => p.ToString().Trim()).ToArray());
    }

    [Fact]
    public void ClosingParagraphNamingTheGovernment_IsNotASignOff()
    {
        // A sentence that ends with 人民政府 is the appeal's, not an issuing body: it has sentence punctuation.
        const string pledge = "全县上下要齐心协力，共同建设人民满意的服务型人民政府";
        string text = WithClosingPart(ClosingText, pledge);
        var tree = Parse(text);

        Assert.Equal([ClosingText, pledge], SingleReport(tree).Closing!.Paragraphs.Select(p => p.ToString().Trim()).ToArray());
    }

    // ---- notes after the closing --------------------------------------------------------------------------

    [Fact]
    public void NotesOpenedByAnEntryMark_AreEachANote()
    {
        // Two short entries without punctuation: the second is not the explanation of the first (a term alone on its
        // line followed by its explanation), because an entry mark opens it.
        const string first = "＠①原字王右加宁";
        const string second = "＠②原字氵右加夕";
        string text = WithClosingPart(ClosingText, "字库未存字注释：", first, second);
        var report = SingleOutline(Parse(text));

        AssertStandardBody(text, report);
        Assert.Equal([LineOf(text, first), LineOf(text, second)], report.Footnotes.Select(f => f.Line).ToArray());
    }

    [Fact]
    public void TermAloneOnItsLine_StillTakesTheExplanationBelow()
    {
        string text = WithClosingPart(ClosingText, "名词解释", "新质生产力", "是指创新起主导作用的先进生产力质态。", "“两新”", "指新一轮大规模设备更新和消费品以旧换新。");
        var report = SingleOutline(Parse(text));

        Assert.Equal([LineOf(text, "新质生产力"), LineOf(text, "“两新”")], report.Footnotes.Select(f => f.Line).ToArray());
    }
}
