using ReportSdk.Semantics.Outline;
using ReportSdk.Syntax;
using static ReportSdk.Tests.Layout.VariantText;

namespace ReportSdk.Tests.Layout;

/// <summary>
/// One small made-up report per variant of the genre (issue 8, "Deliver 4"; DESIGN.md, "The genre,
/// as it really arrives"), checked through the outline fields a user looks at first. Every text is
/// invented (青山县, 东湖市, 江川省 do not exist); none is copied from a real report.
/// </summary>
public class GenreVariantTests
{
    // ---- preamble ---------------------------------------------------------------------------------

    [Fact]
    public void ChromeLinesBetweenTitleMeetingAndSpeaker_AreNotPreambleParts()
    {
        string text = WithPreamble(
            Title,
            "来源：青山县人民政府办公室",
            "时间：2026-01-22 09:30",
            "【字号：大 中 小】",
            Meeting,
            "2026年1月22日",
            "县长张明华作政府工作报告",
            Speaker);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Equal(Title, report.Title);
        Assert.Equal(1, report.Line);
        Assert.Equal(Meeting, report.Meeting);
        Assert.Equal(Speaker, report.Speaker);
        AssertStandardBody(text, report);
    }

    [Fact]
    public void MetadataHeaderLines_BeforeTheTitle_AreNotTheTitle()
    {
        string text = WithPreamble(
            "标题：青山县2026年政府工作报告",
            "发文单位：青山县人民政府",
            "发布日期：2026-01-25",
            Title,
            Meeting,
            Speaker);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Equal(Title, report.Title);
        Assert.Equal(4, report.Line);
        Assert.Equal(Meeting, report.Meeting);
        Assert.Equal(Speaker, report.Speaker);
        AssertStandardBody(text, report);
    }

    [Fact]
    public void MeetingLineWithoutDash_IsTheMeeting()
    {
        const string meeting = "2026年1月18日在青山县第十八届人民代表大会第五次会议上";
        string text = WithPreamble(Title, meeting, Speaker);
        var report = SingleOutline(Parse(text));

        Assert.Equal(Title, report.Title);
        Assert.Equal(meeting, report.Meeting);
        Assert.Equal(Speaker, report.Speaker);
        AssertStandardBody(text, report);
    }

    [Fact]
    public void MeetingLineInParentheses_IsTheMeeting()
    {
        const string meeting = "（2026年1月20日在东湖市第十七届人民代表大会第六次会议上）";
        string text = WithPreamble("2026年东湖市政府工作报告", meeting, "市长 王立新");
        var report = SingleOutline(Parse(text));

        Assert.Equal("2026年东湖市政府工作报告", report.Title);
        Assert.Equal(meeting, report.Meeting);
        Assert.Equal("市长 王立新", report.Speaker);
        AssertStandardBody(text, report);
    }

    [Theory]
    [InlineData("――")]
    [InlineData("—")]
    [InlineData("---")]
    public void MeetingLineWithOtherDashes_IsTheMeeting(string dash)
    {
        string meeting = dash + "2026年1月18日在青山县第十八届人民代表大会第五次会议上";
        string text = WithPreamble(Title, meeting, Speaker);
        var report = SingleOutline(Parse(text));

        Assert.Equal(Title, report.Title);
        Assert.Equal(meeting, report.Meeting);
        Assert.Equal(Speaker, report.Speaker);
        AssertStandardBody(text, report);
    }

    [Theory]
    [InlineData("青山县2026年政府工作报", "告")]
    [InlineData("青山县2026年政府", "工作报告")]
    [InlineData("青山县2026年政", "府工作报告（摘要）")]
    public void TitleBrokenInsideItsTitleWord_IsOneTitle(string firstLine, string secondLine)
    {
        string text = WithPreamble(firstLine, "", secondLine, "", "", Meeting, Speaker);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Equal(firstLine + secondLine, report.Title);
        Assert.Equal(LineOf(text, firstLine), report.Line);
        Assert.Equal(Meeting, report.Meeting);
        Assert.Equal(Speaker, report.Speaker);
        Assert.DoesNotContain(OutlineBuilder.Build(tree).Diagnostics, d => d.Id is "RPT0001" or "RPT0007");
        Assert.Equal(secondLine, SingleReport(tree).Preamble.Title.ContinuationToken.Text);
        AssertStandardBody(text, report);
    }

    [Fact]
    public void SentenceBrokenInsideTheTitleWord_IsNotATitle()
    {
        // The title word completes across the break, but text goes on after it: a sentence, not a second report.
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, "我们认真落实县人大审议通过的政府工作报", "告，各项任务圆满完成。",
            PlanHeading, PlanText, PlanItem1, PlanItem2,
            ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(Title, report.Title);
        Assert.Equal(["review", "plan"], Kinds(report));
    }

    [Fact]
    public void MeetingLineWithChineseNumeralDate_IsTheMeeting()
    {
        const string meeting = "——二〇二六年一月二十七日在江川省第十四届人民代表大会第四次会议上";
        string text = WithPreamble("政府工作报告", meeting, "江川省省长 刘振华");
        var report = SingleOutline(Parse(text));

        Assert.Equal("政府工作报告", report.Title);
        Assert.Equal(meeting, report.Meeting);
        Assert.Equal("江川省省长 刘振华", report.Speaker);
        AssertStandardBody(text, report);
    }

    [Fact]
    public void MeetingLineWithoutTheFinalShang_IsTheMeeting()
    {
        const string meeting = "——2026年1月18日在青山县第十八届人民代表大会第五次会议";
        string text = WithPreamble(Title, meeting, Speaker);
        var report = SingleOutline(Parse(text));

        Assert.Equal(Title, report.Title);
        Assert.Equal(meeting, report.Meeting);
        Assert.Equal(Speaker, report.Speaker);
        AssertStandardBody(text, report);
    }

    [Fact]
    public void MeetingLineWrappedWithABlankLineBetween_IsJoined()
    {
        string text = WithPreamble(
            Title,
            "——2026年1月18日在青山县第十八届",
            "",
            "人民代表大会第五次会议上",
            Speaker);
        var report = SingleOutline(Parse(text));

        Assert.Equal(Title, report.Title);
        Assert.Equal("——2026年1月18日在青山县第十八届人民代表大会第五次会议上", report.Meeting);
        Assert.Equal(Speaker, report.Speaker);
        AssertStandardBody(text, report);
    }

    [Fact]
    public void MeetingLineFollowedByTheSpeakerOnTheSameLine_IsSplit()
    {
        string text = WithPreamble(Title, Meeting + " 青山县人民政府县长 张明华");
        var report = SingleOutline(Parse(text));

        Assert.Equal(Title, report.Title);
        Assert.Equal(Meeting, report.Meeting);
        Assert.Equal("青山县人民政府县长 张明华", report.Speaker);
        AssertStandardBody(text, report);
    }

    [Fact]
    public void SpeakerAsABareName_IsTheSpeaker()
    {
        string text = WithPreamble(Title, Meeting, "张明华");
        var report = SingleOutline(Parse(text));

        Assert.Equal(Title, report.Title);
        Assert.Equal(Meeting, report.Meeting);
        Assert.Equal("张明华", report.Speaker);
        AssertStandardBody(text, report);
    }

    [Theory]
    [InlineData("代县长 李建国")]
    [InlineData("县委副书记、代县长 李建国")]
    [InlineData("县人民政府副县长 王丽")]
    public void SpeakerWithActingOrDeputyOffice_IsTheSpeaker(string speaker)
    {
        string text = WithPreamble(Title, Meeting, speaker);
        var report = SingleOutline(Parse(text));

        Assert.Equal(Title, report.Title);
        Assert.Equal(Meeting, report.Meeting);
        Assert.Equal(speaker, report.Speaker);
        AssertStandardBody(text, report);
    }

    [Fact]
    public void SpeakerWithSpacesInsideTheName_IsTheSpeaker()
    {
        const string speaker = "东湖市市长  胡 平";
        string text = WithPreamble("2026年东湖市政府工作报告", "——2026年1月20日在东湖市第十七届人民代表大会第六次会议上", speaker);
        var report = SingleOutline(Parse(text));

        Assert.Equal("2026年东湖市政府工作报告", report.Title);
        Assert.Equal("——2026年1月20日在东湖市第十七届人民代表大会第六次会议上", report.Meeting);
        Assert.Equal(speaker, report.Speaker);
        AssertStandardBody(text, report);
    }

    [Fact]
    public void SpeakerWithAMiddleDotName_IsTheSpeaker()
    {
        const string speaker = "自治州州长 阿布都·热合曼";
        const string meeting = "——2026年1月16日在天山自治州第十五届人民代表大会第五次会议上";
        string text = WithPreamble("政府工作报告", meeting, speaker);
        var report = SingleOutline(Parse(text));

        Assert.Equal("政府工作报告", report.Title);
        Assert.Equal(meeting, report.Meeting);
        Assert.Equal(speaker, report.Speaker);
        AssertStandardBody(text, report);
    }

    [Fact]
    public void TitleAndMeetingLineOnOneLine_AreSplit()
    {
        string text = WithPreamble(Title + Meeting, Speaker);
        var report = SingleOutline(Parse(text));

        Assert.Equal(Title, report.Title);
        Assert.Equal(Meeting, report.Meeting);
        Assert.Equal(Speaker, report.Speaker);
        AssertStandardBody(text, report);
    }

    [Fact]
    public void TitleAndMeetingLinePrintedTwice_AreOneReport()
    {
        string text = WithPreamble(Title, Meeting, Title, Meeting, Speaker);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Equal(Title, report.Title);
        Assert.Equal(Meeting, report.Meeting);
        Assert.Equal(Speaker, report.Speaker);
        AssertStandardBody(text, report);
    }

    [Fact]
    public void DateLineAfterTheSpeaker_IsNotTheSpeakerOrTheBody()
    {
        string text = WithPreamble(Title, Meeting, Speaker, "2026年1月18日");
        var report = SingleOutline(Parse(text));

        Assert.Equal(Title, report.Title);
        Assert.Equal(Meeting, report.Meeting);
        Assert.Equal(Speaker, report.Speaker);
        AssertStandardBody(text, report);
    }

    [Fact]
    public void SpeakerFusedIntoTheSalutation_IsTheSpeaker()
    {
        string text = Lines([
            Title, Meeting,
            "张明华：各位代表，现在我代表县人民政府向大会报告工作，请予审议。",
            .. StandardBody().Skip(2)]);
        var report = SingleOutline(Parse(text));

        Assert.Equal(Title, report.Title);
        Assert.Equal(Meeting, report.Meeting);
        Assert.Equal("张明华", report.Speaker);
        AssertStandardBody(text, report);
    }

    [Fact]
    public void LinesJoinedByLiteralEscapes_AreReadAsLines()
    {
        string[] lines = [Title, Meeting, Speaker, .. StandardBody()];
        string text = string.Join("\\r\\n", lines) + "\n";
        var report = SingleOutline(Parse(text));

        Assert.Equal(Title, report.Title);
        Assert.Equal(Meeting, report.Meeting);
        Assert.Equal(Speaker, report.Speaker);
        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Equal([ReviewHeading, PlanHeading], Headings(report));
        Assert.Equal(["（一）", "（二）"], report.Sections[1].Items.Select(i => i.Marker).ToArray());
        Assert.Equal(ClosingText, report.Closing?.Text);
    }

    // ---- sections ---------------------------------------------------------------------------------

    [Fact]
    public void SloganHeadingAfterTheReview_IsThePlan()
    {
        const string slogan = "二、坚定信心，乘势而上，奋力开创高质量发展新局面";
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText,
            slogan, PlanText, PlanItem1, PlanItem2,
            ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Equal([ReviewHeading, slogan], Headings(report));
        Assert.Equal(["（一）", "（二）"], report.Sections[1].Items.Select(i => i.Marker).ToArray());
        Assert.Equal(ClosingText, report.Closing?.Text);
    }

    [Fact]
    public void SloganHeadingsOnly_TakeTheirKindFromPlaceAndContent()
    {
        const string first = "一、砥砺奋进，经济社会发展取得新成效";
        const string second = "二、乘势而上，奋力开创高质量发展新局面";
        string text = WithBody(
            Salutation, Opening,
            first, ReviewText,
            second, PlanText, PlanItem1, PlanItem2,
            ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Equal([first, second], Headings(report));
        Assert.Equal(2, report.Sections[1].Items.Count);
        Assert.Equal(ClosingText, report.Closing?.Text);
    }

    [Fact]
    public void ParenthesizedTopLevelSections_AreSections()
    {
        string text = WithBody(
            Salutation, Opening,
            "（一）2025年工作回顾",
            ReviewText,
            "1.经济运行稳中向好。",
            "2.改革开放持续深化。",
            "（二）2026年工作安排",
            PlanText,
            "1.全力扩大有效投资。",
            "2.加快产业转型升级。",
            "3.持续增进民生福祉。",
            ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Equal(["（一）2025年工作回顾", "（二）2026年工作安排"], Headings(report));
        Assert.Equal(["1.", "2."], report.Sections[0].Items.Select(i => i.Marker).ToArray());
        Assert.Equal(["全力扩大有效投资", "加快产业转型升级", "持续增进民生福祉"], report.Sections[1].Items.Select(i => i.Title).ToArray());
        Assert.Equal(ClosingText, report.Closing?.Text);
    }

    [Fact]
    public void UnnumberedHeadingsWithChineseCommaItemsInside_AreSections()
    {
        string text = WithBody(
            Salutation, Opening,
            "2025年工作回顾",
            "一、经济实力稳步提升。",
            "全县地区生产总值增长6.2%。",
            "二、民生福祉持续改善。",
            "2026年主要任务",
            "一、全力扩大有效投资。",
            "（一）抓好重大项目建设。",
            "（二）强化要素保障。",
            "二、持续增进民生福祉。",
            ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Equal(["2025年工作回顾", "2026年主要任务"], Headings(report));
        Assert.Equal(["经济实力稳步提升", "民生福祉持续改善"], report.Sections[0].Items.Select(i => i.Title).ToArray());
        Assert.Equal(["全力扩大有效投资", "持续增进民生福祉"], report.Sections[1].Items.Select(i => i.Title).ToArray());
        Assert.Equal(["抓好重大项目建设", "强化要素保障"], report.Sections[1].Items[0].Items.Select(i => i.Title).ToArray());
        Assert.Equal(ClosingText, report.Closing?.Text);
    }

    [Fact]
    public void FiveYearSection_IsAPlanSection()
    {
        string text = WithBody(
            Salutation, Opening,
            "一、2025年和“十四五”时期工作回顾",
            ReviewText,
            "二、“十五五”时期主要目标任务",
            "今后五年，全县经济总量力争迈上新台阶。",
            "三、2026年重点工作",
            PlanItem1, PlanItem2,
            ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(["review", "plan", "plan"], Kinds(report));
        Assert.Equal(["一、2025年和“十四五”时期工作回顾", "二、“十五五”时期主要目标任务", "三、2026年重点工作"], Headings(report));
        Assert.Equal(2, report.Sections[2].Items.Count);
        Assert.Equal(ClosingText, report.Closing?.Text);
    }

    [Fact]
    public void SelfBuildingAsItsOwnSection_IsSelfBuilding()
    {
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText,
            PlanHeading, PlanText, PlanItem1, PlanItem2,
            "三、全面提升政府治理效能",
            "我们将坚持依法行政，建设人民满意的政府。",
            ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(["review", "plan", "selfBuilding"], Kinds(report));
        Assert.Equal("三、全面提升政府治理效能", report.Sections[2].Heading);
        Assert.Equal(2, report.Sections[1].Items.Count);
        Assert.Equal(ClosingText, report.Closing?.Text);
    }

    [Fact]
    public void PlanSpreadOverSeveralSections_IsPlanThroughout()
    {
        string[] headings =
        [
            "一、2025年工作回顾",
            "二、2026年经济社会发展总体要求和主要目标",
            "三、大力提振消费，全方位扩大国内需求",
            "四、因地制宜发展新质生产力，加快建设现代化产业体系",
            "五、持续保障和改善民生",
        ];
        string text = WithBody(
            Salutation, Opening,
            headings[0], ReviewText,
            headings[1], PlanText,
            headings[2], "（一）实施提振消费专项行动。", "（二）扩大有效投资。",
            headings[3], "（一）培育壮大新兴产业。", "（二）推动传统产业转型升级。",
            headings[4], "（一）千方百计稳定就业。", "（二）办好人民满意的教育。",
            ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(["review", "plan", "plan", "plan", "plan"], Kinds(report));
        Assert.Equal(headings, Headings(report));
        Assert.Equal([0, 0, 2, 2, 2], report.Sections.Select(s => s.Items.Count).ToArray());
        Assert.Equal(ClosingText, report.Closing?.Text);
    }

    [Fact]
    public void ForeignAffairsSection_IsOther()
    {
        const string closing = "各位代表！让我们更加紧密地团结起来，为全面建设社会主义现代化国家而不懈奋斗！";
        string text = Lines(
            "政府工作报告",
            "——2026年3月5日在第十四届全国人民代表大会第四次会议上",
            "国务院总理 王建华",
            Salutation,
            "现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。",
            "一、2025年工作回顾",
            "过去一年，我国经济运行总体平稳。",
            "二、2026年政府工作任务",
            "（一）大力提振消费。",
            "（二）发展新质生产力。",
            "三、坚持独立自主的和平外交政策",
            "我们将继续推动构建人类命运共同体。",
            closing);
        var report = SingleOutline(Parse(text));

        Assert.Equal("国务院总理 王建华", report.Speaker);
        Assert.Equal(["review", "plan", "other"], Kinds(report));
        Assert.Equal("三、坚持独立自主的和平外交政策", report.Sections[2].Heading);
        Assert.Equal(2, report.Sections[1].Items.Count);
        Assert.Equal(closing, report.Closing?.Text);
    }

    // ---- items ------------------------------------------------------------------------------------

    [Fact]
    public void OrdinalClausesOpeningConsecutiveParagraphs_AreTheSectionsItems()
    {
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText,
            PlanHeading,
            "一是坚持项目为王，全力扩大有效投资。全年安排重点项目120个，完成投资150亿元。",
            "二是坚持创新驱动，加快产业转型升级。推动规上工业企业数字化改造全覆盖。",
            "三是坚持民生优先，持续增进人民福祉。新增城镇就业3000人以上。",
            ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(["review", "plan"], Kinds(report));
        var items = report.Sections[1].Items;
        Assert.Equal(["一是", "二是", "三是"], items.Select(i => i.Marker).ToArray());
        Assert.Equal(["坚持项目为王，全力扩大有效投资", "坚持创新驱动，加快产业转型升级", "坚持民生优先，持续增进人民福祉"], items.Select(i => i.Title).ToArray());
        Assert.Equal(
            [LineOf(text, "一是坚持项目为王，全力扩大有效投资。全年安排重点项目120个，完成投资150亿元。"), LineOf(text, "二是坚持创新驱动，加快产业转型升级。推动规上工业企业数字化改造全覆盖。"), LineOf(text, "三是坚持民生优先，持续增进人民福祉。新增城镇就业3000人以上。")],
            items.Select(i => i.Line).ToArray());
        Assert.Equal(ClosingText, report.Closing?.Text);
    }

    [Fact]
    public void OrdinalClausesAsShortLinesWithBodyParagraphs_AreItems()
    {
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText,
            PlanHeading, PlanText,
            "一是全力扩大有效投资。",
            "全年安排重点项目120个，完成投资150亿元。",
            "二是加快产业转型升级。",
            "推动规上工业企业数字化改造全覆盖。",
            "三是持续增进民生福祉。",
            "新增城镇就业3000人以上。",
            ClosingText);
        var report = SingleOutline(Parse(text));

        var items = report.Sections[1].Items;
        Assert.Equal(["一是", "二是", "三是"], items.Select(i => i.Marker).ToArray());
        Assert.Equal(["全力扩大有效投资", "加快产业转型升级", "持续增进民生福祉"], items.Select(i => i.Title).ToArray());
        Assert.Equal(ClosingText, report.Closing?.Text);
    }

    [Fact]
    public void OrdinalClausesInsideOneParagraph_AreNotItems()
    {
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText,
            PlanHeading,
            "今年重点抓好三项工作：一是扩大有效投资；二是加快产业升级；三是增进民生福祉。",
            "全年安排重点项目120个，完成投资150亿元。",
            ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Empty(report.Sections[1].Items);
        Assert.Equal(ClosingText, report.Closing?.Text);
    }

    [Fact]
    public void OrdinalClauseChainStartingAtErShi_IsNotItems()
    {
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText,
            PlanHeading,
            "今年要坚持稳中求进。一是全力扩大有效投资，全年安排重点项目120个。",
            "二是加快产业转型升级。推动规上工业企业数字化改造全覆盖。",
            "三是持续增进民生福祉。新增城镇就业3000人以上。",
            ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Empty(report.Sections[1].Items);
        Assert.Equal(ClosingText, report.Closing?.Text);
    }

    [Fact]
    public void HeadingBelowASentenceBrokenWithoutPunctuation_IsTheNextSection()
    {
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText,
            PlanHeading, PlanText,
            PlanItem1, PlanItem2, "总之，今年的任务十分繁重，我们一定要发扬实干争先的精神", "", "", "",
            "三、加强政府自身建设", "我们要建设人民满意的政府。",
            ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Equal([ReviewHeading, PlanHeading, "三、加强政府自身建设"], report.Sections.Select(s => s.Heading ?? "").ToArray());
        Assert.Equal(["（一）", "（二）"], report.Sections[1].Items.Select(i => i.Marker).ToArray());
    }

    [Fact]
    public void HeadingMergedWithItsParagraph_IsTheNextSectionWhenTheOutlineNeedsIt()
    {
        const string merged = "三、加强政府自身建设我们要坚持依法行政，严格落实中央八项规定精神，持续改进工作作风，建设人民满意的政府。";
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText,
            PlanHeading, PlanText, PlanItem1, PlanItem2,
            merged,
            "四、坚持独立自主的和平外交政策", "我们将继续推动构建人类命运共同体。",
            ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(4, report.Sections.Count);
        Assert.Equal(LineOf(text, merged), report.Sections[2].Line);
        Assert.Equal("四、坚持独立自主的和平外交政策", report.Sections[3].Heading);
    }

    [Fact]
    public void NumberedLineBelowABrokenSentence_ContinuingANestedList_StaysItsItem()
    {
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText,
            PlanHeading, PlanText,
            "一、加快产业转型升级", "推动规上工业企业数字化改造全覆盖。",
            "二、持续增进民生福祉", "今年的任务十分繁重，我们一定要发扬实干争先的精神", "", "", "",
            "三、加强政府自身建设", "我们要建设人民满意的政府。",
            ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Equal([ReviewHeading, PlanHeading], report.Sections.Select(s => s.Heading ?? "").ToArray());
        Assert.Equal(["一、", "二、", "三、"], report.Sections[1].Items.Select(i => i.Marker).ToArray());
    }

    [Fact]
    public void LongNumberedParagraphsInsideASection_StayItsItems()
    {
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText,
            PlanHeading, PlanText,
            "一、全力扩大有效投资，全年安排重点项目120个，完成投资150亿元，其中工业项目占比达到百分之六十以上。",
            "二、加快产业转型升级，推动规上工业企业数字化改造全覆盖，培育专精特新企业二十家以上，壮大县域经济。",
            "三、持续增进民生福祉，新增城镇就业3000人以上，新建改造农村公路100公里，办好十件民生实事。",
            ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Equal([ReviewHeading, PlanHeading], report.Sections.Select(s => s.Heading ?? "").ToArray());
        Assert.Equal(["一、", "二、", "三、"], report.Sections[1].Items.Select(i => i.Marker).ToArray());
    }

    [Fact]
    public void ParenthesizedTopPartsWithHeadingShape_AreTheSections()
    {
        string text = WithBody(
            Salutation, Opening, ReviewText,
            "（一）关于经济形势", "过去一年，全县经济运行稳中向好。",
            "（二）关于体制改革", "今年要深化重点领域改革。", "一、深化财税体制改革；", "二、深化投融资体制改革。",
            ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(["（一）关于经济形势", "（二）关于体制改革"], report.Sections.Select(s => s.Heading ?? "").ToArray());
        Assert.Equal(["一、", "二、"], report.Sections[1].Items.Select(i => i.Marker).ToArray());
    }

    [Fact]
    public void BareNumeralsAloneOnTheirLines_AreTheSectionNumbers()
    {
        string text = WithBody(
            Salutation, Opening,
            "一", "", "过去一年，全县地区生产总值增长6.2%，经济运行稳中向好。", "",
            "二", "", "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。", "", "全年安排重点项目120个。", "",
            "三", "", "我们要加强政府自身建设，建设人民满意的政府。", "",
            ClosingText);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Equal(["一", "二", "三"], report.Sections.Select(s => s.Heading ?? "").ToArray());
        Assert.Equal([LineOf(text, "一"), LineOf(text, "二"), LineOf(text, "三")], report.Sections.Select(s => s.Line).ToArray());
        Assert.All(report.Sections, s => Assert.Empty(s.Items));
        Assert.DoesNotContain(OutlineBuilder.Build(tree).Diagnostics, d => d.Id == "RPT0011");
        Assert.Equal(ClosingText, report.Closing?.Text);
        Assert.Equal("2", SingleReport(tree).Sections[1].Heading.MarkerToken.ValueText);
    }

    [Fact]
    public void BareNumeralsOutOfOrder_AreNotSections()
    {
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText, "三", "全年新增城镇就业3000人以上。", "二",
            PlanHeading, PlanText, PlanItem1, PlanItem2,
            ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Equal([ReviewHeading, PlanHeading], report.Sections.Select(s => s.Heading ?? "").ToArray());
    }

    [Fact]
    public void DashLedParagraphsOpeningConsecutiveParagraphs_AreTheSectionsItems()
    {
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading,
            "五年来，我们团结带领全县人民攻坚克难，各项事业取得新的成就。",
            "——综合实力跃上新台阶。地区生产总值突破300亿元，年均增长6.5%。",
            "――产业结构持续优化。规上工业企业达到210家，数字经济占比提高5个百分点。",
            "—城乡面貌明显改善。新建改造农村公路400公里，县城建成区扩大到25平方公里。",
            "这些成绩的取得，是全县人民共同奋斗的结果。",
            PlanHeading, PlanText, PlanItem1, PlanItem2,
            ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(["review", "plan"], Kinds(report));
        var items = report.Sections[0].Items;
        Assert.Equal(["——", "――", "—"], items.Select(i => i.Marker).ToArray());
        Assert.Equal(["综合实力跃上新台阶", "产业结构持续优化", "城乡面貌明显改善"], items.Select(i => i.Title).ToArray());
        Assert.All(items, i => Assert.Equal(NumberingStyle.Dash, i.Style));
        Assert.All(items, i => Assert.Null(i.Number));
        Assert.Equal(LineOf(text, "——综合实力跃上新台阶。地区生产总值突破300亿元，年均增长6.5%。"), items[0].Line);
        Assert.Equal(2, report.Sections[1].Items.Count);
        Assert.Equal(ClosingText, report.Closing?.Text);

        // A dash lead is a marker without a number: the tree JSON still reads back to the same tree.
        var tree = Parse(text);
        var restored = ReportSdk.Serialization.SyntaxTreeJson.Deserialize(ReportSdk.Serialization.SyntaxTreeJson.Serialize(tree));
        Assert.True(restored.GetRoot().IsEquivalentTo(tree.GetRoot()));
    }

    [Fact]
    public void DashLedHeadingsWithParagraphsBetween_AreTheSectionsItems()
    {
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText,
            "——扎实抓好稳增长、防风险、保民生，发展底盘持续夯实。",
            "经济运行稳中有进。全年固定资产投资增长8%。",
            "就业形势总体稳定。城镇新增就业3200人。",
            "——着力深化改革、扩大开放，发展动力更加强劲。",
            "营商环境持续优化。新增市场主体5000户。",
            PlanHeading, PlanText, PlanItem1, PlanItem2,
            ClosingText);
        var report = SingleOutline(Parse(text));

        var items = report.Sections[0].Items;
        Assert.Equal(["扎实抓好稳增长、防风险、保民生，发展底盘持续夯实", "着力深化改革、扩大开放，发展动力更加强劲"], items.Select(i => i.Title).ToArray());
        Assert.Empty(items[0].Items);
    }

    [Fact]
    public void OneDashLedParagraph_IsNotAnItem()
    {
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText,
            "——这是我们五年来最深刻的体会。",
            "全县上下团结奋斗，各项事业取得新进展。",
            PlanHeading, PlanText,
            ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Empty(report.Sections[0].Items);
    }

    [Fact]
    public void DashLedParagraphsInASectionWithNumberedItems_AreNotItems()
    {
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText,
            PlanHeading, PlanText,
            "——坚持稳中求进，扩大有效需求。",
            "——坚持创新驱动，培育发展动能。",
            PlanItem1, "全年安排重点项目120个。",
            PlanItem2, "推动规上工业企业数字化改造全覆盖。",
            ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(["（一）", "（二）"], report.Sections[1].Items.Select(i => i.Marker).ToArray());
    }

    [Fact]
    public void DashSignaturesUnderQuotations_AreNotItems()
    {
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText,
            "“绿水青山就是金山银山。”", "——习近平", "“民生无小事，枝叶总关情。”", "——郑板桥",
            PlanHeading, PlanText,
            ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Empty(report.Sections[0].Items);
    }

    [Fact]
    public void DashRunInsideOneParagraph_IsNotItems()
    {
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading,
            "五年来成绩显著——综合实力跃上新台阶——产业结构持续优化——城乡面貌明显改善。",
            "全县上下团结奋斗，各项事业取得新进展。",
            PlanHeading, PlanText,
            ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Empty(report.Sections[0].Items);
    }

    [Fact]
    public void OrdinalDiYiParagraphs_AreItems()
    {
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText,
            PlanHeading,
            "第一，坚持稳中求进，推动经济持续向好。全年地区生产总值增长6%左右。",
            "第二，坚持改革创新，激发发展内生动力。深化“放管服”改革。",
            "第三，坚持人民至上，办好民生实事。新增城镇就业3000人以上。",
            ClosingText);
        var report = SingleOutline(Parse(text));

        var items = report.Sections[1].Items;
        Assert.Equal(["第一，", "第二，", "第三，"], items.Select(i => i.Marker).ToArray());
        Assert.Equal(["坚持稳中求进，推动经济持续向好", "坚持改革创新，激发发展内生动力", "坚持人民至上，办好民生实事"], items.Select(i => i.Title).ToArray());
        Assert.Equal(ClosingText, report.Closing?.Text);
    }

    [Fact]
    public void MarkerAloneOnItsLine_IsAnItemTitledByTheLeadSentenceBelow()
    {
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText,
            PlanHeading, PlanText,
            "（一）",
            "着力扩大有效需求。全年实施重点项目200个，完成投资180亿元。",
            "（二）",
            "着力推进乡村全面振兴。粮食播种面积稳定在60万亩以上。",
            ClosingText);
        var report = SingleOutline(Parse(text));

        var items = report.Sections[1].Items;
        Assert.Equal(["（一）", "（二）"], items.Select(i => i.Marker).ToArray());
        Assert.Equal(["着力扩大有效需求", "着力推进乡村全面振兴"], items.Select(i => i.Title).ToArray());
        Assert.Equal([LineOf(text, "（一）"), LineOf(text, "（二）")], items.Select(i => i.Line).ToArray());
        Assert.Equal(ClosingText, report.Closing?.Text);
    }

    // ---- closing ----------------------------------------------------------------------------------

    [Fact]
    public void SalutationAloneOnItsLine_OpensTheClosing()
    {
        const string appeal = "新的一年，任务艰巨、使命光荣。让我们在县委的坚强领导下，凝心聚力、实干争先，奋力谱写青山高质量发展新篇章！";
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText,
            PlanHeading, PlanText, PlanItem1, PlanItem2,
            "各位代表！",
            appeal);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.NotNull(report.Closing);
        // The closing node starts at the bare salutation; the outline's closing is the appeal under it (line and text).
        Assert.Equal(LineOf(text, appeal), report.Closing!.Line);
        Assert.Equal(appeal, report.Closing.Text);
        var closing = SingleReport(tree).Closing!;
        Assert.StartsWith("各位代表！", closing.ToString(), StringComparison.Ordinal);
        Assert.Contains(appeal, closing.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(appeal, SingleReport(tree).Sections[1].ToFullString(), StringComparison.Ordinal);
        Assert.DoesNotContain("RPT0006", tree.GetDiagnostics().Select(d => d.Id));
    }

    [Fact]
    public void ClosingWithoutRangWoMen_IsTheClosing()
    {
        const string midBody = "各位代表！这些成绩的取得，是全县上下共同奋斗的结果。";
        const string closing = "各位代表！新征程催人奋进，全县上下要坚定信心、真抓实干，为建设现代化新青山而努力奋斗！";
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText, midBody,
            PlanHeading, PlanText, PlanItem1, PlanItem2,
            closing);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Equal(closing, report.Closing?.Text);
        Assert.Equal(LineOf(text, closing), report.Closing?.Line);
        Assert.Equal(2, report.Sections[1].Items.Count);
        Assert.DoesNotContain("RPT0006", tree.GetDiagnostics().Select(d => d.Id));
    }

    [Fact]
    public void SalutationParagraphBetweenPlanItems_KeepsTheItemsInOneList()
    {
        const string between = "各位代表！民生无小事，枝叶总关情。我们将继续集中财力办好民生实事。";
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText,
            PlanHeading, PlanText,
            PlanItem1, "全年安排重点项目120个，完成投资150亿元。",
            PlanItem2, "推动规上工业企业数字化改造全覆盖。",
            between,
            "（三）坚持民生优先，持续增进人民福祉。", "新增城镇就业3000人以上。",
            "（四）坚持底线思维，守牢安全发展防线。", "扎实开展安全生产治本攻坚。",
            ClosingText);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Equal(["（一）", "（二）", "（三）", "（四）"], report.Sections[1].Items.Select(i => i.Marker).ToArray());
        Assert.Equal(ClosingText, report.Closing?.Text);
        Assert.Equal(LineOf(text, ClosingText), report.Closing?.Line);
        Assert.Contains(between, SingleReport(tree).Sections[1].ToFullString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ClosingHeading_IsNotASection()
    {
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText,
            PlanHeading, PlanText, PlanItem1, PlanItem2,
            "结束语",
            ClosingText);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Equal([ReviewHeading, PlanHeading], Headings(report));
        Assert.Equal(ClosingText, report.Closing?.Text);
        Assert.Equal(LineOf(text, ClosingText), report.Closing?.Line);
        Assert.DoesNotContain("结束语", SingleReport(tree).Sections[1].ToFullString(), StringComparison.Ordinal);
    }

    // ---- notes and annexes ------------------------------------------------------------------------

    [Fact]
    public void GlossaryTermAndExplanationOnSeparateLines_AreOneDefinition()
    {
        const string body = "大力发展新质生产力[1]，全面落实“两新”政策。";
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText,
            PlanHeading, body, PlanItem1, PlanItem2,
            ClosingText,
            "名词解释",
            "1.新质生产力",
            "是指创新起主导作用，摆脱传统经济增长方式、生产力发展路径的先进生产力质态。",
            "2.“两新”",
            "指新一轮大规模设备更新和消费品以旧换新。");
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Equal(ClosingText, report.Closing?.Text);
        Assert.Equal(["1", "2"], report.Footnotes.Select(f => f.Label ?? "<null>").ToArray());
        Assert.Equal(["新质生产力", "两新"], report.Footnotes.Select(f => f.Term ?? "<null>").ToArray());
        Assert.Equal([LineOf(text, "1.新质生产力"), LineOf(text, "2.“两新”")], report.Footnotes.Select(f => f.Line).ToArray());
        Assert.All(report.Footnotes, f => Assert.Contains(LineOf(text, body), f.References));
    }

    [Fact]
    public void NotesUnderAnAnnexHeading_AreFootnotes()
    {
        const string body = "大力发展新质生产力<sup>1</sup>，统筹推进“两重”建设。";
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText,
            PlanHeading, body, PlanItem1, PlanItem2,
            ClosingText,
            "附件",
            "《政府工作报告》有关内容名词注释",
            "1.新质生产力：是指创新起主导作用的先进生产力质态。",
            "2.“两重”：指国家重大战略实施和重点领域安全能力建设。");
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Equal(ClosingText, report.Closing?.Text);
        Assert.Equal(["1", "2"], report.Footnotes.Select(f => f.Label ?? "<null>").ToArray());
        Assert.Equal(["新质生产力", "两重"], report.Footnotes.Select(f => f.Term ?? "<null>").ToArray());
        Assert.All(report.Footnotes, f => Assert.Contains(LineOf(text, body), f.References));
        Assert.DoesNotContain("RPT0004", tree.GetDiagnostics().Select(d => d.Id));
    }

    [Fact]
    public void NoteLabelsInAnyBracketOrWidth_MatchTheBodysMarks()
    {
        const string body = "深入实施“三个一批”[1]项目攻坚，推动“两业融合”[2]发展，完善“一老一小”[3]服务体系。";
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText,
            PlanHeading, body, PlanItem1, PlanItem2,
            ClosingText,
            "注释",
            "［1］“三个一批”：指签约一批、开工一批、投产一批。",
            "〔2〕“两业融合”：指先进制造业和现代服务业深度融合。",
            "[３]“一老一小”：指老年人和儿童。");
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Equal(ClosingText, report.Closing?.Text);
        Assert.Equal(["1", "2", "3"], report.Footnotes.Select(f => f.Label ?? "<null>").ToArray());
        Assert.Equal(["三个一批", "两业融合", "一老一小"], report.Footnotes.Select(f => f.Term ?? "<null>").ToArray());
        Assert.All(report.Footnotes, f => Assert.Contains(LineOf(text, body), f.References));
        Assert.DoesNotContain("RPT0004", tree.GetDiagnostics().Select(d => d.Id));
    }

    [Fact]
    public void AnnexWithItsOwnList_AfterTheClosing_IsNotASection()
    {
        string[] annexItems =
        [
            "一、新增城镇就业岗位3000个。", "二、新建改建农村公路50公里。", "三、改造城镇老旧小区10个。",
            "四、新增公办幼儿园学位600个。", "五、建设村级养老服务站20个。", "六、实施农村供水保障工程。",
            "七、新增公共停车泊位1000个。", "八、开展适龄妇女“两癌”免费筛查。", "九、建设城市书房5个。",
            "十、实施食品安全放心工程。",
        ];
        string text = WithBody([
            Salutation, Opening,
            ReviewHeading, ReviewText,
            PlanHeading, PlanText, PlanItem1, PlanItem2,
            ClosingText,
            "附件1 2026年县十件民生实事",
            .. annexItems]);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        AssertStandardBody(text, report);
        var annex = Assert.Single(SingleReport(tree).Annexes);
        Assert.Equal("附件1 2026年县十件民生实事", annex.HeadingToken.Text);
        Assert.Equal(10, annex.Body.OfType<NumberedItemSyntax>().Count());
        Assert.DoesNotContain("RPT0003", tree.GetDiagnostics().Select(d => d.Id));
        Assert.DoesNotContain("RPT0006", tree.GetDiagnostics().Select(d => d.Id));
    }

    // ---- edition trailers -------------------------------------------------------------------------

    [Fact]
    public void LicenceTrailerAfterTheClosing_IsKeptOutOfTheReport()
    {
        const string licence1 = "本作品是国家机关发布的官方文件，按照《中华人民共和国著作权法》第五条不受著作权保护，属于公有领域。";
        const string licence2 = "这一文件在其他国家和地区也可能属于公有领域。";
        string text = Lines([Title, Meeting, Speaker, .. StandardBody(), licence1, licence2]);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        AssertStandardBody(text, report);
        Assert.DoesNotContain("本作品", SingleReport(tree).Closing!.ToString(), StringComparison.Ordinal);
        Assert.Empty(report.Footnotes);
        Assert.Empty(SingleReport(tree).Annexes);
    }

    [Fact]
    public void RelatedArticlesFooterAfterTheClosing_IsKeptOutOfTheReport()
    {
        string text = Lines([
            Title, Meeting, Speaker, .. StandardBody(),
            "相关报道：",
            "青山县第十八届人民代表大会第五次会议隆重开幕",
            "张明华参加青山镇代表团审议",
            "青山县2025年国民经济和社会发展统计公报"]);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        AssertStandardBody(text, report);
        var closing = SingleReport(tree).Closing!.ToString();
        Assert.DoesNotContain("相关报道", closing, StringComparison.Ordinal);
        Assert.DoesNotContain("隆重开幕", closing, StringComparison.Ordinal);
        Assert.Empty(report.Footnotes);
        Assert.Empty(SingleReport(tree).Annexes);
    }

    // ---- character forms --------------------------------------------------------------------------

    [Fact]
    public void TraditionalCharacterReport_HasItsOutline()
    {
        const string meeting = "——一九五七年六月二十六日在第一屆全國人民代表大會第四次會議上";
        const string closing = "各位代表！讓我們團結起來，為建設我們偉大的社會主義祖國而奮鬥！";
        string text = Lines(
            "政府工作報告",
            meeting,
            "國務院總理 王國華",
            "各位代表：",
            "我代表國務院向大會報告政府工作，請予審議。",
            "一、過去一年的工作回顧",
            "過去一年，全國工農業生產都有了很大的增長。",
            "二、今年的主要任務",
            "（一）發展農業生產。",
            "（二）加強工業建設。",
            closing);
        var report = SingleOutline(Parse(text));

        Assert.Equal("政府工作報告", report.Title);
        Assert.Equal(meeting, report.Meeting);
        Assert.Equal("國務院總理 王國華", report.Speaker);
        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Equal(["一、過去一年的工作回顧", "二、今年的主要任務"], Headings(report));
        Assert.Equal(["（一）", "（二）"], report.Sections[1].Items.Select(i => i.Marker).ToArray());
        Assert.Equal(closing, report.Closing?.Text);
    }

    [Fact]
    public void FullWidthDigits_ReadLikeAsciiDigits()
    {
        const string title = "青山县２０２６年政府工作报告";
        const string meeting = "——２０２６年１月１８日在青山县第十八届人民代表大会第五次会议上";
        string text = Lines(
            title, meeting, Speaker,
            Salutation, Opening,
            "一、２０２５年工作回顾",
            "过去一年，全县地区生产总值增长６．２％。",
            "二、２０２６年工作安排",
            "（一）全力扩大有效投资。",
            "１．抓好重大项目建设。",
            "２．强化要素保障。",
            "（二）加快产业转型升级。",
            ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(title, report.Title);
        Assert.Equal(meeting, report.Meeting);
        Assert.Equal(Speaker, report.Speaker);
        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Equal(["一、２０２５年工作回顾", "二、２０２６年工作安排"], Headings(report));
        Assert.Equal(["（一）", "（二）"], report.Sections[1].Items.Select(i => i.Marker).ToArray());
        Assert.Equal(["１．", "２．"], report.Sections[1].Items[0].Items.Select(i => i.Marker).ToArray());
        Assert.Equal(["抓好重大项目建设", "强化要素保障"], report.Sections[1].Items[0].Items.Select(i => i.Title).ToArray());
        Assert.Equal(ClosingText, report.Closing?.Text);
    }

    [Fact]
    public void ZeroWidthCharactersBeforeTheSalutation_DoNotHideIt()
    {
        string text = Lines([Title, Meeting, Speaker, "\u200B\uFEFF" + Salutation, .. StandardBody().Skip(1)]);
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Equal(Title, report.Title);
        Assert.Equal(Meeting, report.Meeting);
        Assert.Equal(Speaker, report.Speaker);
        var salutation = SingleReport(tree).Preamble.Salutation;
        Assert.NotNull(salutation);
        Assert.Equal(Salutation, salutation!.TextToken.Text.Trim('\u200B', '\uFEFF'));
        Assert.Equal(Opening, Assert.Single(SingleReport(tree).Preamble.Body).ToString().Trim());
        AssertStandardBody(text, report);
    }

    [Fact]
    public void LetterSpacedTitle_IsTheTitle()
    {
        const string title = "政 府 工 作 报 告";
        string text = WithPreamble(title, Meeting, Speaker);
        var report = SingleOutline(Parse(text));

        Assert.Equal(title, report.Title);
        Assert.Equal(1, report.Line);
        Assert.Equal(Meeting, report.Meeting);
        Assert.Equal(Speaker, report.Speaker);
        AssertStandardBody(text, report);
    }

    [Fact]
    public void NumberedListsInsideNumberedSections_LeaveTheSectionRunAlone()
    {
        // Older reports number lists inside a 一、 section with 一、 again: the sections resume after the list.
        string text = Lines([
            Title, Meeting, Speaker, Salutation, Opening,
            "一、过去五年的回顾",
            "五年来，经济持续增长。",
            "二、今后五年的基本任务",
            "今后五年要做好以下几件事：",
            "一、确定适度的经济增长率",
            "经济增长率要适度。",
            "二、规定恰当的投资规模",
            "投资规模要恰当。",
            "三、调整投资结构",
            "投资结构要合理。",
            "三、经济体制改革",
            "改革要坚定不移。",
            "一、充分认识改革的艰巨性",
            "改革是艰巨的。",
            "二、充分认识改革的复杂性",
            "改革是复杂的。",
            "四、坚持独立自主的和平外交政策",
            "我们坚持和平外交。",
            "各位代表！让我们团结起来，为完成今后五年的任务而奋斗！",
        ]);
        var report = SingleOutline(Parse(text));

        Assert.Equal(
            ["一、过去五年的回顾", "二、今后五年的基本任务", "三、经济体制改革", "四、坚持独立自主的和平外交政策"],
            report.Sections.Select(s => s.Heading));
        Assert.Equal(
            ["确定适度的经济增长率", "规定恰当的投资规模", "调整投资结构"],
            report.Sections[1].Items.Select(i => i.Title));
        Assert.Equal(2, report.Sections[2].Items.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("”")]
    public void FinalAppealWithoutSalutationOrRally_IsTheClosing(string after)
    {
        string appeal = "在伟大的社会主义建设高潮中，我们满怀着信心，为完成和超额完成今年的国民经济计划而奋斗！" + after;
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText,
            PlanHeading, PlanText, PlanItem1, PlanItem2,
            appeal,
            "本作品是中华人民共和国的法律、法规、国家机关的决议、决定、命令，依据《中华人民共和国著作权法》第五条，不适用于该法。");
        var tree = Parse(text);
        var report = SingleOutline(tree);

        Assert.Equal(appeal, report.Closing?.Text);
        Assert.DoesNotContain(tree.GetDiagnostics(), d => d.Id == "RPT0006");
    }

    [Fact]
    public void AnAppealInsideTheText_DoesNotOpenTheClosingBeforeTheRealOne()
    {
        const string sectionEnd = "我们一定要同心同德，艰苦奋斗，为实现今年的各项任务而奋斗！";
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText,
            PlanHeading, PlanText, sectionEnd, PlanItem1, PlanItem2,
            ClosingText);
        var report = SingleOutline(Parse(text));

        Assert.Equal(ClosingText, report.Closing?.Text);
        Assert.Equal(2, report.Sections[1].Items.Count);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void NestedListAsLongAsItsSectionNumber_LeavesTheNextSectionAlone(int nestedItems)
    {
        // 一 二 [一 二] 三 四: the nested list could go on with 三 as well; the sections do.
        string[] numerals = ["一", "二", "三", "四", "五"];
        var lines = new List<string> { Title, Meeting, Speaker, Salutation, Opening };
        var sections = new List<string>();
        for (int section = 0; section < nestedItems + 2; section++)
        {
            string heading = $"{numerals[section]}、第{numerals[section]}部分工作";
            sections.Add(heading);
            lines.Add(heading);
            lines.Add("这一部分有正文。");
            if (section == nestedItems - 1)
            {
                for (int k = 0; k < nestedItems; k++)
                {
                    lines.Add($"{numerals[k]}、子项{numerals[k]}");
                    lines.Add("子项有正文。");
                }
            }
        }

        lines.Add("各位代表！让我们团结起来，为完成今后五年的任务而奋斗！");
        var report = SingleOutline(Parse(Lines([.. lines])));

        Assert.Equal(sections, report.Sections.Select(s => s.Heading));
        Assert.Equal(nestedItems, report.Sections[nestedItems - 1].Items.Count);
    }
}
