using System.Globalization;
using ReportSdk.Semantics.Outline;
using ReportSdk.Serialization;

namespace ReportSdk.Cli;

/// <summary><c>reportsdk outline &lt;file|dir&gt;... [--json]</c>: the outline as an indented tree or as outline JSON.</summary>
internal sealed class OutlineCommand(bool json) : IFileCommand
{
    public IReadOnlyList<string> DirectoryPatterns { get; } = ["*.txt"];

    public string OutputFileName(InputFile input) => input.Stem + (json ? ".outline.json" : ".outline.txt");

    public string Produce(InputFile input, string? directoryHint)
    {
        var tree = TreeLoader.ParseReport(input, directoryHint);
        var outline = OutlineBuilder.Build(tree);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        if (json)
        {
            writer.Write(OutlineJson.Serialize(outline));
            writer.WriteLine();
        }
        else
        {
            OutlineTreePrinter.Print(outline, writer);
        }

        return writer.ToString();
    }
}
