namespace ReportSdk.Cli.Tables;

/// <summary>
/// The tables of <c>reportsdk export</c> and their columns. Every table is keyed by <c>path</c> (the input file) and
/// <c>report</c> (the 0-based index of the report in its file); <c>sections</c> and <c>items</c> add their own index.
/// docs/model.md documents every column listed here (a test checks it).
/// </summary>
internal static class ExportTables
{
    private static readonly TableColumn Path = new("path", ColumnType.String, "The input file, as given on the command line (directory + file name for a file found in a directory).");
    private static readonly TableColumn Report = new("report", ColumnType.Integer, "0-based index of the report in its file.");
    private static readonly TableColumn NullableReport = new("report", ColumnType.Integer, "0-based index of the report the diagnostic falls in, or null for text outside every report (a table of contents, page chrome).");
    private static readonly TableColumn Line = new("line", ColumnType.Integer, "1-based line in the file.");

    /// <summary>One row per report: metadata and counts.</summary>
    public static IReadOnlyList<TableColumn> Reports { get; } =
    [
        Path,
        Report,
        new("title", ColumnType.String, "The title line, or null when the report has none."),
        new("region", ColumnType.String, "Region name (乐平市, 四川省; 国务院 for the State Council), or null when the text does not say."),
        new("level", ColumnType.String, "national, province (incl. autonomous regions and municipalities), city, county, district, town, township, street, or null."),
        new("year", ColumnType.Integer, "The year the report plans for (from the title, the meeting date or the review heading), or null."),
        new("meetingDate", ColumnType.String, "The meeting date as ISO yyyy-MM-dd, or null."),
        new("congress", ColumnType.Integer, "The congress number (第十四届 gives 14), or null."),
        new("session", ColumnType.Integer, "The session number (第五次会议 gives 5), or null."),
        new("meetingText", ColumnType.String, "The meeting line as read, or null."),
        new("speakerName", ColumnType.String, "The speaker's name, or null."),
        new("speakerOffice", ColumnType.String, "The speaker's office (市长, 代市长, 国务院总理…), or null."),
        new("speakerText", ColumnType.String, "The speaker line as read, or null."),
        new("status", ColumnType.String, "The document status where stated (征求意见稿…), or null."),
        Line with { Description = "1-based line of the title (or of the report's first line)." },
        new("sectionCount", ColumnType.Integer, "Number of top-level sections."),
        new("itemCount", ColumnType.Integer, "Number of numbered items at every depth."),
        new("targetCount", ColumnType.Integer, "Number of figures of kind target."),
        new("achievedCount", ColumnType.Integer, "Number of figures of kind achieved."),
        new("figureCount", ColumnType.Integer, "Number of figures of every kind (the report's rows in the targets table)."),
        new("glossaryCount", ColumnType.Integer, "Number of glossary entries."),
        new("listCount", ColumnType.Integer, "Number of lists (such as 民生实事)."),
    ];

    /// <summary>One row per top-level section.</summary>
    public static IReadOnlyList<TableColumn> Sections { get; } =
    [
        Path,
        Report,
        new("section", ColumnType.Integer, "0-based index of the section in its report."),
        new("kind", ColumnType.String, "review, plan, selfBuilding or other."),
        new("heading", ColumnType.String, "The heading text without markdown marks, or null when the heading is missing."),
        Line with { Description = "1-based line of the heading (or of the section's first line)." },
        new("itemCount", ColumnType.Integer, "Number of numbered items in the section, at every depth."),
    ];

    /// <summary>One row per numbered item, at every depth, in document order.</summary>
    public static IReadOnlyList<TableColumn> Items { get; } =
    [
        Path,
        Report,
        new("section", ColumnType.Integer, "0-based index of the section the item stands in (joins sections)."),
        new("item", ColumnType.Integer, "0-based index of the item in its report, in document order."),
        new("parent", ColumnType.Integer, "The item index of the enclosing item, or null for a first-level item."),
        new("depth", ColumnType.Integer, "1 for a first-level item, 2 for an item inside it, and so on."),
        new("marker", ColumnType.String, "The marker as written (（一）, 1.)."),
        new("title", ColumnType.String, "The heading text after the marker, without its final 。."),
        Line,
    ];

    /// <summary>One row per figure: targets and, by kind, results, estimates and five-year figures.</summary>
    public static IReadOnlyList<TableColumn> Targets => TargetColumns.Export;

    /// <summary>One row per glossary entry.</summary>
    public static IReadOnlyList<TableColumn> Glossary { get; } =
    [
        Path,
        Report,
        new("term", ColumnType.String, "The term explained."),
        new("definition", ColumnType.String, "Its explanation."),
        Line with { Description = "1-based line of the note that explains it." },
        new("referenceLines", ColumnType.String, "The 1-based lines that refer to the term, separated by spaces (empty when none)."),
    ];

    /// <summary>One row per parser diagnostic.</summary>
    public static IReadOnlyList<TableColumn> Diagnostics { get; } =
    [
        Path,
        NullableReport,
        new("id", ColumnType.String, "The diagnostic id (RPT0006; docs/diagnostics.md)."),
        new("severity", ColumnType.String, "hidden, info, warning or error."),
        Line,
        new("column", ColumnType.Integer, "1-based column (UTF-16 code units)."),
        new("message", ColumnType.String, "The message."),
    ];

    /// <summary>Every table, by name, in the order they are written.</summary>
    public static IReadOnlyList<(string Name, IReadOnlyList<TableColumn> Columns)> All { get; } =
    [
        ("reports", Reports),
        ("sections", Sections),
        ("items", Items),
        ("targets", Targets),
        ("glossary", Glossary),
        ("diagnostics", Diagnostics),
    ];

    /// <summary>A new empty table of each kind, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<Table> CreateEmpty() => [.. All.Select(table => new Table(table.Name, table.Columns))];
}
