using ReportSdk.Parsing;
using ReportSdk.Syntax;
using ReportSdk.Semantics.Outline;
using ReportSdk.Tests.Incremental;
using ReportSdk.Text;
using static ReportSdk.Tests.Layout.VariantText;

namespace ReportSdk.Tests.Layout;

/// <summary>
/// Where a list ends before the next marker (made-up texts in the shape of the national reports): a paragraph after a
/// list's last item that sums the list up, turns from it, introduces the review's lessons or addresses the audience anew
/// belongs to the part (or the enclosing item), and a list after it is the ended list's sibling, not its last item's child.
/// </summary>
public class ListEndVariantTests
{
    private const string Review1 = "（一）稳住经济基本盘。";
    private const string Review1Body = "全年实施重点项目120个，完成投资80亿元，规上工业增加值增长7.5%。";
    private const string Review2 = "（二）办好民生实事。";
    private const string Review2Body = "新建养老服务中心3个，新增城镇就业2000人，改造老旧小区12个。";
    private const string Summary = "总的来看，一年来全县经济社会发展取得了新的成绩，为今后发展打下了较好基础。";
    private const string LessonsIntro = "一年来，我们在实践中积累了宝贵经验，主要体会是：";
    private const string Lesson1 = "第一，必须坚持发展第一要务。只有把发展搞上去，才能为解决各种问题打下基础。";
    private const string Lesson2 = "第二，必须坚持以人民为中心。政府的一切工作都要以群众满意为标准。";
    private const string Problems = "我们也清醒地看到，全县发展中还存在一些困难和问题，主要是：";
    private const string Problem1 = "一是产业结构偏重传统，新兴产业规模不大。";
    private const string Problem2 = "二是财政收支矛盾突出，基层保障压力较大。";

    /// <summary>The outline of the review section of <paramref name="text"/> (its first section).</summary>
    private static SectionOutline ReviewOutline(string text) => SingleOutline(Parse(text)).Sections[0];

    private static string WithReviewParagraphs(params string[] paragraphs) =>
        WithBody([Salutation, Opening, ReviewHeading, ReviewText, .. paragraphs, PlanHeading, PlanText, PlanItem1, PlanItem2, ClosingText]);

    // ---- lists of one-line items ----------------------------------------------------------------------------------

    private const string OneLine1 = "（一）坚持稳中求进，经济运行总体平稳。全年地区生产总值增长5.6%，规上工业增加值增长7.2%，固定资产投资增长4.5%。";
    private const string OneLine2 = "（二）坚持创新驱动，发展动能持续增强。新增国家级专精特新小巨人企业8家，高新技术企业达到260家，研发投入强度提高。";
    private const string OneLine3 = "（三）坚持民生优先，人民生活持续改善。新增城镇就业1.2万人，新建改建农村公路120公里，城乡居民收入分别增长4.8%和6.5%。";
    private const string OtherWork = "一年来，我们持续加强政府自身建设，自觉接受人大法律监督和政协民主监督，办理建议提案326件，政务服务效能不断提升。";

    [Fact]
    public void AParagraphAfterAListOfOneLineItems_IsThePartsNotTheLastItems()
    {
        // Each item carries its whole text on its own line; what follows the last one is the review's next topic.
        string text = WithReviewParagraphs(OneLine1, OneLine2, OneLine3, OtherWork);
        var tree = Parse(text);
        var review = SingleOutline(tree).Sections[0];

        Assert.Equal(["（一）", "（二）", "（三）"], review.Items.Select(i => i.Marker).ToArray());
        Assert.Equal(LineOf(text, OneLine3), review.Items[2].EndLine);
        Assert.Contains(SingleReport(tree).Sections[0].Body, b => b is ParagraphSyntax && b.ToString().Trim() == OtherWork);
    }

    [Fact]
    public void AParagraphAfterTheLastOfItemsWithBodies_StaysInTheLastItem()
    {
        // The earlier items have paragraphs of their own: a paragraph after the last item that goes on without naming the
        // review's period is that item's.
        const string MoreOnLivelihood = "新建幼儿园5所，改造农村中小学校舍32所，城乡低保标准分别提高6%和8%。";
        string text = WithReviewParagraphs(OneLine1, Review1Body, OneLine2, Review2Body, OneLine3, MoreOnLivelihood);
        var review = ReviewOutline(text);

        Assert.Equal(LineOf(text, MoreOnLivelihood), review.Items[2].EndLine);
    }

    [Fact]
    public void AParagraphAfterBareMarkersEachOverOneParagraph_IsThePartsNotTheLastItems()
    {
        // 第一， alone on its line, its text on the next: an item of one paragraph, as a heading line carrying its text is.
        const string Text1 = "支援工业建设，保证城市和工矿区的粮食供应，使工业建设所需要的农产品原料能够及时地得到满足。";
        const string Text2 = "稳定市场物价，使粮食和其他主要农产品的买卖不受投机商人的操纵，保障人民群众的正常生活。";
        const string Text3 = "促进农业生产的发展，使农民在出售余粮以后能够买到他们所需要的生产资料和生活资料。";
        const string Conclusion = "这项政策实行两年来，经受了实践的检验，全县群众普遍拥护，今后还要继续坚持和完善。";
        string text = WithReviewParagraphs("第一，", Text1, "第二，", Text2, "第三，", Text3, Conclusion);
        var review = ReviewOutline(text);

        Assert.Equal(["第一，", "第二，", "第三，"], review.Items.Select(i => i.Marker).ToArray());
        Assert.Equal(LineOf(text, Text3), review.Items[2].EndLine);
    }

    [Fact]
    public void ALineBrokenAtALink_StaysWithTheOneLineItemItContinues()
    {
        // The last item's line breaks before a linked title (…实施《 / 就业促进条例 / 》，…): the pieces are its text, and the
        // paragraph after them is the part's.
        const string Broken = "（三）坚持民生优先，人民生活持续改善。全面落实就业优先政策，新建改建农村公路120公里，认真实施《";
        const string Link = "就业促进条例";
        const string Rest = "》，新增城镇就业1.2万人，城乡居民收入分别增长4.8%和6.5%。";
        const string Security = "安全生产形势总体平稳，事故起数和死亡人数实现双下降，社会大局和谐稳定。";
        string text = WithReviewParagraphs(OneLine1, OneLine2, Broken, Link, Rest, Security);
        var review = ReviewOutline(text);

        Assert.Equal(LineOf(text, Rest), review.Items[2].EndLine);
    }

    // ---- a paragraph that names the review's period -----------------------------------------------------------------

    [Fact]
    public void APeriodLeadOnAnotherTopicAfterTheLastItem_EndsTheList()
    {
        // 一年来，… on the government's own work after the last item (on livelihoods) turns to the review's next topic,
        // though the earlier items have paragraphs (their shape alone does not tell).
        string text = WithReviewParagraphs(OneLine1, Review1Body, OneLine2, Review2Body, OneLine3, OtherWork);
        var tree = Parse(text);
        var review = SingleOutline(tree).Sections[0];

        Assert.Equal(LineOf(text, OneLine3), review.Items[2].EndLine);
        Assert.Contains(SingleReport(tree).Sections[0].Body, b => b is ParagraphSyntax && b.ToString().Trim() == OtherWork);
    }

    [Fact]
    public void APeriodLeadOnTheLastItemsTopic_StaysInTheLastItem()
    {
        // 一年来，民生投入… shares 民生 with the last item's title (坚持民生优先，…): it goes on with that item.
        const string LivelihoodYear = "一年来，民生投入占一般公共预算支出的比重达到80%，一批群众急难愁盼问题得到解决。";
        string text = WithReviewParagraphs(OneLine1, Review1Body, OneLine2, Review2Body, OneLine3, LivelihoodYear);
        var review = ReviewOutline(text);

        Assert.Equal(LineOf(text, LivelihoodYear), review.Items[2].EndLine);
    }

    [Fact]
    public void APeriodLeadSharingOnlyWordsOfTheRhetoric_EndsTheList()
    {
        // 持续 and 加强 are in any clause: sharing them with the title (坚持…，…持续改善) names no common topic.
        const string Title = "（三）坚持民生优先，人民生活持续改善。新增城镇就业1.2万人，城乡居民收入分别增长4.8%和6.5%，社会保障水平稳步提高。";
        const string Security = "一年来，我们持续加强安全生产和应急管理，安全事故起数和死亡人数实现双下降，社会大局和谐稳定。";
        string text = WithReviewParagraphs(OneLine1, Review1Body, OneLine2, Review2Body, Title, Security);
        var review = ReviewOutline(text);

        Assert.Equal(LineOf(text, Title), review.Items[2].EndLine);
    }

    // Items whose titles stand alone, each opening its text with the review's period on a topic its title does not name.
    private const string Projects = "（一）狠抓项目建设";
    private const string ProjectsYear = "一年来，我们完成投资80亿元，新开工项目56个，竣工投产项目31个。";
    private const string Innovation = "（二）培育创新主体";
    private const string InnovationYear = "一年来，我们新增高新技术企业40家，研发投入强度达到2.4%。";
    private const string Efficiency = "（三）提高行政效能";
    private const string EfficiencyText = "深化“放管服”改革，政务服务事项全部网上可办，企业开办时间压缩到1个工作日。";
    private const string SafetyYear = "一年来，我们全力抓好安全生产和应急管理，事故起数和死亡人数实现双下降。";

    [Fact]
    public void APeriodLeadWhereTheItemsOwnParagraphsOpenSo_StaysInTheLastItem()
    {
        // Each item's text opens with 一年来，…: that is how this list's items speak, so a later 一年来，… of the last item is
        // that item's too, though it shares no word with the title.
        string text = WithReviewParagraphs(Projects, ProjectsYear, Innovation, InnovationYear, Efficiency, EfficiencyText, SafetyYear);
        var review = ReviewOutline(text);

        Assert.Equal(LineOf(text, SafetyYear), review.Items[2].EndLine);
    }

    [Fact]
    public void APeriodLeadAfterALaterList_IsNotHeldByTheEarlierListsHabit()
    {
        // The first list's items open with 一年来，…; a summing-up ends it, and a list of another style follows at its level:
        // that list's items do not speak so, and a 一年来，… on another topic after its last item ends it.
        const string Summary2 = "总的来看，一年来全县经济社会发展取得了新的成绩。";
        const string Task1 = "1．坚持稳中求进，经济运行总体平稳。全年地区生产总值增长5.6%，规上工业增加值增长7.2%，固定资产投资增长4.5%。";
        const string Task1Body = "重点项目完成投资80亿元，新开工项目56个。";
        const string Task2 = "2．坚持民生优先，人民生活持续改善。新增城镇就业1.2万人，新建改建农村公路120公里，城乡居民收入分别增长4.8%和6.5%。";
        string text = WithReviewParagraphs(Projects, ProjectsYear, Innovation, InnovationYear, Summary2, Task1, Task1Body, Task2, SafetyYear);
        var review = ReviewOutline(text);

        var task2 = Assert.Single(review.Items, i => i.Marker.StartsWith('2'));
        Assert.Equal(LineOf(text, Task2), task2.EndLine);
    }

    [Fact]
    public void APeriodLeadWithAnAsciiComma_TurnsAsWithAChineseOne()
    {
        const string OtherWorkAscii = "一年来,我们持续加强政府自身建设,自觉接受人大法律监督和政协民主监督,政务服务效能不断提升。";
        string text = WithReviewParagraphs(OneLine1, Review1Body, OneLine2, Review2Body, OneLine3, OtherWorkAscii);
        var review = ReviewOutline(text);

        Assert.Equal(LineOf(text, OneLine3), review.Items[2].EndLine);
    }

    [Fact]
    public void APeriodLeadBelowATitleOnlyLastItem_IsThatItemsText()
    {
        const string TitleOnly = "（三）加强政府自身建设";
        string text = WithReviewParagraphs(OneLine1, Review1Body, OneLine2, Review2Body, TitleOnly, OtherWork);
        var review = ReviewOutline(text);

        Assert.Equal(LineOf(text, OtherWork), review.Items[2].EndLine);
    }

    [Theory]
    [InlineData("一年来各方面的显著成就，来之不易，是全县上下团结奋斗的结果。")]
    [InlineData("过去一年的成绩来之不易，凝结着全县人民的智慧和汗水。")]
    [InlineData("一年来的工作殊为不易。各部门顾全大局、尽责担当，全县人民克难奋进。")]
    public void APeriodSummaryOfTheWholeReview_EndsTheList(string summary)
    {
        // The period and a word for the whole review's results in the first clause: the review's summing-up.
        string text = WithReviewParagraphs(Review1, Review1Body, Review2, Review2Body, summary);
        var tree = Parse(text);
        var review = SingleOutline(tree).Sections[0];

        Assert.Equal(LineOf(text, Review2Body), review.Items[1].EndLine);
        Assert.Contains(SingleReport(tree).Sections[0].Body, b => b is ParagraphSyntax && b.ToString().Trim() == summary);
    }

    [Fact]
    public void APeriodPhraseWithoutAWholeWord_StaysInTheLastItem()
    {
        // 一年来的外交实践… names the last item's own subject, not the review's results.
        const string ForeignAffairs = "（二）积极开展对外交往。";
        const string Practice = "一年来的对外交往实践，证明我们坚持的开放方针是正确的，友好城市增加到12个。";
        string text = WithReviewParagraphs(Review1, Review1Body, ForeignAffairs, Review2Body, Practice);
        var review = ReviewOutline(text);

        Assert.Equal(LineOf(text, Practice), review.Items[1].EndLine);
    }

    [Fact]
    public void AParagraphAfterATitleOnlyLastItem_IsThatItemsText()
    {
        // One-line items, then a last item whose line is its title only: the paragraph below is its text.
        const string TitleOnly = "（三）坚持民生优先。";
        string text = WithReviewParagraphs(OneLine1, OneLine2, TitleOnly, OtherWork);
        var review = ReviewOutline(text);

        Assert.Equal(LineOf(text, OtherWork), review.Items[2].EndLine);
    }

    [Fact]
    public void AListOfOneLineItemsThatGoesOnAfterAParagraph_StaysOpen()
    {
        const string OneLine4 = "（四）坚持改革开放，发展活力不断释放。完成国企改革三年行动，新设外资企业15家，进出口总额增长9.3%，营商环境持续优化。";
        string text = WithReviewParagraphs(OneLine1, OneLine2, OneLine3, OtherWork, OneLine4);
        var review = ReviewOutline(text);

        Assert.Equal(["（一）", "（二）", "（三）", "（四）"], review.Items.Select(i => i.Marker).ToArray());
        Assert.Equal(LineOf(text, OtherWork), review.Items[2].EndLine);
    }

    [Fact]
    public void ALessonsListAfterTheReviewsList_IsItsSibling()
    {
        // Without the end, 第一，/第二， would nest under (二), the only style not yet open, with the summary as (二)'s body.
        string text = WithReviewParagraphs(Review1, Review1Body, Review2, Review2Body, Summary, LessonsIntro, Lesson1, Lesson2);
        var tree = Parse(text);
        var review = SingleOutline(tree).Sections[0];

        Assert.Equal(["（一）", "（二）", "第一，", "第二，"], review.Items.Select(i => i.Marker).ToArray());
        Assert.All(review.Items, i => Assert.Equal(1, i.Depth));
        Assert.Equal(LineOf(text, Review2Body), review.Items[1].EndLine);
        var summary = Assert.Single(SingleReport(tree).Sections[0].Body, b => b.ToString().Trim() == Summary);
        Assert.IsType<ParagraphSyntax>(summary);
        Assert.DoesNotContain(tree.GetDiagnostics(), d => d.Id == "RPT0003");
    }

    [Fact]
    public void AParagraphIntroducingTheLessons_EndsTheListByItself()
    {
        string text = WithReviewParagraphs(Review1, Review1Body, Review2, Review2Body, LessonsIntro, Lesson1, Lesson2);
        var review = ReviewOutline(text);

        Assert.Equal(["（一）", "（二）", "第一，", "第二，"], review.Items.Select(i => i.Marker).ToArray());
        Assert.All(review.Items, i => Assert.Equal(1, i.Depth));
    }

    [Fact]
    public void AChainOfProblemsAfterTheTurn_IsTheSectionsChain()
    {
        string text = WithReviewParagraphs(Review1, Review1Body, Review2, Review2Body, Problems, Problem1, Problem2);
        var review = ReviewOutline(text);

        Assert.Equal(["（一）", "（二）", "一是", "二是"], review.Items.Select(i => i.Marker).ToArray());
        Assert.All(review.Items, i => Assert.Equal(1, i.Depth));
        Assert.Equal(LineOf(text, Review2Body), review.Items[1].EndLine);
    }

    [Fact]
    public void ASummingUpInsideAnItem_EndsOnlyTheItemsInnerList()
    {
        // 总之 sums up the inner list 第一，/第二， of (一); the list after it is that list's sibling inside (一), and (二)
        // continues the section's list.
        string[] inner = ["第一，削减非生产性支出。", "压缩会议、差旅等一般性支出10%。", "第二，降低建设成本。", "推行限额设计，严格工程变更管理。"];
        string closing = "总之，各部门都要建立节约制度，把每一笔钱用在刀刃上。";
        string[] critiques = ["一、必须批判“大手大脚”的想法。", "二、必须批判“浪费难免”的想法。"];
        string text = WithReviewParagraphs([Review1, Review1Body, .. inner, closing, .. critiques, Review2, Review2Body]);
        var review = ReviewOutline(text);

        Assert.Equal(["（一）", "（二）"], review.Items.Select(i => i.Marker).ToArray());
        Assert.Equal(["第一，", "第二，", "一、", "二、"], review.Items[0].Items.Select(i => i.Marker).ToArray());
        Assert.All(review.Items[0].Items, i => Assert.Equal(2, i.Depth));
        Assert.Equal(LineOf(text, inner[3]), review.Items[0].Items[1].EndLine);
    }

    [Fact]
    public void ANewAddressToTheAudience_EndsEveryListThatDoesNotGoOn()
    {
        string[] inner = ["1.新建学校2所。", "2.新增学位1200个。"];
        string address = "各位代表！过去一年取得的成绩来之不易，这是县委坚强领导、全县人民团结奋斗的结果。";
        string text = WithReviewParagraphs([Review1, Review1Body, Review2, Review2Body, .. inner, address, Problems, Problem1, Problem2]);
        var tree = Parse(text);
        var review = SingleOutline(tree).Sections[0];

        Assert.Equal(["（一）", "（二）", "一是", "二是"], review.Items.Select(i => i.Marker).ToArray());
        Assert.Equal(["1.", "2."], review.Items[1].Items.Select(i => i.Marker).ToArray());
        Assert.Equal(LineOf(text, inner[1]), review.Items[1].EndLine);
        Assert.Contains(SingleReport(tree).Sections[0].Body, b => b is ParagraphSyntax && b.ToString().Trim() == address);
    }

    [Theory]
    // A summing-up of one item, with the list going on after it: the paragraph is that item's.
    [InlineData("总之，要把项目建设作为稳增长的重中之重。")]
    // An address to the audience between items (各位代表！…包括：) introduces what the next item lists.
    [InlineData("各位代表！今年我们将继续办好十件民生实事。")]
    public void AnEndingParagraphBeforeTheListGoesOn_StaysInTheItem(string paragraph)
    {
        string text = WithReviewParagraphs(Review1, Review1Body, paragraph, Review2, Review2Body);
        var tree = Parse(text);
        var review = SingleOutline(tree).Sections[0];

        Assert.Equal(["（一）", "（二）"], review.Items.Select(i => i.Marker).ToArray());
        Assert.Equal(LineOf(text, paragraph), review.Items[0].EndLine);
        Assert.DoesNotContain(tree.GetDiagnostics(), d => d.Id == "RPT0003");
    }

    [Fact]
    public void AMarkerAlonesOwnText_NeverEndsItsList()
    {
        // 第二， alone on its line heads the paragraph below it, even one that opens like a summing-up.
        string[] items = ["第一，", "加强项目建设。", "第二，", "总之要守住安全底线，防范化解重点领域风险。"];
        string text = WithReviewParagraphs([Review1, Review1Body, .. items, Review2, Review2Body]);
        var review = ReviewOutline(text);

        Assert.Equal(["第一，", "第二，"], review.Items[0].Items.Select(i => i.Marker).ToArray());
        Assert.Equal(LineOf(text, items[3]), review.Items[0].Items[1].EndLine);
    }

    [Theory]
    // Dash and bracket leads carry no number: a later lead of the same style is the list going on.
    [InlineData("——综合实力跃上新台阶。地区生产总值突破300亿元。", "——民生福祉持续增进。新增城镇就业2000人。")]
    [InlineData("【稳增长】全年实施重点项目120个。", "【惠民生】新增城镇就业2000人。")]
    public void AnEndingParagraphBetweenUnnumberedLeads_StaysInTheItem(string first, string second)
    {
        string paragraph = "总之，一年来各项工作扎实推进，经济社会发展稳中有进。";
        string text = WithReviewParagraphs(first, paragraph, second, "这些成绩的取得，是全县人民共同奋斗的结果。");
        var review = ReviewOutline(text);

        Assert.Equal(2, review.Items.Count);
        Assert.All(review.Items, i => Assert.True(NumberingStyles.IsCountedParagraph(i.Style)));
        Assert.Equal(LineOf(text, paragraph), review.Items[0].EndLine);
    }

    [Theory]
    // 以上/上述 name what was said above: the last item's own points, unless the paragraph names the whole list (a count,
    // a list word) or the review's results.
    [InlineData("以上这些改革措施，都是为了进一步激发市场活力，增强发展后劲。")]
    [InlineData("上述做法，有的还在试点，要在实践中不断完善。")]
    [InlineData("除上述措施以外，还要加快建设一批便民服务站点。")]
    // 以上率下 (leading by example) and 总结推广…经验 (spreading lessons) open plans, not summaries.
    [InlineData("以上率下，带头过紧日子，严控一般性支出和“三公”经费。")]
    [InlineData("总结推广基层创新的好经验好做法，形成一批可复制的制度成果。")]
    public void AParagraphThatSumsUpOnlyTheLastItem_StaysInIt(string paragraph)
    {
        string[] points = ["深化国有企业改革，完成3户县属企业混合所有制改革。", "推进财政体制改革，实行零基预算管理。"];
        string text = WithReviewParagraphs([Review1, Review1Body, Review2, .. points, paragraph]);
        var review = ReviewOutline(text);

        Assert.Equal(["（一）", "（二）"], review.Items.Select(i => i.Marker).ToArray());
        Assert.Equal(LineOf(text, paragraph), review.Items[1].EndLine);
    }

    [Theory]
    [InlineData("上述三个方面的工作，相互联系、相互促进，为全县发展打下了坚实基础。")]
    [InlineData("以上各项工作，都是在县委的坚强领导下完成的。")]
    [InlineData("上述成绩的取得，是县委坚强领导、全县人民团结奋斗的结果。")]
    [InlineData("除以上两项工作以外，前面说过的改革和开放方面的任务，也要抓紧落实。")]
    [InlineData("总结过去一年的工作，我们深刻体会到，发展是解决一切问题的关键。")]
    public void AParagraphThatNamesTheWholeList_EndsIt(string paragraph)
    {
        string text = WithReviewParagraphs(Review1, Review1Body, Review2, Review2Body, paragraph, Problems, Problem1, Problem2);
        var review = ReviewOutline(text);

        Assert.Equal(["（一）", "（二）", "一是", "二是"], review.Items.Select(i => i.Marker).ToArray());
        Assert.Equal(LineOf(text, Review2Body), review.Items[1].EndLine);
    }

    [Fact]
    public void ALessonsIntroductionInTraditionalCharacters_EndsTheList()
    {
        string intro = "一年來，我們在實踐中積累了寶貴經驗，主要體會是：";
        string text = WithReviewParagraphs(Review1, Review1Body, Review2, Review2Body, intro, Lesson1, Lesson2);
        var review = ReviewOutline(text);

        Assert.Equal(["（一）", "（二）", "第一，", "第二，"], review.Items.Select(i => i.Marker).ToArray());
        Assert.All(review.Items, i => Assert.Equal(1, i.Depth));
    }

    [Theory]
    // The look for the list's next item passes at most ListEnds.ContinuationLookahead deeper headings: with fewer, the
    // list is found not to go on and the summing-up ends it; at the bound it is left open.
    [InlineData(ListEnds.ContinuationLookahead - 1, true)]
    [InlineData(ListEnds.ContinuationLookahead, false)]
    public void TheLookForTheListsNextItem_IsBounded(int deeperHeadings, bool ended)
    {
        var deeper = Enumerable.Range(1, deeperHeadings).SelectMany(n => new[] { $"{n}.完成第{n}项重点工程。", "工程按期竣工并投入使用。" });
        string text = WithReviewParagraphs([Review1, Review1Body, Review2, Review2Body, Summary, .. deeper]);
        var review = ReviewOutline(text);

        Assert.Equal(ended ? LineOf(text, Review2Body) : LineOf(text, Summary) + 2 * deeperHeadings, review.Items[1].EndLine);
    }

    [Fact]
    public void AnEditFarBelow_DecidesWhetherTheListGoesOn_AsAFullParseDoes()
    {
        // The summing-up ends (一)–(二) until an edit twenty paragraphs below makes a paragraph the list's (三): the
        // reparse of the report re-decides the end.
        string far = "完善应急预案，开展应急演练。";
        var filler = Enumerable.Range(1, 20).Select(n => $"第{n}项工作稳步推进，群众满意度持续提高。");
        string first = WithBody(StandardBody());
        string text = first + WithReviewParagraphs([Review1, Review1Body, Review2, Review2Body, Summary, .. filler, far]);
        var tree = SyntaxTree.ParseText(text);
        Assert.Equal(2, tree.GetRoot().Reports.Count);

        var change = new TextChange(new TextSpan(text.IndexOf(far, StringComparison.Ordinal), 0), "（三）");
        var edited = tree.WithChanges(change);
        var full = SyntaxTree.ParseText(tree.GetText().WithChanges(change));

        Assert.Equal(ReparseOutcome.Reused, IncrementalParser.LastOutcome);
        Assert.Null(IncrementalEquivalence.Compare(full, edited));
        var before = OutlineBuilder.Build(tree).Reports[1].Sections[0];
        var after = OutlineBuilder.Build(edited).Reports[1].Sections[0];
        Assert.Equal(["（一）", "（二）"], before.Items.Select(i => i.Marker).ToArray());
        Assert.Equal(["（一）", "（二）", "（三）"], after.Items.Select(i => i.Marker).ToArray());
        Assert.Equal(LineOf(text, Review2Body), before.Items[1].EndLine);
        Assert.Equal(LineOf(text, Summary) + 20, after.Items[1].EndLine);
    }
}
