using System.Text;
using ReportSdk.Cli;

namespace ReportSdk.Tests.Cli;

/// <summary>Issue 5 item 4: every kind of bad input gives one line on stderr naming the file, a documented exit code, no stack trace.</summary>
public sealed class CliBadInputTests : IDisposable
{
    private readonly CliTempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("outline")]
    [InlineData("parse")]
    [InlineData("render")]
    public void Missing_file_is_an_input_error(string command)
    {
        var missing = _temp.Combine("no-such-report.txt");
        var result = CliRun.InProcess(Args(command, missing));
        result.AssertOneLineError(ExitCodes.InputError, "no-such-report.txt");
        Assert.Contains("no such file", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Theory]
    [InlineData("outline")]
    [InlineData("parse")]
    [InlineData("render")]
    public void A_directory_alone_is_a_batch_of_its_files(string command)
    {
        // A directory can only mean the files in it: no --batch needed, one "==> path <==" section per report (one line of
        // JSON Lines per report for parse).
        var result = CliRun.InProcess(Args(command, TestPaths.Seeds));
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        int reports = Directory.GetFiles(TestPaths.Seeds, "*.txt").Length;
        int outputs = command == "parse" ? result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length : result.Output.Split("==> ").Length - 1;
        Assert.Equal(reports, outputs);
    }

    [Fact]
    public void Fifo_is_refused_without_blocking()
    {
        // Tests run as root, so chmod 000 cannot make a file unreadable; a FIFO with no writer is the unreadable
        // path here (opening it would block forever).
        var fifo = _temp.Combine("pipe.txt");
        if (!CliInputs.TryMakeFifo(fifo))
        {
            return; // No FIFOs on this platform (Windows): nothing to test.
        }

        var result = CliRun.InProcess("outline", fifo);
        result.AssertOneLineError(ExitCodes.InputError, "pipe.txt");
        Assert.Contains("not a regular file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_regular_file_is_an_input_error()
    {
        string path;
        if (Environment.UserName == "root" || OperatingSystem.IsWindows())
        {
            // root reads any chmod 000 file; /proc/self/mem is a regular file whose read fails with EIO.
            if (!OperatingSystem.IsLinux() || !File.Exists("/proc/self/mem"))
            {
                return; // No way to make a regular file unreadable here.
            }

            path = "/proc/self/mem";
        }
        else
        {
            path = _temp.Write("locked.txt", Encoding.UTF8.GetBytes("一、标题"));
            File.SetUnixFileMode(path, UnixFileMode.None);
        }

        var result = CliRun.InProcess("outline", path);
        result.AssertOneLineError(ExitCodes.InputError, path);
        Assert.Contains("cannot be read", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file_parses_to_no_report_with_RPT0009()
    {
        var empty = _temp.Write("empty.txt", []);
        var tree = CliRun.InProcess("outline", empty);
        Assert.Equal(ExitCodes.Success, tree.ExitCode);
        Assert.Equal(string.Empty, tree.Error);
        Assert.Contains("RPT0009", tree.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("report:", tree.Output, StringComparison.Ordinal);

        var json = CliRun.InProcess("outline", empty, "--json");
        Assert.Equal(ExitCodes.Success, json.ExitCode);
        Assert.Contains("\"reports\": []", json.Output, StringComparison.Ordinal);
        Assert.Contains("RPT0009", json.Output, StringComparison.Ordinal);

        var source = CliRun.InProcess("render", empty, "--to", "source");
        Assert.Equal(ExitCodes.Success, source.ExitCode);
        Assert.Equal(string.Empty, source.Output);
    }

    [Fact]
    public void Binary_file_parses_round_trips_and_has_diagnostics()
    {
        var binary = _temp.Write("blob.bin", CliInputs.Binary());
        var outline = CliRun.InProcess("outline", binary);
        Assert.Equal(ExitCodes.Success, outline.ExitCode);
        Assert.Contains("RPT0008", outline.Output, StringComparison.Ordinal);
        Assert.Contains("RPT0009", outline.Output, StringComparison.Ordinal);

        var treeJson = _temp.Combine("blob.tree.json");
        Assert.Equal(ExitCodes.Success, CliRun.InProcess("parse", binary, "-o", treeJson).ExitCode);
        var direct = CliRun.InProcess("render", binary, "--to", "source");
        var fromJson = CliRun.InProcess("render", treeJson, "--to", "source");
        Assert.Equal(ExitCodes.Success, fromJson.ExitCode);
        Assert.Equal(direct.Output, fromJson.Output);
        Assert.Equal(ReportSdk.Text.SourceText.From(CliInputs.Binary()).ToString(), fromJson.Output);
    }

    [Fact]
    public void Gb18030_file_is_decoded_to_the_real_titles()
    {
        var gb = _temp.Write("gb18030.txt", CliInputs.Gb18030(File.ReadAllText(CliInputs.SeedPath(CliInputs.Seed002))));
        var tree = CliRun.InProcess("outline", gb);
        Assert.Equal(ExitCodes.Success, tree.ExitCode);
        Assert.Contains("report: " + CliInputs.Seed002Title, tree.Output, StringComparison.Ordinal);

        var json = CliRun.InProcess("outline", gb, "--json");
        Assert.Contains($"\"title\": \"{CliInputs.Seed002Title}\"", json.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFFFD", json.Output, StringComparison.Ordinal);

        var source = CliRun.InProcess("render", gb, "--to", "source");
        Assert.Equal(File.ReadAllText(CliInputs.SeedPath(CliInputs.Seed002)), source.Output);
    }

    [Fact]
    public void Path_with_spaces_and_Chinese_characters_works_for_input_and_output()
    {
        var input = _temp.Write(Path.Combine("政府 工作 报告", "乐平 2023.txt"), File.ReadAllBytes(CliInputs.SeedPath(CliInputs.Seed002)));
        var outline = CliRun.InProcess("outline", input, "--json");
        Assert.Equal(ExitCodes.Success, outline.ExitCode);
        Assert.Contains(CliInputs.Seed002Title, outline.Output, StringComparison.Ordinal);
        Assert.Contains("乐平 2023.txt", outline.Output, StringComparison.Ordinal);

        Directory.CreateDirectory(_temp.Combine("输出 目录"));
        var tree = _temp.Combine("输出 目录", "语法 树.json");
        Assert.Equal(ExitCodes.Success, CliRun.InProcess("parse", input, "-o", tree).ExitCode);
        var copy = _temp.Combine("输出 目录", "原文 副本.txt");
        Assert.Equal(ExitCodes.Success, CliRun.InProcess("render", tree, "--to", "source", "-o", copy).ExitCode);
        Assert.Equal(File.ReadAllBytes(input), File.ReadAllBytes(copy));

        var missing = _temp.Combine("政府 工作 报告", "不存在 的.txt");
        CliRun.InProcess("outline", missing).AssertOneLineError(ExitCodes.InputError, "不存在 的.txt");
    }

    [Theory]
    [InlineData("outline")]
    [InlineData("parse")]
    [InlineData("render")]
    public void Output_file_in_a_folder_that_does_not_exist_is_an_output_error(string command)
    {
        var output = _temp.Combine("no such folder", "out.json");
        var result = CliRun.InProcess([.. Args(command, CliInputs.SeedPath(CliInputs.Seed002)), "-o", output]);
        result.AssertOneLineError(ExitCodes.OutputError, output);
        Assert.Contains("folder does not exist", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Combine("no such folder")));
    }

    [Fact]
    public void Output_directory_that_does_not_exist_is_created_for_a_batch()
    {
        var outDir = _temp.Combine("a", "b c", "输出");
        var result = CliRun.InProcess("outline", CliInputs.SeedPath(CliInputs.Seed002), "--batch", "--json", "-o", outDir);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(outDir, "002_4e4f3f491fbc5ac3.outline.json")));
    }

    [Fact]
    public void Broken_tree_json_names_the_json_path()
    {
        var bad = _temp.Write("bad.json", Encoding.UTF8.GetBytes("{\"schemaVersion\":1,\"root\":{\"kind\":\"NoSuchKind\"}}"));
        var result = CliRun.InProcess("render", bad, "--to", "text");
        result.AssertOneLineError(ExitCodes.InputError, "bad.json");
        Assert.Contains("$.root", result.Error, StringComparison.Ordinal);

        var truncated = _temp.Write("truncated.json", Encoding.UTF8.GetBytes("{\"schemaVersion\":1,\"root\":{\"kind\":"));
        CliRun.InProcess("render", truncated, "--to", "source").AssertOneLineError(ExitCodes.InputError, "truncated.json");
    }

    [Fact]
    public void Text_that_merely_starts_with_a_brace_is_parsed_as_text()
    {
        var text = "{不是 JSON}\n一、标题\n";
        var path = _temp.Write("brace.txt", Encoding.UTF8.GetBytes(text));
        var result = CliRun.InProcess("render", path, "--to", "source");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(text, result.Output);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("outline")]
    [InlineData("render", "x.txt")]
    [InlineData("render", "x.txt", "--to", "pdf")]
    [InlineData("outline", "x.txt", "--no-such-option")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var result = CliRun.InProcess(args);
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.StartsWith("reportsdk: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("--help", result.Error, StringComparison.Ordinal);
        result.AssertNoStackTrace();
    }

    private static string[] Args(string command, string path) => command == "render" ? [command, path, "--to", "text"] : [command, path];
}
