using System.Globalization;
using ReportSdk.Cli;
using ReportSdk.Semantics.Outline;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.Cli;

/// <summary>Issue 3 item 5: <c>parse</c>, <c>render</c> and <c>outline</c> on the seeds.</summary>
public sealed class CliParseRenderTests : IDisposable
{
    private readonly CliTempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    public static IEnumerable<object[]> Seeds => CliInputs.SeedNames;

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Parse_then_render_source_is_byte_identical(string seed)
    {
        var input = CliInputs.SeedPath(seed);
        var treeJson = _temp.Combine(seed + ".tree.json");
        var parse = CliRun.InProcess("parse", input, "-o", treeJson);
        Assert.Equal(ExitCodes.Success, parse.ExitCode);
        Assert.Equal(string.Empty, parse.Output);
        Assert.StartsWith("{", File.ReadAllText(treeJson), StringComparison.Ordinal);

        var copy = _temp.Combine(seed + ".copy.txt");
        Assert.Equal(ExitCodes.Success, CliRun.InProcess("render", treeJson, "--to", "source", "-o", copy).ExitCode);
        Assert.Equal(File.ReadAllBytes(input), File.ReadAllBytes(copy));

        // From the text directly, and through stdout.
        var direct = CliRun.InProcess("render", input, "--to", "source");
        Assert.Equal(File.ReadAllBytes(input), direct.OutputBytes);
    }

    [Fact]
    public void Parse_to_stdout_is_the_tree_json()
    {
        var result = CliRun.InProcess("parse", CliInputs.SeedPath(CliInputs.Seed002));
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var tree = ReportSdk.Serialization.SyntaxTreeJson.Deserialize(result.Output);
        Assert.Equal(File.ReadAllText(CliInputs.SeedPath(CliInputs.Seed002)), tree.GetRoot().ToFullString());

        var indented = CliRun.InProcess("parse", CliInputs.SeedPath(CliInputs.Seed002), "--indented");
        Assert.Contains("\n  \"", indented.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Render_markdown_and_html_contain_the_report_title(string seed)
    {
        var input = CliInputs.SeedPath(seed);
        var title = OutlineBuilder.Build(SyntaxTree.ParseFile(input)).Reports.Select(report => report.Title).First(t => t is not null)!;
        var treeJson = _temp.Combine("tree.json");
        Assert.Equal(ExitCodes.Success, CliRun.InProcess("parse", input, "-o", treeJson).ExitCode);
        foreach (var format in new[] { "markdown", "html", "text" })
        {
            foreach (var source in new[] { input, treeJson })
            {
                var result = CliRun.InProcess("render", source, "--to", format);
                Assert.Equal(ExitCodes.Success, result.ExitCode);
                Assert.Equal(string.Empty, result.Error);
                Assert.False(string.IsNullOrWhiteSpace(result.Output));
                Assert.Contains(title, result.Output, StringComparison.Ordinal);
            }
        }

        var html = CliRun.InProcess("render", input, "--to", "html").Output;
        Assert.Contains("<html", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Outline_json_of_seed_002_has_schema_version_and_title()
    {
        var result = CliRun.InProcess("outline", CliInputs.SeedPath(CliInputs.Seed002), "--json");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("\"schemaVersion\"", result.Output, StringComparison.Ordinal);
        Assert.Contains(CliInputs.Seed002Title, result.Output, StringComparison.Ordinal);
        var outline = ReportSdk.Serialization.OutlineJson.Deserialize(result.Output);
        Assert.Equal(CliInputs.Seed002Title, outline.Reports[0].Title);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Outline_keeps_its_format_and_writes_the_same_to_a_file(bool json)
    {
        var input = CliInputs.SeedPath(CliInputs.Seed002);
        var outline = OutlineBuilder.Build(SyntaxTree.ParseText(ReportSdk.Text.SourceText.From(File.ReadAllBytes(input)), path: input));
        using var expected = new StringWriter(CultureInfo.InvariantCulture);
        if (json)
        {
            expected.Write(ReportSdk.Serialization.OutlineJson.Serialize(outline));
            expected.WriteLine();
        }
        else
        {
            OutlineTreePrinter.Print(outline, expected);
        }

        string[] args = json ? ["outline", input, "--json"] : ["outline", input];
        var stdout = CliRun.InProcess(args);
        Assert.Equal(expected.ToString(), stdout.Output);

        var file = _temp.Combine("outline.out");
        Assert.Equal(ExitCodes.Success, CliRun.InProcess([.. args, "--output", file]).ExitCode);
        Assert.Equal(expected.ToString(), File.ReadAllText(file));
    }

    [Fact]
    public void Output_to_an_existing_directory_is_named_after_the_input()
    {
        var result = CliRun.InProcess("render", CliInputs.SeedPath(CliInputs.Seed002), "--to", "markdown", "-o", _temp.Path);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.True(File.Exists(_temp.Combine("002_4e4f3f491fbc5ac3.md")));
    }

    [Fact]
    public void No_arguments_prints_the_sample_outline()
    {
        var result = CliRun.InProcess();
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains(CliInputs.Seed002Title, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_describes_every_command_and_option_with_examples()
    {
        var root = CliRun.InProcess("--help");
        Assert.Equal(ExitCodes.Success, root.ExitCode);
        foreach (var expected in new[] { "Examples:", "Exit codes:", "outline", "parse", "render", "--version", "reportsdk render report.tree.json --to markdown" })
        {
            Assert.Contains(expected, root.Output, StringComparison.Ordinal);
        }

        foreach (var (command, options) in new[]
        {
            ("outline", new[] { "--json", "--output", "--batch", "--progress", "<inputs>" }),
            ("parse", new[] { "--output", "--indented", "--batch", "--progress", "<inputs>" }),
            ("render", new[] { "--to", "text|markdown|html|source", "--output", "--batch", "--progress", "<inputs>" }),
        })
        {
            var help = CliRun.InProcess(command, "--help");
            Assert.Equal(ExitCodes.Success, help.ExitCode);
            Assert.Contains("Example", help.Output, StringComparison.Ordinal);
            foreach (var option in options)
            {
                Assert.Contains(option, help.Output, StringComparison.Ordinal);
            }
        }

        var version = CliRun.InProcess("--version");
        Assert.Equal(ExitCodes.Success, version.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(version.Output));
    }

    [Theory]
    [InlineData(new[] { "help" }, new[] { "--help" })]
    [InlineData(new[] { "help", "outline" }, new[] { "outline", "--help" })]
    [InlineData(new[] { "help", "check" }, new[] { "check", "--help" })]
    public void Help_command_prints_the_same_as_the_help_option(string[] command, string[] option)
    {
        var viaCommand = CliRun.InProcess(command);
        var viaOption = CliRun.InProcess(option);
        Assert.Equal(ExitCodes.Success, viaCommand.ExitCode);
        Assert.Equal(viaOption.Output, viaCommand.Output);
        Assert.Contains("Usage:", viaCommand.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Outline_text_prints_diagnostics_in_the_compiler_format()
    {
        string path = _temp.Combine("rpt0003.txt");
        File.WriteAllText(path, "政府工作报告\n各位代表：\n一、2022年工作回顾\n（一）经济平稳增长\n（三）民生持续改善\n各位代表！让我们团结一心，奋力谱写新篇章！\n");
        var result = CliRun.InProcess("outline", path);
        var diagnostic = SyntaxTree.ParseFile(path).GetDiagnostics().Single(d => d.Id == "RPT0003");

        Assert.Contains("    (5,1): warning RPT0003: ", result.Output, StringComparison.Ordinal);
        Assert.EndsWith("(5,1): warning RPT0003: " + diagnostic.GetMessage(), diagnostic.ToString(), StringComparison.Ordinal);
    }
}
