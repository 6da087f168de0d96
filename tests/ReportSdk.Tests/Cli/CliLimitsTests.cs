using System.Diagnostics;
using ReportSdk.Cli;

namespace ReportSdk.Tests.Cli;

/// <summary>
/// Large inputs and small CLI promises: inputs above the size limit are refused before they are read (exit 3, one
/// line), control characters never reach stderr raw, usage errors are one line, a broken pipe is not a success.
/// </summary>
public sealed class CliLimitsTests : IDisposable
{
    private readonly CliTempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void File_over_one_gigabyte_is_refused_before_it_is_read()
    {
        var path = _temp.Combine("huge.txt");
        using (var file = new FileStream(path, FileMode.CreateNew))
        {
            file.SetLength(1100L * 1024 * 1024); // sparse: nothing is written
        }

        foreach (var args in new[] { new[] { "outline", path }, new[] { "parse", path, "--max-input-size", "1023" } })
        {
            var result = CliRun.InProcess(args);
            result.AssertOneLineError(ExitCodes.InputError, "huge.txt");
            Assert.Contains("too large", result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Size_limit_is_exact_and_can_be_lowered()
    {
        var atLimit = _temp.Write("at.txt", new byte[1024 * 1024]);
        var overLimit = _temp.Write("over.txt", new byte[(1024 * 1024) + 1]);
        Assert.Equal(ExitCodes.Success, CliRun.InProcess("outline", atLimit, "--max-input-size", "1").ExitCode);
        CliRun.InProcess("outline", overLimit, "--max-input-size", "1").AssertOneLineError(ExitCodes.InputError, "over.txt");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1024")]
    [InlineData("many")]
    public void Size_limit_out_of_range_is_a_usage_error(string value)
    {
        var result = CliRun.InProcess("outline", CliInputs.SeedPath(CliInputs.Seed002), "--max-input-size", value);
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }

    [Theory]
    [InlineData("\u001b[31mred\u001b[0m.txt", "\\x1B[31mred\\x1B[0m.txt")]
    [InlineData("bell\u0007.txt", "bell\\x07.txt")]
    [InlineData("c1\u009b.txt", "c1\\x9B.txt")]
    [InlineData("rtl\u202Etxt.exe", "rtl\\u202Etxt.exe")]
    [InlineData("line\nbreak.txt", "line\\nbreak.txt")]
    public void Control_characters_in_messages_are_escaped(string name, string shown)
    {
        var result = CliRun.InProcess("outline", name);
        result.AssertOneLineError(ExitCodes.InputError, shown);
        Assert.DoesNotContain(result.Error.TrimEnd('\n', '\r'), c => c < ' ' || c is >= '\u007F' and <= '\u009F' || c == '\u202E');
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("outline", "--bogus", "--nonsense")]
    [InlineData("render", "a.txt")]
    [InlineData("outline")]
    public void Usage_errors_are_one_line_with_a_pointer_to_help(params string[] args)
    {
        var result = CliRun.InProcess(args);
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("reportsdk: ", line, StringComparison.Ordinal);
        Assert.EndsWith("see 'reportsdk --help'", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_pipe_on_stdout_is_an_output_error()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var large = _temp.Combine("large.txt");
        var seed = File.ReadAllText(CliInputs.SeedPath(CliInputs.Seed002));
        File.WriteAllText(large, string.Concat(Enumerable.Repeat(seed, 20)));

        // The reader takes one byte and exits; the tool is then writing into a pipe with no reader (EPIPE).
        var pipeline = new ProcessStartInfo("sh") { UseShellExecute = false };
        pipeline.ArgumentList.Add("-c");
        pipeline.ArgumentList.Add("{ dotnet \"$1\" parse \"$2\" 2>\"$3\"; echo $? >\"$4\"; } | head -c 1 >/dev/null");
        pipeline.ArgumentList.Add("sh");
        pipeline.ArgumentList.Add(CliRun.ToolPath);
        pipeline.ArgumentList.Add(large);
        pipeline.ArgumentList.Add(_temp.Combine("err.txt"));
        pipeline.ArgumentList.Add(_temp.Combine("code.txt"));
        using var process = Process.Start(pipeline)!;
        Assert.True(process.WaitForExit(120_000));
        Assert.Equal(ExitCodes.OutputError.ToString(System.Globalization.CultureInfo.InvariantCulture), File.ReadAllText(_temp.Combine("code.txt")).Trim());
        var line = Assert.Single(File.ReadAllLines(_temp.Combine("err.txt")));
        Assert.StartsWith("reportsdk: standard output cannot be written", line, StringComparison.Ordinal);
    }
}
