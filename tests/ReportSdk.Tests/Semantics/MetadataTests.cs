using ReportSdk.Semantics.Model;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.SemanticsLayer;

public class MetadataTests
{
    private const string Body =
        """
        各位代表：
        现在，我代表人民政府向大会报告工作，请予审议。
        一、2022年工作回顾
        过去一年，地区生产总值增长5.2%。
        二、2023年工作安排
        今年主要预期目标是：地区生产总值增长6%左右。
        各位代表！让我们团结奋斗，再创佳绩！
        """;

    private static ReportMetadata Metadata(string preamble)
    {
        var tree = SyntaxTree.ParseText(preamble + "\n" + Body);
        return Assert.Single(tree.GetReportModels()).Metadata;
    }

    private static void AssertSpan<T>(string text, Located<T>? value, string expected)
    {
        Assert.NotNull(value);
        Assert.Equal(expected, text.Substring(value.Value.Span.Start, value.Value.Span.Length));
    }

    [Fact]
    public void Town()
    {
        const string preamble = "横沥镇2023年政府工作报告\n——2023年1月12日在横沥镇第十八届人民代表大会第三次会议上\n镇长 罗杰成";
        var m = Metadata(preamble);
        Assert.Equal("横沥镇", m.Region?.Value);
        Assert.Equal(AdministrativeLevel.Town, m.Level?.Value);
        Assert.Equal(2023, m.Year?.Value);
        Assert.Equal(new DateOnly(2023, 1, 12), m.MeetingDate?.Value);
        Assert.Equal(18, m.Congress?.Value);
        Assert.Equal(3, m.Session?.Value);
        Assert.Equal("镇长", m.SpeakerOffice?.Value);
        Assert.Equal("罗杰成", m.SpeakerName?.Value);
        AssertSpan(preamble, m.Region, "横沥镇");
        AssertSpan(preamble, m.Congress, "第十八届");
        AssertSpan(preamble, m.SpeakerName, "罗杰成");
    }

    [Fact]
    public void CountyWithChineseNumeralDateAndActingOffice()
    {
        const string preamble = "政府工作报告\n——二〇二三年一月二十七日在乐平县第七届人民代表大会第二次会议上\n代县长 张 伟";
        var m = Metadata(preamble);
        Assert.Equal("乐平县", m.Region?.Value);
        Assert.Equal(AdministrativeLevel.County, m.Level?.Value);
        Assert.Equal(new DateOnly(2023, 1, 27), m.MeetingDate?.Value);
        Assert.Equal(2023, m.Year?.Value);
        Assert.Equal("代县长", m.SpeakerOffice?.Value);
        Assert.Equal("张伟", m.SpeakerName?.Value);
    }

    [Fact]
    public void CityWithShortMeetingFormAndOfficeAfterTheGovernment()
    {
        const string preamble = "2023年鹤山市政府工作报告\n---2023年2月22日在市七届人大三次会议上\n鹤山市人民政府市长 张华景";
        var m = Metadata(preamble);
        Assert.Equal("鹤山市", m.Region?.Value);
        Assert.Equal(AdministrativeLevel.City, m.Level?.Value);
        Assert.Equal(7, m.Congress?.Value);
        Assert.Equal(3, m.Session?.Value);
        Assert.Equal("市长", m.SpeakerOffice?.Value);
        Assert.Equal("张华景", m.SpeakerName?.Value);
    }

    [Fact]
    public void ProvinceFromCaptionWhenTheSpeakerIsABareName()
    {
        const string preamble = "2026年湖南省政府工作报告\n——2026年2月3日在湖南省第十四届人民代表大会第四次会议上\n毛伟明\n省长毛伟明作政府工作报告";
        var m = Metadata(preamble);
        Assert.Equal("湖南省", m.Region?.Value);
        Assert.Equal(AdministrativeLevel.Province, m.Level?.Value);
        Assert.Equal("毛伟明", m.SpeakerName?.Value);
        Assert.Equal("省长", m.SpeakerOffice?.Value);
    }

    [Fact]
    public void AutonomousRegionAndMunicipalityAreProvinces()
    {
        Assert.Equal(AdministrativeLevel.Province, Metadata("2026年广西壮族自治区政府工作报告\n自治区主席 韦 韬").Level?.Value);
        Assert.Equal("广西壮族自治区", Metadata("2026年广西壮族自治区政府工作报告\n自治区主席 韦 韬").Region?.Value);
        var shanghai = Metadata("2026年上海市政府工作报告\n——2026年2月3日在上海市第十六届人民代表大会第四次会议上\n上海市市长 龚 正");
        Assert.Equal(AdministrativeLevel.Province, shanghai.Level?.Value);
        Assert.Equal("龚正", shanghai.SpeakerName?.Value);
    }

    [Fact]
    public void NationalFromTheOpeningWithYearFromTheReviewHeading()
    {
        var tree = SyntaxTree.ParseText(
            """
            各位代表：
            现在，我代表国务院，向大会报告政府工作，请予审议。
            一、2024年工作回顾
            过去一年，国内生产总值增长5%。
            二、2025年政府工作任务
            今年发展主要预期目标是：国内生产总值增长5%左右。
            """);
        var m = Assert.Single(tree.GetReportModels()).Metadata;
        Assert.Equal("国务院", m.Region?.Value);
        Assert.Equal(AdministrativeLevel.National, m.Level?.Value);
        Assert.Equal(2025, m.Year?.Value);
        Assert.Null(m.MeetingDate);
        Assert.Null(m.SpeakerName);
    }

    [Fact]
    public void MeetingLineEndingWithTheSpeakerAndAStatus()
    {
        const string preamble = "2026年陕西省政府工作报告（征求意见稿）\n——2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚";
        var m = Metadata(preamble);
        Assert.Equal("陕西省", m.Region?.Value);
        Assert.Equal("赵刚", m.SpeakerName?.Value);
        Assert.Equal("省长", m.SpeakerOffice?.Value);
        Assert.Equal("征求意见稿", m.Status?.Value);
    }

    [Fact]
    public void NothingIsGuessedWhenTheTextDoesNotSayIt()
    {
        var tree = SyntaxTree.ParseText("各位代表：\n我们要把工作做好。\n", path: "2026_anhui.txt");
        var m = Assert.Single(tree.GetReportModels()).Metadata;
        Assert.Null(m.Region);
        Assert.Null(m.Level);
        Assert.Null(m.Year);
        Assert.Null(m.SpeakerName);
    }

    [Fact]
    public void TheModelIsCachedPerTreeAndSharedAcrossThreads()
    {
        var tree = SyntaxTree.ParseText("2023年乐平市政府工作报告\n" + Body);
        var models = new DocumentModel[8];
        Parallel.For(0, models.Length, i => models[i] = SemanticModel.For(tree));
        Assert.All(models, m => Assert.Same(models[0], m));
        Assert.Same(models[0], tree.GetDocumentModel());
    }

    [Fact]
    public void SpeakerOfficeAndNameOnTwoLines_NameFromTheSecond()
    {
        const string preamble = "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理　\n李　强";
        var m = Metadata(preamble);
        Assert.Equal("国务院总理", m.SpeakerOffice?.Value);
        Assert.Equal("李强", m.SpeakerName?.Value);
    }

    [Fact]
    public void NoTitleOrDate_YearFromAPlanSentenceThatOpensWithIt()
    {
        const string text =
            """
            各位代表：
            现在，我代表国务院向大会报告工作，请予审议。
            一、过去五年工作回顾
            １９９２年，国内生产总值增长１２％。
            二、争取国民经济再上一个新台阶
            　　各位代表！１９９３年是全面贯彻落实的一年。今年经济增长８％。
            各位代表！让我们团结奋斗！
            """;
        var model = Assert.Single(SyntaxTree.ParseText(text).GetReportModels());
        Assert.Equal(1993, model.Metadata.Year?.Value);
        AssertSpan(text, model.Metadata.Year, "１９９３年");
    }

    [Fact]
    public void NoTitleOrDate_LastYearsSentenceBeforeAnyReviewIsNotTheYear()
    {
        const string text =
            """
            各位代表：
            现在，我代表国务院向大会报告工作，请予审议。
            一、当前形势和基本任务
            　　１９８６年是改革继续深化的一年。
            二、坚持长期稳定发展经济的方针
            　　要继续控制固定资产投资规模。
            各位代表！让我们团结奋斗！
            """;
        var model = Assert.Single(SyntaxTree.ParseText(text).GetReportModels());
        Assert.Null(model.Metadata.Year);
    }

    [Theory]
    [InlineData("张明华：各位代表，现在我代表县人民政府向大会报告工作，请予审议。", "张明华", null)]
    [InlineData("县长 张明华：各位代表！现在我代表县人民政府向大会报告工作。", "张明华", "县长")]
    public void SpeakerFusedIntoTheSalutation(string line, string name, string? office)
    {
        string text = "青山县2026年政府工作报告\n——2026年1月18日在青山县第十八届人民代表大会第五次会议上\n" + line +
            "\n一、2025年工作回顾\n过去一年，经济增长5.2%。\n二、2026年工作安排\n今年经济增长6%左右。\n各位代表！让我们团结奋斗！\n";
        var m = Assert.Single(SyntaxTree.ParseText(text).GetReportModels()).Metadata;
        Assert.Equal(name, m.SpeakerName?.Value);
        Assert.Equal(office, m.SpeakerOffice?.Value);
        AssertSpan(text, m.SpeakerName, name);
    }

    [Fact]
    public void AColonInTheOpeningWithoutASalutation_IsNoSpeaker()
    {
        string text = "青山县2026年政府工作报告\n——2026年1月18日在青山县第十八届人民代表大会第五次会议上\n各位代表：\n主要目标：经济增长6%左右。\n" +
            "一、2025年工作回顾\n过去一年，经济增长5.2%。\n二、2026年工作安排\n今年经济增长6%左右。\n各位代表！让我们团结奋斗！\n";
        var m = Assert.Single(SyntaxTree.ParseText(text).GetReportModels()).Metadata;
        Assert.Null(m.SpeakerName);
    }

    [Theory]
    [InlineData("各位代表：\n我們這次全國人民代表大會第二次會議，已經完成了幾項工作。")]
    [InlineData("各位代表：\n我受国务院的委托，向大会作关于农业发展的报告。")]
    public void StateCouncilReportWithoutTitle_IsNational(string head)
    {
        string text = head + "\n一、过去一年的工作\n经济增长5%。\n二、今年的任务\n各位代表！让我们团结奋斗！\n";
        var m = Assert.Single(SyntaxTree.ParseText(text).GetReportModels()).Metadata;
        Assert.Equal("国务院", m.Region?.Value);
        Assert.Equal(AdministrativeLevel.National, m.Level?.Value);
    }

    [Fact]
    public void StreetOfficeReport_TitledWorkReport_GivesTheStreet()
    {
        var m = Metadata("2026年青山街道工作报告\n青山街道办事处主任 周八");
        Assert.Equal("青山街道", m.Region?.Value);
        Assert.Equal(AdministrativeLevel.Street, m.Level?.Value);
        Assert.Equal(2026, m.Year?.Value);
        Assert.Equal("周八", m.SpeakerName?.Value);
    }

    [Fact]
    public void AMilestoneYearInThePlan_DoesNotBeatADatedReviewHeading()
    {
        const string text =
            """
            各位代表：
            现在，我代表国务院向大会报告工作，请予审议。
            一、2018年工作回顾
            过去一年，经济增长6.6%。
            二、2019年工作总体部署
            　　2020年是全面建成小康社会的收官之年。今年经济增长6%左右。
            各位代表！让我们团结奋斗！
            """;
        var model = Assert.Single(SyntaxTree.ParseText(text).GetReportModels());
        Assert.Equal(2019, model.Metadata.Year?.Value);
    }
}
