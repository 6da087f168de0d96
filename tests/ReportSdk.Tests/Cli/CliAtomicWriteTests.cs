using System.Text;
using ReportSdk.Cli;

namespace ReportSdk.Tests.Cli;

/// <summary>
/// A killed CLI never leaves a partial document under the output's name: the tool is started as a process on a large
/// input and signalled the moment its temporary output has data. After SIGKILL the final name still holds the previous
/// content (at most a hidden temporary file is left); after SIGINT or SIGTERM the temporary file is gone too and the
/// exit code is 130 or 143.
/// </summary>
public sealed class CliAtomicWriteTests : IDisposable
{
    /// <summary>Copies of seed 002 in the large input: about 11 MB of text, a tree JSON of some 60 MB that takes a while to write.</summary>
    private const int SeedCopies = 300;

    /// <summary>How many runs a signal test may take to land its signal while the output is being written.</summary>
    private const int MidWriteAttempts = 3;

    private const string Previous = "previous content";

    private readonly CliTempDirectory _temp = new();

    public CliAtomicWriteTests()
    {
        var seed = File.ReadAllText(CliInputs.SeedPath(CliInputs.Seed002));
        var large = new StringBuilder(seed.Length * SeedCopies);
        for (int i = 0; i < SeedCopies; i++)
        {
            large.Append(seed);
        }

        File.WriteAllText(_temp.Combine("large.txt"), large.ToString(), new UTF8Encoding(false));
    }

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("KILL", 137)]
    [InlineData("INT", ExitCodes.Interrupted)]
    [InlineData("TERM", ExitCodes.Terminated)]
    public async Task Signal_mid_write_leaves_the_previous_content_under_the_final_name(string signal, int exitCode)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // POSIX signals.
        }

        // The signal must land while the output is being written; on a loaded machine the write can finish between the
        // test seeing the temporary file and the signal arriving (the run then ends normally, exit 0): try again.
        System.Diagnostics.Process process;
        Task<string> error;
        for (int attempt = 1; ; attempt++)
        {
            File.WriteAllText(_temp.Combine("large.tree.json"), Previous);
            process = CliProcessControl.Start(_temp.Path, "parse", "large.txt", "-o", "large.tree.json");
            error = process.StandardError.ReadToEndAsync();
            bool midWrite = CliProcessControl.WaitForFile(process, _temp.Path, ".large.tree.json.*.tmp", minBytes: 1);
            Assert.True(midWrite, "the process ended before its temporary output appeared: " + (process.HasExited ? await error : "(running)"));
            CliProcessControl.Signal(process, signal);
            Assert.True(process.WaitForExit(60_000), "the process did not end after SIG" + signal);
            if (process.ExitCode != ExitCodes.Success || attempt == MidWriteAttempts)
            {
                break;
            }

            process.Dispose();
        }

        using var finished = process;
        Assert.Equal(Previous, File.ReadAllText(_temp.Combine("large.tree.json")));
        if (signal == "KILL")
        {
            Assert.Equal(exitCode, process.ExitCode);
            return; // Only the hidden temporary file may remain.
        }

        Assert.Equal(exitCode, process.ExitCode);
        Assert.Empty(Directory.GetFiles(_temp.Path, ".*.tmp"));
        var line = Assert.Single((await error).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("reportsdk: interrupted by SIG" + signal, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Completed_output_replaces_the_previous_one_and_leaves_no_temporary_file()
    {
        File.WriteAllText(_temp.Combine("copy.txt"), Previous);
        var result = CliRun.InProcess("render", CliInputs.SeedPath(CliInputs.Seed002), "--to", "source", "-o", _temp.Combine("copy.txt"));
        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Equal(File.ReadAllBytes(CliInputs.SeedPath(CliInputs.Seed002)), File.ReadAllBytes(_temp.Combine("copy.txt")));
        Assert.Empty(Directory.GetFiles(_temp.Path, ".*.tmp"));
    }
}
