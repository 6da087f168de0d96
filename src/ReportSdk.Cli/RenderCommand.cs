using ReportSdk.Serialization.Rendering;

namespace ReportSdk.Cli;

/// <summary>
/// <c>reportsdk render &lt;file|tree.json|dir&gt;... --to text|markdown|html|source</c>: renders report text or a
/// syntax-tree JSON document. <c>source</c> is the original text exactly, with nothing added.
/// </summary>
internal sealed class RenderCommand(RenderFormat format) : IFileCommand
{
    /// <summary>The values of <c>--to</c>, as typed on the command line.</summary>
    public static readonly IReadOnlyDictionary<string, RenderFormat> Formats = new Dictionary<string, RenderFormat>(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = RenderFormat.Text,
        ["markdown"] = RenderFormat.Markdown,
        ["html"] = RenderFormat.Html,
        ["source"] = RenderFormat.Source,
    };

    private const string TreeJsonSuffix = ".tree";

    public IReadOnlyList<string> DirectoryPatterns { get; } = ["*.txt", "*.json"];

    public string OutputFileName(InputFile input)
    {
        var stem = input.Stem;
        if (stem.EndsWith(TreeJsonSuffix, StringComparison.OrdinalIgnoreCase) && stem.Length > TreeJsonSuffix.Length)
        {
            stem = stem[..^TreeJsonSuffix.Length];
        }

        return stem + format switch
        {
            RenderFormat.Text => ".text.txt",
            RenderFormat.Markdown => ".md",
            RenderFormat.Html => ".html",
            _ => ".source.txt",
        };
    }

    public OutputWriter Produce(InputFile input, InputReadOptions options)
    {
        var tree = TreeLoader.LoadTreeOrReport(input, options);
        return destination => Utf8Output.WriteText(destination, writer => ReportRenderer.Render(tree, format, writer));
    }
}
