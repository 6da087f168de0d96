using System.CommandLine;
using ReportSdk.Semantics.Outline;
using ReportSdk.Syntax;

namespace ReportSdk.Cli;

/// <summary>
/// The entry of the <c>reportsdk</c> command line: parses the arguments, runs the command and turns every
/// failure into one line on stderr and a documented exit code (<see cref="ExitCodes"/>). Never throws.
/// </summary>
internal static class CliApplication
{
    /// <summary>Ends every usage error.</summary>
    public const string UsageHint = "see 'reportsdk --help'";

    /// <summary>Runs <c>reportsdk</c> with <paramref name="args"/>, writing to the given writers; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, stderrIsTerminal: false);

    /// <summary>As <see cref="Run(string[], TextWriter, TextWriter)"/>; <paramref name="stderrIsTerminal"/> enables automatic progress.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool stderrIsTerminal)
    {
        try
        {
            if (args.Length == 0)
            {
                return RunSample(output);
            }

            var root = CommandLineDefinition.Build(output, error, stderrIsTerminal);
            var parse = root.Parse(HelpCommandAsOption(args));
            if (parse.Errors.Count > 0)
            {
                // One line, however many problems: the first, how many more, and where to look.
                var more = parse.Errors.Count > 1 ? $" (and {parse.Errors.Count - 1} more)" : string.Empty;
                ErrorText.Write(error, $"{ErrorText.OneLine(parse.Errors[0].Message).TrimEnd('.')}{more}; {UsageHint}");
                return ExitCodes.UsageError;
            }

            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (CliFailure failure)
        {
            ErrorText.Write(error, failure.Message);
            return failure.ExitCode;
        }
        catch (Exception exception)
        {
            try
            {
                ErrorText.WriteInternal(error, $"{exception.GetType().Name}: {exception.Message}");
            }
            catch (Exception)
            {
                // stderr itself is gone: nothing more can be said.
            }

            return ExitCodes.InternalError;
        }
    }

    /// <summary>
    /// <c>reportsdk help</c> is <c>reportsdk --help</c> and <c>reportsdk help outline</c> is
    /// <c>reportsdk outline --help</c>, as in <c>dotnet help</c> and <c>git help</c>.
    /// </summary>
    internal static string[] HelpCommandAsOption(string[] args) =>
        args is ["help", .. var rest] && rest.Length <= 1 ? [.. rest, "--help"] : args;

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
