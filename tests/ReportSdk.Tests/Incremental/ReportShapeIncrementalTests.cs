using ReportSdk.Syntax;
using ReportSdk.Text;
using static ReportSdk.Tests.Layout.VariantText;

namespace ReportSdk.Tests.Incremental;

/// <summary>
/// Edits inside a report of one of the shapes the layout reads by its context (a quoted report, 一要 chains, 【…】
/// items, a toolbar glued to the closing, page numbers after headings), after another report: the incremental
/// reparse equals a full parse (made-up texts).
/// </summary>
public class ReportShapeIncrementalTests
{
    private static readonly string First = WithBody(StandardBody());

    public static TheoryData<string> Shapes() => new()
    {
        Lines([.. new string[] { Title, Meeting, Speaker }.Concat(StandardBody()).Select(l => "> " + l)]),
        WithBody([Salutation, Opening, ReviewHeading, ReviewText, PlanHeading, PlanText,
            "一要坚持项目为王，全力扩大有效投资。全年实施重点项目120个。", "二要坚持创新驱动，加快产业转型升级。", ClosingText]),
        WithBody([Salutation, Opening, ReviewHeading, ReviewText, PlanHeading, PlanText,
            "【稳增长】全年实施重点项目120个。", "【促转型】新培育高新技术企业15家。", ClosingText]),
        WithBody([Salutation, Opening, ReviewHeading + "  3", ReviewText, PlanHeading + "……7", PlanText, PlanItem1, PlanItem2,
            ClosingText + "【打印本页】【关闭窗口】", "分享到：", "扫一扫在手机打开当前页"]),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void EditsInsideTheSecondReport_EqualAFullParse(string shape)
    {
        string text = First + shape;
        var tree = SyntaxTree.ParseText(text);
        Assert.Equal(2, tree.GetRoot().Reports.Count);
        int secondStart = First.Length;
        var lineStarts = new List<int>();
        for (int at = secondStart; at < text.Length; at = text.IndexOf('\n', at) + 1)
        {
            lineStarts.Add(at);
            if (text.IndexOf('\n', at) < 0)
            {
                break;
            }
        }

        foreach (int start in lineStarts.Where(s => s < text.Length && text[s] != '\n'))
        {
            int lineEnd = text.IndexOf('\n', start);
            foreach (var change in new[]
            {
                new TextChange(new TextSpan(start, 0), "新"),
                new TextChange(new TextSpan(start, 1), string.Empty),
                new TextChange(new TextSpan((start + lineEnd) / 2, 0), "。"),
                new TextChange(new TextSpan(lineEnd - 1, 1), string.Empty),
            })
            {
                var edited = tree.WithChanges(change);
                var newText = tree.GetText().WithChanges(change);
                var full = SyntaxTree.ParseText(newText);
                Assert.Equal(newText.ToString(), edited.GetRoot().ToFullString());
                Assert.Null(IncrementalEquivalence.Compare(full, edited));
            }
        }
    }
}
