using ReportSdk.Semantics;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.Footnotes;

/// <summary>
/// How <see cref="FootnoteBinder"/> finds a note's term in the body when the two are not written alike: other spaces
/// (text from PDFs), a quotation mark lost to a broken escape before the note, a year the body leaves out.
/// </summary>
public sealed class FootnoteTermMatchingTests
{
    private const string Head = "政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、2022年工作回顾\n";
    private const string Notes = "\n各位代表！让我们团结奋斗！\n注释：\n";

    [Fact]
    public void A_term_holding_quotation_marks_matches_the_body_written_with_other_spaces()
    {
        var bindings = Bind("围绕\"3+2\" 主导产业<sup>7</sup>，构建\"三屏六楔、两脉两环\"\u3000自然生态格局<sup>11</sup>。",
            "[1]\"3+2\"主导产业：高端装备制造等。\n[2]\"三屏六楔、两脉两环\"自然生态格局：说明。\n");
        Assert.Equal(["\"3+2\" 主导产业"], Referenced(bindings, "\"3+2\"主导产业"));
        Assert.Equal(["\"三屏六楔、两脉两环\"\u3000自然生态格局"], Referenced(bindings, "\"三屏六楔、两脉两环\"自然生态格局"));
    }

    [Fact]
    public void A_term_written_with_spaces_matches_the_body_without_them()
    {
        var bindings = Bind("基本完成 2021 年度\"民生十件实事\"和“三新一高”建设。", "[1]2021年度\"民生十件实事\"：说明。\n[2]三新 一高：说明。\n");
        Assert.Equal(["2021 年度\"民生十件实事\""], Referenced(bindings, "2021年度\"民生十件实事\""));
        Assert.Equal(["“三新一高”"], Referenced(bindings, "三新 一高"));
    }

    [Fact]
    public void A_quoted_term_matches_with_spaces_inside_the_quotation_marks()
    {
        var bindings = Bind("全面推进“三新 一高”和“ 三生空间 ”建设。", "[1]三新一高：说明。\n[2]三生空间：说明。\n");
        Assert.Equal(["“三新 一高”"], Referenced(bindings, "三新一高"));
        Assert.Equal(["“ 三生空间 ”"], Referenced(bindings, "三生空间"));
    }

    [Fact]
    public void A_run_of_more_than_three_spaces_separates_phrases()
    {
        var bindings = Bind("围绕\"3+2\"    主导产业和“三新    一高”推进。", "[1]\"3+2\"主导产业：说明。\n[2]三新一高：说明。\n");
        Assert.Empty(Referenced(bindings, "\"3+2\"主导产业"));
        Assert.Empty(Referenced(bindings, "三新一高"));
    }

    [Theory]
    [InlineData("[10]1+3+N\" 国有资产组织治理架构：说明。", "\"1+3+N\" 国有资产组织治理架构")]
    [InlineData("[3]三新一高”行动：说明。", "“三新一高”行动")]
    [InlineData("[4]三生空间”：说明。", "三生空间")]
    [InlineData("[5]”三生空间：说明。", "三生空间")]
    [InlineData("[6]三生空间\"：说明。", "三生空间")]
    [InlineData("[7]\"三生空间：说明。", "三生空间")]
    [InlineData("[8]“四个一”安防工程：说明。", "“四个一”安防工程")]
    public void A_quotation_mark_whose_partner_was_lost_is_mended(string note, string term)
    {
        var definition = Assert.Single(Parse("推进工作。", note + "\n").DescendantNodes().OfType<FootnoteDefinitionSyntax>());
        Assert.Equal(term, FootnoteBinder.GetTerm(definition));
    }

    [Fact]
    public void A_term_whose_opening_mark_was_lost_is_found_as_the_body_writes_it()
    {
        var bindings = Bind("搭建\"1+3+N\"国有资产组织治理架构，推进改革。", "[10]1+3+N\" 国有资产组织治理架构：说明。\n");
        Assert.Equal(["\"1+3+N\"国有资产组织治理架构"], Referenced(bindings, "\"1+3+N\" 国有资产组织治理架构"));
    }

    [Fact]
    public void A_term_opening_with_a_year_matches_the_body_without_the_year()
    {
        var bindings = Bind("民生实事掷地有声。十件民生实事基本完成。推进为民“十”事⑫。",
            "7.2022年十件民生实事：①全面启动建设。\n12.2023年为民“十”事：①启动建设。\n");
        Assert.Equal(["十件民生实事"], Referenced(bindings, "2022年十件民生实事"));
        Assert.Equal(["为民“十”事"], Referenced(bindings, "2023年为民“十”事"));
    }

    [Theory]
    [InlineData("2023年十件民生实事基本完成。")]
    [InlineData("2023 年 十件民生实事基本完成。")]
    [InlineData("今年十件民生实事基本完成。")]
    [InlineData("本年度十件民生实事基本完成。")]
    [InlineData("二十件民生实事基本完成。")]
    public void A_term_opening_with_a_year_does_not_match_another_years_or_counts_list(string body)
    {
        var bindings = Bind(body, "[7]2022年十件民生实事：说明。\n");
        Assert.Empty(Referenced(bindings, "2022年十件民生实事"));
    }

    [Fact]
    public void A_short_rest_after_the_year_is_not_looked_for()
    {
        var bindings = Bind("民生实事基本完成。", "[7]2022年民生实事：说明。\n");
        Assert.Empty(Referenced(bindings, "2022年民生实事"));
    }

    [Fact]
    public void The_whole_term_found_leaves_the_rest_unsearched()
    {
        var bindings = Bind("完成“2022年十件民生实事”。十件民生实事基本完成。", "[7]2022年十件民生实事：说明。\n");
        Assert.Equal(["“2022年十件民生实事”"], Referenced(bindings, "2022年十件民生实事"));
    }

    [Fact]
    public void Seed_notes_found_by_the_new_user_check_are_linked()
    {
        var seed000 = BindSeed("000_2caded14dca9935e.txt");
        Assert.Equal(["\"3+2\" 主导产业"], Referenced(seed000, "\"3+2\"主导产业"));
        Assert.Equal(["\"三屏六楔、两脉两环\" 自然生态格局"], Referenced(seed000, "\"三屏六楔、两脉两环\"自然生态格局"));
        Assert.Equal(["\"1+3+N\"国有资产组织治理架构"], Referenced(seed000, "\"1+3+N\" 国有资产组织治理架构"));

        var seed002 = BindSeed("002_4e4f3f491fbc5ac3.txt");
        var binding = Assert.Single(seed002.Bindings, b => b.Term == "2022年十件民生实事");
        var span = Assert.Single(binding.TermReferences);
        Assert.Equal("十件民生实事", seed002.Text.Substring(span.Start, span.Length));
        Assert.Equal(68, LineNumber(seed002.Text, span.Start));
    }

    private static ReportSyntax Parse(string body, string notes) =>
        SyntaxTree.ParseText(Head + body + Notes + notes).GetRoot().Reports.Single();

    private static (IReadOnlyList<FootnoteBinding> Bindings, string Text) Bind(string body, string notes)
    {
        var report = Parse(body, notes);
        return (FootnoteBinder.Bind(report), report.SyntaxTree.GetText().ToString());
    }

    private static (IReadOnlyList<FootnoteBinding> Bindings, string Text) BindSeed(string seed)
    {
        string text = TestPaths.ReadSeed(seed);
        var report = SyntaxTree.ParseText(text).GetRoot().Reports.Single();
        return (FootnoteBinder.Bind(report), report.SyntaxTree.GetText().ToString());
    }

    /// <summary>The body texts the note with <paramref name="term"/> is linked to by its term.</summary>
    private static List<string> Referenced((IReadOnlyList<FootnoteBinding> Bindings, string Text) bound, string term) =>
        Assert.Single(bound.Bindings, b => b.Term == term).TermReferences.Select(s => bound.Text.Substring(s.Start, s.Length)).ToList();

    /// <summary>The 1-based line of <paramref name="position"/>.</summary>
    private static int LineNumber(string text, int position) => text.AsSpan(0, position).Count('\n') + 1;
}
