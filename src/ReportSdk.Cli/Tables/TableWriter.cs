namespace ReportSdk.Cli.Tables;

/// <summary>Writes a <see cref="Table"/> in a <see cref="TableFormat"/>, and names its file.</summary>
internal static class TableWriter
{
    /// <summary>The <c>--format</c> values of <c>export</c>.</summary>
    public static IReadOnlyDictionary<string, TableFormat> Formats { get; } = new Dictionary<string, TableFormat>(StringComparer.Ordinal)
    {
        ["parquet"] = TableFormat.Parquet,
        ["jsonl"] = TableFormat.JsonLines,
        ["csv"] = TableFormat.Csv,
    };

    /// <summary>The file extension of a format, with its dot.</summary>
    public static string Extension(TableFormat format) => format switch
    {
        TableFormat.Parquet => ".parquet",
        TableFormat.JsonLines => ".jsonl",
        _ => ".csv",
    };

    /// <summary>Writes <paramref name="table"/> to <paramref name="destination"/>.</summary>
    public static void Write(Stream destination, Table table, TableFormat format)
    {
        switch (format)
        {
            case TableFormat.Parquet:
                ParquetTableWriter.Write(destination, table);
                break;
            case TableFormat.JsonLines:
                JsonLinesTableWriter.Write(destination, table);
                break;
            default:
                CsvTableWriter.Write(destination, table);
                break;
        }
    }
}
