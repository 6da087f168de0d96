using System.Globalization;
using System.Text;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.Footnotes;

/// <summary>
/// Footnote-heavy reports for the binder tests: <c>n</c> references in the body, each mark followed by its quoted
/// term, and <c>n</c> numbered definitions of those terms in a notes section.
/// </summary>
internal static class FootnoteHeavyReports
{
    /// <summary>The parser reads canonical <c>&lt;sup&gt;n&lt;/sup&gt;</c> marks of up to four digits.</summary>
    private const int ParsedLabelCycle = 9000;

    private const int ReferencesPerLine = 10;

    /// <summary>
    /// The text of a report with <paramref name="count"/> references and definitions. Marks and labels run
    /// 1…9000 and then start over, because the parser reads at most four digits (see <see cref="Renumbered"/>).
    /// </summary>
    public static string Text(int count)
    {
        var text = new StringBuilder(count * 40);
        text.Append("2023年乐平市政府工作报告\n——2023年1月10日在乐平市第十届人民代表大会第三次会议上\n市长 张三\n各位代表：\n");
        text.Append("现在，我代表市人民政府，向大会报告工作，请予审议。\n一、2022年工作回顾\n");
        for (int i = 0; i < count; i++)
        {
            text.Append("推进“术语").Append(i.ToString(CultureInfo.InvariantCulture)).Append("”<sup>")
                .Append(Label(i).ToString(CultureInfo.InvariantCulture)).Append("</sup>建设，");
            if (i % ReferencesPerLine == ReferencesPerLine - 1)
            {
                text.Append("成效明显。\n");
            }
        }

        text.Append("取得新进展。\n二、2023年工作安排\n全面推进各项工作。\n各位代表！让我们团结奋斗，再创新的辉煌！\n注释：\n");
        for (int i = 0; i < count; i++)
        {
            text.Append("<sup>").Append(Label(i).ToString(CultureInfo.InvariantCulture)).Append("</sup>“术语")
                .Append(i.ToString(CultureInfo.InvariantCulture)).Append("”：指第").Append(i.ToString(CultureInfo.InvariantCulture)).Append("项工作。\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// The parsed report with every mark and label renumbered in text order (the i-th reference and the i-th
    /// definition get number i + <paramref name="firstNumber"/>), so that all labels are distinct and may have
    /// any number of digits.
    /// </summary>
    public static ReportSyntax Renumbered(int count, int firstNumber)
    {
        var parsed = SyntaxTree.ParseText(Text(count)).GetRoot();
        var root = (DocumentSyntax)new Renumberer(firstNumber).Visit(parsed)!;
        return SyntaxTree.Create(root).GetRoot().Reports.Single();
    }

    private static int Label(int index) => (index % ParsedLabelCycle) + 1;

    /// <summary>Gives marks and labels consecutive numbers in text order.</summary>
    private sealed class Renumberer(int firstNumber) : SyntaxRewriter
    {
        private int _marks;
        private int _labels;

        public override SyntaxToken VisitToken(SyntaxToken token) => token.Kind switch
        {
            SyntaxKind.FootnoteMarkToken => SyntaxFactory.FootnoteMark(firstNumber + _marks++).WithLeadingTrivia(token.LeadingTrivia).WithTrailingTrivia(token.TrailingTrivia),
            SyntaxKind.FootnoteLabelToken => SyntaxFactory.FootnoteLabel(firstNumber + _labels++).WithLeadingTrivia(token.LeadingTrivia).WithTrailingTrivia(token.TrailingTrivia),
            _ => token,
        };
    }
}
