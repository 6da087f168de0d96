using ReportSdk.Serialization.Model;

namespace ReportSdk.Cli.Tables;

/// <summary>
/// The columns of the two target tables: the stable row of <c>reportsdk targets</c> (<see cref="Row"/>, the 15 columns
/// scripts rely on) and the wider <c>targets</c> table of <c>reportsdk export</c> (<see cref="Export"/>, keyed by file
/// and report, with the report's year and the value as written). Both are projections of <see cref="TargetRow"/>.
/// </summary>
internal static class TargetColumns
{
    private static readonly TableColumn PathColumn = new("path", ColumnType.String, "The input file, as given on the command line (directory + file name for a file found in a directory).");
    private static readonly TableColumn ReportColumn = new("report", ColumnType.Integer, "0-based index of the report in its file (a compilation holds several).");
    private static readonly TableColumn RegionColumn = new("region", ColumnType.String, "The report's region (乐平市, 四川省, 国务院), or null when the text does not say.");
    private static readonly TableColumn LevelColumn = new("level", ColumnType.String, "The report's administrative level: national, province, city, county, district, town, township, street, or null.");
    private static readonly TableColumn ReportYearColumn = new("reportYear", ColumnType.Integer, "The year the report plans for, or null.");
    private static readonly TableColumn YearColumn = new("year", ColumnType.Integer, "The year the figure is for: the report year for a target, the year before for a result or estimate, or null.");
    private static readonly TableColumn IndicatorColumn = new("indicator", ColumnType.String, "The indicator phrase before the number (地区生产总值增长).");
    private static readonly TableColumn IndicatorKeyColumn = new("indicatorKey", ColumnType.String, "Canonical key of a common indicator (gdp, cpi, urbanJobs, unemployment, fiscalRevenue, grain, fixedInvestment, retailSales, foreignTrade, industrialValueAdded, income, energyIntensity, co2Intensity, rdIntensity), or null.");
    private static readonly TableColumn MeasureColumn = new("measure", ColumnType.String, "What the value measures: growth, level, share or decline.");
    private static readonly TableColumn LowColumn = new("low", ColumnType.Number, "Lower bound of the value, magnitudes multiplied out (1.2万亿元 is 1200000000000 with unit 元).");
    private static readonly TableColumn HighColumn = new("high", ColumnType.Number, "Upper bound of the value (equal to low for a single value).");
    private static readonly TableColumn UnitColumn = new("unit", ColumnType.String, "The unit as written after the magnitude: %, 个百分点, 元, 人, 吨, 斤, 公里…");
    private static readonly TableColumn QualifierColumn = new("qualifier", ColumnType.String, "exact, approximately (左右/约), atLeast (以上/不低于), atMost (以内/控制在) or range (5%—5.5%).");
    private static readonly TableColumn StretchColumn = new("stretch", ColumnType.Number, "The stretch value of 力争/争取 (力争8% gives 8), or null.");
    private static readonly TableColumn KindColumn = new("kind", ColumnType.String, "target (this year's target), achieved, estimate (预计), fiveYearAverage (年均) or fiveYearGoal.");
    private static readonly TableColumn LineColumn = new("line", ColumnType.Integer, "1-based line of the value in the file.");
    private static readonly TableColumn ValueTextColumn = new("valueText", ColumnType.String, "The value as written (5%左右).");
    private static readonly TableColumn SectionColumn = new("section", ColumnType.String, "The heading of the section the figure stands in.");
    private static readonly TableColumn TextColumn = new("text", ColumnType.String, "The sentence that states the figure.");

    /// <summary>The 15 columns of <c>reportsdk targets</c>, in order.</summary>
    public static IReadOnlyList<TableColumn> Row { get; } =
    [
        PathColumn, RegionColumn, LevelColumn, YearColumn, IndicatorColumn, IndicatorKeyColumn, MeasureColumn,
        LowColumn, HighColumn, UnitColumn, QualifierColumn, StretchColumn, KindColumn, LineColumn, TextColumn,
    ];

    /// <summary>The columns of the <c>targets</c> table of <c>reportsdk export</c>, in order.</summary>
    public static IReadOnlyList<TableColumn> Export { get; } =
    [
        PathColumn, ReportColumn, RegionColumn, LevelColumn, ReportYearColumn, YearColumn, IndicatorColumn, IndicatorKeyColumn,
        MeasureColumn, LowColumn, HighColumn, UnitColumn, QualifierColumn, StretchColumn, KindColumn, LineColumn,
        ValueTextColumn, SectionColumn, TextColumn,
    ];

    /// <summary>The values of <paramref name="row"/> for the <see cref="Row"/> columns.</summary>
    public static object?[] RowValues(TargetRow row) =>
    [
        row.Path, row.Region, row.Level, row.Year, row.Indicator, row.IndicatorKey, row.Measure,
        row.Low, row.High, row.Unit, row.Qualifier, row.Stretch, row.Kind, row.Line, row.Text,
    ];

    /// <summary>The values of <paramref name="row"/> for the <see cref="Export"/> columns.</summary>
    public static object?[] ExportValues(TargetRow row) =>
    [
        row.Path, row.Report, row.Region, row.Level, row.ReportYear, row.Year, row.Indicator, row.IndicatorKey,
        row.Measure, row.Low, row.High, row.Unit, row.Qualifier, row.Stretch, row.Kind, row.Line,
        row.ValueText, row.Section, row.Text,
    ];
}
