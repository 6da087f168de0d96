namespace ReportSdk.Cli.Tables;

/// <summary>The file formats a <see cref="Table"/> is written in.</summary>
internal enum TableFormat
{
    /// <summary>Apache Parquet (<see cref="ParquetTableWriter"/>).</summary>
    Parquet,

    /// <summary>JSON Lines: one JSON object per row (<see cref="JsonLinesTableWriter"/>).</summary>
    JsonLines,

    /// <summary>CSV with a header row (<see cref="CsvTableWriter"/>).</summary>
    Csv,
}
