using ReportSdk.Text;

namespace ReportSdk.Semantics.Glossary;

/// <summary>A term explained by a note of the report (注释, 名词解释), with the places that refer to it.</summary>
/// <param name="Term">The term, without quotation marks.</param>
/// <param name="Definition">The explanation after the term.</param>
/// <param name="Span">The span of the note.</param>
/// <param name="References">Spans of the marks and quoted occurrences of the term in the body.</param>
public sealed record GlossaryEntry(string Term, string Definition, TextSpan Span, IReadOnlyList<TextSpan> References);
