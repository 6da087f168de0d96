using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportSdk.Cli.Tables;

/// <summary>
/// Writes a <see cref="Table"/> as JSON Lines: one compact JSON object per row and line (<c>\n</c>), every column
/// present (null as <c>null</c>), Chinese text unescaped.
/// </summary>
internal static class JsonLinesTableWriter
{
    /// <summary>The options every JSON output of the tables uses: compact, Chinese text as is.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes every row of <paramref name="table"/>.</summary>
    public static void Write(Stream destination, Table table)
    {
        using var writer = new Utf8JsonWriter(destination, WriterOptions);
        foreach (var row in table.Rows)
        {
            WriteObject(writer, table.Columns, row);
            writer.Flush();
            writer.Reset();
            destination.WriteByte((byte)'\n');
        }
    }

    /// <summary>Writes one row as a JSON object with one property per column.</summary>
    public static void WriteObject(Utf8JsonWriter writer, IReadOnlyList<TableColumn> columns, object?[] row)
    {
        writer.WriteStartObject();
        for (int i = 0; i < columns.Count; i++)
        {
            writer.WritePropertyName(columns[i].Name);
            WriteValue(writer, row[i]);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes one table value (string, int, decimal or null).</summary>
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case decimal d:
                writer.WriteNumberValue(TableValues.Normalize(d));
                break;
            default:
                throw new ArgumentException($"not a table value: {value.GetType().Name}", nameof(value));
        }
    }
}
