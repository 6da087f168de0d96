using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ReportSdk.Diagnostics;
using ReportSdk.Semantics.Outline;
using ReportSdk.Syntax;

namespace ReportSdk.Serialization;

/// <summary>
/// Writes and reads <see cref="DocumentOutline"/> as UTF-8 JSON (camelCase, Chinese text unescaped): lists as arrays,
/// section kinds, severities and numbering styles as camelCase strings (<c>selfBuilding</c>, <c>warning</c>,
/// <c>chineseParenthesized</c>), as
/// <c>docs/schema/outline.schema.json</c> describes.
/// </summary>
public static class OutlineJson
{
    private static readonly OutlineJsonContext Context = new(Options(indented: true));

    /// <summary>The same, written on one line (JSON Lines).</summary>
    private static readonly OutlineJsonContext CompactContext = new(Options(indented: false));

    private static JsonSerializerOptions Options(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters =
        {
            new JsonStringEnumConverter<OutlineSectionKind>(JsonNamingPolicy.CamelCase, allowIntegerValues: false),
            new JsonStringEnumConverter<DiagnosticSeverity>(JsonNamingPolicy.CamelCase, allowIntegerValues: false),
            new JsonStringEnumConverter<NumberingStyle>(JsonNamingPolicy.CamelCase, allowIntegerValues: false),
            new EquatableArrayJsonConverter<ContentsEntryOutline>(),
            new EquatableArrayJsonConverter<ReportOutline>(),
            new EquatableArrayJsonConverter<SectionOutline>(),
            new EquatableArrayJsonConverter<ItemOutline>(),
            new EquatableArrayJsonConverter<FootnoteOutline>(),
            new EquatableArrayJsonConverter<DiagnosticOutline>(),
            new EquatableArrayJsonConverter<int>(),
        },
    };

    /// <summary>Serializes an outline to a JSON string.</summary>
    public static string Serialize(DocumentOutline outline)
    {
        ArgumentNullException.ThrowIfNull(outline);
        return JsonSerializer.Serialize(outline, Context.DocumentOutline);
    }

    /// <summary>Serializes an outline as UTF-8 JSON to a stream.</summary>
    public static void Serialize(Stream stream, DocumentOutline outline) => Serialize(stream, outline, indented: true);

    /// <summary>
    /// Serializes an outline as UTF-8 JSON to a stream, indented or on one line (compact: one document per line of a
    /// JSON Lines stream, as the CLI writes a batch to standard output).
    /// </summary>
    public static void Serialize(Stream stream, DocumentOutline outline, bool indented)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(outline);
        JsonSerializer.Serialize(stream, outline, (indented ? Context : CompactContext).DocumentOutline);
    }

    /// <summary>Reads an outline from JSON.</summary>
    /// <exception cref="JsonException">The JSON is not an outline.</exception>
    public static DocumentOutline Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, Context.DocumentOutline) ?? throw new JsonException("The JSON is null, not an outline.");
    }

    /// <summary>Reads an outline from UTF-8 JSON in a stream (read to its end; the stream is left open).</summary>
    /// <param name="stream">The stream, such as a file written by <see cref="Serialize(Stream, DocumentOutline)"/>.</param>
    /// <returns>The outline, equal (<c>==</c>) to the one that was written.</returns>
    /// <exception cref="JsonException">The JSON is not an outline.</exception>
    public static DocumentOutline Deserialize(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return JsonSerializer.Deserialize(stream, Context.DocumentOutline) ?? throw new JsonException("The JSON is null, not an outline.");
    }
}
