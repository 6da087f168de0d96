using ReportSdk.Cli;

namespace ReportSdk.Tests.Cli;

/// <summary>Batches: several files and directories, one output per input, every failure reported, the others still processed.</summary>
public sealed class CliBatchTests : IDisposable
{
    private readonly CliTempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string[] SeedStems => TestPaths.SeedFiles.Select(Path.GetFileNameWithoutExtension).ToArray()!;

    [Theory]
    [InlineData("outline", ".outline.json", "--json")]
    [InlineData("outline", ".outline.txt")]
    [InlineData("parse", ".tree.json")]
    [InlineData("render", ".md", "--to", "markdown")]
    [InlineData("render", ".source.txt", "--to", "source")]
    public void Seeds_folder_plus_a_missing_file_writes_every_output_and_one_error(string command, string suffix, params string[] options)
    {
        var outDir = _temp.Combine("new", "out");
        var missing = _temp.Combine("missing.txt");
        var result = CliRun.InProcess([command, TestPaths.Seeds, missing, .. options, "-o", outDir]);

        Assert.Equal(ExitCodes.BatchPartialFailure, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("missing.txt", line, StringComparison.Ordinal);
        result.AssertNoStackTrace();
        Assert.Equal(SeedStems.Select(stem => stem + suffix).Order(StringComparer.Ordinal), Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void Batch_to_stdout_separates_the_outputs_with_headers()
    {
        var missing = _temp.Combine("missing.txt");
        var result = CliRun.InProcess("outline", missing, TestPaths.Seeds);
        Assert.Equal(ExitCodes.BatchPartialFailure, result.ExitCode);
        Assert.Single(result.ErrorLines);
        var headers = result.Output.Split('\n').Where(l => l.StartsWith("==> ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(5, headers.Length);
        Assert.All(headers, h => Assert.EndsWith(" <==", h.TrimEnd('\r'), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("outline", "--json")]
    [InlineData("parse")]
    [InlineData("parse", "--indented")]
    [InlineData("model", "--json")]
    public void Json_batch_to_stdout_is_json_lines_one_document_per_input(string command, params string[] options)
    {
        // No headers: every line is one whole JSON document naming its input, in input order, a failing input in the middle
        // and two inputs at once notwithstanding.
        var seedPaths = TestPaths.SeedFiles.ToArray();
        var missing = _temp.Combine("missing.txt");
        var result = CliRun.InProcess([command, .. seedPaths[..2], missing, .. seedPaths[2..], .. options, "--jobs", "2"]);

        Assert.Equal(ExitCodes.BatchPartialFailure, result.ExitCode);
        Assert.Single(result.ErrorLines);
        var seeds = TestPaths.SeedFiles.ToArray();
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(seeds.Length, lines.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            using var document = System.Text.Json.JsonDocument.Parse(lines[i]);
            Assert.Contains(Path.GetFileName(seeds[i]), lines[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Targets_json_lines_of_a_batch_to_stdout_have_no_headers()
    {
        var result = CliRun.InProcess("model", TestPaths.Seeds, "--targets-jsonl");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => System.Text.Json.JsonDocument.Parse(line).Dispose());
    }

    [Fact]
    public void A_single_json_output_to_stdout_stays_indented()
    {
        var result = CliRun.InProcess("outline", CliInputs.SeedPath(CliInputs.Seed002), "--json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.StartsWith("{\n  \"schemaVersion\"", result.Output.Replace("\r", string.Empty), StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_of_source_renders_to_stdout_keeps_every_text()
    {
        var result = CliRun.InProcess("render", TestPaths.Seeds, CliInputs.SeedPath(CliInputs.Seed002), "--to", "source");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        foreach (var seed in TestPaths.SeedFiles)
        {
            Assert.Contains(File.ReadAllText(seed), result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_over_a_folder_of_tree_json_names_outputs_after_the_reports()
    {
        var trees = _temp.Combine("trees");
        Assert.Equal(ExitCodes.Success, CliRun.InProcess("parse", TestPaths.Seeds, "--batch", "-o", trees).ExitCode);
        var copies = _temp.Combine("copies");
        Assert.Equal(ExitCodes.Success, CliRun.InProcess("render", trees, "--batch", "--to", "source", "-o", copies).ExitCode);
        foreach (var seed in TestPaths.SeedFiles)
        {
            Assert.Equal(File.ReadAllBytes(seed), File.ReadAllBytes(Path.Combine(copies, Path.GetFileNameWithoutExtension(seed) + ".source.txt")));
        }
    }

    [Fact]
    public void Every_failure_is_reported_and_the_exit_code_is_5()
    {
        var empty = _temp.Combine("empty dir");
        Directory.CreateDirectory(empty);
        var bad = _temp.Write("bad.json", "{"u8.ToArray());
        var outDir = _temp.Combine("out");
        var result = CliRun.InProcess("render", "nope-1.txt", CliInputs.SeedPath(CliInputs.Seed002), empty, bad, "nope-2.txt", "--to", "html", "-o", outDir);
        Assert.Equal(ExitCodes.BatchPartialFailure, result.ExitCode);
        Assert.Equal(4, result.ErrorLines.Length);
        Assert.Contains("nope-1.txt", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains("empty dir", result.ErrorLines[1], StringComparison.Ordinal);
        Assert.Contains("bad.json", result.ErrorLines[2], StringComparison.Ordinal);
        Assert.Contains("nope-2.txt", result.ErrorLines[3], StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(outDir, "002_4e4f3f491fbc5ac3.html")));
    }

    [Fact]
    public void Same_file_name_from_two_folders_gets_two_outputs()
    {
        var a = _temp.Write(Path.Combine("a", "report.txt"), File.ReadAllBytes(CliInputs.SeedPath(CliInputs.Seed002)));
        var b = _temp.Write(Path.Combine("b", "report.txt"), File.ReadAllBytes(CliInputs.SeedPath("003_324a26376b257757.txt")));
        var outDir = _temp.Combine("out");
        Assert.Equal(ExitCodes.Success, CliRun.InProcess("parse", a, b, "-o", outDir).ExitCode);
        Assert.Equal(["report.tree-2.json", "report.tree.json"], Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Batch_output_that_is_an_existing_file_is_an_output_error()
    {
        var file = _temp.Write("taken.json", []);
        var result = CliRun.InProcess("parse", TestPaths.Seeds, "--batch", "-o", file);
        result.AssertOneLineError(ExitCodes.OutputError, "taken.json");
    }

    [Fact]
    public void Progress_is_shown_only_when_asked_for_or_on_a_terminal_with_many_files()
    {
        var shown = CliRun.InProcess("outline", TestPaths.Seeds, "--batch", "--json", "--progress", "-o", _temp.Combine("p"));
        Assert.Equal(ExitCodes.Success, shown.ExitCode);
        Assert.Equal(5, shown.ErrorLines.Length);
        Assert.StartsWith("[1/5] ", shown.ErrorLines[0], StringComparison.Ordinal);
        Assert.StartsWith("[5/5] ", shown.ErrorLines[4], StringComparison.Ordinal);

        var quiet = CliRun.InProcess("outline", TestPaths.Seeds, "--json", "--batch", "-o", _temp.Combine("q"));
        Assert.Equal(string.Empty, quiet.Error);

        // A terminal shows progress by itself only above 10 files.
        var many = _temp.Combine("many");
        for (var i = 0; i < 12; i++)
        {
            _temp.Write(Path.Combine("many", $"r{i:D2}.txt"), File.ReadAllBytes(CliInputs.SeedPath("003_324a26376b257757.txt")));
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(ExitCodes.Success, CliApplication.Run(["outline", many, "--batch", "-o", _temp.Combine("m")], output, error, stderrIsTerminal: true));
        Assert.Contains("[12/12] ", error.ToString(), StringComparison.Ordinal);
        using var fewError = new StringWriter();
        Assert.Equal(ExitCodes.Success, CliApplication.Run(["outline", TestPaths.Seeds, "--batch", "-o", _temp.Combine("f")], output, fewError, stderrIsTerminal: true));
        Assert.Equal(string.Empty, fewError.ToString());
    }

    [Theory]
    [InlineData("outline", "--json")]
    [InlineData("outline")]
    [InlineData("parse")]
    [InlineData("model")]
    [InlineData("render", "--to", "markdown")]
    public void Parallel_batch_writes_exactly_what_a_sequential_one_writes(string command, params string[] options)
    {
        // Inputs with failures between them: the seeds, a missing file, an empty directory, the seeds again under other names.
        var copies = _temp.Combine("copies");
        Directory.CreateDirectory(copies);
        foreach (var seed in TestPaths.SeedFiles)
        {
            File.Copy(seed, Path.Combine(copies, "copy-" + Path.GetFileName(seed)));
        }

        var empty = _temp.Combine("empty");
        Directory.CreateDirectory(empty);
        string[] inputs = [TestPaths.Seeds, _temp.Combine("missing.txt"), empty, copies];

        var sequential = CliRun.InProcess([command, .. inputs, .. options, "--progress", "--jobs", "1"]);
        var parallel = CliRun.InProcess([command, .. inputs, .. options, "--progress", "--jobs", "3"]);
        Assert.Equal(ExitCodes.BatchPartialFailure, sequential.ExitCode);
        Assert.Equal(sequential.ExitCode, parallel.ExitCode);
        Assert.Equal(sequential.Output, parallel.Output);
        Assert.Equal(sequential.Error, parallel.Error);
        // Ten outputs: each after its header, or one JSON document per line.
        bool jsonLines = command == "parse" || options.Contains("--json");
        Assert.Equal(10, jsonLines
            ? sequential.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length
            : sequential.Output.Split('\n').Count(l => l.StartsWith("==> ", StringComparison.Ordinal)));

        var sequentialDir = _temp.Combine("sequential");
        var parallelDir = _temp.Combine("parallel");
        var toSequentialDir = CliRun.InProcess([command, .. inputs, .. options, "--jobs", "1", "-o", sequentialDir]);
        var toParallelDir = CliRun.InProcess([command, .. inputs, .. options, "--jobs", "3", "-o", parallelDir]);
        Assert.Equal(toSequentialDir.ExitCode, toParallelDir.ExitCode);
        Assert.Equal(toSequentialDir.Error, toParallelDir.Error);
        var names = Directory.GetFiles(sequentialDir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(10, names.Length);
        Assert.Equal(names, Directory.GetFiles(parallelDir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
        foreach (var name in names)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(sequentialDir, name!)), File.ReadAllBytes(Path.Combine(parallelDir, name!)));
        }
    }

    [Fact]
    public void Output_directory_with_a_trailing_separator_makes_a_batch_without_the_option()
    {
        var outDir = _temp.Combine("out") + Path.DirectorySeparatorChar;
        var result = CliRun.InProcess("outline", TestPaths.Seeds, "--json", "-o", outDir);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(
            SeedStems.Select(stem => stem + ".outline.json").Order(StringComparer.Ordinal),
            Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // Without the separator, the directory input makes the batch: -o names the folder, created as in any batch.
        var plain = CliRun.InProcess("outline", TestPaths.Seeds, "--json", "-o", _temp.Combine("plain"));
        Assert.Equal(ExitCodes.Success, plain.ExitCode);
        Assert.Equal(
            SeedStems.Select(stem => stem + ".outline.json").Order(StringComparer.Ordinal),
            Directory.GetFiles(_temp.Combine("plain")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Jobs_below_one_is_a_usage_error()
    {
        var result = CliRun.InProcess("outline", TestPaths.Seeds, "--jobs", "0");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--jobs", result.Error, StringComparison.Ordinal);
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
