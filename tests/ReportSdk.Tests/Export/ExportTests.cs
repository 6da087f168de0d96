using ReportSdk.Cli.Tables;
using ReportSdk.Tests.Cli;

namespace ReportSdk.Tests.Export;

/// <summary>
/// <c>reportsdk export</c>: the dataset loads into a real DuckDB (DuckDB.NET.Data.Full) and joins across tables; the
/// three formats hold the same rows; rows follow the input order although files are parsed in parallel.
/// </summary>
public class ExportTests
{
    private static readonly string[] TableNames = ["reports", "sections", "items", "targets", "glossary", "diagnostics"];

    [Fact]
    public void SeedExportLoadsIntoDuckDbAndJoinsTargetsWithReports()
    {
        using var temp = new CliTempDirectory();
        var result = CliRun.InProcess("export", TestPaths.Seeds, "-o", temp.Combine("dataset"));
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(TableNames.Select(name => name + ".parquet").Order(StringComparer.Ordinal), Directory.GetFiles(temp.Combine("dataset")).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        using var duck = TableFiles.OpenDuckDb();
        string Table(string name) => $"read_parquet('{temp.Combine("dataset", name + ".parquet")}')";
        using var command = duck.CreateCommand();
        command.CommandText =
            $"""
            select r.region, r.level, r.year, t.low, t.high, t.qualifier, t.unit
            from {Table("targets")} t join {Table("reports")} r using (path, report)
            where t.indicatorKey = 'gdp' and t.kind = 'target' and t.measure = 'growth'
            order by r.region, t.line
            """;
        var rows = new List<(string Region, string Level, int Year, double Low, double High, string Qualifier, string Unit)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetDouble(3), reader.GetDouble(4), reader.GetString(5), reader.GetString(6)));
            }
        }

        // 2023年乐平市政府工作报告: 地区生产总值增长7%以上.
        Assert.Contains(("乐平市", "city", 2023, 7.0, 7.0, "atLeast", "%"), rows);
        Assert.All(rows, row => Assert.Equal("%", row.Unit));

        // Every report row has its sections, every item its section, every figure its report.
        Assert.Equal(0L, Scalar(duck, $"select count(*) from {Table("items")} i anti join {Table("sections")} s using (path, report, section)"));
        Assert.Equal(0L, Scalar(duck, $"select count(*) from {Table("targets")} t anti join {Table("reports")} r using (path, report)"));
        Assert.Equal(0L, Scalar(duck, $"select count(*) from {Table("reports")} r where sectionCount <> (select count(*) from {Table("sections")} s where s.path = r.path and s.report = r.report)"));
        Assert.Equal(0L, Scalar(duck, $"select count(*) from {Table("reports")} r where figureCount <> (select count(*) from {Table("targets")} t where t.path = r.path and t.report = r.report)"));
        Assert.Equal((long)TestPaths.SeedFiles.Count(), Scalar(duck, $"select count(distinct path) from {Table("reports")}"));
        // The Parquet types a reader sees: strings as VARCHAR, integers as INTEGER, numbers as DOUBLE.
        foreach (var (name, columns) in ExportTables.All)
        {
            using var describe = duck.CreateCommand();
            describe.CommandText = $"describe select * from {Table(name)}";
            using var types = describe.ExecuteReader();
            int i = 0;
            while (types.Read())
            {
                var expected = columns[i].Type switch { ColumnType.String => "VARCHAR", ColumnType.Integer => "INTEGER", _ => "DOUBLE" };
                Assert.Equal((columns[i].Name, expected), (types.GetString(0), types.GetString(1)));
                i++;
            }

            Assert.Equal(columns.Count, i);
        }

        Assert.True(Scalar(duck, $"select count(*) from {Table("glossary")}") > 0);
        Assert.True(Scalar(duck, $"select count(*) from {Table("diagnostics")}") > 0);
    }

    [Fact]
    public void CsvJsonLinesAndParquetHoldTheSameRowsInInputOrder()
    {
        using var temp = new CliTempDirectory();
        // The seeds in reverse name order: rows must follow the arguments, not the order parses finish in.
        var inputs = TestPaths.SeedFiles.Reverse().ToArray();
        foreach (var format in new[] { "parquet", "csv", "jsonl" })
        {
            var result = CliRun.InProcess(["export", .. inputs, "-o", temp.Combine(format), "--format", format]);
            Assert.True(result.ExitCode == 0, result.Error);
        }

        using var duck = TableFiles.OpenDuckDb();
        foreach (var (name, columns) in ExportTables.All)
        {
            var names = columns.Select(c => c.Name).ToList();
            var (csvHeader, csvRows) = TableFiles.ReadCsv(temp.Combine("csv", name + ".csv"));
            var jsonRows = TableFiles.ReadJsonLines(temp.Combine("jsonl", name + ".jsonl"), names);
            var (parquetHeader, parquetRows) = TableFiles.ReadParquet(duck, temp.Combine("parquet", name + ".parquet"));
            Assert.Equal(names, csvHeader);
            Assert.Equal(names, parquetHeader);
            Assert.True(csvRows.Count > 0, name + " is empty");
            AssertSameRows(name, names, csvRows, jsonRows);
            AssertSameRows(name, names, csvRows, parquetRows);

            var paths = csvRows.Select(row => row[0]!).Distinct().ToList();
            var order = inputs.Where(input => paths.Contains(input)).ToList();
            Assert.Equal(order, paths);
        }
    }

    [Fact]
    public void ExportNeedsAnOutputDirectory()
    {
        var result = CliRun.InProcess("export", TestPaths.Seeds);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("-o DIR", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFailedInputIsReportedAndTheOthersAreExported()
    {
        using var temp = new CliTempDirectory();
        var seed = TestPaths.SeedFiles.First();
        var result = CliRun.InProcess("export", seed, temp.Combine("missing.txt"), "-o", temp.Combine("out"), "--format", "csv");
        Assert.Equal(5, result.ExitCode);
        Assert.Contains("missing.txt", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        var (_, rows) = TableFiles.ReadCsv(temp.Combine("out", "reports.csv"));
        Assert.All(rows, row => Assert.Equal(seed, row[0]));
        Assert.NotEmpty(rows);
    }

    [Fact]
    public void ProgressNamesEveryInputOnceOnStderr()
    {
        using var temp = new CliTempDirectory();
        var result = CliRun.InProcess("export", TestPaths.Seeds, "-o", temp.Combine("out"), "--progress", "--format", "jsonl");
        Assert.Equal(0, result.ExitCode);
        var seeds = TestPaths.SeedFiles.Select(Path.GetFileName).ToList();
        Assert.Equal(seeds.Count, result.ErrorLines.Length);
        Assert.All(seeds, seed => Assert.Single(result.ErrorLines, line => line.EndsWith(seed!, StringComparison.Ordinal)));
        Assert.All(Enumerable.Range(1, seeds.Count), n => Assert.Single(result.ErrorLines, line => line.StartsWith($"[{n}/{seeds.Count}] ", StringComparison.Ordinal)));
    }

    [Fact]
    public void AnOutputThatIsAnInputIsRefusedBeforeAnythingIsWritten()
    {
        using var temp = new CliTempDirectory();
        var input = temp.Write("reports.csv", File.ReadAllBytes(TestPaths.SeedFiles.First()));
        var before = File.ReadAllBytes(input);
        var result = CliRun.InProcess("export", input, "-o", temp.Path, "--format", "csv");
        Assert.Equal(4, result.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(input));
        Assert.False(File.Exists(temp.Combine("targets.csv")));
    }

    [Fact]
    public void EveryExportColumnIsDocumentedInModelMd()
    {
        var doc = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "model.md"));
        foreach (var (name, columns) in ExportTables.All)
        {
            int start = doc.IndexOf($"### `{name}`", StringComparison.Ordinal);
            Assert.True(start >= 0, $"docs/model.md has no '### `{name}`' heading");
            int end = doc.IndexOf("\n### ", start + 1, StringComparison.Ordinal);
            var section = end < 0 ? doc[start..] : doc[start..end];
            foreach (var column in columns)
            {
                Assert.True(section.Contains($"| `{column.Name}` |", StringComparison.Ordinal), $"docs/model.md does not document {name}.{column.Name}");
            }
        }
    }

    [SemanticsLayer.CorpusFact]
    public void CorpusExportLoadsIntoDuckDbWithAGdpTargetForMostProvincialReports()
    {
        using var temp = new CliTempDirectory();
        var result = CliRun.InProcess("export", SemanticsLayer.Corpus.Path("provincial"), SemanticsLayer.Corpus.Path("national"), "-o", temp.Combine("dataset"));
        Assert.True(result.ExitCode == 0, result.Error);
        using var duck = TableFiles.OpenDuckDb();
        string Table(string name) => $"read_parquet('{temp.Combine("dataset", name + ".parquet")}')";
        long provincial = Scalar(duck, $"select count(*) from {Table("reports")} where level = 'province' and year = 2026");
        long withGdp = Scalar(
            duck,
            $"""
            select count(distinct r.path) from {Table("reports")} r join {Table("targets")} t using (path, report)
            where r.level = 'province' and r.year = 2026 and t.indicatorKey = 'gdp' and t.kind = 'target' and t.measure = 'growth'
            """);
        Assert.True(provincial >= 10, $"{provincial} provincial reports of 2026");
        Assert.True(withGdp * 10 >= provincial * 9, $"{withGdp} of {provincial} provincial reports of 2026 have a GDP growth target");
        foreach (var name in TableNames)
        {
            Assert.True(Scalar(duck, $"select count(*) from {Table(name)}") > 0, name + " is empty");
        }
    }

    private static void AssertSameRows(string table, IReadOnlyList<string> names, IReadOnlyList<string?[]> expected, IReadOnlyList<string?[]> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int r = 0; r < expected.Count; r++)
        {
            for (int c = 0; c < names.Count; c++)
            {
                Assert.True(expected[r][c] == actual[r][c], $"{table} row {r} column {names[c]}: '{expected[r][c]}' vs '{actual[r][c]}'");
            }
        }
    }

    private static long Scalar(DuckDB.NET.Data.DuckDBConnection duck, string sql)
    {
        using var command = duck.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
