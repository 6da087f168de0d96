using ReportSdk.Serialization;

namespace ReportSdk.Cli;

/// <summary>
/// <c>reportsdk parse &lt;file|dir&gt;...</c>: the full syntax tree as JSON (<see cref="SyntaxTreeJson"/>), one document per
/// input; compact unless <paramref name="indented"/> (which a batch to stdout, one document per line, does not honour).
/// </summary>
internal sealed class ParseCommand(bool indented) : IFileCommand
{
    public bool WritesJson => true;

    public IReadOnlyList<string> DirectoryPatterns { get; } = ["*.txt"];

    public string OutputFileName(InputFile input) => input.Stem + ".tree.json";

    public OutputWriter Produce(InputFile input, InputReadOptions options)
    {
        var tree = TreeLoader.ParseReport(input, options);
        return destination =>
        {
            SyntaxTreeJson.Serialize(destination, tree, new SyntaxTreeJsonOptions { Indented = indented });
            Utf8Output.WriteNewLine(destination);
        };
    }
}
