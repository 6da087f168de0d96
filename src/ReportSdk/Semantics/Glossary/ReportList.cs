using ReportSdk.Semantics.Model;
using ReportSdk.Text;

namespace ReportSdk.Semantics.Glossary;

/// <summary>A list the report promises, such as the 民生实事 (an annex list or an item with numbered sub-items).</summary>
/// <param name="Title">The list's heading (2026年省十件民生实事).</param>
/// <param name="Span">The span of the heading.</param>
/// <param name="Items">The items' headings, each with its span.</param>
public sealed record ReportList(string Title, TextSpan Span, IReadOnlyList<Located<string>> Items);
