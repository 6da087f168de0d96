using System.Globalization;
using System.Text;
using System.Text.Json;
using DuckDB.NET.Data;

namespace ReportSdk.Tests.Export;

/// <summary>Reads exported table files back as rows of invariant text (null stays null), whatever their format.</summary>
internal static class TableFiles
{
    /// <summary>The header and rows of an RFC 4180 CSV file (quoted fields may hold commas, quotes and line breaks); an empty field is null.</summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<string?[]> Rows) ReadCsv(string path)
    {
        var text = File.ReadAllText(path, new UTF8Encoding(false));
        var records = new List<List<(string Text, bool Quoted)>>();
        var record = new List<(string, bool)>();
        var field = new StringBuilder();
        bool quoted = false, inQuotes = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                inQuotes = quoted = true;
            }
            else if (c == ',')
            {
                record.Add((field.ToString(), quoted));
                field.Clear();
                quoted = false;
            }
            else if (c == '\n')
            {
                record.Add((field.ToString(), quoted));
                records.Add(record);
                record = [];
                field.Clear();
                quoted = false;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.True(field.Length == 0 && record.Count == 0, "the CSV must end with a line break");
        var header = records[0].Select(f => f.Text).ToList();
        var rows = records.Skip(1).Select(r =>
        {
            Assert.Equal(header.Count, r.Count);
            return r.Select(f => f.Text.Length == 0 && !f.Quoted ? null : f.Text).ToArray();
        }).ToList();
        return (header, rows);
    }

    /// <summary>The rows of a JSON Lines file, each object's values in <paramref name="columns"/> order.</summary>
    public static IReadOnlyList<string?[]> ReadJsonLines(string path, IReadOnlyList<string> columns)
    {
        var lines = File.ReadAllText(path, new UTF8Encoding(false)).Split('\n');
        Assert.Equal(string.Empty, lines[^1]);
        return lines[..^1].Select(line =>
        {
            using var document = JsonDocument.Parse(line);
            var names = document.RootElement.EnumerateObject().Select(p => p.Name).ToList();
            Assert.Equal(columns, names);
            return columns.Select(c => Text(document.RootElement.GetProperty(c))).ToArray();
        }).ToList();
    }

    /// <summary>The column names and rows of a Parquet file as DuckDB reads it.</summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<string?[]> Rows) ReadParquet(DuckDBConnection connection, string path)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"select * from read_parquet('{path.Replace("'", "''", StringComparison.Ordinal)}')";
        using var reader = command.ExecuteReader();
        var header = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : Text(reader.GetValue(i))).ToArray());
        }

        return (header, rows);
    }

    /// <summary>An in-memory DuckDB database.</summary>
    public static DuckDBConnection OpenDuckDb()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => Text(value.GetDecimal()),
        _ => throw new InvalidDataException("unexpected JSON value " + value.ValueKind),
    };

    private static string Text(object value) => value switch
    {
        string s => s,
        double d => Text((decimal)d),
        decimal m => m.ToString("0.############################", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };
}
