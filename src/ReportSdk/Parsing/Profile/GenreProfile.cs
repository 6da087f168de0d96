namespace ReportSdk.Parsing;

/// <summary>
/// What the parser knows about the genre, as data in one place: the phrases that mark each
/// construct of a government work report, the thresholds that bound them (each with its reason),
/// and the scores the layout decoder weighs. Recognizers read this; no genre string stands in
/// control flow elsewhere. Phrases are written in simplified characters without spaces: matching
/// runs on the normalized view of a line (<see cref="LineNormalizer"/>).
/// </summary>
internal static class GenreProfile
{
    // ---- phrases --------------------------------------------------------------------------

    /// <summary>The name of the genre; a title contains it.</summary>
    public const string ReportWord = "政府工作报告";

    /// <summary>Words a salutation addresses (各位代表、各位委员和列席同志：).</summary>
    public static readonly string[] ListenerWords = ["代表", "委员", "同志", "同志们", "朋友们", "人员", "来宾", "代表们"];

    /// <summary>Words that open a salutation, and, inside the body, the closing or an appeal between items.</summary>
    public static readonly string[] SalutationWords = ["各位代表", "各位委员", "代表们", "同志们", "各位人大代表"];

    /// <summary>Words that open a closing appeal without a salutation.</summary>
    public static readonly string[] RallyingWords = ["让我们"];

    /// <summary>
    /// Words of a closing's lines of courtesy or form, none of them the report's appeal: a wish or greeting (祝各位代表身体健康,
    /// 衷心祝愿, 新春快乐), thanks (表示衷心的感谢), a report-back (请各位代表审议), a data note (初步统计数).
    /// </summary>
    public static readonly string[] ClosingCourtesyWords = ["祝", "感谢", "审议", "初步统计", "快乐"];

    /// <summary>The shortest paragraph (characters) that can be a closing's last words when none rallies: a slogan line is shorter.</summary>
    public const int ClosingLastWordsMinLength = 50;

    /// <summary>
    /// Thanks that end the review (各位代表！过去一年的成绩…在此，我代表…表示衷心的感谢！): a salutation paragraph that gives
    /// thanks and does not rally is the review's last paragraph, not the closing.
    /// </summary>
    public static readonly string[] ThanksPhrases = ["表示衷心的感谢", "表示诚挚的感谢", "表示衷心感谢", "表示诚挚感谢", "致以崇高的敬意", "表示崇高的敬意", "致以诚挚的问候"];

    /// <summary>
    /// Words of a final appeal that has neither salutation nor 让我们 (…为完成…计划而奋斗！, 团结起来，争取更大的胜利！):
    /// a paragraph ending in an exclamation with one of them, near the end, may be the closing.
    /// </summary>
    public static readonly string[] FinalAppealWords = ["奋斗", "胜利", "前进"];

    /// <summary>A heading that stands before the closing (结束语).</summary>
    public static readonly string[] ClosingHeadings = ["结束语", "结语"];

    /// <summary>How the issuing body of a sign-off after the closing ends (青山县人民政府, 青山县人民政府办公室).</summary>
    public static readonly string[] SignOffIssuerEndings = ["人民政府", "办公室", "办公厅"];

    /// <summary>Heading words of the section on the government's own conduct and institutions (政府自身建设, 政府机构改革).</summary>
    public static readonly string[] SelfBuildingWords = ["自身建设", "治理效能", "政府建设", "自身改革", "政府治理", "满意的政府", "人民满意", "法治政府", "服务型政府", "政风建设", "廉洁", "勤政", "自我革命", "作风建设", "过硬队伍", "政府机构改革"];

    /// <summary>Heading words of the review of the past year or term, or of the present situation (当前国内形势, 关于经济形势).</summary>
    public static readonly string[] ReviewWords = ["回顾", "总结", "过去", "年来", "工作情况", "主要工作成效", "工作成绩", "发展成就", "成就", "主要工作和", "决算", "执行情况", "完成情况", "首先报告", "国内形势", "经济形势"];

    /// <summary>Heading words of the plan for the coming year or term.</summary>
    public static readonly string[] PlanWords = ["安排", "目标", "任务", "思路", "总体要求", "部署", "措施", "工作计划", "计划的安排", "预算", "打算", "建议", "工作重点", "重点工作", "主要工作", "政策取向", "主要考虑", "重要要求", "今年", "关于20"];

    /// <summary>Heading words of sections that neither review nor plan the government's work (foreign affairs, unification, an explanation of a plan draft).</summary>
    public static readonly string[] OtherSectionWords = ["外交", "对外政策", "对外工作", "对外关系", "国际形势", "国际局势", "世界和平", "霸权主义", "和平统一", "祖国统一", "统一大业", "的说明", "香港", "澳门", "台湾", "困难和问题", "存在的问题", "问题和不足"];

    /// <summary>Heading words of a five-year section (“十五五”时期主要目标任务).</summary>
    public static readonly string[] FiveYearWords = ["五五”时期", "五五\"时期", "五五时期", "个五年计划", "五年规划", "五年计划"];

    /// <summary>Words a line must contain to be an unnumbered section heading when it has no kind word.</summary>
    public static readonly string[] HeadingShapeWords = ["工作", "年", "关于", "建设", "发展"];

    /// <summary>
    /// Marks that open each entry of a notes list (<c>＠①原字石右加安</c>, <c>※两新：…</c>): a line opened by one is a note
    /// of its own, never the explanation of the term above it.
    /// </summary>
    public const string NoteEntryMarks = "＠@※＊*●■◆▲★•";

    /// <summary>Headings of collected notes.</summary>
    public static readonly string[] NotesHeadings = ["注释", "名词解释", "有关用语说明", "用语说明", "名词注释", "注解", "附注", "名词解释及说明", "有关名词解释", "有关内容名词注释", "有关名词注释", "字库未存字注释", "注"];

    /// <summary>Office words that end a speaker's title (镇长, 省长, 主席, 总理).</summary>
    public static readonly string[] SpeakerOffices = ["长", "总理", "主席", "书记", "主任"];

    /// <summary>Words that open an opening paragraph (现在，我代表…向大会报告工作，请予审议).</summary>
    public static readonly string[] OpeningWords = ["我代表", "向大会报告", "向大会作", "请予审议", "受", "提出意见"];

    /// <summary>Words of a meeting line (——2023年2月22日在…会议上).</summary>
    public static readonly string[] MeetingWords = ["会议", "人大", "代表大会"];

    /// <summary>Words that end a caption naming the report (省长赵刚作政府工作报告).</summary>
    public static readonly string[] CaptionVerbs = ["作", "作了", "所作的", "做"];

    /// <summary>Phrases of web chrome that mark a short line wherever they stand in it.</summary>
    public static readonly string[] ChromePhrases =
    [
        "设为首页", "收藏本站", "加入收藏", "返回顶部", "返回列表", "快速回复", "回复:", "回帖", "发表于", "显示全部楼层",
        "登录", "注册", "会员中心", "我的下载", "搜索资料", "联系客服", "客服中心", "在线咨询", "本站", "下载文档",
        "付费下载", "文档下载", "VIP", "分享到", "【字体", "打印】", "关闭窗口", "Powered by", "版权所有", "Copyright", "©",
        "您可能关注", "相关文档", "上一篇", "下一篇", "浏览次数", "阅读次数", "点击数", "扫一扫", "微信公众号", "ICP备",
        "网站地图", "无障碍", "积分", "签到", "复制链接", "电脑桌面", "快捷访问", "确认删除", "在线时间", "联系电话",
        "【字号", "字号：", "责任编辑", "相关阅读", "相关新闻", "相关文章", "Public domain", "公有领域", "本作品", "著作权法",
        "维基文库", "相关报道", "相关链接", "延伸阅读", "共享协议", "知识共享", "CC BY", "新华社", "记者", "图片来源", "来源：", "来源:", "发布时间", "【打印",
    ];

    /// <summary>Lines that are chrome when they are the whole line: toolbar words of portal pages.</summary>
    public static readonly string[] ChromeLines =
    [
        "下载", "打印", "全屏", "收藏", "分享", "加大", "还原", "减小", "大", "中", "小", "】", "【", "关闭", "返回", "false", "true",
        "默认", "字号", "纠错", "打印本页", "关闭本页", "分享到：", "字体：", "首页", "上一页", "下一页",
    ];

    /// <summary>
    /// Characters that separate the words of a portal toolbar line (<c>打印 | 关闭</c>, <c>【打印本页】【关闭窗口】</c>), besides
    /// spaces.
    /// </summary>
    public const string ToolbarSeparators = "|｜丨/";

    /// <summary>The brackets a toolbar word may stand in (<c>【打印本页】</c>, <c>[关闭窗口]</c>, <c>［关闭窗口］</c>).</summary>
    public static readonly BracketPair[] ToolbarBracketPairs = [new('【', '】'), new('[', ']'), new('［', '］')];

    /// <summary>Longest toolbar word, its brackets included (<c>【字体：大 中 小】</c>).</summary>
    public const int ToolbarWordMaxLength = 14;

    /// <summary>Metadata headers of scraped pages (标题：…, 发文单位：…); the value after them may be the title or speaker.</summary>
    public static readonly string[] MetadataHeaders = ["标题", "发文单位", "来源", "时间", "发布时间", "发布日期", "作者", "报告人", "文号", "日期", "索引号", "主题分类", "发文机关", "成文日期"];

    /// <summary>The metadata header whose value is the speaker (报告人：王立新).</summary>
    public const string ReporterHeader = "报告人";

    /// <summary>
    /// The metadata header whose value is the title (标题：青山县2026年政府工作报告): the report's title when the page
    /// prints no title line of its own.
    /// </summary>
    public const string TitleHeader = "标题";

    /// <summary>Words of a document status (征求意见稿).</summary>
    public static readonly string[] StatusWords = ["征求意见稿", "政治协商稿", "讨论稿", "送审稿", "审议稿", "摘要", "全文", "节选"];

    /// <summary>Words that end a part label (第一部分, 第二篇, 第三章): such a line is a label of the text, not a name.</summary>
    public static readonly string[] PartWords = ["部分", "篇", "章"];

    /// <summary>
    /// Verbs after a numeral that make an ordinal clause item (<c>一是…</c>, <c>一要…</c>): the numeral and the verb are the
    /// marker; such items count only in a chain from 一 through the following paragraphs.
    /// </summary>
    public const string OrdinalClauseVerbs = "是要";

    /// <summary>Heading of a table of contents.</summary>
    public const string TableOfContentsHeading = "目录";

    /// <summary>How many of the first body paragraphs are read for <see cref="ReviewPeriodLeads"/> (a look back on the year).</summary>
    public const int ReviewOpeningWindow = 3;

    /// <summary>
    /// Words by which the last paragraph before the first heading announces what follows (现在，我谨对…作如下的说明。): the
    /// text before a first heading numbered one that ends so, with no item and no look back on the year, introduces the
    /// report; it is not a review without its heading.
    /// </summary>
    public static readonly string[] IntroductionAnnouncements = ["如下的说明", "如下说明", "说明如下", "报告如下", "如下的报告"];

    /// <summary>Words that open an unnumbered heading looking back or ahead (过去五年的回顾, 今后五年的主要任务).</summary>
    public static readonly string[] HeadingOpeningWords = ["过去", "今后", "未来"];

    /// <summary>The meeting a meeting line names (…第二次会议上).</summary>
    public const string MeetingWord = "会议";

    /// <summary>The end of a meeting line (…会议上); a speaker may follow it on the same line.</summary>
    public const string MeetingEnd = "会议上";

    /// <summary>The last character of a meeting line (…会议上, …人代会上).</summary>
    public const string MeetingEndCharacter = "上";

    /// <summary>Characters a date line has (2026年1月27日).</summary>
    public const char YearCharacter = '年', DayCharacter = '日';

    /// <summary>Separators of a date written in digits (2026-01-20, 2026.01.20, 2026/1/20), and of its time (16:32).</summary>
    public const string NumericDateSeparators = "-./", TimeSeparators = ":：";

    /// <summary>Word that opens an annex heading (附件1 2026年省十件民生实事).</summary>
    public const string AnnexWord = "附件";

    /// <summary>The distinct first characters of a phrase list: what a recognizer of those phrases can open with.</summary>
    public static string FirstCharacters(IEnumerable<string> phrases) => string.Concat(phrases.Select(p => p[0]).Distinct());

    // ---- thresholds -----------------------------------------------------------------------

    /// <summary>Longest line worth normalizing for phrase matching; longer lines are running text.</summary>
    public const int NormalizeLimit = 160;

    /// <summary>Longest title line: a title with a meeting line and speaker fused stays under it.</summary>
    public const int TitleMaxLength = 120;

    /// <summary>Longest text before 政府工作报告 in a title (a region and year, 2023年乐平市).</summary>
    public const int TitlePrefixMaxLength = 40;

    /// <summary>How many non-blank lines after a title candidate may confirm it by a preamble or heading line.</summary>
    public const int TitleLookAhead = 8;

    /// <summary>
    /// Words a title without <see cref="ReportWord"/> ends with (柳溪街道办事处工作报告, 关于…工作情况的报告,
    /// …2025年工作总结及2026年工作计划): such a line is a title only right before a meeting line.
    /// </summary>
    public static readonly string[] TitleEndings = ["报告", "计划", "总结"];

    /// <summary>Longest title recognised by its place before a meeting line rather than by <see cref="ReportWord"/>: a title, not a sentence.</summary>
    public const int PositionalTitleMaxLength = 40;

    /// <summary>
    /// How many non-blank lines of a report its preamble can span at most (title, meeting, chrome, speaker, date,
    /// captions, salutation, opening): preamble-only recognizers are not asked beyond, and a line there cannot be preamble.
    /// </summary>
    public const int PreambleWindowLines = 24;

    /// <summary>
    /// How many non-blank lines at a report's end its trailing chrome can span at most (a licence trailer broken at
    /// its links, a download site's terms, a related-article list): chrome is not proposed earlier in the body.
    /// </summary>
    public const int TailWindowLines = 50;

    /// <summary>Longest caption or news lead that names the report (1月27日，…代表自治区人民政府，向大会作政府工作报告).</summary>
    public const int CaptionMaxLength = 200;

    /// <summary>Longest meeting line; a longer line is a sentence that mentions a meeting.</summary>
    public const int MeetingMaxLength = 90;

    /// <summary>Longest speaker line (省人民政府省长 王清宪).</summary>
    public const int SpeakerMaxLength = 40;

    /// <summary>A speaker's name is two to four characters (罗杰成, 欧阳晓晖).</summary>
    public const int NameMinLength = 2, NameMaxLength = 4;

    /// <summary>A transliterated name with a middle dot (艾尔肯·吐尼亚孜) is longer, up to this.</summary>
    public const int TransliteratedNameMaxLength = 14;

    /// <summary>Longest salutation line (各位代表、各位政协委员和列席同志：).</summary>
    public const int SalutationMaxLength = 24;

    /// <summary>Longest date line (2026年1月27日).</summary>
    public const int DateLineMaxLength = 24;

    /// <summary>Longest issuing body line of a sign-off (江川省东湖市青山县人民政府办公室).</summary>
    public const int SignOffIssuerMaxLength = 30;

    /// <summary>How many opening words a paragraph needs to be the opening.</summary>
    public const int OpeningMinWords = 2;

    /// <summary>How far into a paragraph opening words are sought.</summary>
    public const int OpeningWindow = 80;

    /// <summary>Longest section heading text after its marker; longer is a paragraph that opens with a marker.</summary>
    public const int SectionHeadingMaxLength = 40;

    /// <summary>Shortest and longest unnumbered section heading.</summary>
    public const int UnnumberedHeadingMinLength = 4, UnnumberedHeadingMaxLength = 30;

    /// <summary>
    /// Function words a heading cannot end with: a line that stops on one (１９８５年的 / 工资改革， …) is a
    /// sentence broken at a link, not an unnumbered heading.
    /// </summary>
    public const string DanglingEndings = "的与及和";

    /// <summary>
    /// Opening characters two items share when they belong to one parallel list (充分认识改革… / 充分认识政府…): a
    /// heading that both a nested list and the sections could continue stays in the list it reads like.
    /// </summary>
    public const int ParallelItemLeadLength = 2;

    /// <summary>
    /// Longest unmarked lead: a paragraph that is one short sentence (<c>继续实施积极的财政政策。</c>), the bold lead
    /// of a part's unnumbered point that a conversion left on its own line. Longer one-sentence paragraphs say
    /// something themselves.
    /// </summary>
    public const int UnmarkedLeadMaxLength = 40;

    /// <summary>The character an unmarked lead ends with (a full stop: a lead states its point).</summary>
    public const char UnmarkedLeadEnd = '。';

    /// <summary>
    /// Fewest unmarked leads that make a part's unnumbered points: with them, a chain of ordinal clauses in the part
    /// (<c>一要…二要…</c>) spells out one point and is not the part's item list. One short sentence is just a paragraph
    /// (the chain's own introduction, 要做好以下工作。).
    /// </summary>
    public const int UnmarkedLeadsMinimum = 2;

    /// <summary>
    /// Fewest items of a compact numbered list (items of one line each, <c>1.…；2.…；</c>) that spells out the paragraph
    /// before it, and of the later list with paragraphs that makes it misplaced: one item is not yet a list.
    /// </summary>
    public const int CompactListMinItems = 2;

    /// <summary>
    /// Openings of a paragraph that ends the list before it by themselves (in the normalized view): it sums that list up
    /// (总之，…, 总的来看，…, 总结我们的实践经验…) or turns from it to what the part says next (在肯定成绩的同时，…,
    /// 我们也清醒地看到…). After the last item of a list that no later item continues, such a paragraph is the part's
    /// (or the enclosing item's), not the last item's body, and a list after it is that list's sibling. 总结 counts only
    /// with what it sums up after it (总结过去…, 总结我们的…): 总结推广…经验 opens a plan.
    /// </summary>
    public static readonly string[] ListEndOpenings =
    [
        "总之", "总的来看", "总的来说", "总的说来", "总起来说", "综上所述",
        "总结过去", "总结我们", "总结这", "总结一年", "总结五年", "总结几年", "总结多年",
        "在肯定成绩的同时", "同时也要看到", "同时也要清醒", "我们也清醒", "我们清醒",
    ];

    /// <summary>
    /// Openings that point back at what was said above (以上…, 上述…, and 除以上… for what comes besides it): the last item's own points as often as the whole
    /// list (以上这些经济改革措施 after an item's unmarked measures). Such a paragraph ends the list only when its first
    /// clause names the whole: a count (上述三个方面的改革, 以上讲的五个问题: <see cref="ListCountNumerals"/> before
    /// <see cref="ListCountUnits"/>) or one of <see cref="ListWholeWords"/> (以上各项工作, 上述成绩的取得).
    /// </summary>
    public static readonly string[] ListReferenceOpenings = ["以上", "上述", "除以上", "除上述", "除了以上", "除了上述"];

    /// <summary>
    /// Phrases that name the whole period a review covers (一年来, 过去五年). A text without headings that ends inside the
    /// report (its beginning) and has a paragraph opening so among its first ones is the review, not a section of unknown
    /// kind; text before a first heading numbered one is a review without its heading only when it opens so. After a
    /// list's last item, a paragraph that opens with one points back at
    /// the period's work as <see cref="ListReferenceOpenings"/> do (一年来各方面的显著成就…, 过去一年的成绩来之不易), and one that
    /// opens with one and a comma (一年来，…) turns to another topic when its first clause shares no word with the last
    /// item's title (一年来，外交工作成果丰硕 after 五是创新社会治理…). Year and five-year forms, with and without 的.
    /// </summary>
    public static readonly string[] ReviewPeriodLeads =
        ["一年来", "一年多来", "过去一年", "过去的一年", "两年来", "两年多来", "三年来", "五年来", "过去五年", "过去的五年", "这五年"];

    /// <summary>
    /// Words of two characters that the reports' rhetoric puts in any clause (我们, 持续, 加强, 推进…), and the head nouns that
    /// follow any topic (社会建设, 军队建设; 经济发展, 文化发展): they name no topic of their own, so
    /// a <see cref="ReviewPeriodLeads"/> paragraph sharing only them with the last item's title does not go on with its topic.
    /// </summary>
    public static readonly string[] TopicNeutralWords =
    [
        "我们", "持续", "加强", "推进", "推动", "坚持", "不断", "加快", "全面", "深入", "积极", "大力", "切实", "扎实",
        "取得", "实现", "提升", "提高", "继续", "工作", "进一步", "新的", "明显", "显著", "稳步", "建设", "发展",
    ];

    /// <summary>Phrases that open like <see cref="ListReferenceOpenings"/> but refer to no text: 以上率下 (leading by example).</summary>
    public static readonly string[] ListReferenceNonReferences = ["以上率下", "以上带下"];

    /// <summary>
    /// Words by which a <see cref="ListReferenceOpenings"/> or <see cref="ReviewPeriodLeads"/> paragraph's first clause names
    /// a whole list (各项, 各方面), the results of the review it ends (成绩, 成就, 经验) or weighs them (来之不易, 殊为不易).
    /// </summary>
    public static readonly string[] ListWholeWords = ["各项", "各方面", "各个方面", "成绩", "成就", "经验", "来之不易", "殊为不易"];

    /// <summary>Numerals of a count that names a whole list (三个方面, 五个问题, 几项): one alone is no list.</summary>
    public const string ListCountNumerals = "两三四五六七八九十几";

    /// <summary>
    /// The shortest text after a marker (characters) that makes an item a one-line item: its heading line carries its
    /// whole text (<c>（六）用心用情办好民生实事，民生保障水平…</c>, <c>——经济实力实现整体跃升。…</c>), not a title over paragraphs.
    /// </summary>
    public const int OneLineItemMinLength = 40;

    /// <summary>
    /// The fewest items of a list of one-line items after which an unmarked paragraph is taken as the section's, not the
    /// last item's: a list this long whose items carry their text on their own lines has shown its shape.
    /// </summary>
    public const int OneLineListMinItems = 3;

    /// <summary>Units after <see cref="ListCountNumerals"/> in a count that names a whole list (个, 项, 条, 点, 方面, 大).</summary>
    public static readonly string[] ListCountUnits = ["个", "项", "条", "点", "方面", "大"];

    /// <summary>
    /// Words of a paragraph that introduces the lessons a review draws (…主要体会是：, …加深了以下几个方面的认识和体会：):
    /// its last clause, before the colon that ends it, names them. The lessons are the part's, so such a paragraph after the
    /// last item of a list ends that list as a <see cref="ListEndOpenings"/> paragraph does. Matched in the normalized view
    /// of that clause (體會 of a traditional text).
    /// </summary>
    public static readonly string[] LessonsIntroWords = ["体会", "启示"];

    /// <summary>
    /// Dash characters that lead an unnumbered item (<c>——经济实力实现整体跃升。</c>): the em dash and the horizontal bar,
    /// both printed for the Chinese dash <c>——</c>.
    /// </summary>
    public const string DashLeadCharacters = "\u2014\u2015";

    /// <summary>Longest dash lead (<c>———</c> in some typesettings); a longer run is a rule line, not a lead.</summary>
    public const int DashLeadMaxLength = 3;

    /// <summary>
    /// Fewest dash-led paragraphs that make a section's items: one dash line is an aside (a quotation's source, a
    /// gloss); a run is a list.
    /// </summary>
    public const int DashItemsMinimum = 2;

    /// <summary>
    /// Fewest characters after the dash of a dash-led item (——经济运行稳中有进。): a shorter dash line signs a quotation
    /// (——习近平) or names a source.
    /// </summary>
    public const int DashItemMinLength = 5;

    /// <summary>The brackets around a lead phrase that names an unnumbered item (<c>【稳增长】全年…</c>).</summary>
    public const char BracketLeadOpen = '【', BracketLeadClose = '】';

    /// <summary>Longest bracketed lead phrase (<c>【优化营商环境】</c>); a longer bracket holds a sentence, not a name.</summary>
    public const int BracketLeadMaxLength = 12;

    /// <summary>
    /// Fewest bracket-led paragraphs that make a section's items: one bracketed phrase is an aside (an editor's note,
    /// a label); a run is a list.
    /// </summary>
    public const int BracketItemsMinimum = 2;

    /// <summary>Most blank lines between the two lines of a title broken inside its title word (政府工作报 / 告).</summary>
    public const int TitleBreakMaxGap = 4;

    /// <summary>Longest parenthesised qualifier after a title word (（摘要）, （征求意见稿）).</summary>
    public const int TitleQualifierMaxLength = 12;

    /// <summary>Longest bare section numeral alone on its line (<c>一</c>, <c>十二</c>); longer numeral runs are not section numbers.</summary>
    public const int BareNumeralMaxLength = 3;

    /// <summary>
    /// Fewest bare numerals in order (<c>一</c> … <c>二</c>) that make a report's section numbers: one lone numeral is debris
    /// (a page number, a table cell); a run counting up from 一 is an outline.
    /// </summary>
    public const int BareNumeralRunMinimum = 2;

    /// <summary>Longest line that can be chrome by a phrase (a footer of links).</summary>
    public const int ChromePhraseMaxLength = 120;

    /// <summary>Longest line that can be a bare fragment of chrome (a menu word, a date) at the end of a page.</summary>
    public const int ChromeFragmentMaxLength = 25;

    /// <summary>Longest notes heading (《政府工作报告》有关用语说明).</summary>
    public const int NotesHeadingMaxLength = 24;

    /// <summary>Longest annex heading (附件1 2026年省十件民生实事).</summary>
    public const int AnnexHeadingMaxLength = 40;

    /// <summary>Where the colon of a body footnote definition must come (<c>[3] 术语：…</c>).</summary>
    public const int DefinitionColonWindow = 48;

    /// <summary>A glossary term alone on its line is at most this long; its explanation is the next line.</summary>
    public const int GlossaryTermMaxLength = 24;

    /// <summary>Where a table of contents may start: a compilation lists its reports near the top.</summary>
    public const int TableOfContentsSearchLines = 400;

    /// <summary>Longest table-of-contents heading (目 录).</summary>
    public const int TableOfContentsHeadingMaxLength = 8;

    /// <summary>Longest table-of-contents entry.</summary>
    public const int TableOfContentsEntryMaxLength = 80;

    /// <summary>Most digits of a page number.</summary>
    public const int PageNumberMaxDigits = 4;

    /// <summary>
    /// Most digits of a page number a conversion left after a section heading in the body (<c>一、2025年工作回顾  3</c>):
    /// fewer than a table of contents allows, since four digits after a heading are a year (…远景目标 2035).
    /// </summary>
    public const int HeadingPageNumberMaxDigits = 3;

    /// <summary>Leader characters between a heading or contents entry and its page number (<c>……</c>, <c>....</c>, <c>···</c>).</summary>
    public const string PageLeaderCharacters = "…．.·";

    /// <summary>
    /// Fewest spaces and leader characters between a heading and a page number after it (<c>2025年工作回顾  3</c>,
    /// <c>……3</c>); a tab is a gap on its own. One space sets a number in the heading's words (三、附件 2), not a page.
    /// </summary>
    public const int HeadingPageGapMinLength = 2;

    /// <summary>Fewest characters of heading text before a page number: a number after one character is the heading's.</summary>
    public const int HeadingTextBeforePageMinLength = 2;

    // ---- decoder scores ---------------------------------------------------------------------

    /// <summary>Scores the layout decoder adds up; each says how much a recognizer's proposal is worth.</summary>
    public static class Scores
    {
        /// <summary>A confirmed preamble part (title, meeting line, speaker, salutation).</summary>
        public const float PreamblePart = 3f;

        /// <summary>A weaker preamble part: a bare name, a date line, a caption, the opening paragraph.</summary>
        public const float WeakPreamblePart = 1.5f;

        /// <summary>Chrome between preamble parts (来源：…, a font-size toolbar).</summary>
        public const float PreambleChrome = 1f;

        /// <summary>A paragraph that nothing recognizes, placed in the preamble: costs, so the body starts early.</summary>
        public const float PreambleParagraph = -1.5f;

        /// <summary>A line in the body: the neutral reference.</summary>
        public const float Body = 0f;

        /// <summary>The first line of the closing (各位代表！…让我们…).</summary>
        public const float ClosingStart = 2f;

        /// <summary>Extra for a closing start whose paragraph calls 让我们.</summary>
        public const float ClosingRally = 1f;

        /// <summary>
        /// A final appeal without salutation or 让我们: weak, so that it opens the closing only where nothing better
        /// does (a real closing below it, or body lines after it, outweigh it).
        /// </summary>
        public const float FinalAppeal = 0.5f;

        /// <summary>Each paragraph of the closing after its first: keeps the closing to the last appeal.</summary>
        public const float ClosingParagraph = -0.3f;

        /// <summary>A heading before the closing (结束语) opens it ahead of the appeal under it.</summary>
        public const float ClosingHeading = 6f;

        /// <summary>How many paragraphs after a bare 各位代表！ may carry the 让我们 that makes it the closing.</summary>
        public const int RallyWindow = 3;

        /// <summary>A notes or annex heading.</summary>
        public const float BackHeading = 3f;

        /// <summary>A footnote definition in the notes.</summary>
        public const float BackDefinition = 0.5f;

        /// <summary>A paragraph after a notes or annex heading.</summary>
        public const float BackParagraph = 0f;

        /// <summary>A line of chrome after the report.</summary>
        public const float TailChrome = 1f;

        /// <summary>A short fragment without punctuation after the report (a broken link text).</summary>
        public const float TailFragment = 0.2f;

        /// <summary>Report text that would be dropped into the tail: forbidden in practice.</summary>
        public const float TailText = -6f;

        /// <summary>A zone a line cannot be in.</summary>
        public const float Impossible = float.NegativeInfinity;
    }
}
