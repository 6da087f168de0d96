using System.Text;
using ReportSdk.Semantics.Outline;
using ReportSdk.Serialization;
using ReportSdk.Syntax;

namespace ReportSdk.Cli;

/// <summary><c>reportsdk outline &lt;file&gt; [--json]</c>.</summary>
internal static class OutlineCommand
{
    public static int Execute(FileInfo file, bool json, TextWriter output, TextWriter error)
    {
        if (!InputFiles.TryRead(file, error, out var text))
        {
            return ExitCodes.InputError;
        }

        var tree = SyntaxTree.ParseText(text, path: file.ToString());
        var outline = OutlineBuilder.Build(tree);
        if (json)
        {
            output.Write(OutlineJson.Serialize(outline));
            output.WriteLine();
        }
        else
        {
            OutlineTreePrinter.Print(outline, output);
        }

        return ExitCodes.Success;
    }
}
