using System.Text.Json.Serialization;
using ReportSdk.Semantics.Outline;

namespace ReportSdk.Serialization;

/// <summary>The source-generated System.Text.Json context for the outline model: no reflection at run time.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(DocumentOutline))]
[JsonSerializable(typeof(ContentsEntryOutline))]
[JsonSerializable(typeof(ReportOutline))]
[JsonSerializable(typeof(SectionOutline))]
[JsonSerializable(typeof(ItemOutline))]
[JsonSerializable(typeof(ClosingOutline))]
[JsonSerializable(typeof(FootnoteOutline))]
[JsonSerializable(typeof(DiagnosticOutline))]
[JsonSerializable(typeof(int))]
internal sealed partial class OutlineJsonContext : JsonSerializerContext
{
}
