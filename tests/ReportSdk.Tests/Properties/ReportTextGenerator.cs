using System.Text;

namespace ReportSdk.Tests.Properties;

/// <summary>
/// Generates random report-like text from the pieces of the genre: titles, meeting and speaker lines,
/// salutations, numbered and unnumbered section headings, numbering markers of every style and width,
/// paragraphs with note marks, footnote definitions, markdown and HTML debris, web chrome and blank lines,
/// joined by every kind of line break. Either as a plausible skeleton or as a soup of pieces.
/// </summary>
internal static class ReportTextGenerator
{
    private static readonly string[] s_titles =
    [
        "政府工作报告", "2023年乐平市政府工作报告", "横沥镇2023年政府工作报告", "政 府 工 作 报 告",
        "2024年鹤山市人民政府工作报告", "《政府工作报告》", "# 政府工作报告", "**政府工作报告**",
    ];

    private static readonly string[] s_meetings =
    [
        "——2022年1月21日在三水区乐平镇第十八届人民代表大会第二次会议上",
        "---2023年2月22日在市七届人大三次会议上",
        "—2024年1月10日在县十七届人大四次会议上",
        "――2021年3月1日在区人民代表大会上",
        "——2022年3月29日在清远市清新区太平镇",
        "第十七届人民代表大会第二次会议上",
        "——2026年1月在省十四届人大四次会议上 陕西省省长 赵刚",
        "2023年1月5日",
    ];

    private static readonly string[] s_speakers =
    [
        "镇长 罗杰成", "鹤山市人民政府市长 张华景", "镇委副书记、镇长  欧超泉", "省长赵刚作政府工作报告", "市长　李明",
    ];

    private static readonly string[] s_salutations = ["各位代表:", "各位代表：", "各位代表！", "各位委员：", "各位代表", "各位代表、同志们："];

    private static readonly string[] s_openings =
    [
        "现在,我代表镇人民政府向大会报告工作,请予审议。",
        "现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。",
    ];

    private static readonly string[] s_headingTexts =
    [
        "2022年工作回顾", "2021 年工作回顾", "过去一年工作回顾", "2023年工作安排", "2023年工作目标及安排", "2023年工作思路",
        "2023年目标任务和主要工作", "政府自身建设", "全面加强政府自身建设", "“十五五”时期主要目标任务", "全面提升政府治理效能",
        "2024年经济社会发展总体要求和主要预期目标", "注释", "注 释", "名词解释", "名 词 解 释", "《政府工作报告》有关用语说明",
    ];

    private static readonly string[] s_leads =
    [
        "综合实力进一步提升。", "**提升载体空间整合力。**", "坚持项目为王，发展效益明显提升。", "以产业为抓手，全力推动高质量发展。",
        "民生福祉持续增进。", "一是", "二是", "三是", "——过去一年，", "今年经济社会发展主要预期目标是:",
    ];

    private static readonly string[] s_phrases =
    [
        "地区生产总值增长 6.5%左右", "全镇完成社会总产值158.21亿元", "同比增长21.90%", "实现“十四五”良好开局",
        "落实违法建设快查", "本完成全民休闲", "推进“三沿一口”整治", "“百县千镇万村高质量发展工程”", "新建道路51. 4 公里",
        "占比24. 39%", "１９８８年", "1 9 9 8 年", "税收收入74,982万元", "各位代表", "我们将", "让我们团结一心",
        "统筹发展和安全", "持续优化营商环境", "办好十件民生实事", "03专项行动", "2022年十件民生实事",
    ];

    private static readonly string[] s_punctuation = ["。", "，", ",", "：", ":", "；", "、", "！", "？", "…", "——", "“", "”", "(", ")", "（", "）", " "];

    private static readonly string[] s_chrome =
    [
        "设为首页收藏本站", "发表于 2023-2-22 10:31", "1、当您付费下载文档后，您只拥有了使用权限，并不意味着购买了版权", "2、本站不保证下载资源的准确性",
        "标题：", "发文单位：人民政府", "来源：", "首页 > 政务公开 > 规划计划", "回复 | 举报", "上一篇：", "下一篇：", "分享到：",
        "附件1 2026年省十件民生实事", "附件2 名词解释", "目录", "1. 横沥镇2023年政府工作报告 2", "扫一扫在手机打开当前页",
    ];

    private static readonly string[] s_html =
    [
        "<sup>2</sup>", "<sup>&</sup>lt;sup>1</sup>", "<sup>&</sup>quot;", "<br>", "<br/>", "&nbsp;", "&lt;", "&quot;", "<sup>", "</sup>",
        "<p>", "</p>", "<span style=\"x\">", "</span>", "<sup>12", "<sup></sup>", "<sup>a</sup>", "\\r\\n", "<", ">", "&",
    ];

    private static readonly string[] s_spaces = [" ", "  ", "\t", "\u00A0", "\u3000", "\u3000\u3000", "\u2002", " \u3000"];

    private static readonly string[] s_lineBreaks = ["\n", "\n", "\n", "\r\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085"];

    private static readonly string[] s_chineseNumbers =
    [
        "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十九", "二十", "二十一", "九十九", "一百", "一百零一",
        "〇", "零", "十十", "百", "两",
    ];

    private static readonly string[] s_circled = ["①", "②", "③", "④", "⑤", "⑩", "⑪", "⑳", "㉑", "㊿", "⓪", "⑴", "⒈"];

    /// <summary>A random numbering marker of any style and width (half-width, full-width, with or without a trailing space).</summary>
    public static string Marker(PropertyRandom r)
    {
        string cn = r.Chance(0.7) ? s_chineseNumbers[r.Next(10)] : r.Pick(s_chineseNumbers);
        string n = ArabicNumber(r);
        string marker = r.Next(12) switch
        {
            0 => cn + r.Pick(["、", "，", ",", ".", "．"]),
            1 => "第" + cn + r.Pick(["，", "、", ",", "是", ""]),
            2 => r.Pick(["(", "（", "﹙"]) + cn + r.Pick([")", "）", "﹚", ""]),
            3 => n + r.Pick([".", "、", "．", ". ", "。"]),
            4 => r.Pick(["(", "（"]) + n + r.Pick([")", "）", ""]),
            5 => r.Pick(s_circled),
            6 => cn + "是",
            7 => "——",
            8 => "[" + n + "]",
            9 => "［" + n + "］",
            10 => "〔" + n + "〕",
            _ => n + "." + ArabicNumber(r),
        };
        return r.Chance(0.25) ? marker + r.Pick(s_spaces) : marker;
    }

    /// <summary>A random note mark: <c>&lt;sup&gt;n&lt;/sup&gt;</c>, <c>[n]</c>, a circled number, full-width brackets or a bare digit.</summary>
    public static string NoteMark(PropertyRandom r)
    {
        string n = ArabicNumber(r);
        return r.Next(8) switch
        {
            0 or 1 => "<sup>" + n + "</sup>",
            2 or 3 => "[" + n + "]",
            4 => r.Pick(s_circled),
            5 => "［" + n + "］",
            6 => "〔" + n + "〕",
            _ => n,
        };
    }

    private static string ArabicNumber(PropertyRandom r)
    {
        int value = r.Chance(0.8) ? r.Next(1, 13) : r.Next(0, 2000);
        string ascii = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (r.Chance(0.15))
        {
            var sb = new StringBuilder(ascii.Length);
            foreach (char c in ascii)
            {
                sb.Append((char)('０' + (c - '0')));
            }

            return sb.ToString();
        }

        return ascii;
    }

    /// <summary>A paragraph: lead, phrases, punctuation, note marks, inline enumerations, HTML debris.</summary>
    public static string Paragraph(PropertyRandom r)
    {
        var sb = new StringBuilder();
        if (r.Chance(0.3))
        {
            sb.Append(r.Pick(s_spaces));
        }

        if (r.Chance(0.4))
        {
            sb.Append(r.Pick(s_leads));
        }

        int parts = r.SkewedSize(1, 14);
        for (int i = 0; i < parts; i++)
        {
            switch (r.Next(10))
            {
                case 0:
                    sb.Append(NoteMark(r));
                    break;
                case 1:
                    sb.Append(r.Pick(s_html));
                    break;
                case 2:
                    sb.Append('“').Append(r.Pick(s_phrases)).Append('”');
                    if (r.Chance(0.5))
                    {
                        sb.Append(NoteMark(r));
                    }

                    break;
                case 3:
                    sb.Append(r.Pick(s_chineseNumbers)).Append('是');
                    break;
                default:
                    sb.Append(r.Pick(s_phrases));
                    break;
            }

            sb.Append(r.Pick(s_punctuation));
        }

        sb.Append(r.Chance(0.8) ? "。" : string.Empty);
        return sb.ToString();
    }

    /// <summary>A footnote definition with a label of any style (or none).</summary>
    public static string Definition(PropertyRandom r)
    {
        string label = r.Next(7) switch
        {
            0 => NoteMark(r),
            1 => ArabicNumber(r) + r.Pick([".", "．", "、", ". "]),
            2 => "<sup>&</sup>quot;",
            3 => string.Empty,
            4 => r.Pick(s_circled),
            _ => "[" + ArabicNumber(r) + "]",
        };
        string term = r.Pick(s_phrases);
        return label + term + r.Pick(["：", ":", "，", "是指", "\n"]) + "指" + r.Pick(s_phrases) + "。" + (r.Chance(0.2) ? "（见第23页）" : string.Empty);
    }

    /// <summary>A section heading, numbered or not, possibly with markdown or bold.</summary>
    public static string Heading(PropertyRandom r)
    {
        string text = r.Pick(s_headingTexts);
        if (r.Chance(0.6))
        {
            text = Marker(r) + text;
        }

        return Decorate(r, text);
    }

    private static string Decorate(PropertyRandom r, string text)
    {
        return r.Next(8) switch
        {
            0 => new string('#', r.Next(1, 7)) + r.Pick(["", " "]) + text,
            1 => "**" + text + "**",
            2 => r.Pick(s_spaces) + text,
            _ => text,
        };
    }

    /// <summary>One random line of any kind (without its line break).</summary>
    public static string Line(PropertyRandom r)
    {
        return r.Next(20) switch
        {
            0 => r.Pick(s_titles),
            1 => r.Pick(s_meetings),
            2 => r.Pick(s_speakers),
            3 => r.Pick(s_salutations),
            4 => r.Pick(s_openings),
            5 or 6 => Heading(r),
            7 or 8 or 9 => Decorate(r, Marker(r) + (r.Chance(0.5) ? Paragraph(r) : r.Pick(s_phrases))),
            10 => Definition(r),
            11 => r.Pick(s_chrome),
            12 => r.Pick(s_html),
            13 => string.Empty,
            14 => r.Pick(s_spaces),
            15 => "各位代表！让我们团结一心，" + r.Pick(s_phrases) + "！",
            16 => Marker(r),
            _ => Paragraph(r),
        };
    }

    /// <summary>Report-like text of roughly <paramref name="targetLength"/> characters.</summary>
    public static string Generate(PropertyRandom r, int targetLength)
    {
        var sb = new StringBuilder(targetLength + 256);
        string lineBreak = r.Chance(0.7) ? r.Pick(s_lineBreaks) : string.Empty; // empty = a random break per line
        bool skeleton = r.Chance(0.6);
        if (skeleton)
        {
            if (r.Chance(0.2))
            {
                AppendLine(sb, r, r.Pick(s_chrome), lineBreak);
            }

            if (r.Chance(0.85))
            {
                AppendLine(sb, r, r.Pick(s_titles), lineBreak);
            }

            if (r.Chance(0.8))
            {
                AppendLine(sb, r, r.Pick(s_meetings), lineBreak);
            }

            if (r.Chance(0.7))
            {
                AppendLine(sb, r, r.Pick(s_speakers), lineBreak);
            }

            if (r.Chance(0.8))
            {
                AppendLine(sb, r, r.Pick(s_salutations), lineBreak);
                AppendLine(sb, r, r.Pick(s_openings), lineBreak);
            }
        }

        int section = 0;
        int item = 0;
        while (sb.Length < targetLength)
        {
            string line;
            if (skeleton && r.Chance(0.08))
            {
                section++;
                item = 0;
                line = (r.Chance(0.7) ? ChineseOrdinal(section) + "、" : string.Empty) + r.Pick(s_headingTexts);
            }
            else if (skeleton && r.Chance(0.2))
            {
                item++;
                line = r.Pick(["（", "(", ""]) + ChineseOrdinal(item) + r.Pick(["）", ")", "、"]) + Paragraph(r);
            }
            else
            {
                line = Line(r);
            }

            AppendLine(sb, r, line, lineBreak);
        }

        if (skeleton && r.Chance(0.6))
        {
            AppendLine(sb, r, "各位代表！让我们团结一心，奋力谱写新篇章！", lineBreak);
            if (r.Chance(0.4))
            {
                AppendLine(sb, r, r.Pick(["注释", "名词解释", "注 释"]), lineBreak);
                for (int i = r.Next(1, 5); i > 0; i--)
                {
                    AppendLine(sb, r, Definition(r), lineBreak);
                }
            }
        }

        if (r.Chance(0.3) && sb.Length > 0)
        {
            // No final line break, or a trailing blank/space line.
            sb.Length -= 1;
        }

        return sb.ToString();
    }

    private static void AppendLine(StringBuilder sb, PropertyRandom r, string line, string lineBreak)
    {
        sb.Append(line);
        if (r.Chance(0.05))
        {
            sb.Append(r.Pick(s_spaces));
        }

        sb.Append(lineBreak.Length > 0 ? lineBreak : r.Pick(s_lineBreaks));
        if (r.Chance(0.08))
        {
            sb.Append(lineBreak.Length > 0 ? lineBreak : "\n");
        }
    }

    private static string ChineseOrdinal(int n) => n switch
    {
        <= 0 => "零",
        < 10 => s_chineseNumbers[n - 1],
        10 => "十",
        < 20 => "十" + s_chineseNumbers[n - 11],
        _ => s_chineseNumbers[(n / 10) - 1 > 8 ? 8 : (n / 10) - 1] + "十" + (n % 10 == 0 ? string.Empty : s_chineseNumbers[(n % 10) - 1]),
    };
}
