using System.Text.Encodings.Web;
using System.Text.Json;
using ReportSdk.Semantics.Outline;

namespace ReportSdk.Serialization;

/// <summary>Writes and reads <see cref="DocumentOutline"/> as UTF-8 JSON (camelCase, Chinese text unescaped).</summary>
public static class OutlineJson
{
    private static readonly OutlineJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Serializes an outline to a JSON string.</summary>
    public static string Serialize(DocumentOutline outline)
    {
        ArgumentNullException.ThrowIfNull(outline);
        return JsonSerializer.Serialize(outline, Context.DocumentOutline);
    }

    /// <summary>Serializes an outline as UTF-8 JSON to a stream.</summary>
    public static void Serialize(Stream stream, DocumentOutline outline)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(outline);
        JsonSerializer.Serialize(stream, outline, Context.DocumentOutline);
    }

    /// <summary>Reads an outline from JSON.</summary>
    /// <exception cref="JsonException">The JSON is not an outline.</exception>
    public static DocumentOutline Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, Context.DocumentOutline) ?? throw new JsonException("The JSON is null, not an outline.");
    }
}
