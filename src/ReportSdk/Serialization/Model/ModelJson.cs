using System.Text.Encodings.Web;
using System.Text.Json;
using ReportSdk.Semantics.Model;

namespace ReportSdk.Serialization.Model;

/// <summary>Writes the model JSON of a document and its targets as JSON Lines (UTF-8, camelCase, Chinese text unescaped).</summary>
public static class ModelJson
{
    private static readonly ModelJsonContext Indented = new(Options(indented: true));
    private static readonly ModelJsonContext Compact = new(Options(indented: false));

    private static JsonSerializerOptions Options(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The model JSON of <paramref name="model"/> (indented).</summary>
    public static string Serialize(DocumentModel model) => Serialize(model, indented: true);

    /// <summary>The model JSON of <paramref name="model"/>, indented or on one line (one document per line of a JSON Lines stream).</summary>
    public static string Serialize(DocumentModel model, bool indented) =>
        JsonSerializer.Serialize(ModelProjection.ToJson(model), (indented ? Indented : Compact).ModelDocumentJson);

    /// <summary>One JSON object per figure, one per line (JSON Lines), each line ending with <c>\n</c>.</summary>
    public static string SerializeTargetLines(DocumentModel model)
    {
        var writer = new System.Text.StringBuilder();
        foreach (var row in ModelProjection.TargetRows(model))
        {
            writer.Append(JsonSerializer.Serialize(row, Compact.TargetRow)).Append('\n');
        }

        return writer.ToString();
    }
}
