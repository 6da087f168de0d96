using ReportSdk.Parsing;
using static ReportSdk.Tests.Layout.VariantText;

namespace ReportSdk.Tests.Layout;

/// <summary>
/// The layout decoder's role for each line of made-up variant texts, through the public
/// <see cref="LayoutExplanation"/>: the roles the outline is built from.
/// </summary>
public class LayoutRoleTests
{
    /// <summary>The chosen role and zone of the (first) line whose text is <paramref name="line"/>.</summary>
    private static (string Role, string Zone) RoleOf(string text, string line)
    {
        var decisions = LayoutExplanation.Explain(text);
        int index = LineOf(text, line) - 1;
        var decision = decisions[index];
        Assert.Equal(line, text.Substring(decision.Span.Start, decision.Span.Length));
        return (decision.Role, decision.Zone);
    }

    private static void AssertRole(string text, string line, string role, string zone)
    {
        var actual = RoleOf(text, line);
        Assert.True(actual == (role, zone), $"'{line}': expected {role}@{zone}, got {actual.Role}@{actual.Zone}");
    }

    private static void AssertPreambleExtra(string text, string line)
    {
        var actual = RoleOf(text, line);
        Assert.True(
            actual.Zone == "preamble" && actual.Role is "chrome" or "preambleParagraph",
            $"'{line}': expected chrome or preambleParagraph in the preamble, got {actual.Role}@{actual.Zone}");
    }

    [Fact]
    public void ChromeLinesBetweenPreambleParts_AreChromeInThePreamble()
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
        Parse(text);

        // The title opens the report; LayoutExplanation places it in the "lead" zone, so only its role is checked.
        Assert.Equal("title", RoleOf(text, Title).Role);
        AssertRole(text, "来源：青山县人民政府办公室", "chrome", "preamble");
        AssertRole(text, "时间：2026-01-22 09:30", "chrome", "preamble");
        AssertRole(text, "【字号：大 中 小】", "chrome", "preamble");
        AssertRole(text, Meeting, "meeting", "preamble");
        // A date line and a caption are weak preamble parts (DateLineRecognizer, CaptionRecognizer): chrome or a
        // preamble paragraph, in the preamble, never the title, meeting line or speaker.
        AssertPreambleExtra(text, "2026年1月22日");
        AssertPreambleExtra(text, "县长张明华作政府工作报告");
        AssertRole(text, Speaker, "speaker", "preamble");
        AssertRole(text, Salutation, "salutation", "preamble");
    }

    [Fact]
    public void WrappedMeetingLine_IsMeetingThenContinuation()
    {
        string text = WithPreamble(Title, "——2026年1月18日在青山县第十八届", "", "人民代表大会第五次会议上", Speaker);
        Parse(text);

        AssertRole(text, "——2026年1月18日在青山县第十八届", "meeting", "preamble");
        AssertRole(text, "人民代表大会第五次会议上", "meetingContinuation", "preamble");
        AssertRole(text, Speaker, "speaker", "preamble");
    }

    [Fact]
    public void OrdinalClausesOpeningConsecutiveParagraphs_AreItemHeadings()
    {
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText,
            PlanHeading,
            "一是坚持项目为王，全力扩大有效投资。全年安排重点项目120个。",
            "二是坚持创新驱动，加快产业转型升级。推动数字化改造全覆盖。",
            ClosingText);
        Parse(text);

        AssertRole(text, "一是坚持项目为王，全力扩大有效投资。全年安排重点项目120个。", "itemHeading", "body");
        AssertRole(text, "二是坚持创新驱动，加快产业转型升级。推动数字化改造全覆盖。", "itemHeading", "body");
        AssertRole(text, ClosingText, "closingParagraph", "closing");
    }

    [Fact]
    public void DashLedParagraphsOfASectionWithoutNumberedItems_AreItemHeadings()
    {
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText,
            "——综合实力跃上新台阶。地区生产总值突破300亿元。",
            "——产业结构持续优化。规上工业企业达到210家。",
            PlanHeading, PlanText,
            "——坚持稳中求进。",
            PlanItem1, PlanItem2,
            ClosingText);
        Parse(text);

        AssertRole(text, "——综合实力跃上新台阶。地区生产总值突破300亿元。", "itemHeading", "body");
        AssertRole(text, "——产业结构持续优化。规上工业企业达到210家。", "itemHeading", "body");
        AssertRole(text, "——坚持稳中求进。", "paragraph", "body");
        AssertRole(text, PlanItem1, "itemHeading", "body");
    }

    [Fact]
    public void TitleBrokenInsideItsTitleWord_IsTitleThenContinuation()
    {
        string text = WithPreamble("青山县2026年政府工作报", "", "告", Meeting, Speaker);
        Parse(text);

        Assert.Equal("title", RoleOf(text, "青山县2026年政府工作报").Role);
        Assert.Equal("titleContinuation", RoleOf(text, "告").Role);
        AssertRole(text, Meeting, "meeting", "preamble");
        AssertRole(text, Speaker, "speaker", "preamble");
    }

    [Fact]
    public void BareNumeralsCountingUp_AreSectionHeadings()
    {
        string text = WithBody(Salutation, Opening, "一", ReviewText, "二", PlanText, ClosingText);
        Parse(text);

        AssertRole(text, "一", "sectionHeading", "body");
        AssertRole(text, ReviewText, "paragraph", "body");
        AssertRole(text, "二", "sectionHeading", "body");
        AssertRole(text, ClosingText, "closingParagraph", "closing");
    }

    [Fact]
    public void OrdinalClauseChainStartingAtErShi_IsParagraphs()
    {
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText,
            PlanHeading,
            "今年要坚持稳中求进。一是全力扩大有效投资，全年安排重点项目120个。",
            "二是加快产业转型升级。推动数字化改造全覆盖。",
            "三是持续增进民生福祉。新增城镇就业3000人以上。",
            ClosingText);
        Parse(text);

        AssertRole(text, "二是加快产业转型升级。推动数字化改造全覆盖。", "paragraph", "body");
        AssertRole(text, "三是持续增进民生福祉。新增城镇就业3000人以上。", "paragraph", "body");
    }

    [Fact]
    public void SalutationParagraphBetweenPlanItems_IsABodyParagraph()
    {
        const string between = "各位代表！民生无小事，枝叶总关情。我们将继续集中财力办好民生实事。";
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText,
            PlanHeading, PlanText, PlanItem1, PlanItem2,
            between,
            "（三）坚持民生优先，持续增进人民福祉。",
            ClosingText);
        Parse(text);

        AssertRole(text, between, "paragraph", "body");
        AssertRole(text, "（三）坚持民生优先，持续增进人民福祉。", "itemHeading", "body");
        AssertRole(text, ClosingText, "closingParagraph", "closing");
    }

    [Fact]
    public void SalutationAloneBeforeTheClosingParagraph_IsInTheClosing()
    {
        const string appeal = "新的一年，任务艰巨、使命光荣。让我们在县委的坚强领导下，奋力谱写青山高质量发展新篇章！";
        string text = WithBody(
            Salutation, Opening,
            ReviewHeading, ReviewText,
            PlanHeading, PlanText, PlanItem1, PlanItem2,
            "各位代表！",
            appeal);
        Parse(text);

        AssertRole(text, "各位代表！", "closingParagraph", "closing");
        Assert.Equal("closing", RoleOf(text, appeal).Zone);
    }

    [Fact]
    public void LicenceTrailerAfterTheClosing_IsChromeInTheTail()
    {
        const string licence1 = "本作品是国家机关发布的官方文件，按照《中华人民共和国著作权法》第五条不受著作权保护，属于公有领域。";
        const string licence2 = "这一文件在其他国家和地区也可能属于公有领域。";
        string text = Lines([Title, Meeting, Speaker, .. StandardBody(), licence1, licence2]);
        Parse(text);

        AssertRole(text, ClosingText, "closingParagraph", "closing");
        AssertRole(text, licence1, "chrome", "tail");
        AssertRole(text, licence2, "chrome", "tail");
    }

    [Fact]
    public void RelatedArticlesFooterAfterTheClosing_IsChromeInTheTail()
    {
        string text = Lines([
            Title, Meeting, Speaker, .. StandardBody(),
            "相关报道：",
            "青山县第十八届人民代表大会第五次会议隆重开幕",
            "张明华参加青山镇代表团审议"]);
        Parse(text);

        AssertRole(text, ClosingText, "closingParagraph", "closing");
        AssertRole(text, "相关报道：", "chrome", "tail");
        AssertRole(text, "青山县第十八届人民代表大会第五次会议隆重开幕", "chrome", "tail");
        AssertRole(text, "张明华参加青山镇代表团审议", "chrome", "tail");
    }

    [Fact]
    public void AnnexAfterTheClosing_IsInTheBackZone()
    {
        string text = Lines([
            Title, Meeting, Speaker, .. StandardBody(),
            "附件1 2026年县十件民生实事",
            "一、新增城镇就业岗位3000个。",
            "二、新建改建农村公路50公里。"]);
        Parse(text);

        AssertRole(text, "附件1 2026年县十件民生实事", "annexHeading", "back");
        Assert.Equal("back", RoleOf(text, "一、新增城镇就业岗位3000个。").Zone);
        Assert.Equal("back", RoleOf(text, "二、新建改建农村公路50公里。").Zone);
    }

    [Fact]
    public void GlossaryTermLine_IsADefinitionInTheBackZone()
    {
        string text = Lines([
            Title, Meeting, Speaker, .. StandardBody(),
            "名词解释",
            "1.新质生产力",
            "是指创新起主导作用的先进生产力质态。"]);
        Parse(text);

        AssertRole(text, "名词解释", "notesHeading", "back");
        AssertRole(text, "1.新质生产力", "footnoteDefinition", "back");
        Assert.Equal("back", RoleOf(text, "是指创新起主导作用的先进生产力质态。").Zone);
    }

    [Fact]
    public void ShortLineEndingOnAFunctionWord_IsAParagraphFragment_NotAHeading()
    {
        // A sentence broken at links: 2026年的 / 工资改革， / 重点是… — a heading never ends on 的.
        string text = Lines([
            Title, Meeting, Speaker, Salutation, Opening,
            "2025年工作回顾",
            "过去一年，经济持续增长。",
            "",
            "2026年的",
            "工资改革，",
            "重点是改革现行不合理的工资制度。",
            "",
            "2026年工作安排",
            "今年要做好以下工作。",
            "各位代表！让我们团结奋斗！",
        ]);
        AssertRole(text, "2025年工作回顾", "sectionHeading", "body");
        AssertRole(text, "2026年的", "paragraph", "body");
        AssertRole(text, "2026年工作安排", "sectionHeading", "body");
    }
}
