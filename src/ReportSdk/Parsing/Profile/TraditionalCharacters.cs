
namespace ReportSdk.Parsing;

/// <summary>
/// The traditional characters that occur in the genre's phrases (the layout profile's and the meaning layer's), with
/// their simplified forms: reports of the 1950s and some portals print them. One table serves the layout's normalized
/// line view (<see cref="LineNormalizer"/>) and the meaning layer's folded sentences, so a phrase that matches in one
/// matches in the other. Every mapping is one character to one character, so folded text keeps its offsets.
/// </summary>
internal static class TraditionalCharacters
{
    /// <summary>The traditional forms, index for index with <see cref="Simplified"/>.</summary>
    public const string Traditional = "執況門電達進運動產還戰農問黨領導聯繫現開種應該從兩萬億業務將標準確強際職權機構統點數據質勞資贊專價幣歲園區東廣橋稅預決費團體歷屆選舉議員華夠衛隊軍鬥爭義舊斷報紙論階級興辦讓說話認識講記訂計劃設頭顧總結過與對於會們這個來時當發縣鎮鄉幹經濟參組織為處實紀彙匯錄註釋號屬條頁編輯載圖網擊閱讀關閉噸長遞産額戶項臺輛張間場國糧爲減貨較綫線鐵車鋼紗學後調證壓積銷儲輸郵營醫傳畝隻財貿並規續穩輕礦藥啟驗績幾綜";

    /// <summary>The simplified forms of <see cref="Traditional"/>, index for index.</summary>
    public const string Simplified = "执况门电达进运动产还战农问党领导联系现开种应该从两万亿业务将标准确强际职权机构统点数据质劳资赞专价币岁园区东广桥税预决费团体历届选举议员华够卫队军斗争义旧断报纸论阶级兴办让说话认识讲记订计划设头顾总结过与对于会们这个来时当发县镇乡干经济参组织为处实纪汇汇录注释号属条页编辑载图网击阅读关闭吨长递产额户项台辆张间场国粮为减货较线线铁车钢纱学后调证压积销储输邮营医传亩只财贸并规续稳轻矿药启验绩几综";

    /// <summary>Finds any of <see cref="Traditional"/> in a span (a bitmap test per character, exact: a probabilistic map had a false positive on much Han text).</summary>
    public static readonly CharSetSearch Any = new(Traditional);

    /// <summary>The simplified form of <paramref name="c"/>, or <paramref name="c"/> when it is not in the table.</summary>
    public static char ToSimplified(char c)
    {
        int at = Traditional.IndexOf(c, StringComparison.Ordinal);
        return at >= 0 ? Simplified[at] : c;
    }

    /// <summary>The text with every character of the table replaced by its simplified form (same length; the same instance when nothing changes).</summary>
    public static string Fold(string text)
    {
        int first = Any.IndexOfAny(text);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (int i = state.first; i >= 0;)
            {
                span[i] = ToSimplified(span[i]);
                int next = Any.IndexOfAny(span[(i + 1)..]);
                i = next < 0 ? -1 : i + 1 + next;
            }
        });
    }
}
