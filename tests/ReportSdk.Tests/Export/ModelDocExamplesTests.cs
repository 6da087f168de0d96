using System.Text.RegularExpressions;
using ReportSdk.Tests.Cli;

namespace ReportSdk.Tests.Export;

/// <summary>
/// The DuckDB queries of docs/model.md (its <c>```sql</c> blocks, which read <c>dataset/*.parquet</c>) run against a
/// real export: of the seeds always, of the corpus when it is present (where each must return rows).
/// </summary>
public partial class ModelDocExamplesTests
{
    [Fact]
    public void DocQueriesRunOnTheSeedExport()
    {
        var results = RunDocQueries(TestPaths.Seeds);
        Assert.NotEmpty(results);
        Assert.Contains(results, rows => rows.Count > 0);
    }

    [SemanticsLayer.CorpusFact]
    public void DocQueriesReturnRowsOnTheCorpusExport()
    {
        var results = RunDocQueries(SemanticsLayer.Corpus.Path("provincial"), SemanticsLayer.Corpus.Path("national"));
        Assert.All(results, rows => Assert.NotEmpty(rows));
    }

    private static List<List<string>> RunDocQueries(params string[] inputs)
    {
        var doc = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "model.md"));
        var queries = SqlBlock().Matches(doc).Select(m => m.Groups[1].Value).ToList();
        Assert.True(queries.Count >= 2, "docs/model.md has fewer than two sql blocks");
        using var temp = new CliTempDirectory();
        var result = CliRun.InProcess(["export", .. inputs, "-o", temp.Combine("dataset")]);
        Assert.True(result.ExitCode == 0, result.Error);
        using var duck = TableFiles.OpenDuckDb();
        var all = new List<List<string>>();
        foreach (var query in queries)
        {
            using var command = duck.CreateCommand();
            command.CommandText = query.Replace("'dataset/", "'" + temp.Combine("dataset") + "/", StringComparison.Ordinal);
            using var reader = command.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            }

            all.Add(rows);
            if (Environment.GetEnvironmentVariable("REPORTSDK_PRINT_DOC_QUERIES") is { } file)
            {
                File.AppendAllLines(file, ["-- " + query.Split('\n')[0], .. rows]);
            }
        }

        return all;
    }

    [GeneratedRegex("```sql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();
}
