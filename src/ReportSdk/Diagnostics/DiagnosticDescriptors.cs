namespace ReportSdk.Diagnostics;

/// <summary>The catalogue of ReportSdk diagnostics. docs/diagnostics.md lists each with an example.</summary>
public static class DiagnosticDescriptors
{
    /// <summary>RPT0001: the report has no title line.</summary>
    public static readonly DiagnosticDescriptor MissingTitle = new(
        "RPT0001", "Missing title", "The report has no title line (such as 政府工作报告); the title is missing", DiagnosticSeverity.Warning);

    /// <summary>RPT0002: the review section has no heading; it was inferred.</summary>
    public static readonly DiagnosticDescriptor ImplicitReviewHeading = new(
        "RPT0002", "Implicit review heading", "The review of past work has no heading; the text from '{0}' up to the next heading was taken as the review section", DiagnosticSeverity.Warning);

    /// <summary>RPT0003: a numbering marker skips a number or is out of order.</summary>
    public static readonly DiagnosticDescriptor NumberingOutOfOrder = new(
        "RPT0003", "Numbering gap or marker out of order", "Marker '{0}' is out of order: after {1} the next number is {2}", DiagnosticSeverity.Warning);

    /// <summary>RPT0004: a footnote reference has no definition.</summary>
    public static readonly DiagnosticDescriptor UndefinedFootnoteReference = new(
        "RPT0004", "Footnote reference without definition", "Footnote reference '{0}' has no definition in this report", DiagnosticSeverity.Warning);

    /// <summary>RPT0005: a footnote definition has lost its number.</summary>
    public static readonly DiagnosticDescriptor FootnoteDefinitionWithoutNumber = new(
        "RPT0005", "Footnote definition without number", "Footnote definition '{0}' has no number; it is linked by its term only", DiagnosticSeverity.Warning);

    /// <summary>RPT0006: the report ends before its closing.</summary>
    public static readonly DiagnosticDescriptor TruncatedReport = new(
        "RPT0006", "Report truncated before its closing", "The report '{0}' ends without a closing paragraph (各位代表！…); it appears truncated", DiagnosticSeverity.Warning);

    /// <summary>RPT0007: text that is not part of the report was skipped.</summary>
    public static readonly DiagnosticDescriptor SkippedContent = new(
        "RPT0007", "Content skipped as not part of the report", "{0} line(s) skipped as not part of the report: '{1}'", DiagnosticSeverity.Info);

    /// <summary>RPT0008: the text's encoding was guessed.</summary>
    public static readonly DiagnosticDescriptor EncodingGuessed = new(
        "RPT0008", "Encoding guessed", "The encoding of the bytes is not certain (not valid UTF-8, no usable byte order mark); they were decoded as {0}, which may be wrong", DiagnosticSeverity.Warning);

    /// <summary>RPT0009: no report structure was found at all.</summary>
    public static readonly DiagnosticDescriptor NoReport = new(
        "RPT0009", "No report found", "No report structure (title, salutation, sections) was found in the text", DiagnosticSeverity.Warning);

    /// <summary>RPT0010: a line looks like a numbered heading but its marker is malformed.</summary>
    public static readonly DiagnosticDescriptor MalformedMarker = new(
        "RPT0010", "Malformed numbering marker", "'{0}' looks like a numbering marker but does not match the marker grammar; read as text", DiagnosticSeverity.Info);

    /// <summary>RPT0011: no section heading was found in a report's body.</summary>
    public static readonly DiagnosticDescriptor SectionsNotFound = new(
        "RPT0011", "Sections not found", "No section heading (一、…, （一）…, 2023年工作回顾) was found in the report's body; its {0} line(s) from '{1}' were read as one section without a heading", DiagnosticSeverity.Warning);

    /// <summary>RPT0012: most of the text was skipped as not part of any report.</summary>
    public static readonly DiagnosticDescriptor MostTextSkipped = new(
        "RPT0012", "Most of the text skipped", "{0}% of the text was skipped as chrome, not report text: the report's structure was likely not recognized (a missing title and salutation, or text joined without line breaks)", DiagnosticSeverity.Warning);

    /// <summary>RPT0013: the text has no line structure.</summary>
    public static readonly DiagnosticDescriptor NoLineStructure = new(
        "RPT0013", "No line structure", "The text has {0} character(s) on {1} line(s): it has no line structure (line breaks lost in an export), so headings, items and the closing cannot be told apart from running text", DiagnosticSeverity.Warning);

    /// <summary>All descriptors, in id order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        MissingTitle, ImplicitReviewHeading, NumberingOutOfOrder, UndefinedFootnoteReference, FootnoteDefinitionWithoutNumber,
        TruncatedReport, SkippedContent, EncodingGuessed, NoReport, MalformedMarker, SectionsNotFound, MostTextSkipped, NoLineStructure,
    ];
}
