using ReportSdk.Serialization.Rendering;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.Cookbook;

public static class MarkdownExport
{
    /// <summary>Reads a report file (UTF-8, UTF-16 or GB18030), writes it as Markdown and returns the Markdown.</summary>
    public static string ConvertFile(string reportPath, string markdownPath)
    {
        var tree = SyntaxTree.ParseFile(reportPath);
        string markdown = ReportRenderer.Render(tree, RenderFormat.Markdown);
        File.WriteAllText(markdownPath, markdown);
        return markdown;
    }
}
