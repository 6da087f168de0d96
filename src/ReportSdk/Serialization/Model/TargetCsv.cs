using System.Globalization;
using System.Text;
using ReportSdk.Semantics.Model;

namespace ReportSdk.Serialization.Model;

/// <summary>
/// Writes target rows as CSV that pandas and DuckDB read as is: a header row, comma separators, RFC 4180
/// quoting, invariant-culture numbers, empty fields for nulls, <c>\n</c> line ends.
/// </summary>
public static class TargetCsv
{
    /// <summary>The header row's column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "path", "report", "region", "level", "reportYear", "year", "indicator", "indicatorKey", "measure",
        "low", "high", "unit", "qualifier", "stretch", "kind", "line", "valueText", "section", "text",
    ];

    /// <summary>The CSV of every figure of <paramref name="model"/>, with the header row.</summary>
    public static string Write(DocumentModel model, bool header = true) => Write(ModelProjection.TargetRows(model), header);

    /// <summary>The CSV of <paramref name="rows"/>, with the header row unless <paramref name="header"/> is false.</summary>
    public static string Write(IEnumerable<TargetRow> rows, bool header = true)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new StringBuilder();
        if (header)
        {
            csv.AppendJoin(',', Columns).Append('\n');
        }

        foreach (var r in rows)
        {
            string?[] fields =
            [
                r.Path, Int(r.Report), r.Region, r.Level, Int(r.ReportYear), Int(r.Year), r.Indicator, r.IndicatorKey, r.Measure,
                Dec(r.Low), Dec(r.High), r.Unit, r.Qualifier, Dec(r.Stretch), r.Kind, Int(r.Line), r.ValueText, r.Section, r.Text,
            ];
            for (int i = 0; i < fields.Length; i++)
            {
                if (i > 0)
                {
                    csv.Append(',');
                }

                Field(csv, fields[i]);
            }

            csv.Append('\n');
        }

        return csv.ToString();
    }

    private static string? Int(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Dec(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static void Field(StringBuilder csv, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            csv.Append(value);
            return;
        }

        csv.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
