using ReportSdk.Syntax;

namespace ReportSdk.Parsing;

/// <summary>What a line is in the report, as decided by <see cref="DocumentLayout"/>.</summary>
internal enum LineRole : byte
{
    Blank = 0,
    Chrome,
    TocHeading,
    TocNumber,
    TocEntry,
    Title,
    /// <summary>The second line of a title broken inside its title word (告 after 政府工作报).</summary>
    TitleContinuation,
    Meeting,
    MeetingContinuation,
    Speaker,
    SpeakerContinuation,
    Salutation,
    PreambleParagraph,
    SectionHeading,
    ItemHeading,
    Paragraph,
    FootnoteDefinition,
    ClosingParagraph,
    NotesHeading,
    AnnexHeading,
}

/// <summary>The kind of a top-level section.</summary>
internal enum SectionKind : byte
{
    None = 0,
    Review,
    Plan,
    SelfBuilding,
    Other,
}

/// <summary>How a footnote label or mark is written.</summary>
internal enum NoteLabelKind : byte
{
    None = 0,
    Superscript,
    Bracketed,
    ArabicPunctuated,
    Circled,
}
