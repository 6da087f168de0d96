namespace ReportSdk.Syntax;

/// <summary>The style of a numbering marker. A marker's nesting level is relative to its container, not fixed by its style.</summary>
public enum NumberingStyle
{
    /// <summary>Not a marker.</summary>
    None = 0,
    /// <summary><c>一、</c></summary>
    ChineseComma,
    /// <summary><c>第一，</c> / <c>第一、</c></summary>
    ChineseOrdinal,
    /// <summary><c>(一)</c> / <c>（一）</c></summary>
    ChineseParenthesized,
    /// <summary><c>1.</c> / <c>1、</c> / <c>1．</c></summary>
    Arabic,
    /// <summary><c>(1)</c> / <c>（1）</c></summary>
    ArabicParenthesized,
    /// <summary><c>①</c></summary>
    Circled,
    /// <summary><c>一是</c> / <c>二是</c> (or <c>一要</c> / <c>二要</c>): an ordinal clause opening a paragraph; an item when its siblings open the following paragraphs.</summary>
    OrdinalClause,
    /// <summary><c>——</c> (also <c>—</c>, <c>――</c>): a dash leading each paragraph of an unnumbered list; an item only when such paragraphs are a section's structure. Carries no number.</summary>
    Dash,
    /// <summary>
    /// <c>【稳增长】</c>: a bracketed lead phrase opening each paragraph of an unnumbered list, which names the item; an item
    /// only when such paragraphs are a section's structure. Carries no number.
    /// </summary>
    BracketLead,
}
