using System.Text;
using ReportSdk.Cli;
using ReportSdk.Diagnostics;
using ReportSdk.Syntax;
using ReportSdk.Tests.Cli;

namespace ReportSdk.Tests.Check;

/// <summary><c>reportsdk check</c> in text form: compiler-format lines, the summary line, <c>--fail-on</c>, batches and <c>-o</c>.</summary>
public sealed class CheckCommandTests : IDisposable
{
    /// <summary>A made-up report with RPT0003 on line 5 (the marker) and RPT0006 at the end of line 7.</summary>
    public const string TruncatedReport =
        "政府工作报告\n各位代表：\n一、2022年工作回顾\n（一）经济平稳增长。\n（三）民生持续改善。\n二、2023年工作安排\n（一）抓好项目建设。推进\n";

    /// <summary>A made-up report whose only diagnostic is the info RPT0007 (two chrome lines before the title).</summary>
    public const string ChromeReport =
        "设为首页收藏本站\n首页 > 政务公开\n政府工作报告\n各位代表：\n一、2022年工作回顾\n过去一年，综合实力进一步提升。\n各位代表！让我们团结一心，奋力谱写新篇章！\n";

    /// <summary>A made-up report without diagnostics.</summary>
    public const string CleanReport =
        "政府工作报告\n各位代表：\n一、2022年工作回顾\n过去一年，综合实力进一步提升。\n各位代表！让我们团结一心，奋力谱写新篇章！\n";

    private readonly CliTempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Write(string name, string text) => _temp.Write(name, new UTF8Encoding(false).GetBytes(text));

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    [Fact]
    public void Check_prints_compiler_format_lines_and_the_summary()
    {
        var path = Write("truncated.txt", TruncatedReport);
        var result = CliRun.InProcess("check", path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(
            [
                $"{path}(5,1): warning RPT0003: Marker '（三）' is out of order: after number 1 the next number is 2",
                $"{path}(7,13): warning RPT0006: The report '政府工作报告' ends without a closing paragraph (各位代表！…); it appears truncated",
                "1 files, 0 errors, 2 warnings, 0 infos",
            ],
            Lines(result.Output));
    }

    [Fact]
    public void Check_lines_are_the_diagnostics_own_ToString()
    {
        var path = Write("truncated.txt", TruncatedReport);
        var tree = SyntaxTree.ParseText(TruncatedReport, path: path);
        var result = CliRun.InProcess("check", path);
        Assert.Equal(tree.GetDiagnostics().Select(d => d.ToString()), Lines(result.Output).SkipLast(1));
    }

    [Fact]
    public void Check_counts_infos_and_names_every_input_in_its_lines()
    {
        var a = Write("a.txt", TruncatedReport);
        var b = Write("b.txt", ChromeReport);
        var c = Write("c.txt", CleanReport);
        var result = CliRun.InProcess("check", a, b, c);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var lines = Lines(result.Output);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith(a + "(5,1): warning RPT0003: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith(a + "(7,13): warning RPT0006: ", lines[1], StringComparison.Ordinal);
        Assert.Equal($"{b}(1,1): info RPT0007: 2 line(s) skipped as not part of the report: '设为首页收藏本站 首页 > 政务公开'", lines[2]);
        Assert.Equal("3 files, 0 errors, 2 warnings, 1 infos", lines[3]);
        Assert.DoesNotContain("==>", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TruncatedReport, null, ExitCodes.Success)]
    [InlineData(TruncatedReport, "error", ExitCodes.Success)]
    [InlineData(TruncatedReport, "none", ExitCodes.Success)]
    [InlineData(TruncatedReport, "warning", ExitCodes.DiagnosticsFound)]
    [InlineData(ChromeReport, "warning", ExitCodes.Success)]
    [InlineData(CleanReport, "warning", ExitCodes.Success)]
    public void Fail_on_sets_the_exit_code(string report, string? failOn, int expected)
    {
        var path = Write("report.txt", report);
        string[] args = failOn is null ? ["check", path] : ["check", path, "--fail-on", failOn];
        var result = CliRun.InProcess(args);
        Assert.Equal(expected, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Fail_on_error_fails_on_an_error_severity()
    {
        var command = new CheckCommand(CheckFormat.Text, CheckFailOn.Error);
        Assert.Equal(ExitCodes.Success, command.ResultExitCode);
        Assert.Equal(1, ExitCodes.DiagnosticsFound);
        Assert.DoesNotContain(DiagnosticDescriptors.All, d => d.DefaultSeverity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Input_failures_take_precedence_over_fail_on()
    {
        var path = Write("report.txt", TruncatedReport);
        var missing = _temp.Combine("missing.txt");

        var batch = CliRun.InProcess("check", path, missing, "--fail-on", "warning");
        Assert.Equal(ExitCodes.BatchPartialFailure, batch.ExitCode);
        var line = Assert.Single(batch.ErrorLines);
        Assert.Contains("missing.txt", line, StringComparison.Ordinal);
        Assert.EndsWith("1 files, 0 errors, 2 warnings, 0 infos", Lines(batch.Output)[^1], StringComparison.Ordinal);

        CliRun.InProcess("check", missing, "--fail-on", "warning").AssertOneLineError(ExitCodes.InputError, "missing.txt");
    }

    [Fact]
    public void Batch_over_the_seeds_folder_reports_every_diagnostic_of_every_seed()
    {
        var result = CliRun.InProcess("check", TestPaths.Seeds, "--batch");
        Assert.Equal(ExitCodes.Success, result.ExitCode);

        var expected = new List<string>();
        int warnings = 0, infos = 0, errors = 0;
        foreach (var seed in TestPaths.SeedFiles)
        {
            var display = Path.Combine(TestPaths.Seeds, Path.GetFileName(seed));
            var tree = SyntaxTree.ParseText(ReportSdk.Text.SourceText.From(File.ReadAllBytes(seed)), path: display);
            expected.AddRange(tree.GetDiagnostics().Select(d => d.ToString()));
            warnings += tree.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Warning);
            infos += tree.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Info);
            errors += tree.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        }

        var lines = Lines(result.Output);
        Assert.Equal(expected, lines.SkipLast(1));
        Assert.Equal($"{TestPaths.SeedFiles.Count()} files, {errors} errors, {warnings} warnings, {infos} infos", lines[^1]);
    }

    [Fact]
    public void Output_file_gets_the_whole_text_and_stdout_stays_empty()
    {
        var a = Write("in/a.txt", TruncatedReport);
        var b = Write("in/b.txt", ChromeReport);
        var output = _temp.Combine("check.txt");
        var result = CliRun.InProcess("check", _temp.Combine("in"), "--batch", "-o", output);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        var lines = Lines(File.ReadAllText(output));
        Assert.Equal(4, lines.Length);
        Assert.Equal("2 files, 0 errors, 2 warnings, 1 infos", lines[^1]);
        Assert.Contains(lines, l => l.StartsWith(Path.Combine(_temp.Combine("in"), "a.txt") + "(5,1)", StringComparison.Ordinal));
        Assert.True(File.Exists(a) && File.Exists(b));
    }

    [Theory]
    [InlineData("text", "check.txt")]
    [InlineData("sarif", "check.sarif")]
    public void Output_directory_gets_one_file_for_the_run(string format, string name)
    {
        var path = Write("report.txt", TruncatedReport);
        var outDir = _temp.Combine("out") + Path.DirectorySeparatorChar;
        var result = CliRun.InProcess("check", path, "--format", format, "-o", outDir);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal([name], Directory.GetFiles(outDir).Select(Path.GetFileName));
    }

    [Fact]
    public void An_output_that_is_an_input_is_refused_and_nothing_is_written()
    {
        var path = Write("report.txt", TruncatedReport);
        var result = CliRun.InProcess("check", path, "-o", path);
        result.AssertOneLineError(ExitCodes.OutputError, "report.txt");
        Assert.Equal(TruncatedReport, File.ReadAllText(path));
    }

    [Theory]
    [InlineData("--format", "json")]
    [InlineData("--fail-on", "info")]
    public void Bad_option_values_are_usage_errors(string option, string value)
    {
        var path = Write("report.txt", TruncatedReport);
        var result = CliRun.InProcess("check", path, option, value);
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.EndsWith(CliApplication.UsageHint, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_in_a_path_are_escaped()
    {
        var path = Write("bad\u001b[31mname.txt", TruncatedReport);
        var result = CliRun.InProcess("check", path);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Output);
        Assert.Contains("bad\\x1B[31mname.txt(5,1): warning RPT0003", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_check_with_its_examples_and_exit_code()
    {
        var help = CliRun.InProcess("--help");
        Assert.Contains("reportsdk check reports/ --format sarif -o check.sarif", help.Output, StringComparison.Ordinal);
        Assert.Contains("1   check: diagnostics at or above the --fail-on severity", help.Output, StringComparison.Ordinal);

        var checkHelp = CliRun.InProcess("check", "--help");
        Assert.Equal(ExitCodes.Success, checkHelp.ExitCode);
        foreach (var expected in new[] { "--format", "--fail-on", "text|sarif", "warning|error|none", "path(line,col): warning RPT0006", "Examples:" })
        {
            Assert.Contains(expected, checkHelp.Output, StringComparison.Ordinal);
        }
    }
}
