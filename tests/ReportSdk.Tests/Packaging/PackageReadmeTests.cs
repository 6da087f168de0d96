using System.Text.RegularExpressions;
using ReportSdk.Semantics.Model;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.Packaging;

/// <summary>
/// The NuGet package READMEs: the library's C# example is the code this test runs on a seed (so it compiles
/// and prints what its comments say), links are absolute (nuget.org shows the README without the repository),
/// and the tool's README names commands the tool has.
/// </summary>
public sealed partial class PackageReadmeTests
{
    private static readonly string LibraryReadme = Path.Combine(TestPaths.RepositoryRoot, "src", "ReportSdk", "Package", "README.md");
    private static readonly string ToolReadme = Path.Combine(TestPaths.RepositoryRoot, "src", "ReportSdk.Cli", "Package", "README.md");

    [Fact]
    public void LibraryExample_IsTheCodeThatRuns_AndPrintsWhatItsCommentsSay()
    {
        string path = Path.Combine(TestPaths.Seeds, "002_4e4f3f491fbc5ac3.txt");
        var printed = new StringWriter();
        Console.Out = printed;

        // usage: readme
        var tree = SyntaxTree.ParseFile(path);                      // UTF-8, UTF-16 with a BOM, or GB18030
        var report = tree.GetRoot().Reports[0];
        Console.WriteLine(report.Preamble.Title.TextToken.Text);    // 2023年乐平市政府工作报告
        foreach (var section in report.Sections)
            Console.WriteLine($"{section.Kind}: {section.Heading}"); // ReviewSection: 一、2022年工作回顾 …
        foreach (var diagnostic in tree.GetDiagnostics())
            Console.WriteLine(diagnostic);                          // path(line,col): info RPT0007: …

        var model = tree.GetReportModels()[0];                      // whose report it is, and what it promises
        Console.WriteLine($"{model.Metadata.Region?.Value} {model.Metadata.Level?.Value} {model.Metadata.Year?.Value}");
        var gdp = model.FindTarget("gdp");                          // 地区生产总值增长7%以上
        Console.WriteLine($"{gdp?.Indicator}: {gdp?.Low}–{gdp?.High}{gdp?.Unit} {gdp?.Qualifier}");
        // end usage

        string code = string.Join('\n', File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, "tests", "ReportSdk.Tests", "Packaging", "PackageReadmeTests.cs"))
            .SkipWhile(l => l.Trim() != "// usage: readme").Skip(1).TakeWhile(l => l.Trim() != "// end usage")
            .Select(l => l.Length >= 8 ? l[8..] : l.Trim()));
        string readme = File.ReadAllText(LibraryReadme).Replace("\r\n", "\n", StringComparison.Ordinal);
        string block = Assert.Single(CSharpBlock().Matches(readme)).Groups["code"].Value;
        Assert.Equal("using ReportSdk.Semantics.Model;\nusing ReportSdk.Syntax;\n\n" + code, block);

        var lines = printed.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        Assert.Equal("2023年乐平市政府工作报告", lines[0]);
        Assert.StartsWith("ReviewSection: 一、2022年工作回顾", lines[1], StringComparison.Ordinal);
        Assert.Contains("乐平市 City 2023", lines);
        Assert.Contains(lines, l => l.StartsWith("地区生产总值增长: 7–7% AtLeast", StringComparison.Ordinal));
    }

    [Fact]
    public void Links_AreAbsolute()
    {
        foreach (string file in new[] { LibraryReadme, ToolReadme })
        {
            foreach (Match link in MarkdownLink().Matches(File.ReadAllText(file)))
            {
                Assert.StartsWith("https://", link.Groups["target"].Value, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void ToolReadme_NamesOnlyCommandsTheToolHas()
    {
        var commands = Regex.Matches(File.ReadAllText(ToolReadme), @"^reportsdk (?<command>[a-z]+)", RegexOptions.Multiline)
            .Select(m => m.Groups["command"].Value).Distinct().ToList();
        Assert.NotEmpty(commands);
        foreach (string command in commands)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            int exit = ReportSdk.Cli.CliApplication.Run([command, "--help"], output, error);
            Assert.True(exit == 0, $"reportsdk {command} --help: exit {exit}: {error}");
        }
    }

    [GeneratedRegex("^```csharp\\n(?<code>.*?)\\n```$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"\]\((?<target>[^)]+)\)")]
    private static partial Regex MarkdownLink();

    /// <summary>Stands in for <see cref="System.Console"/> in the example, so the test reads what it prints.</summary>
    private static class Console
    {
        [ThreadStatic]
        private static StringWriter? s_out;

        public static StringWriter Out { get => s_out!; set => s_out = value; }

        public static void WriteLine(object? value) => s_out!.WriteLine(value);
    }
}
