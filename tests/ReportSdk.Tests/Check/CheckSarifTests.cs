using System.Text;
using System.Text.Json;
using ReportSdk.Cli;
using ReportSdk.Diagnostics;
using ReportSdk.Syntax;
using ReportSdk.Tests.Cli;
using ReportSdk.Tests.Serialization;

namespace ReportSdk.Tests.Check;

/// <summary><c>reportsdk check --format sarif</c>: one SARIF 2.1.0 log, valid against the schema subset in this folder.</summary>
public sealed class CheckSarifTests : IDisposable
{
    private readonly CliTempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static JsonDocument Schema { get; } = JsonDocument.Parse(File.ReadAllText(
        Path.Combine(TestPaths.RepositoryRoot, "tests", "ReportSdk.Tests", "Check", "sarif-2.1.0-subset.schema.json")));

    private string Write(string name, string text) => _temp.Write(name, new UTF8Encoding(false).GetBytes(text));

    private static JsonElement Run(JsonDocument log) => log.RootElement.GetProperty("runs")[0];

    private static void AssertValid(JsonDocument log)
    {
        var errors = MiniJsonSchema.Validate(Schema.RootElement, log.RootElement);
        Assert.True(errors.Count == 0, string.Join('\n', errors));
    }

    [Fact]
    public void Sarif_of_a_report_with_diagnostics_is_valid_and_complete()
    {
        var path = Write("truncated.txt", CheckCommandTests.TruncatedReport);
        var result = CliRun.InProcess("check", path, "--format", "sarif");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(["1 files, 0 errors, 2 warnings, 0 infos"], result.ErrorLines);
        using var log = JsonDocument.Parse(result.Output);
        AssertValid(log);

        Assert.Equal("2.1.0", log.RootElement.GetProperty("version").GetString());
        Assert.Equal(SarifWriter.SchemaUri, log.RootElement.GetProperty("$schema").GetString());
        var run = Run(log);
        Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());
        Assert.True(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());

        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("reportsdk", driver.GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(driver.GetProperty("version").GetString()));
        Assert.Equal("https://github.com/reportsdk/reportsdk", driver.GetProperty("informationUri").GetString());

        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(DiagnosticDescriptors.All.Select(d => d.Id), rules.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(DiagnosticDescriptors.All.Select(d => d.Title), rules.Select(r => r.GetProperty("shortDescription").GetProperty("text").GetString()));
        Assert.Equal("MissingTitle", rules[0].GetProperty("name").GetString());
        Assert.Equal("TruncatedReport", rules[5].GetProperty("name").GetString());
        Assert.Equal("note", rules[6].GetProperty("defaultConfiguration").GetProperty("level").GetString()); // RPT0007 is an info
        Assert.Equal("warning", rules[0].GetProperty("defaultConfiguration").GetProperty("level").GetString());

        var tree = SyntaxTree.ParseText(CheckCommandTests.TruncatedReport, path: path);
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(tree.GetDiagnostics().Count, results.Count);
        foreach (var (diagnostic, sarif) in tree.GetDiagnostics().Zip(results))
        {
            Assert.Equal(diagnostic.Id, sarif.GetProperty("ruleId").GetString());
            Assert.Equal(diagnostic.Id, rules[sarif.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Equal("warning", sarif.GetProperty("level").GetString());
            Assert.Equal(diagnostic.GetMessage(), sarif.GetProperty("message").GetProperty("text").GetString());
            var physical = Assert.Single(sarif.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            Assert.Equal(new Uri(path).AbsoluteUri, physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
            var region = physical.GetProperty("region");
            var span = diagnostic.Location.GetLineSpan();
            Assert.Equal(span.StartLinePosition.Line + 1, region.GetProperty("startLine").GetInt32());
            Assert.Equal(span.StartLinePosition.Character + 1, region.GetProperty("startColumn").GetInt32());
            Assert.Equal(span.EndLinePosition.Line + 1, region.GetProperty("endLine").GetInt32());
            Assert.Equal(span.EndLinePosition.Character + 1, region.GetProperty("endColumn").GetInt32());
        }

        // RPT0003 on the marker （三） of line 5: columns 1 to 4 (the column after its last character).
        var first = results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((5, 1, 5, 4), (first.GetProperty("startLine").GetInt32(), first.GetProperty("startColumn").GetInt32(), first.GetProperty("endLine").GetInt32(), first.GetProperty("endColumn").GetInt32()));
    }

    [Fact]
    public void Sarif_of_the_seeds_folder_is_valid_and_has_every_diagnostic()
    {
        var output = _temp.Combine("seeds.sarif");
        var result = CliRun.InProcess("check", TestPaths.Seeds, "--batch", "--format", "sarif", "-o", output);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Matches(@"^5 files, 0 errors, \d+ warnings, \d+ infos\r?\n$", result.Output);
        using var log = JsonDocument.Parse(File.ReadAllBytes(output));
        AssertValid(log);
        int expected = TestPaths.SeedFiles.Sum(seed => SyntaxTree.ParseText(ReportSdk.Text.SourceText.From(File.ReadAllBytes(seed))).GetDiagnostics().Count);
        var results = Run(log).GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(expected, results.Count);
        Assert.All(results, r =>
        {
            var region = r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            Assert.True(region.GetProperty("endLine").GetInt32() >= region.GetProperty("startLine").GetInt32());
        });
    }

    [Fact]
    public void Sarif_of_an_empty_run_is_valid()
    {
        var path = Write("clean.txt", CheckCommandTests.CleanReport);
        var result = CliRun.InProcess("check", path, "--format", "sarif", "--fail-on", "warning");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var log = JsonDocument.Parse(result.Output);
        AssertValid(log);
        Assert.Equal(0, Run(log).GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void Failed_inputs_are_tool_execution_notifications()
    {
        var path = Write("report.txt", CheckCommandTests.TruncatedReport);
        var missing = _temp.Combine("missing.txt");
        var result = CliRun.InProcess("check", path, missing, "--format", "sarif", "--fail-on", "warning");

        Assert.Equal(ExitCodes.BatchPartialFailure, result.ExitCode);
        using var log = JsonDocument.Parse(result.Output);
        AssertValid(log);
        var invocation = Run(log).GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notification = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Equal("error", notification.GetProperty("level").GetString());
        Assert.Contains("missing.txt", notification.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, Run(log).GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void Fail_on_warning_with_sarif_exits_1()
    {
        var path = Write("report.txt", CheckCommandTests.TruncatedReport);
        Assert.Equal(ExitCodes.DiagnosticsFound, CliRun.InProcess("check", path, "--format", "sarif", "--fail-on", "warning").ExitCode);
    }

    [Theory]
    [InlineData("reports/a b.txt", "reports/a%20b.txt")]
    [InlineData("报告/2023.txt", "%E6%8A%A5%E5%91%8A/2023.txt")]
    [InlineData("../x#1.txt", "../x%231.txt")]
    public void Relative_paths_become_percent_encoded_relative_uris(string path, string uri)
    {
        Assert.Equal(uri, SarifWriter.ToUri(path));
        Assert.True(Uri.TryCreate(uri, UriKind.Relative, out _));
    }

    [Fact]
    public void Absolute_paths_become_file_uris()
    {
        var path = Path.Combine(Path.GetTempPath(), "a b", "报告.txt");
        var uri = SarifWriter.ToUri(path);
        Assert.StartsWith("file:///", uri, StringComparison.Ordinal);
        Assert.Equal(path, new Uri(uri).LocalPath);
        Assert.DoesNotContain(' ', uri);
    }

    [Fact]
    public void The_schema_subset_rejects_what_sarif_rejects()
    {
        using var bad = JsonDocument.Parse("""
            {"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x","rules":[{"id":"A","defaultConfiguration":{"level":"info"}}]}},
             "results":[{"ruleId":"A","level":"warning","message":{},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a b.txt"},"region":{"startLine":0}}}]}]}]}
            """);
        var errors = MiniJsonSchema.Validate(Schema.RootElement, bad.RootElement);
        Assert.Contains(errors, e => e.Contains("\"info\" is not one of", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("of the anyOf alternatives match", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("is not a uri-reference", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("is less than 1", StringComparison.Ordinal));
    }
}
