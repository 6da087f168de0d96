using Parquet;
using Parquet.Schema;

namespace ReportSdk.Cli.Tables;

/// <summary>
/// Writes a <see cref="Table"/> as one Apache Parquet file (Parquet.Net, fully managed) that pandas, Polars and DuckDB
/// read as is: one optional field per column — strings as UTF-8 <c>BYTE_ARRAY (STRING)</c>, integers as <c>INT32</c>,
/// numbers as <c>DOUBLE</c> — and the rows in one row group (none when the table is empty), with Parquet.Net's default compression.
/// </summary>
internal static class ParquetTableWriter
{
    /// <summary>Writes <paramref name="table"/>; <paramref name="destination"/> must be writable and seekable.</summary>
    public static void Write(Stream destination, Table table) => WriteAsync(destination, table).GetAwaiter().GetResult();

    private static async Task WriteAsync(Stream destination, Table table)
    {
        var fields = table.Columns.Select(Field).ToArray();
        var schema = new ParquetSchema(fields);
        await using var writer = await ParquetWriter.CreateAsync(schema, destination).ConfigureAwait(false);
        if (table.Rows.Count == 0)
        {
            return;
        }

        using var group = writer.CreateRowGroup();
        for (int c = 0; c < fields.Length; c++)
        {
            var column = c;
            switch (table.Columns[c].Type)
            {
                case ColumnType.String:
                    await group.WriteAsync(fields[c], table.Rows.Select(row => (string)row[column]!).ToArray()).ConfigureAwait(false);
                    break;
                case ColumnType.Integer:
                    await group.WriteAsync(fields[c], new ReadOnlyMemory<int?>(table.Rows.Select(row => (int?)row[column]).ToArray())).ConfigureAwait(false);
                    break;
                default:
                    await group.WriteAsync(fields[c], new ReadOnlyMemory<double?>(table.Rows.Select(row => row[column] is decimal d ? (double)d : (double?)null).ToArray())).ConfigureAwait(false);
                    break;
            }
        }

        group.CompleteValidate();
    }

    private static DataField Field(TableColumn column) => column.Type switch
    {
        ColumnType.String => new DataField<string>(column.Name, nullable: true),
        ColumnType.Integer => new DataField<int?>(column.Name),
        _ => new DataField<double?>(column.Name),
    };
}
