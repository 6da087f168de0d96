using ReportSdk.Cli;

namespace ReportSdk.Tests.Cli;

/// <summary>
/// The CLI never replaces one of its inputs: outputs are compared with inputs by device and inode, so the same file
/// through a hard link, a symbolic link in either direction or another spelling of its path is refused (exit 4,
/// naming both, nothing written), and a batch writing into its own input folder is checked as a whole first.
/// </summary>
public sealed class CliOutputSafetyTests : IDisposable
{
    private readonly CliTempDirectory _temp = new();
    private readonly byte[] _seed = File.ReadAllBytes(CliInputs.SeedPath(CliInputs.Seed002));

    public CliOutputSafetyTests()
    {
        _temp.Write("a.txt", _seed);
    }

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> Aliases => new() { "a.txt", "./a.txt", "hard.txt", "link-to-input.txt", "/proc/self/cwd/a.txt", "sub/../a.txt" };

    [Theory]
    [MemberData(nameof(Aliases))]
    public void Output_that_is_the_input_under_another_name_is_refused(string output)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Hard links, symbolic links and /proc: Unix only.
        }

        MakeAliases();
        var result = CliRun.AsProcess(_temp.Path, "render", "a.txt", "--to", "markdown", "-o", output);
        result.AssertOneLineError(ExitCodes.OutputError, output);
        Assert.Contains("'a.txt'", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal(_seed, File.ReadAllBytes(_temp.Combine("a.txt")));
    }

    [Fact]
    public void Input_that_is_a_link_to_the_output_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        MakeAliases();
        var result = CliRun.AsProcess(_temp.Path, "render", "link-to-input.txt", "--to", "text", "-o", "a.txt");
        result.AssertOneLineError(ExitCodes.OutputError, "link-to-input.txt");
        Assert.Equal(_seed, File.ReadAllBytes(_temp.Combine("a.txt")));
    }

    [Fact]
    public void Batch_into_its_own_folder_is_refused_before_anything_is_written()
    {
        // b.outline.txt is the user's file and, being *.txt, an input too: a's output would replace it before it is read.
        _temp.Write(Path.Combine("in", "a.txt"), _seed);
        _temp.Write(Path.Combine("in", "a.outline.txt"), "user's notes"u8.ToArray());
        var result = CliRun.InProcess("outline", _temp.Combine("in"), "--batch", "-o", _temp.Combine("in"));
        Assert.Equal(ExitCodes.OutputError, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("a.outline.txt", line, StringComparison.Ordinal);
        Assert.Equal("user's notes", File.ReadAllText(_temp.Combine("in", "a.outline.txt")));
        Assert.Equal(["a.outline.txt", "a.txt"], Directory.GetFiles(_temp.Combine("in")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Batch_into_its_own_folder_without_clashes_runs_and_outputs_replace_their_earlier_versions()
    {
        _temp.Write(Path.Combine("in", "a.txt"), _seed);
        _temp.Write(Path.Combine("in", "a.outline.json"), "old"u8.ToArray());
        var result = CliRun.InProcess("outline", _temp.Combine("in"), "--batch", "--json", "-o", _temp.Combine("in"));
        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.Contains(CliInputs.Seed002Title, File.ReadAllText(_temp.Combine("in", "a.outline.json")), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_temp.Combine("in"), ".*.tmp"));
    }

    [Fact]
    public void Output_through_a_symbolic_link_replaces_the_target_and_keeps_the_link()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _temp.Write("target.md", "old"u8.ToArray());
        File.CreateSymbolicLink(_temp.Combine("out.md"), "target.md");
        var result = CliRun.InProcess("render", _temp.Combine("a.txt"), "--to", "markdown", "-o", _temp.Combine("out.md"));
        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        Assert.NotNull(new FileInfo(_temp.Combine("out.md")).LinkTarget);
        Assert.Contains(CliInputs.Seed002Title, File.ReadAllText(_temp.Combine("target.md")), StringComparison.Ordinal);
    }

    private void MakeAliases()
    {
        CliProcessControl.HardLink(_temp.Combine("a.txt"), _temp.Combine("hard.txt"));
        File.CreateSymbolicLink(_temp.Combine("link-to-input.txt"), "a.txt");
        Directory.CreateDirectory(_temp.Combine("sub"));
    }
}
