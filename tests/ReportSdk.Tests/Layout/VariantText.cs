using ReportSdk.Semantics.Outline;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.Layout;

/// <summary>
/// Building blocks of the made-up reports the variant tests parse: a county report of the usual
/// shape (青山县, invented), which each test changes in one place.
/// </summary>
internal static class VariantText
{
    public const string Title = "青山县2026年政府工作报告";
    public const string Meeting = "——2026年1月18日在青山县第十八届人民代表大会第五次会议上";
    public const string Speaker = "县长 张明华";
    public const string Salutation = "各位代表：";
    public const string Opening = "现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。";

    public const string ReviewHeading = "一、2025年工作回顾";
    public const string ReviewText = "过去一年，全县地区生产总值增长6.2%，经济运行稳中向好。";
    public const string PlanHeading = "二、2026年工作安排";
    public const string PlanText = "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城乡居民人均可支配收入与经济增长同步。";
    public const string PlanItem1 = "（一）坚持项目为王，全力扩大有效投资。";
    public const string PlanItem2 = "（二）坚持创新驱动，加快产业转型升级。";

    public const string ClosingText = "各位代表！新征程催人奋进，新使命重任在肩。让我们在县委的坚强领导下，凝心聚力、实干争先，奋力谱写青山高质量发展新篇章！";

    /// <summary>The lines joined by LF, with a final line break.</summary>
    public static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    /// <summary>Salutation, opening, a review and a plan with two items, and the closing.</summary>
    public static string[] StandardBody() =>
    [
        Salutation, Opening,
        ReviewHeading, ReviewText,
        PlanHeading, PlanText, PlanItem1, PlanItem2,
        ClosingText,
    ];

    /// <summary>The given preamble lines followed by <see cref="StandardBody"/>.</summary>
    public static string WithPreamble(params string[] preamble) => Lines([.. preamble, .. StandardBody()]);

    /// <summary>Title, meeting line and speaker, then the given body lines (from the salutation on).</summary>
    public static string WithBody(params string[] body) => Lines([Title, Meeting, Speaker, .. body]);

    /// <summary>Parses and checks the round trip.</summary>
    public static SyntaxTree Parse(string text, ParseOptions? options = null)
    {
        var tree = SyntaxTree.ParseText(text, options);
        Assert.Equal(text, tree.GetRoot().ToFullString());
        return tree;
    }

    public static ReportSyntax SingleReport(SyntaxTree tree) => Assert.Single(tree.GetRoot().Reports);

    public static ReportOutline SingleOutline(SyntaxTree tree) => Assert.Single(OutlineBuilder.Build(tree).Reports);

    /// <summary>The 1-based line on which <paramref name="line"/> stands as a whole line (the first such line).</summary>
    public static int LineOf(string text, string line)
    {
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd('\r') == line)
            {
                return i + 1;
            }
        }

        throw new ArgumentException($"'{line}' is not a line of the text.", nameof(line));
    }

    /// <summary>The section kinds as the outline JSON names them (<c>review</c>, <c>selfBuilding</c>).</summary>
    public static string[] Kinds(ReportOutline report) =>
        report.Sections.Select(s => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(s.Kind.ToString())).ToArray();

    public static string[] Headings(ReportOutline report) => report.Sections.Select(s => s.Heading ?? "<missing>").ToArray();

    /// <summary>Asserts the standard body came out as written: review and plan, the plan's two items, the closing.</summary>
    public static void AssertStandardBody(string text, ReportOutline report)
    {
        Assert.Equal(["review", "plan"], Kinds(report));
        Assert.Equal([ReviewHeading, PlanHeading], Headings(report));
        Assert.Equal([LineOf(text, ReviewHeading), LineOf(text, PlanHeading)], report.Sections.Select(s => s.Line).ToArray());
        Assert.Equal(["（一）", "（二）"], report.Sections[1].Items.Select(i => i.Marker).ToArray());
        Assert.Equal(["坚持项目为王，全力扩大有效投资", "坚持创新驱动，加快产业转型升级"], report.Sections[1].Items.Select(i => i.Title).ToArray());
        Assert.NotNull(report.Closing);
        Assert.Equal(ClosingText, report.Closing!.Text);
        Assert.Equal(LineOf(text, ClosingText), report.Closing.Line);
    }
}
