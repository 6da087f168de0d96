using System.Text;
using ReportSdk.Cli;

namespace ReportSdk.Tests.Cli;

/// <summary>
/// The built tool run as a real process (<c>dotnet ReportSdk.Cli.dll</c>): exit codes, one-line errors, no stack trace
/// on stderr, UTF-8 stdout that is byte-identical for <c>render --to source</c>.
/// </summary>
public sealed class CliProcessTests : IDisposable
{
    private readonly CliTempDirectory _temp = new();

    public CliProcessTests()
    {
        File.Copy(CliInputs.SeedPath(CliInputs.Seed002), _temp.Combine("seed.txt"));
        _temp.Write("empty.txt", []);
        _temp.Write("blob.bin", CliInputs.Binary());
        _temp.Write("gb18030.txt", CliInputs.Gb18030(File.ReadAllText(CliInputs.SeedPath(CliInputs.Seed002))));
        _temp.Write(Path.Combine("中文 目录", "政府 工作报告.txt"), File.ReadAllBytes(CliInputs.SeedPath(CliInputs.Seed002)));
        _temp.Write("bad.json", Encoding.UTF8.GetBytes("{\"schemaVersion\":1,\"root\":[]}"));
    }

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(ExitCodes.InputError, "missing.txt", "outline", "missing.txt")]
    [InlineData(ExitCodes.InputError, "中文 目录", "outline", "中文 目录/缺少的报告.txt")]
    [InlineData(ExitCodes.InputError, "bad.json", "render", "bad.json", "--to", "text")]
    [InlineData(ExitCodes.OutputError, "no-folder", "parse", "seed.txt", "-o", "no-folder/tree.json")]
    [InlineData(ExitCodes.UsageError, "pdf", "render", "seed.txt", "--to", "pdf")]
    public void Errors_are_one_line_with_the_documented_exit_code(int exitCode, string named, params string[] args)
    {
        var result = CliRun.AsProcess(_temp.Path, args);
        Assert.True(result.ExitCode == exitCode, $"exit {result.ExitCode}, expected {exitCode}: {result.Error}");
        Assert.Contains(named, result.ErrorLines[0], StringComparison.Ordinal);
        Assert.StartsWith("reportsdk: ", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.Single(result.ErrorLines);
        if (exitCode == ExitCodes.UsageError)
        {
            Assert.EndsWith("see 'reportsdk --help'", result.ErrorLines[0], StringComparison.Ordinal);
        }

        result.AssertNoStackTrace();
    }

    [Fact]
    public void Fifo_gives_an_input_error_and_does_not_hang()
    {
        if (!CliInputs.TryMakeFifo(_temp.Combine("fifo.txt")))
        {
            return; // No FIFOs here (Windows).
        }

        var result = CliRun.AsProcess(_temp.Path, "outline", "fifo.txt");
        result.AssertOneLineError(ExitCodes.InputError, "fifo.txt");
    }

    [Theory]
    [InlineData("empty.txt", "RPT0009")]
    [InlineData("blob.bin", "RPT0008")]
    [InlineData("gb18030.txt", CliInputs.Seed002Title)]
    [InlineData("中文 目录/政府 工作报告.txt", CliInputs.Seed002Title)]
    public void Odd_but_readable_inputs_succeed(string input, string expected)
    {
        var result = CliRun.AsProcess(_temp.Path, "outline", input.Replace('/', Path.DirectorySeparatorChar), "--json");
        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Equal(string.Empty, result.Error);
        Assert.Contains(expected, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_source_through_stdout_is_byte_identical()
    {
        Assert.Equal(ExitCodes.Success, CliRun.AsProcess(_temp.Path, "parse", "seed.txt", "-o", "seed.tree.json").ExitCode);
        var result = CliRun.AsProcess(_temp.Path, "render", "seed.tree.json", "--to", "source");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(File.ReadAllBytes(CliInputs.SeedPath(CliInputs.Seed002)), result.OutputBytes);
    }

    [Fact]
    public void Batch_over_the_seeds_and_a_missing_file()
    {
        var result = CliRun.AsProcess(_temp.Path, "outline", TestPaths.Seeds, "missing.txt", "--json", "-o", "out dir/");
        Assert.Equal(ExitCodes.BatchPartialFailure, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("missing.txt", line, StringComparison.Ordinal);
        result.AssertNoStackTrace();
        Assert.Equal(5, Directory.GetFiles(_temp.Combine("out dir"), "*.outline.json").Length);
    }

    [Fact]
    public void Help_and_version()
    {
        var help = CliRun.AsProcess(_temp.Path, "--help");
        Assert.Equal(ExitCodes.Success, help.ExitCode);
        Assert.Contains("Examples:", help.Output, StringComparison.Ordinal);
        var version = CliRun.AsProcess(_temp.Path, "--version");
        Assert.Equal(ExitCodes.Success, version.ExitCode);
        Assert.StartsWith("0.", version.Output, StringComparison.Ordinal);
    }
}
