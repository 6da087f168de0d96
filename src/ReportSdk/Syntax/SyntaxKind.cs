namespace ReportSdk.Syntax;

/// <summary>
/// The kind of every node, token and trivia in a report syntax tree.
/// </summary>
public enum SyntaxKind
{
    /// <summary>No kind; the default value.</summary>
    None = 0,

    // Trivia
    /// <summary>Spaces, tabs, NBSP (U+00A0) and ideographic spaces (U+3000).</summary>
    WhitespaceTrivia,
    /// <summary>A line break: CR, LF, CRLF, U+2028, U+2029 or U+0085.</summary>
    EndOfLineTrivia,
    /// <summary>Markdown marks left by a PDF or HTML conversion: heading marks (<c># </c>, <c>#### </c>) and the <c>**</c> around a whole-line heading.</summary>
    MarkdownHeadingTrivia,
    /// <summary>Text that is not part of the report (site navigation, forum UI, download footers, HTML debris).</summary>
    SkippedTextTrivia,

    // Tokens
    /// <summary>A run of report text.</summary>
    TextToken,
    /// <summary>A numbering marker such as <c>一、</c>, <c>（一）</c>, <c>1.</c>, <c>（1）</c>, <c>①</c> or <c>第一，</c>.</summary>
    NumberingMarkerToken,
    /// <summary>A footnote reference mark: <c>&lt;sup&gt;7&lt;/sup&gt;</c>, <c>[8]</c>, <c>⑪</c> or a bare digit.</summary>
    FootnoteMarkToken,
    /// <summary>The label that opens a footnote definition (<c>1.</c>, <c>&lt;sup&gt;2&lt;/sup&gt;</c>, <c>［3］</c>).</summary>
    FootnoteLabelToken,
    /// <summary>A markdown bold marker <c>**</c>.</summary>
    BoldMarkerToken,
    /// <summary>The number of a table-of-contents entry (<c>1.</c>).</summary>
    EntryNumberToken,
    /// <summary>The page number of a table-of-contents entry.</summary>
    PageNumberToken,
    /// <summary>The zero-width token at the end of the document.</summary>
    EndOfFileToken,

    // Nodes
    /// <summary>A list of nodes (internal container of <see cref="SyntaxList{TNode}"/>).</summary>
    List,
    /// <summary><see cref="DocumentSyntax"/>.</summary>
    Document,
    /// <summary><see cref="TableOfContentsSyntax"/>.</summary>
    TableOfContents,
    /// <summary><see cref="TableOfContentsEntrySyntax"/>.</summary>
    TableOfContentsEntry,
    /// <summary><see cref="ReportSyntax"/>.</summary>
    Report,
    /// <summary><see cref="PreambleSyntax"/>.</summary>
    Preamble,
    /// <summary><see cref="TitleSyntax"/>.</summary>
    Title,
    /// <summary><see cref="MeetingLineSyntax"/>.</summary>
    MeetingLine,
    /// <summary><see cref="SpeakerLineSyntax"/>.</summary>
    SpeakerLine,
    /// <summary><see cref="SalutationSyntax"/>.</summary>
    Salutation,
    /// <summary><see cref="ReviewSectionSyntax"/>.</summary>
    ReviewSection,
    /// <summary><see cref="PlanSectionSyntax"/>.</summary>
    PlanSection,
    /// <summary><see cref="SelfBuildingSectionSyntax"/>.</summary>
    SelfBuildingSection,
    /// <summary><see cref="OtherSectionSyntax"/>.</summary>
    OtherSection,
    /// <summary><see cref="SectionHeadingSyntax"/>.</summary>
    SectionHeading,
    /// <summary><see cref="NumberedItemSyntax"/>.</summary>
    NumberedItem,
    /// <summary><see cref="ParagraphSyntax"/>.</summary>
    Paragraph,
    /// <summary><see cref="FootnoteDefinitionSyntax"/>.</summary>
    FootnoteDefinition,
    /// <summary><see cref="TextSyntax"/>.</summary>
    Text,
    /// <summary><see cref="BoldTextSyntax"/>.</summary>
    BoldText,
    /// <summary><see cref="FootnoteReferenceSyntax"/>.</summary>
    FootnoteReference,
    /// <summary><see cref="ClosingSyntax"/>.</summary>
    Closing,
    /// <summary><see cref="NotesSyntax"/>.</summary>
    Notes,
    /// <summary><see cref="AnnexSyntax"/>.</summary>
    Annex,
}
