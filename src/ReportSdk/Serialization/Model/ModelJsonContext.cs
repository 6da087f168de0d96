using System.Text.Json.Serialization;

namespace ReportSdk.Serialization.Model;

/// <summary>The source-generated System.Text.Json context for the model JSON and target rows: no reflection at run time.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ModelDocumentJson))]
[JsonSerializable(typeof(TargetRow))]
internal sealed partial class ModelJsonContext : JsonSerializerContext
{
}
