using System.CommandLine;
using ReportSdk.Semantics.Outline;
using ReportSdk.Serialization;
using ReportSdk.Syntax;

namespace ReportSdk.Cli;

/// <summary>The <c>reportsdk</c> command line: commands, options and their actions.</summary>
internal static class CliApplication
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = BuildCommand(output, error);
        if (args.Length == 0)
        {
            return RunSample(output);
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine($"reportsdk: {parseError.Message}");
            }

            error.WriteLine("Run 'reportsdk --help' for usage.");
            return ExitCodes.UsageError;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }

    private static RootCommand BuildCommand(TextWriter output, TextWriter error)
    {
        var root = new RootCommand(
            "ReportSdk: parse Chinese government work reports (政府工作报告) into a full-fidelity syntax tree.\n" +
            "Run without arguments to see the outline of an embedded sample report.");

        var file = new Argument<FileInfo>("file") { Description = "The report text file (UTF-8, UTF-16 with BOM, or GB18030)." };
        var json = new Option<bool>("--json") { Description = "Print the outline as UTF-8 JSON instead of an indented tree." };
        var outline = new Command("outline", "Print the outline of a report: titles, meeting and speaker lines, sections, items, closing, footnotes and diagnostics.");
        outline.Arguments.Add(file);
        outline.Options.Add(json);
        outline.SetAction(result => OutlineCommand.Execute(result.GetValue(file)!, result.GetValue(json), output, error));
        root.Subcommands.Add(outline);
        return root;
    }

    private static int RunSample(TextWriter output)
    {
        using var stream = typeof(CliApplication).Assembly.GetManifestResourceStream("ReportSdk.Cli.Sample.txt")
            ?? throw new InvalidOperationException("The embedded sample report is missing from the tool.");
        var tree = SyntaxTree.ParseText(Text.SourceText.From(stream), path: "sample (embedded)");
        output.WriteLine("ReportSdk: the outline of an embedded sample report. Run 'reportsdk outline <file> [--json]' on your own files, or 'reportsdk --help'.");
        output.WriteLine();
        OutlineTreePrinter.Print(OutlineBuilder.Build(tree), output);
        return ExitCodes.Success;
    }
}
