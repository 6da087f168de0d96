using System.Text.Json;
using ReportSdk.Tests.Cli;

namespace ReportSdk.Tests.Export;

/// <summary><c>reportsdk targets</c>: the issue's 15 columns, the same rows as CSV, JSON Lines and JSON, and its filters.</summary>
public class TargetsCommandTests
{
    private static readonly string[] Columns =
        ["path", "region", "level", "year", "indicator", "indicatorKey", "measure", "low", "high", "unit", "qualifier", "stretch", "kind", "line", "text"];

    [Fact]
    public void CsvJsonLinesAndJsonHaveTheSameRowsWithTheIssuesColumns()
    {
        using var temp = new CliTempDirectory();
        Assert.Equal(0, CliRun.InProcess("targets", TestPaths.Seeds, "--format", "csv", "-o", temp.Combine("t.csv")).ExitCode);
        Assert.Equal(0, CliRun.InProcess("targets", TestPaths.Seeds, "--format", "jsonl", "-o", temp.Combine("t.jsonl")).ExitCode);
        var json = CliRun.InProcess("targets", TestPaths.Seeds, "--format", "json");
        Assert.Equal(0, json.ExitCode);

        var (header, csvRows) = TableFiles.ReadCsv(temp.Combine("t.csv"));
        Assert.Equal(Columns, header);
        Assert.True(csvRows.Count > 100, $"{csvRows.Count} rows");
        Assert.Equal(csvRows, TableFiles.ReadJsonLines(temp.Combine("t.jsonl"), Columns));

        using var document = JsonDocument.Parse(json.Output);
        Assert.Equal("schemaVersion", document.RootElement.EnumerateObject().First().Name);
        var reports = document.RootElement.GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal(9, reports.Count);
        File.WriteAllText(temp.Combine("from-json.jsonl"), JsonLines(reports) + "\n");
        Assert.Equal(csvRows, TableFiles.ReadJsonLines(temp.Combine("from-json.jsonl"), Columns));
        Assert.All(reports, r => Assert.All(r.GetProperty("targets").EnumerateArray(), t =>
        {
            Assert.Equal(r.GetProperty("path").GetString(), t.GetProperty("path").GetString());
            Assert.Equal(r.GetProperty("region").ValueKind == JsonValueKind.Null ? null : r.GetProperty("region").GetString(), t.GetProperty("region").ValueKind == JsonValueKind.Null ? null : t.GetProperty("region").GetString());
        }));
    }

    [Fact]
    public void FiltersKeepOnlyTheGdpGrowthTargets()
    {
        var result = CliRun.InProcess("targets", TestPaths.Seeds, "--format", "csv", "--indicator", "gdp", "--kind", "target", "--measure", "growth");
        Assert.True(result.ExitCode == 0, result.Error);
        using var temp = new CliTempDirectory();
        File.WriteAllText(temp.Combine("gdp.csv"), result.Output);
        var (_, rows) = TableFiles.ReadCsv(temp.Combine("gdp.csv"));
        Assert.NotEmpty(rows);
        Assert.All(rows, row =>
        {
            Assert.Equal("gdp", row[5]);
            Assert.Equal("growth", row[6]);
            Assert.Equal("target", row[12]);
        });
        Assert.Contains(rows, row => row[1] == "乐平市" && row[3] == "2023" && row[7] == "7" && row[8] == "7" && row[10] == "atLeast");
    }

    [Fact]
    public void SeveralKindsCanBeKeptAndAnUnknownKindIsAUsageError()
    {
        var both = CliRun.InProcess("targets", TestPaths.Seeds, "--format", "jsonl", "--kind", "target", "--kind", "achieved");
        Assert.Equal(0, both.ExitCode);
        var kinds = both.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("kind").GetString()).Distinct().Order().ToList();
        Assert.Equal(["achieved", "target"], kinds);
        Assert.Equal(2, CliRun.InProcess("targets", TestPaths.Seeds, "--kind", "goal").ExitCode);
    }

    [Fact]
    public void ModelTargetsCsvStillWritesTheWideRows()
    {
        var seed = TestPaths.SeedFiles.First();
        var result = CliRun.InProcess("model", seed, "--targets-csv");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("path,report,region,level,reportYear,year,", result.Output, StringComparison.Ordinal);
    }

    private static string JsonLines(IEnumerable<JsonElement> reports) =>
        string.Join('\n', reports.SelectMany(r => r.GetProperty("targets").EnumerateArray()).Select(t => JsonSerializer.Serialize(t)));
}
