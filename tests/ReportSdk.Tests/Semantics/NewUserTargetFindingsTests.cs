using ReportSdk.Semantics.Model;
using ReportSdk.Semantics.Quantities;
using ReportSdk.Semantics.Targets;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.SemanticsLayer;

/// <summary>
/// Mechanisms found wrong by a new user reading the figures of eight reports against their texts (made-up sentences of
/// the same shapes): a full-width comma separating thousands, qualifiers written with two characters (接近, 将近, 不到),
/// a grade after a unit (30万吨级), 争取 before a result, the two values of a from-to pair (从X增长到Y), and what a work verb
/// counts, named after the unit (打造10个数字领航企业).
/// </summary>
public sealed class NewUserTargetFindingsTests
{
    /// <summary>Three numbers printed with full-width thousands separators: the text prints numbers so.</summary>
    private const string OlderReportNumbers = "粮食产量达到34，250万吨，自行车1，484万辆，全年收入２７，２０３，３１９，０００元，生产3，000多项。";

    [Fact]
    public void A_full_width_comma_between_groups_of_three_digits_separates_thousands_in_a_text_that_prints_numbers_so()
    {
        var found = QuantityScanner.Scan(OlderReportNumbers);
        Assert.Equal([342_500_000m, 14_840_000m, 27_203_319_000m, 3_000m], found.Select(q => q.Low).ToArray());
        Assert.Equal(["34，250万吨", "1，484万辆", "２７，２０３，３１９，０００元", "3，000多项"], found.Select(q => q.Text).ToArray());
    }

    [Theory]
    [InlineData("粮食产量达到34，250万吨", "250万吨")] // one such number: the comma ends a clause
    [InlineData("PM2.5年均浓度降至29，322天空气质量优良", "322天")]
    public void A_full_width_comma_in_a_text_that_does_not_print_numbers_so_ends_the_number(string text, string written) =>
        Assert.Equal(written, QuantityScanner.Scan(text)[^1].Text);

    [Theory]
    [InlineData("2025，2026年分别增长5%", "5%")] // a year is no first group of thousands
    [InlineData("项目1234，567个", "567个")] // a first group of four digits ends a clause
    [InlineData("完成12，3456个", "3456个")] // the group after the comma is not three digits
    public void A_full_width_comma_elsewhere_still_ends_the_number(string text, string written) =>
        Assert.Equal(written, QuantityScanner.Scan(OlderReportNumbers + text)[^1].Text);

    [Theory]
    [InlineData("优良天数比率接近80%", QuantityQualifier.Approximately)]
    [InlineData("投入了将近5亿元", QuantityQualifier.Approximately)]
    [InlineData("能源增长不到3%", QuantityQualifier.AtMost)]
    public void Two_character_prefix_qualifiers_are_read(string text, QuantityQualifier qualifier) =>
        Assert.Equal(qualifier, Assert.Single(QuantityScanner.Scan(text)).Qualifier);

    [Theory]
    [InlineData("推进防城港30万吨级码头建设")]
    [InlineData("建成5000吨级航道")]
    public void A_grade_after_a_unit_is_a_label_not_a_figure(string text) =>
        Assert.Empty(QuantityScanner.Scan(text));

    private static ReportModel Model(string review, string plan) => Assert.Single(SyntaxTree.ParseText(
        "2026年安平市政府工作报告\n各位代表：\n一、2025年工作回顾\n" + review + "\n二、2026年工作安排\n" + plan + "\n各位代表！让我们团结奋斗！\n").GetReportModels());

    [Fact]
    public void A_two_character_qualifier_is_not_left_in_the_indicator()
    {
        var model = Model("全市优良天数比率接近80%。", "城乡居民收入增长不到6%。");
        Assert.Equal(["优良天数比率", "城乡居民收入增长"], model.Figures.Select(f => f.Indicator.Replace("全市", string.Empty, StringComparison.Ordinal)).ToArray());
    }

    [Fact]
    public void A_from_to_pair_gives_both_values_the_subject_before_it()
    {
        var model = Model("“十四五”时期，一般公共预算收入从3826.5亿元增长到4398.6亿元。", "城镇新增就业8万人以上。");
        var pair = model.Figures.Where(f => f.Kind == TargetKind.Achieved).ToList();
        Assert.Equal(["一般公共预算收入", "一般公共预算收入"], pair.Select(f => f.Indicator).ToArray());
        Assert.Equal(TargetMeasure.Level, pair[1].Measure);
        // No year named: the end value is the reviewed year's (not the pair start's).
        Assert.Equal(2025, pair[1].Year);
    }

    [Fact]
    public void A_from_to_pair_takes_years_named_at_its_ends()
    {
        var model = Model("进出口贸易总额由2020年的355亿元增加到2024年的772亿元。资本充足率从2021年底的8.4%提升到13.3%。", "城镇新增就业8万人以上。");
        var achieved = model.Figures.Where(f => f.Kind == TargetKind.Achieved).ToList();
        Assert.Equal([2020, 2024, 2021, 2025], achieved.Select(f => f.Year ?? 0).ToArray());
        Assert.Equal(["进出口贸易总额", "进出口贸易总额", "资本充足率", "资本充足率"], achieved.Select(f => f.Indicator).ToArray());
    }

    [Fact]
    public void A_pair_opening_its_clause_is_the_clause_befores_subject()
    {
        var model = Model("钢：从135万吨增加到412万吨。", "城镇新增就业8万人以上。");
        Assert.Equal(["钢", "钢"], model.Figures.Where(f => f.Kind == TargetKind.Achieved).Select(f => f.Indicator).ToArray());
    }

    [Fact]
    public void A_work_verb_before_a_counted_quantity_takes_the_name_after_its_unit()
    {
        var model = Model(
            "完成500所中小学体育场地升级改造，197家二级以上医院开设体重管理门诊。",
            "新建10家省级概念验证中心、30家标杆孵化器和10家省级制造业中试平台。");
        Assert.Equal(
            ["完成中小学体育场地升级改造", "二级以上医院开设体重管理门诊"],
            model.Figures.Where(f => f.Kind == TargetKind.Achieved).Select(f => f.Indicator).ToArray());
        // The verb goes on over the enumeration; a conjunction before the next number is not part of a name.
        Assert.Equal(
            ["新建省级概念验证中心", "新建标杆孵化器", "新建省级制造业中试平台"],
            model.Figures.Where(f => f.Kind == TargetKind.Target).Select(f => f.Indicator).ToArray());
    }

    [Fact]
    public void A_counted_quantity_with_a_subject_or_an_uncounted_unit_keeps_its_indicator()
    {
        var model = Model("规上工业企业达到2万家，固定资产投资完成300亿元建设新城。", "城镇新增就业8万人以上。");
        Assert.Equal(["规上工业企业", "固定资产投资完成"], model.Figures.Where(f => f.Kind == TargetKind.Achieved).Select(f => f.Indicator).ToArray());
    }

    [Fact]
    public void You_meaning_by_opens_no_pair_and_drops_no_figure()
    {
        var model = Model("由市财政安排3亿元带动社会资本至少10亿元。由社会资本投资30亿元的项目达到12个。", "城镇新增就业8万人以上。");
        var achieved = model.Figures.Where(f => f.Kind == TargetKind.Achieved).ToList();
        Assert.Equal([300_000_000m, 1_000_000_000m, 3_000_000_000m, 12m], achieved.Select(f => f.Low).ToArray());
        Assert.DoesNotContain(achieved, f => f.Indicator.Length == 0);
    }

    [Fact]
    public void A_second_pair_in_a_sentence_does_not_take_the_first_pairs_start_year()
    {
        var model = Model("占全国比重由2020年的7.2%提升至7.4%，在北方地区占比由20.5%提升至21.1%。", "城镇新增就业8万人以上。");
        var ends = model.Figures.Where(f => f.Low is 7.4m or 21.1m).ToList();
        Assert.Equal([2025, 2025], ends.Select(f => f.Year ?? 0).ToArray());
    }

    [Theory]
    [InlineData("新建10所学校和改造20所医院。", "新建")] // a conjunction opening another predicate
    [InlineData("建设100个5G基站。", "建设")] // cut at a number or a letter
    [InlineData("培育20家年营业收入超过10亿元的龙头企业。", "培育")]
    [InlineData("实施20项重大工程为全市带来投资。", "实施")] // a predicate marker
    public void A_name_that_is_not_one_leaves_the_work_verb_alone(string plan, string indicator)
    {
        var model = Model("城镇新增就业8万人。", plan);
        Assert.Equal(indicator, model.Figures.First(f => f.Kind == TargetKind.Target).Indicator);
    }

    [Fact]
    public void Two_character_adverbs_are_trimmed_whole()
    {
        var model = Model("全市高新技术企业即将达到50家，居民收入早已超过3万元。", "城镇新增就业8万人以上。");
        Assert.Equal(["高新技术企业", "居民收入"], model.Figures.Where(f => f.Kind == TargetKind.Achieved).Select(f => f.Indicator).ToArray());
    }

    [Fact]
    public void Lizheng_after_an_estimate_is_its_stretch_value()
    {
        var model = Model("预计全年地区生产总值增长5%，力争6%。", "城镇新增就业8万人以上。");
        var estimate = Assert.Single(model.Figures, f => f.Kind == TargetKind.Estimate);
        Assert.Equal(6m, estimate.Stretch?.Low);
    }

    [Fact]
    public void Zhengqu_before_a_result_is_what_was_obtained_not_a_stretch_value()
    {
        var model = Model("积极争取中央资金900亿元。", "地区生产总值增长5%左右，力争6%。");
        var obtained = Assert.Single(model.Figures, f => f.Kind == TargetKind.Achieved);
        Assert.Equal(90_000_000_000m, obtained.Low);
        Assert.Null(obtained.Stretch);

        // In the plan the stretch word still gives the goal its stretch value.
        var goal = Assert.Single(model.Figures, f => f.Kind == TargetKind.Target);
        Assert.Equal(5m, goal.Low);
        Assert.Equal(6m, goal.Stretch?.Low);
    }
}
