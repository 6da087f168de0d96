using System.Text;

namespace ReportSdk.Cli.Tables;

/// <summary>
/// Writes a <see cref="Table"/> as CSV that pandas, Polars and DuckDB read as is: UTF-8 without BOM, a header row,
/// comma separators, RFC 4180 quoting, invariant-culture numbers, an empty field for null (an empty string is <c>""</c>),
/// <c>\n</c> line ends.
/// </summary>
internal static class CsvTableWriter
{
    /// <summary>Writes the header row and every row of <paramref name="table"/>.</summary>
    public static void Write(Stream destination, Table table)
    {
        using var writer = new StreamWriter(destination, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
        WriteRow(writer, table.Columns.Select(column => (object?)column.Name));
        foreach (var row in table.Rows)
        {
            WriteRow(writer, row);
        }
    }

    private static void WriteRow(TextWriter writer, IEnumerable<object?> values)
    {
        var first = true;
        foreach (var value in values)
        {
            if (!first)
            {
                writer.Write(',');
            }

            first = false;
            WriteField(writer, TableValues.Text(value));
        }

        writer.Write('\n');
    }

    private static void WriteField(TextWriter writer, string? value)
    {
        if (value is null)
        {
            return;
        }

        // An empty string is quoted so that it stays apart from null (an empty field), as DuckDB reads it.
        if (value.Length > 0 && value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
