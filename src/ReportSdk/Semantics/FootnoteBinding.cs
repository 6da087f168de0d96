using ReportSdk.Syntax;
using ReportSdk.Text;

namespace ReportSdk.Semantics;

/// <summary>A footnote definition bound to the places in its report that refer to it.</summary>
/// <param name="Definition">The definition node.</param>
/// <param name="Label">The note number as ASCII digits, or null when it was lost.</param>
/// <param name="Term">The term the note defines, or null.</param>
/// <param name="MarkReferences">References by mark (<c>&lt;sup&gt;7&lt;/sup&gt;</c>, <c>[8]</c>, <c>⑪</c>) whose number is the label.</param>
/// <param name="TermReferences">
/// Spans in the report body where the term stands in quotation marks (or as written, when it holds quotation marks
/// itself; or without the year it opens with, when it stands nowhere whole), inline spaces not compared.
/// </param>
public sealed record FootnoteBinding(
    FootnoteDefinitionSyntax Definition,
    string? Label,
    string? Term,
    IReadOnlyList<FootnoteReferenceSyntax> MarkReferences,
    IReadOnlyList<TextSpan> TermReferences);
