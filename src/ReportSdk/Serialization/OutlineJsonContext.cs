using System.Text.Json.Serialization;
using ReportSdk.Semantics.Outline;

namespace ReportSdk.Serialization;

/// <summary>The source-generated System.Text.Json context for the outline model: no reflection at run time.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(DocumentOutline))]
internal sealed partial class OutlineJsonContext : JsonSerializerContext
{
}
