using ReportSdk.Semantics.Outline;
using ReportSdk.Serialization;

namespace ReportSdk.Cli;

/// <summary>
/// <c>reportsdk outline &lt;file|dir&gt;... [--json]</c>: the outline as an indented tree or as outline JSON (indented, or on
/// one line when <paramref name="jsonLines"/>: a batch to stdout).
/// </summary>
internal sealed class OutlineCommand(bool json, bool jsonLines = false) : IFileCommand
{
    public bool WritesJson => json;

    public IReadOnlyList<string> DirectoryPatterns { get; } = ["*.txt"];

    public string OutputFileName(InputFile input) => input.Stem + (json ? ".outline.json" : ".outline.txt");

    public OutputWriter Produce(InputFile input, InputReadOptions options)
    {
        var tree = TreeLoader.ParseReport(input, options);
        var outline = OutlineBuilder.Build(tree);
        if (json)
        {
            return destination =>
            {
                OutlineJson.Serialize(destination, outline, indented: !jsonLines);
                Utf8Output.WriteNewLine(destination);
            };
        }

        return destination => Utf8Output.WriteText(destination, writer => OutlineTreePrinter.Print(outline, writer));
    }
}
