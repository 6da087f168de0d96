using ReportSdk.Syntax;

namespace ReportSdk.Parsing;

/// <summary>
/// How the marker styles nest, in one place for the tree builder (<see cref="ReportState"/>) and the layout rules that
/// simulate its nesting (<see cref="CompactLists"/>), so the two cannot drift apart.
/// </summary>
internal static class NumberingStyles
{
    /// <summary>
    /// Ordinal clauses (<c>一是…</c>), dash leads (<c>——…</c>) and bracket leads (<c>【稳增长】…</c>): paragraphs that
    /// count rather than the headings of a numbered list. An item of another style after one is its sibling, not its
    /// child: it closes before that item opens.
    /// </summary>
    public static bool IsCountedParagraph(NumberingStyle style) =>
        style is NumberingStyle.OrdinalClause or NumberingStyle.Dash or NumberingStyle.BracketLead;

    /// <summary>
    /// Dash leads (<c>——…</c>) and bracket leads (<c>【稳增长】…</c>): markers without a number, so a list of them goes on
    /// with any later lead of the same style, not only with the next number.
    /// </summary>
    public static bool IsUnnumbered(NumberingStyle style) => style is NumberingStyle.Dash or NumberingStyle.BracketLead;

    /// <summary>The style of a numbered list (<c>一、</c>, <c>（一）</c>, <c>1.</c> …): a marker that is neither a counted paragraph nor none.</summary>
    public static bool IsNumberedList(NumberingStyle style) => style != NumberingStyle.None && !IsCountedParagraph(style);
}
