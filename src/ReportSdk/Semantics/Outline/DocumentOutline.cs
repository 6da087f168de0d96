using System.Text.Json.Serialization;
using ReportSdk.Diagnostics;
using ReportSdk.Parsing;
using ReportSdk.Syntax;

namespace ReportSdk.Semantics.Outline;

/// <summary>
/// The outline of a parsed document: its table of contents, its reports with their sections,
/// items, closing and footnotes, and the parser's diagnostics, with 1-based line numbers.
/// This is the model that <c>reportsdk outline --json</c> prints. The outline is a value: its records and lists compare
/// by content, so two outlines of the same text are <c>==</c>, and kinds and severities are enums here and strings only
/// in JSON.
/// </summary>
/// <param name="SchemaVersion">The version of this JSON shape (<see cref="CurrentSchemaVersion"/>); <c>docs/schema/outline.schema.json</c> describes it.</param>
/// <param name="Path">The file path given at parse time.</param>
/// <param name="Contents">The entries of the table of contents (empty when there is none).</param>
/// <param name="Reports">The reports in the document.</param>
/// <param name="Diagnostics">The parser's diagnostics.</param>
public sealed record DocumentOutline(
    int SchemaVersion,
    string Path,
    EquatableArray<ContentsEntryOutline> Contents,
    EquatableArray<ReportOutline> Reports,
    EquatableArray<DiagnosticOutline> Diagnostics)
{
    /// <summary>
    /// The schema version that <see cref="OutlineBuilder"/> writes: 2 (items gained <c>depth</c>, <c>number</c>,
    /// <c>style</c> and <c>endLine</c>). Version 1 outlines still read; their items have depth and end line 0.
    /// </summary>
    public static int CurrentSchemaVersion => 2;
}

/// <summary>One table-of-contents entry.</summary>
/// <param name="Title">The listed title.</param>
/// <param name="Page">The page number.</param>
/// <param name="Line">The 1-based line of the entry's title.</param>
public sealed record ContentsEntryOutline(string Title, int Page, int Line);

/// <summary>The outline of one report.</summary>
/// <param name="Title">The title, or null when the report has none.</param>
/// <param name="Line">The 1-based line of the title (or of the report's first line).</param>
/// <param name="Meeting">The meeting line, joined when it wraps, or null.</param>
/// <param name="Speaker">The speaker line, or null.</param>
/// <param name="Sections">The top-level sections in order.</param>
/// <param name="Closing">The closing paragraph, or null when the report is truncated.</param>
/// <param name="Footnotes">The footnote definitions with the lines that refer to them.</param>
public sealed record ReportOutline(
    string? Title,
    int Line,
    string? Meeting,
    string? Speaker,
    EquatableArray<SectionOutline> Sections,
    ClosingOutline? Closing,
    EquatableArray<FootnoteOutline> Footnotes);

/// <summary>The outline of one top-level section.</summary>
/// <param name="Kind">Review, plan, self-building or other (<c>review</c>, <c>plan</c>, <c>selfBuilding</c>, <c>other</c> in JSON).</param>
/// <param name="Heading">The heading text without markdown marks, or null when the heading is missing.</param>
/// <param name="Line">The 1-based line of the heading (or of the section's first line).</param>
/// <param name="Items">The first-level numbered items.</param>
public sealed record SectionOutline(OutlineSectionKind Kind, string? Heading, int Line, EquatableArray<ItemOutline> Items);

/// <summary>The kind of a top-level section, from its node kind.</summary>
public enum OutlineSectionKind
{
    /// <summary>A <see cref="ReviewSectionSyntax"/> (工作回顾).</summary>
    Review,

    /// <summary>A <see cref="PlanSectionSyntax"/> (工作安排).</summary>
    Plan,

    /// <summary>A <see cref="SelfBuildingSectionSyntax"/> (政府自身建设).</summary>
    SelfBuilding,

    /// <summary>An <see cref="OtherSectionSyntax"/>.</summary>
    Other,
}

/// <summary>The outline of a numbered item.</summary>
/// <param name="Marker">The marker as written (<c>(一)</c>).</param>
/// <param name="Title">The heading text after the marker, without its final 。.</param>
/// <param name="Line">The 1-based line of the marker.</param>
/// <param name="Items">The nested items (written last in JSON).</param>
public sealed record ItemOutline(string Marker, string Title, int Line, [property: JsonPropertyOrder(1)] EquatableArray<ItemOutline> Items)
{
    /// <summary>The nesting depth: 1 for an item directly in a section, 2 for an item in it, and so on (0 when not known: a version 1 outline).</summary>
    public int Depth { get; init; }

    /// <summary>
    /// The number the marker stands for (<c>（三）</c> gives 3: the marker token's <c>ValueText</c> as an int), or null
    /// when the marker carries none. Computed from <see cref="Marker"/>: written to JSON, not read from it.
    /// </summary>
    public int? Number => LineGrammar.TryParseMarkerToken(Marker, out var shape) && shape.Number > 0 ? shape.Number : null;

    /// <summary>
    /// The numbering style of the marker (<see cref="NumberingStyle.ChineseParenthesized"/> for <c>（三）</c>; camelCase in
    /// JSON). Computed from <see cref="Marker"/>: written to JSON, not read from it.
    /// </summary>
    public NumberingStyle Style => StyleOf(Marker);

    /// <summary>The numbering style of a marker's text, as <see cref="Style"/> reads it (the outline builder reads it so too).</summary>
    internal static NumberingStyle StyleOf(string marker) => LineGrammar.TryParseMarkerToken(marker, out var shape) ? shape.Style : NumberingStyle.None;

    /// <summary>The 1-based line on which the item's text ends, its nested items and paragraphs included (0 when not known: a version 1 outline).</summary>
    public int EndLine { get; init; }
}

/// <summary>The closing paragraph.</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Text">The paragraph text.</param>
public sealed record ClosingOutline(int Line, string Text);

/// <summary>A footnote definition and its references.</summary>
/// <param name="Label">The note number as ASCII digits, or null when it was lost.</param>
/// <param name="Term">The term defined, or null.</param>
/// <param name="Line">The 1-based line of the definition.</param>
/// <param name="References">The 1-based lines that refer to the note, by mark or by its quoted term.</param>
public sealed record FootnoteOutline(string? Label, string? Term, int Line, EquatableArray<int> References)
{
    /// <summary>The note number as a number, or null when the label was lost; not in JSON (where <see cref="Label"/> is).</summary>
    [JsonIgnore]
    public int? Number => int.TryParse(Label, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int number) ? number : null;
}

/// <summary>A diagnostic with a 1-based position.</summary>
/// <param name="Id">The id, such as <c>RPT0001</c>.</param>
/// <param name="Severity">The severity (<c>hidden</c>, <c>info</c>, <c>warning</c> or <c>error</c> in JSON).</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
/// <param name="Message">The message.</param>
public sealed record DiagnosticOutline(string Id, DiagnosticSeverity Severity, int Line, int Column, string Message);
