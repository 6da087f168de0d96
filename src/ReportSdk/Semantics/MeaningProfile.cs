using ReportSdk.Parsing;
using ReportSdk.Semantics.Model;
using ReportSdk.Semantics.Quantities;
using ReportSdk.Semantics.Targets;

namespace ReportSdk.Semantics;

/// <summary>
/// The genre knowledge of the meaning layer, as data: every phrase the metadata reader, the quantity
/// scanner and the target extractor look for, and their named thresholds. Code elsewhere in
/// <c>Semantics</c> matches these tables and holds no genre phrase of its own.
/// </summary>
internal static class MeaningProfile
{
    // ---- Thresholds ------------------------------------------------------------------------------

    /// <summary>How many non-blank lines from the start of a report are read for metadata when the preamble slots are empty.</summary>
    public const int MetadataLeadLines = 24;

    /// <summary>The longest line (characters) read as a preamble line (title, caption, speaker) in the lead lines.</summary>
    public const int MaxPreambleLineLength = 120;

    /// <summary>Longest personal name, in characters, without a middle dot (names with <c>·</c> may be longer).</summary>
    public const int MaxNameLength = 4;

    /// <summary>Longest text before the colon of a speaker fused into the salutation (自治区主席艾尔肯·吐尼亚孜：各位代表…).</summary>
    public const int MaxFusedSpeakerLength = 16;

    /// <summary>Shortest personal name, in characters.</summary>
    public const int MinNameLength = 2;

    /// <summary>How many characters before a number a prefix qualifier (约, 超过, 控制在) may stand.</summary>
    public const int PrefixQualifierReach = 4;

    /// <summary>
    /// How far into its clause 预计 may stand and still govern the rest of the sentence (一九八二年预计…: 5 characters);
    /// farther in, after a subject (研发经费投入预计…), it governs its own clause and the clauses that continue it.
    /// </summary>
    public const int EstimateOpenerReach = 6;

    /// <summary>Months in which a meeting for the year's plan is held (January to March); a date there is in the report year.</summary>
    public const int LastPlanningMonth = 3;

    /// <summary>Earliest and latest plausible report years.</summary>
    public const int MinYear = 1949, MaxYear = 2100;

    /// <summary>
    /// What follows a year that opens a sentence of the plan to name the year being planned
    /// (２００８年是…的一年): reports without a title or
    /// date line say their year this way.
    /// </summary>
    public static readonly string[] YearIsPhrases = ["年是"];

    /// <summary>Earliest year a sentence may name for a figure (the 1930s: 一九三六年).</summary>
    public const int MinNamedYear = 1900;

    /// <summary>Units of a ratio to a base (等于某年的三倍, 相当于上年的九成): such a value is not the base's own figure.</summary>
    public static readonly string[] RatioUnits = ["倍", "%", "‰"];

    // ---- Metadata --------------------------------------------------------------------------------

    /// <summary>
    /// The title phrase after which nothing belongs to the region name, most specific first; a street office has
    /// no government, so its report is a bare 工作报告 (2026年青山街道工作报告).
    /// </summary>
    public static readonly string[] TitlePhrases = ["政府工作报告", "人民政府工作报告", "工作报告"];

    /// <summary>Suffixes of administrative units, longest first, with the level they name.</summary>
    public static readonly (string Suffix, AdministrativeLevel Level)[] RegionSuffixes =
    [
        ("特别行政区", AdministrativeLevel.Province),
        ("自治区", AdministrativeLevel.Province),
        ("自治州", AdministrativeLevel.City),
        ("自治县", AdministrativeLevel.County),
        ("自治旗", AdministrativeLevel.County),
        ("街道", AdministrativeLevel.Street),
        ("新区", AdministrativeLevel.District),
        ("地区", AdministrativeLevel.City),
        ("省", AdministrativeLevel.Province),
        ("市", AdministrativeLevel.City),
        ("州", AdministrativeLevel.City),
        ("盟", AdministrativeLevel.City),
        ("县", AdministrativeLevel.County),
        ("旗", AdministrativeLevel.County),
        ("区", AdministrativeLevel.District),
        ("镇", AdministrativeLevel.Town),
        ("乡", AdministrativeLevel.Township),
    ];

    /// <summary>Cities at province level (直辖市).</summary>
    public static readonly string[] Municipalities = ["北京市", "天津市", "上海市", "重庆市"];

    /// <summary>Words that end a region name inside a longer phrase (鹤山市人民政府 → 鹤山市).</summary>
    public static readonly string[] RegionStops = ["人民政府", "政府", "人民代表大会", "人大", "第", "届", "年"];

    /// <summary>The State Council: the region of a national report.</summary>
    public const string NationalRegion = "国务院";

    /// <summary>Phrases that show a national report, where the text names no region in its title.</summary>
    public static readonly string[] NationalCues = ["我代表国务院", "全国人民代表大会", "国务院总理", "全国人大", "国务院的委托"];

    /// <summary>Offices of the speaker, longest first, with the level they belong to.</summary>
    public static readonly (string Office, AdministrativeLevel Level)[] Offices =
    [
        ("街道办事处主任", AdministrativeLevel.Street),
        ("国务院总理", AdministrativeLevel.National),
        ("自治区代主席", AdministrativeLevel.Province),
        ("自治区主席", AdministrativeLevel.Province),
        ("自治州州长", AdministrativeLevel.City),
        ("代省长", AdministrativeLevel.Province),
        ("代市长", AdministrativeLevel.City),
        ("代县长", AdministrativeLevel.County),
        ("代区长", AdministrativeLevel.District),
        ("代镇长", AdministrativeLevel.Town),
        ("代乡长", AdministrativeLevel.Township),
        ("代旗长", AdministrativeLevel.County),
        ("代州长", AdministrativeLevel.City),
        ("代主席", AdministrativeLevel.Province),
        ("总理", AdministrativeLevel.National),
        ("省长", AdministrativeLevel.Province),
        ("市长", AdministrativeLevel.City),
        ("县长", AdministrativeLevel.County),
        ("区长", AdministrativeLevel.District),
        ("镇长", AdministrativeLevel.Town),
        ("乡长", AdministrativeLevel.Township),
        ("旗长", AdministrativeLevel.County),
        ("州长", AdministrativeLevel.City),
        ("盟长", AdministrativeLevel.City),
        ("主席", AdministrativeLevel.Province),
        ("主任", AdministrativeLevel.Street),
    ];

    /// <summary>What follows a speaker's name in a photo caption (省长赵刚作政府工作报告).</summary>
    public static readonly string[] CaptionVerbs = ["作政府工作报告", "代表", "在", "向大会作", "作报告", "作工作报告"];

    /// <summary>Markers of the meeting line.</summary>
    public const string MeetingWord = "会议";

    /// <summary>The congress counter (第十四届) and the session counter (第四次会议).</summary>
    public const char CongressCounter = '届';

    /// <summary>The session phrase after its number.</summary>
    public const string SessionPhrase = "次会议";

    /// <summary>Draft statuses, as the document states them.</summary>
    public static readonly string[] Statuses = ["征求意见稿", "政治协商稿", "协商稿", "讨论稿", "送审稿", "审议稿", "修改稿", "代拟稿", "草案", "初稿"];

    /// <summary>Words in a section heading that name the past year or term (review).</summary>
    public static readonly string[] ReviewHeadingWords = ["回顾", "发展成就", "主要成就"];

    /// <summary>Words in a section heading that look ahead; a heading with a review word and none of these is a review.</summary>
    public static readonly string[] ForwardHeadingWords = ["目标", "任务", "安排", "要求", "思路", "展望", "建议"];

    // ---- Quantities ------------------------------------------------------------------------------

    /// <summary>
    /// The text with traditional characters replaced by their simplified forms, one for one (reports of the 1950s are
    /// printed in them): the same table as the layout's line view, <see cref="TraditionalCharacters"/>.
    /// </summary>
    public static string Fold(string text) => TraditionalCharacters.Fold(text);

    /// <summary>
    /// How many numbers with full-width thousands separators (34，250万吨) a text prints before such a comma is read inside a
    /// number: older reports print dozens; in a modern text a comma between a number and three digits ends a clause.
    /// </summary>
    public const int FullWidthThousandsMinimum = 3;

    /// <summary>Words written with numerals that are not numbers (一一列举: one by one).</summary>
    public static readonly string[] NumeralWords = ["一一"];

    /// <summary>Words right after a counted unit that make the number a label, not a figure (十一次全会, 九个方面, a grade: 30万吨级码头).</summary>
    public static readonly string[] LabelFollowers = ["全会", "方面", "五年计划", "级"];

    /// <summary>Units written after a Chinese numeral that scale it (八成 = 80 %, 五成以上); not after 一 (一成不变).</summary>
    public static readonly (string Written, string Unit, decimal Factor)[] ScaledUnits = [("成", "%", 10m)];

    /// <summary>Magnitude words after a number, longest first.</summary>
    public static readonly (string Word, decimal Factor)[] Magnitudes =
    [
        ("万亿", 1_000_000_000_000m),
        ("千亿", 100_000_000_000m),
        ("百亿", 10_000_000_000m),
        ("千万", 10_000_000m),
        ("百万", 1_000_000m),
        ("亿", 100_000_000m),
        ("万", 10_000m),
    ];

    /// <summary>Units, longest first; the first item is the written unit, the second the unit kept on the value.</summary>
    public static readonly (string Written, string Unit)[] Units =
    [
        ("个百分点", "个百分点"),
        ("百分点", "个百分点"),
        ("平方公里", "平方公里"),
        ("平方千米", "平方公里"),
        ("平方米", "平方米"),
        ("立方米", "立方米"),
        ("千瓦时", "千瓦时"),
        ("标准箱", "标准箱"),
        ("人民币", "元"),
        ("美元", "美元"),
        ("欧元", "欧元"),
        ("千瓦", "千瓦"),
        ("公里", "公里"),
        ("千米", "公里"),
        ("公顷", "公顷"),
        ("公斤", "公斤"),
        ("千克", "公斤"),
        ("人次", "人次"),
        ("架次", "架次"),
        ("小时", "小时"),
        ("标箱", "标准箱"),
        ("%", "%"),
        ("％", "%"),
        ("‰", "‰"),
        ("元", "元"),
        ("人", "人"),
        ("户", "户"),
        ("吨", "吨"),
        ("斤", "斤"),
        ("米", "米"),
        ("亩", "亩"),
        ("度", "千瓦时"),
        ("个", "个"),
        ("家", "家"),
        ("项", "项"),
        ("件", "件"),
        ("所", "所"),
        ("套", "套"),
        ("座", "座"),
        ("台", "台"),
        ("辆", "辆"),
        ("张", "张"),
        ("条", "条"),
        ("处", "处"),
        ("名", "名"),
        ("位", "位"),
        ("间", "间"),
        ("栋", "栋"),
        ("艘", "艘"),
        ("列", "列"),
        ("批", "批"),
        ("倍", "倍"),
        ("岁", "岁"),
        ("天", "天"),
        ("株", "株"),
        ("头", "头"),
        ("只", "只"),
        ("篇", "篇"),
        ("场", "场"),
        ("次", "次"),
        ("村", "村"),
        ("床", "床"),
    ];

    /// <summary>
    /// Units that count things the text names right after them (打造10个数字领航企业, 完成500所中小学体育场地升级改造): a figure
    /// whose indicator is one of the <see cref="CountingVerbs"/> alone takes that name.
    /// </summary>
    public static readonly string[] CountingUnits = ["个", "家", "项", "件", "所", "套", "座", "台", "辆", "张", "条", "处", "名", "位", "间", "栋", "艘", "列", "批", "株", "头", "只", "篇", "场"];

    /// <summary>
    /// The work verbs of the genre that stand before a counted quantity and its object (新建20个产业创新综合体, 办好34项民生实事):
    /// alone they do not say what is counted.
    /// </summary>
    public static readonly string[] CountingVerbs =
    [
        "完成", "建成", "新增", "新建", "新设", "打造", "实施", "建设", "培育", "新培育", "办好", "抓好", "启动", "建立", "开展", "布局",
        "推进", "覆盖", "出台", "形成", "设立", "引育", "引进", "招引", "改建", "扩建", "兴建", "组建", "筹建", "改造", "创建", "认定",
        "修订", "取消", "减免", "增加", "划定", "举办", "培训", "资助", "安置",
    ];

    /// <summary>Conjunctions that end a counted name before the next number of an enumeration (80项前沿技术研发和60项…).</summary>
    public static readonly string[] NameConjunctions = ["以及", "和", "及", "与"];

    /// <summary>The longest name after a counting unit that an indicator takes (a longer text is a clause, not a name).</summary>
    public const int CountedNameMaxLength = 20;

    /// <summary>Units that are percentages of something (a share, a growth rate).</summary>
    public static readonly string[] PercentUnits = ["%", "‰"];

    /// <summary>The written prefix of a Chinese percentage (百分之五).</summary>
    public const string ChinesePercent = "百分之";

    /// <summary>Double-digit growth (两位数): at least 10 percent.</summary>
    public static readonly (string Phrase, decimal Low)[] VagueAmounts = [("两位数", 10m)];

    /// <summary>Qualifier words after a quantity, longest first.</summary>
    public static readonly (string Word, QuantityQualifier Qualifier)[] SuffixQualifiers =
    [
        ("左右", QuantityQualifier.Approximately),
        ("上下", QuantityQualifier.Approximately),
        ("以上", QuantityQualifier.AtLeast),
        ("之上", QuantityQualifier.AtLeast),
        ("以内", QuantityQualifier.AtMost),
        ("之内", QuantityQualifier.AtMost),
        ("以下", QuantityQualifier.AtMost),
    ];

    /// <summary>Words between a number and its unit meaning "more than" (120多个, 200余项, 1万多人).</summary>
    public static readonly (string Word, QuantityQualifier Qualifier)[] InfixQualifiers =
    [
        ("多", QuantityQualifier.AtLeast),
        ("余", QuantityQualifier.AtLeast),
    ];

    /// <summary>Qualifier words before a quantity, longest first; <see cref="PrefixQualifierReach"/> bounds the gap.</summary>
    public static readonly (string Word, QuantityQualifier Qualifier)[] PrefixQualifiers =
    [
        ("不低于", QuantityQualifier.AtLeast),
        ("不少于", QuantityQualifier.AtLeast),
        ("不超过", QuantityQualifier.AtMost),
        ("不高于", QuantityQualifier.AtMost),
        ("低于", QuantityQualifier.AtMost),
        ("迈上", QuantityQualifier.AtLeast),
        ("控制在", QuantityQualifier.AtMost),
        ("大约", QuantityQualifier.Approximately),
        ("至少", QuantityQualifier.AtLeast),
        ("超过", QuantityQualifier.AtLeast),
        ("突破", QuantityQualifier.AtLeast),
        ("接近", QuantityQualifier.Approximately),
        ("将近", QuantityQualifier.Approximately),
        ("不到", QuantityQualifier.AtMost),
        ("约", QuantityQualifier.Approximately),
        ("近", QuantityQualifier.Approximately),
        ("超", QuantityQualifier.AtLeast),
    ];

    /// <summary>Characters that end the reach of 力争: clause ends but the enumeration comma (力争新增专利800件以上、标准30项以上: both stretch).</summary>
    public const string StretchScopeEnds = "，,；;：:";

    /// <summary>Words before a quantity that make it a stretch value (力争达到8%).</summary>
    public static readonly string[] StretchWords = ["力争", "争取"];

    /// <summary>Range separators between two numbers (5%—5.5%, 5-5.5%, 4.5%到5%).</summary>
    public static readonly string[] RangeSeparators = ["——", "—", "–", "-", "－", "―", "~", "～", "〜", "至", "到"];

    /// <summary>Characters before a number that make it an ordinal or a label, not a quantity.</summary>
    public const string OrdinalPrefixes = "第届";

    /// <summary>Opening quotes: a Chinese numeral right after one is a slogan (“四个意识”, “三位一体”), not a quantity.</summary>
    public const string SloganOpeners = "“\"「『‘";

    /// <summary>Closing quotes: a quantity standing alone between an opening and a closing quote is a name (“30条”), not a figure.</summary>
    public const string SloganClosers = "”\"」』’";

    /// <summary>
    /// Directional quote pairs (openers and closers at the same index): a quantity right before a closer, inside a
    /// quote opened earlier in its sentence, is part of a name (“65条”, “促进就业9条”). The straight quote <c>"</c> opens
    /// and closes alike, so it is not used for this.
    /// </summary>
    public const string QuotedNameOpeners = "“「『‘";

    /// <summary>The closers of <see cref="QuotedNameOpeners"/>.</summary>
    public const string QuotedNameClosers = "”」』’";

    /// <summary>Units after which a one-character Chinese numeral (一, 两) is still a quantity (一个百分点); otherwise 一个, 两项 are words.</summary>
    public static readonly string[] SmallChineseNumeralUnits = ["个百分点", "%", "倍"];

    // ---- Targets ---------------------------------------------------------------------------------

    /// <summary>Characters that end a sentence.</summary>
    public const string SentenceEnds = "。！？!?";

    /// <summary>Characters that end a segment of a sentence (its parallel parts); an estimate cue opening a later clause reaches to the next one.</summary>
    public const string SegmentEnds = "；;";

    /// <summary>Characters that end a clause inside a sentence.</summary>
    public const string ClauseEnds = "，,；;：:、";

    /// <summary>The annual targets' own phrase: a sentence with it states this year's targets (主要预期目标是：…).</summary>
    public static readonly string[] AnnualTargetCues = ["预期目标", "主要目标是", "主要目标为"];

    /// <summary>Headings and titles of lists of promised projects (十件民生实事).</summary>
    public static readonly string[] ListCues = ["民生实事", "民生项目", "惠民实事"];

    /// <summary>Estimates of the year just ended (预计全年增长5.2%).</summary>
    public static readonly string[] EstimateCues = ["预计"];

    /// <summary>
    /// Words that make the number before them part of a name, not a figure: 十五届五次全会 (the fifth plenary session),
    /// 第二次党代会, 中央八项规定. A quantity directly followed by one of these is not a figure.
    /// </summary>
    public static readonly string[] OrdinalNameSuffixes = ["全会", "全体会议", "党代会", "会议", "规定"];

    /// <summary>Averages over a period (年均增长5.5%).</summary>
    public static readonly string[] AverageCues = ["年均", "年平均", "平均每年", "每年平均"];

    /// <summary>Phrases that contain an average cue but average within one year (去年平均每人, 全年平均), not over a period.</summary>
    public static readonly string[] AverageCueBlockers = ["去年平均", "今年平均", "明年平均", "全年平均", "本年平均"];

    /// <summary>
    /// Words before 预计 in its clause that make the estimate the base of a comparison, not the figure
    /// (总产值比上年预计增长6%: a planned growth over last year's estimated output).
    /// </summary>
    public static readonly string[] EstimateBaseWords = ["比", "较"];

    /// <summary>Words after a count of years that make it a period (五年间, 两年来), skipped with it before a measure word (五年平均每年增长).</summary>
    public static readonly string[] PeriodSuffixes = ["间", "来", "中", "内"];

    /// <summary>Words that open a clause continuing the previous clause's subject (比上年增长15%, 较上年下降).</summary>
    public static readonly string[] SubjectlessLeads = ["比", "较", "同比"];

    /// <summary>Words right before a year that make it the base of a comparison (比2020年, 同一九八〇年, 等于一九四九年的), not the figure's year.</summary>
    public static readonly string[] ComparisonWords = ["比", "同", "较", "等于", "相当于", "相比"];

    /// <summary>Phrases that put a figure in a five-year plan's horizon.</summary>
    public static readonly string[] FiveYearCues = ["十五五", "十四五", "十三五", "十二五", "十一五", "十五”", "九五”", "八五”", "七五”", "六五”", "五年", "到2030年", "到2035年", "到2025年", "到2020年", "规划期"];

    /// <summary>Phrases that put a figure in the year just ended, even inside the plan.</summary>
    public static readonly string[] PastCues = ["去年", "过去一年", "过去五年", "上一年", "一年来", "五年来", "已经"];

    /// <summary>Phrases that put a figure in the coming year, even outside a plan section.</summary>
    public static readonly string[] PlanCues = ["预期目标", "今年", "明年", "计划", "力争", "争取", "安排"];

    /// <summary>
    /// Linking verbs and adverbs stripped from the end of an indicator before its number (保持在, 达到, 已, 将), after the
    /// qualifier and stretch words; two-character adverbs first, so 即将 and 早已 do not leave 即 and 早 behind.
    /// </summary>
    public static readonly string[] IndicatorTrailingWords =
        ["保持在", "稳定在", "达到", "实现", "分别", "达", "为", "在", "至", "到", "的", "已经", "即将", "早已", "均已", "现已", "仍将", "还将", "也将", "都将", "已", "将"];

    /// <summary>Leading words stripped from an indicator (the place, the subject).</summary>
    public static readonly string[] IndicatorLeads = ["今年经济社会发展主要预期目标是", "主要预期目标是", "全省", "全市", "全区", "全县", "全镇", "全国", "我省", "我市", "我区", "我县", "其中", "同时", "并且", "以及", "和", "及", "力争", "争取", "确保", "努力"];

    /// <summary>Words that mark a change of the indicator (growth).</summary>
    public static readonly string[] GrowthWords = ["增长", "增速", "增幅", "涨幅", "上涨", "提高", "提升", "增加", "增产", "递增"];

    /// <summary>Words that contain a growth word but name a quantity, not a change (工业增加值 is a level).</summary>
    public static readonly string[] GrowthWordLookalikes = ["增加值"];

    /// <summary>Words right after a growth or decline word that make the value the level reached (增长到, 增至, 下降为), not the change.</summary>
    public static readonly string[] ReachWords = ["到", "至", "为"];

    /// <summary>
    /// Words that open the start value of a from-to pair (从3826.5亿元增长到4398.6亿元, 由上年的…提高到…): the end value's
    /// subject stands before them, and a year named between them is the start value's.
    /// </summary>
    public static readonly string[] PairStartWords = ["从", "由"];

    /// <summary>Words in which a pair-start character opens no pair (由于, 从事).</summary>
    public static readonly string[] PairStartNonWords = ["由于", "从事", "从严", "从而", "从中", "从来", "自由", "理由", "听从", "服从"];

    /// <summary>How far after 从/由 a pair's first start value may stand (从2021年底的8.4%, 由原定平均每年百分之六).</summary>
    public const int PairStartReach = 10;


    /// <summary>Words that mark a decline.</summary>
    public static readonly string[] DeclineWords = ["下降", "降低", "减少", "压减", "削减", "减产"];

    /// <summary>Words that, directly followed by a reach word (<see cref="ReachWords"/>), lead from a pair's start values to its end values (提高到, 降至).</summary>
    public static readonly string[] PairChangeWords =
        [.. GrowthWords, .. DeclineWords, "上升", "扩大", "缩小", "调高", "调低", "调整", "发展", "回落", "回升", "拓展", "整合", "压缩", "降", "升", "增"];

    /// <summary>
    /// Predicate markers a counted name never holds: after the count they say what happened to it (20项重大工程为全市带来…,
    /// 10个项目建设完成后将…, 7个区县实现…), not what it is. (A name cut before a number is refused anyway: 3920个新投产项目增加产值5100多亿元.)
    /// </summary>
    public static readonly string[] NameBreakingWords = ["将", "为", "后", "达到", "实现"];

    /// <summary>Canonical keys for the common indicators, in matching order (the first phrase found decides).</summary>
    public static readonly (string Key, string[] Phrases)[] IndicatorKeys =
    [
        ("industrialValueAdded", ["规模以上工业增加值", "规上工业增加值", "规模工业增加值", "工业增加值"]),
        ("cpi", ["居民消费价格", "消费价格", "物价"]),
        ("urbanJobs", ["城镇新增就业", "新增城镇就业"]),
        ("unemployment", ["调查失业率", "登记失业率", "失业率"]),
        ("fiscalRevenue", ["一般公共预算收入", "地方财政收入", "财政收入", "财政总收入"]),
        ("grain", ["粮食"]),
        ("fixedInvestment", ["固定资产投资"]),
        ("retailSales", ["社会消费品零售总额", "社会消费品零售", "社会商品零售总额"]),
        ("foreignTrade", ["外贸进出口", "进出口", "外贸"]),
        ("income", ["可支配收入", "居民收入", "农民收入"]),
        ("energyIntensity", ["单位地区生产总值能耗", "单位国内生产总值能耗", "单位GDP能耗", "能耗强度", "能源消耗"]),
        ("co2Intensity", ["二氧化碳排放", "碳排放强度"]),
        ("rdIntensity", ["研发投入强度", "研发经费", "研究与试验发展经费"]),
        ("gdp", ["地区生产总值", "国内生产总值", "生产总值", "经济增长", "GDP", "经济增速"]),
    ];

    /// <summary>Words in an indicator that make 生产总值 something other than the region's GDP (海洋生产总值, 人均, 占…比重, 对经济增长的贡献率).</summary>
    public static readonly (string Key, string[] Blockers)[] IndicatorKeyBlockers =
    [
        ("gdp", ["海洋", "人均", "占", "相当于", "单位", "数字经济", "核心产业", "服务业", "旅游", "比率", "物流", "贡献"]),
        ("grain", ["人均", "每人"]),
    ];

    // ---- Footnotes -------------------------------------------------------------------------------

    /// <summary>
    /// How many digits (Arabic, full-width or Chinese) the year opening a note's term has (2022年十件民生实事).
    /// </summary>
    public const int TermYearDigits = 4;

    /// <summary>
    /// What follows the digits of a year that opens a note's term, longest first (2021年度"民生十件实事", 2022年十件民生实事).
    /// A body text preceded by one of these names a year of its own (今年十件民生实事, 2023年十件民生实事).
    /// </summary>
    public static readonly string[] TermYearSuffixes = ["年度", "年"];

    /// <summary>
    /// The shortest rest (characters, spaces not counted) of a term opening with a year that is looked for without the
    /// year when the whole term stands nowhere in the body: 十件民生实事 (6) is a named list of the report, 民生实事 (4)
    /// a common phrase.
    /// </summary>
    public const int MinYearlessTermLength = 5;

    /// <summary>The unit of a target sets the target kind's measure only for these quantities.</summary>
    internal static bool IsPercent(string unit) => Array.IndexOf(PercentUnits, unit) >= 0;

    /// <summary>All phrases the target extractor uses to classify kinds, for documentation.</summary>
    internal static IEnumerable<(TargetKind Kind, string[] Cues)> KindCues =>
    [
        (TargetKind.Estimate, EstimateCues),
        (TargetKind.FiveYearAverage, AverageCues),
        (TargetKind.FiveYearGoal, FiveYearCues),
        (TargetKind.Achieved, PastCues),
        (TargetKind.Target, PlanCues),
    ];
}
