using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ReportSdk.Semantics;

namespace ReportSdk.Serialization;

/// <summary>
/// Writes an <see cref="EquatableArray{T}"/> as a JSON array and reads it back, through the element's source-generated
/// type info (no reflection). One closed instance per element type is registered with the outline's options.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class EquatableArrayJsonConverter<T> : JsonConverter<EquatableArray<T>>
{
    public override EquatableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            // Files written before the lists were values could hold null for an empty list.
            return new EquatableArray<T>([]);
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array of {typeof(T).Name}, found {reader.TokenType}.");
        }

        var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(JsonSerializer.Deserialize(ref reader, info)
                ?? throw new JsonException($"A list of {typeof(T).Name} holds null at index {items.Count}."));
        }

        return new EquatableArray<T>(items);
    }

    public override void Write(Utf8JsonWriter writer, EquatableArray<T> value, JsonSerializerOptions options)
    {
        var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var item in value.AsSpan())
        {
            JsonSerializer.Serialize(writer, item, info);
        }

        writer.WriteEndArray();
    }
}
