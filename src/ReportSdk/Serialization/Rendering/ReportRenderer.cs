using System.Globalization;
using ReportSdk.Syntax;

namespace ReportSdk.Serialization.Rendering;

/// <summary>
/// The common entry to the renderers: writes a syntax tree in a chosen <see cref="RenderFormat"/>.
/// </summary>
/// <example>
/// <code>
/// var tree = SyntaxTree.ParseFile("report.txt");
/// string html = ReportRenderer.Render(tree, RenderFormat.Html);
/// </code>
/// </example>
public static class ReportRenderer
{
    /// <summary>Writes <paramref name="tree"/> to <paramref name="writer"/> in <paramref name="format"/>.</summary>
    /// <param name="tree">The tree to render.</param>
    /// <param name="format">The output format. <see cref="RenderFormat.Source"/> writes <c>tree.GetRoot().ToFullString()</c> exactly.</param>
    /// <param name="writer">Where the output goes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tree"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public static void Render(SyntaxTree tree, RenderFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(writer);
        switch (format)
        {
            case RenderFormat.Text:
                new PlainTextRenderer(writer).Render(tree);
                break;
            case RenderFormat.Markdown:
                new MarkdownRenderer(writer).Render(tree);
                break;
            case RenderFormat.Html:
                new HtmlRenderer(writer).Render(tree);
                break;
            case RenderFormat.Source:
                writer.Write(tree.GetRoot().ToFullString());
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown render format.");
        }
    }

    /// <summary>Returns <paramref name="tree"/> rendered in <paramref name="format"/>.</summary>
    /// <param name="tree">The tree to render.</param>
    /// <param name="format">The output format.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tree"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public static string Render(SyntaxTree tree, RenderFormat format)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Render(tree, format, writer);
        return writer.ToString();
    }
}
