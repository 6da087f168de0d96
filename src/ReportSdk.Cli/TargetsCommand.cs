using System.Text.Json;
using ReportSdk.Cli.Tables;
using ReportSdk.Semantics.Model;
using ReportSdk.Serialization.Model;

namespace ReportSdk.Cli;

/// <summary>The output forms of <c>reportsdk targets</c>.</summary>
internal enum TargetsFormat
{
    /// <summary>One JSON document: <c>{"schemaVersion", "reports": [{"path", "report", "region", "level", "year", "targets": [rows]}]}</c>.</summary>
    Json,

    /// <summary>One JSON object per row and line.</summary>
    JsonLines,

    /// <summary>CSV with a header row.</summary>
    Csv,
}

/// <summary>Which figures <c>reportsdk targets</c> keeps: empty sets keep everything.</summary>
/// <param name="Kinds">Kinds to keep (target, achieved…).</param>
/// <param name="IndicatorKeys">Indicator keys to keep (gdp, cpi…).</param>
/// <param name="Measures">Measures to keep (growth, level…).</param>
internal sealed record TargetFilter(IReadOnlySet<string> Kinds, IReadOnlySet<string> IndicatorKeys, IReadOnlySet<string> Measures)
{
    /// <summary>Whether <paramref name="row"/> passes every filter that was given.</summary>
    public bool Keeps(TargetRow row) =>
        (Kinds.Count == 0 || Kinds.Contains(row.Kind)) &&
        (IndicatorKeys.Count == 0 || (row.IndicatorKey is { } key && IndicatorKeys.Contains(key))) &&
        (Measures.Count == 0 || Measures.Contains(row.Measure));
}

/// <summary>
/// <c>reportsdk targets &lt;file|dir&gt;... [--format json|jsonl|csv] [--kind K] [--indicator KEY] [--measure M]</c>:
/// one row per figure of every input (targets, and told apart by <c>kind</c>, results, estimates and five-year
/// figures), with the columns of <see cref="TargetColumns.Row"/>, as one output for the whole run.
/// </summary>
internal sealed class TargetsCommand(TargetsFormat format, TargetFilter filter) : ICollectingCommand
{
    private readonly List<ReportGroup> _reports = [];

    /// <summary>The <c>--format</c> values.</summary>
    public static IReadOnlyDictionary<string, TargetsFormat> Formats { get; } = new Dictionary<string, TargetsFormat>(StringComparer.Ordinal)
    {
        ["json"] = TargetsFormat.Json,
        ["jsonl"] = TargetsFormat.JsonLines,
        ["csv"] = TargetsFormat.Csv,
    };

    public IReadOnlyList<string> DirectoryPatterns { get; } = ["*.txt"];

    public string OutputFileName => format switch
    {
        TargetsFormat.Json => "targets.json",
        TargetsFormat.JsonLines => "targets.jsonl",
        _ => "targets.csv",
    };

    public int ResultExitCode => ExitCodes.Success;

    public void Add(InputFile input, InputReadOptions options)
    {
        var model = TreeLoader.ParseReport(input, options).GetDocumentModel();
        var json = ModelProjection.ToJson(model);
        var rows = ModelProjection.TargetRows(model).Where(filter.Keeps).ToLookup(row => row.Report);
        for (int index = 0; index < json.Reports.Count; index++)
        {
            var report = json.Reports[index];
            _reports.Add(new ReportGroup(input.DisplayPath, index, report.Region, report.Level, report.Year, [.. rows[index]]));
        }
    }

    public void AddFailure(InputFile input, string message)
    {
        // Already reported on stderr; the table holds the inputs that were read.
    }

    public OutputWriter Finish()
    {
        var table = new Table("targets", TargetColumns.Row);
        foreach (var row in _reports.SelectMany(report => report.Rows))
        {
            table.Add(TargetColumns.RowValues(row));
        }

        return format switch
        {
            TargetsFormat.Json => WriteJson,
            TargetsFormat.JsonLines => destination => JsonLinesTableWriter.Write(destination, table),
            _ => destination => CsvTableWriter.Write(destination, table),
        };
    }

    public void Written(bool toFile, TextWriter output, TextWriter error)
    {
    }

    private void WriteJson(Stream destination)
    {
        using (var writer = new Utf8JsonWriter(destination, new JsonWriterOptions { Encoder = JsonLinesTableWriter.WriterOptions.Encoder, Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", ModelProjection.SchemaVersion);
            writer.WriteStartArray("reports");
            foreach (var report in _reports)
            {
                writer.WriteStartObject();
                writer.WriteString("path", report.Path);
                writer.WriteNumber("report", report.Index);
                writer.WritePropertyName("region");
                JsonLinesTableWriter.WriteValue(writer, report.Region);
                writer.WritePropertyName("level");
                JsonLinesTableWriter.WriteValue(writer, report.Level);
                writer.WritePropertyName("year");
                JsonLinesTableWriter.WriteValue(writer, report.Year);
                writer.WriteStartArray("targets");
                foreach (var row in report.Rows)
                {
                    JsonLinesTableWriter.WriteObject(writer, TargetColumns.Row, TargetColumns.RowValues(row));
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        destination.WriteByte((byte)'\n');
    }

    private sealed record ReportGroup(string Path, int Index, string? Region, string? Level, int? Year, IReadOnlyList<TargetRow> Rows);
}
