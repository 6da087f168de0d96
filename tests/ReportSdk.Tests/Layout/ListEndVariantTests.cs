using ReportSdk.Syntax;
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

    private static string WithReviewParagraphs(params string[] paragraphs) =>
        WithBody([Salutation, Opening, ReviewHeading, ReviewText, .. paragraphs, PlanHeading, PlanText, PlanItem1, PlanItem2, ClosingText]);

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
        var review = SingleOutline(Parse(text)).Sections[0];

        Assert.Equal(["（一）", "（二）", "第一，", "第二，"], review.Items.Select(i => i.Marker).ToArray());
        Assert.All(review.Items, i => Assert.Equal(1, i.Depth));
    }

    [Fact]
    public void AChainOfProblemsAfterTheTurn_IsTheSectionsChain()
    {
        string text = WithReviewParagraphs(Review1, Review1Body, Review2, Review2Body, Problems, Problem1, Problem2);
        var review = SingleOutline(Parse(text)).Sections[0];

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
        var review = SingleOutline(Parse(text)).Sections[0];

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
        var review = SingleOutline(Parse(text)).Sections[0];

        Assert.Equal(["第一，", "第二，"], review.Items[0].Items.Select(i => i.Marker).ToArray());
        Assert.Equal(LineOf(text, items[3]), review.Items[0].Items[1].EndLine);
    }
}
