namespace ReportSdk.Cli.Tables;

/// <summary>The value type of a table column, the same in every output format.</summary>
internal enum ColumnType
{
    /// <summary>Text (UTF-8); a row's value is a <see cref="string"/> or null.</summary>
    String,

    /// <summary>A 32-bit integer; a row's value is an <see cref="int"/> or null.</summary>
    Integer,

    /// <summary>A number with a fraction; a row's value is a <see cref="decimal"/> or null (a double in Parquet).</summary>
    Number,
}
