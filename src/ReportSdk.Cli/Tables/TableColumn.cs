namespace ReportSdk.Cli.Tables;

/// <summary>A column of a <see cref="Table"/>: its name in every format, its type, and what it holds (docs/model.md lists the same).</summary>
/// <param name="Name">The column name (camelCase), as CSV header, JSON property and Parquet field.</param>
/// <param name="Type">The value type.</param>
/// <param name="Description">What the column holds, for help texts and documentation tests.</param>
internal sealed record TableColumn(string Name, ColumnType Type, string Description);
