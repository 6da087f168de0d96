namespace ReportSdk.Cli.Tables;

/// <summary>
/// A named table of rows: the one in-memory form that the CSV, JSON Lines and Parquet writers share, so every format
/// holds the same columns and rows. Each row has one value per column, typed as <see cref="ColumnType"/> says.
/// </summary>
internal sealed class Table
{
    private readonly List<object?[]> _rows = [];

    /// <summary>Creates an empty table.</summary>
    /// <param name="name">The table's name (<c>targets</c>), which names its file in an export.</param>
    /// <param name="columns">The columns, in order.</param>
    public Table(string name, IReadOnlyList<TableColumn> columns)
    {
        Name = name;
        Columns = columns;
    }

    /// <summary>The table's name.</summary>
    public string Name { get; }

    /// <summary>The columns, in order.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>The rows, in the order they were added.</summary>
    public IReadOnlyList<object?[]> Rows => _rows;

    /// <summary>Adds a row.</summary>
    /// <exception cref="ArgumentException">The row's length or a value's type does not match the columns.</exception>
    public void Add(params object?[] row)
    {
        if (row.Length != Columns.Count)
        {
            throw new ArgumentException($"table {Name}: a row has {row.Length} values for {Columns.Count} columns", nameof(row));
        }

        for (int i = 0; i < row.Length; i++)
        {
            var fits = row[i] is null || Columns[i].Type switch
            {
                ColumnType.String => row[i] is string,
                ColumnType.Integer => row[i] is int,
                _ => row[i] is decimal,
            };
            if (!fits)
            {
                throw new ArgumentException($"table {Name}: column {Columns[i].Name} is {Columns[i].Type}, not {row[i]!.GetType().Name}", nameof(row));
            }
        }

        _rows.Add(row);
    }

    /// <summary>Adds every row of <paramref name="other"/>, a table with the same columns.</summary>
    public void AddRange(Table other)
    {
        ArgumentNullException.ThrowIfNull(other);
        _rows.AddRange(other._rows);
    }
}
