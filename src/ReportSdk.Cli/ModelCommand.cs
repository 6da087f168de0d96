using System.Globalization;
using ReportSdk.Semantics.Model;
using ReportSdk.Serialization.Model;

namespace ReportSdk.Cli;

/// <summary>The output forms of <c>reportsdk model</c>.</summary>
internal enum ModelFormat
{
    /// <summary>A readable summary: metadata and targets.</summary>
    Text,

    /// <summary>The model JSON (<see cref="ModelJson.Serialize"/>).</summary>
    Json,

    /// <summary>The targets table as CSV with a header row (<see cref="TargetCsv"/>).</summary>
    TargetsCsv,

    /// <summary>The targets table as JSON Lines.</summary>
    TargetsJsonLines,
}

/// <summary><c>reportsdk model &lt;file|dir&gt;... [--json | --targets-csv | --targets-jsonl]</c>: what each report means.</summary>
/// <remarks>With <paramref name="jsonLines"/> (a batch to stdout), the model JSON is written on one line.</remarks>
internal sealed class ModelCommand(ModelFormat format, bool jsonLines = false) : IFileCommand
{
    public bool WritesJson => format is ModelFormat.Json or ModelFormat.TargetsJsonLines;

    public IReadOnlyList<string> DirectoryPatterns { get; } = ["*.txt"];

    public string OutputFileName(InputFile input) => input.Stem + format switch
    {
        ModelFormat.Json => ".model.json",
        ModelFormat.TargetsCsv => ".targets.csv",
        ModelFormat.TargetsJsonLines => ".targets.jsonl",
        _ => ".model.txt",
    };

    public OutputWriter Produce(InputFile input, InputReadOptions options)
    {
        var tree = TreeLoader.ParseReport(input, options);
        var model = tree.GetDocumentModel();
        string text = format switch
        {
            ModelFormat.Json => ModelJson.Serialize(model, indented: !jsonLines) + Environment.NewLine,
            ModelFormat.TargetsCsv => TargetCsv.Write(model),
            ModelFormat.TargetsJsonLines => ModelJson.SerializeTargetLines(model),
            _ => Summary(model),
        };
        return destination => Utf8Output.WriteText(destination, writer => writer.Write(text));
    }

    private static string Summary(DocumentModel model)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        writer.WriteLine(model.Tree.FilePath);
        var json = ModelProjection.ToJson(model);
        foreach (var report in json.Reports)
        {
            writer.WriteLine($"  report: {report.Region ?? "(region?)"} [{report.Level ?? "level?"}] {report.Year?.ToString(CultureInfo.InvariantCulture) ?? "(year?)"}");
            writer.WriteLine($"    meeting: {report.Meeting.Date ?? "-"} congress {Show(report.Meeting.Congress)} session {Show(report.Meeting.Session)}");
            writer.WriteLine($"    speaker: {report.Speaker.Office ?? "-"} {report.Speaker.Name ?? "-"}");
            if (report.Status is not null)
            {
                writer.WriteLine($"    status: {report.Status}");
            }

            writer.WriteLine($"    figures: {report.Targets.Count} targets/estimates/five-year, {report.Achieved.Count} achieved, {report.Glossary.Count} glossary terms, {report.Lists.Count} lists");
            foreach (var t in report.Targets.Where(t => t.Kind == "target"))
            {
                string value = t.Low == t.High ? Num(t.Low) : $"{Num(t.Low)}–{Num(t.High)}";
                string stretch = t.Stretch is { } s ? $" stretch {Num(s)}" : string.Empty;
                writer.WriteLine($"      line {t.Line}: {t.Indicator} = {value}{t.Unit} {t.Qualifier}{stretch} [{t.IndicatorKey ?? "-"}/{t.Measure}]");
            }
        }

        return writer.ToString();
    }

    private static string Show(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string Num(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
