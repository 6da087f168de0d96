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

    /// <summary>Shortest personal name, in characters.</summary>
    public const int MinNameLength = 2;

    /// <summary>How many characters before a number a prefix qualifier (约, 超过, 控制在) may stand.</summary>
    public const int PrefixQualifierReach = 4;

    /// <summary>Months in which a meeting for the year's plan is held (January to March); a date there is in the report year.</summary>
    public const int LastPlanningMonth = 3;

    /// <summary>Earliest and latest plausible report years.</summary>
    public const int MinYear = 1949, MaxYear = 2100;

    // ---- Metadata --------------------------------------------------------------------------------

    /// <summary>The title phrase after which nothing belongs to the region name.</summary>
    public static readonly string[] TitlePhrases = ["政府工作报告", "人民政府工作报告"];

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
    public static readonly string[] NationalCues = ["我代表国务院", "全国人民代表大会", "国务院总理", "全国人大"];

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
        ("控制在", QuantityQualifier.AtMost),
        ("大约", QuantityQualifier.Approximately),
        ("至少", QuantityQualifier.AtLeast),
        ("超过", QuantityQualifier.AtLeast),
        ("突破", QuantityQualifier.AtLeast),
        ("约", QuantityQualifier.Approximately),
        ("近", QuantityQualifier.Approximately),
        ("超", QuantityQualifier.AtLeast),
    ];

    /// <summary>Words before a quantity that make it a stretch value (力争达到8%).</summary>
    public static readonly string[] StretchWords = ["力争", "争取"];

    /// <summary>Range separators between two numbers (5%—5.5%, 5-5.5%, 4.5%到5%).</summary>
    public static readonly string[] RangeSeparators = ["——", "—", "–", "-", "－", "―", "~", "～", "〜", "至", "到"];

    /// <summary>Characters before a number that make it an ordinal or a label, not a quantity.</summary>
    public const string OrdinalPrefixes = "第";

    /// <summary>Opening quotes: a Chinese numeral right after one is a slogan (“四个意识”, “三位一体”), not a quantity.</summary>
    public const string SloganOpeners = "“\"「『‘";

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
    public static readonly string[] AverageCues = ["年均", "年平均"];

    /// <summary>Phrases that put a figure in a five-year plan's horizon.</summary>
    public static readonly string[] FiveYearCues = ["十五五", "十四五", "十三五", "十二五", "十一五", "五年", "到2030年", "到2035年", "到2025年", "到2020年", "规划期"];

    /// <summary>Phrases that put a figure in the year just ended, even inside the plan.</summary>
    public static readonly string[] PastCues = ["去年", "过去一年", "过去五年", "上一年", "一年来", "五年来", "已经"];

    /// <summary>Phrases that put a figure in the coming year, even outside a plan section.</summary>
    public static readonly string[] PlanCues = ["预期目标", "今年", "明年", "计划", "力争", "争取", "安排"];

    /// <summary>Leading words stripped from an indicator (the place, the subject).</summary>
    public static readonly string[] IndicatorLeads = ["今年经济社会发展主要预期目标是", "主要预期目标是", "全省", "全市", "全区", "全县", "全镇", "全国", "我省", "我市", "我区", "我县", "其中", "同时", "并且", "以及", "和", "及", "力争", "争取", "确保", "努力"];

    /// <summary>Words that mark a change of the indicator (growth).</summary>
    public static readonly string[] GrowthWords = ["增长", "增速", "增幅", "涨幅", "上涨", "提高", "提升", "增加"];

    /// <summary>Words that mark a decline.</summary>
    public static readonly string[] DeclineWords = ["下降", "降低", "减少", "压减", "削减"];

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
        ("retailSales", ["社会消费品零售总额", "社会消费品零售"]),
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
        ("gdp", ["海洋", "人均", "占", "相当于", "单位", "数字经济", "核心产业", "服务业", "旅游", "贡献"]),
    ];

    /// <summary>Words in the indicator that make a percentage a share or rate (比重, 强度, 率).</summary>
    public static readonly string[] ShareWords = ["比重", "占比", "比例", "强度", "率"];

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
