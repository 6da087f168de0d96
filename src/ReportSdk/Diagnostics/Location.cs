using ReportSdk.Syntax;
using ReportSdk.Text;

namespace ReportSdk.Diagnostics;

/// <summary>A span in a syntax tree's text.</summary>
public sealed class Location
{
    /// <summary>Creates a location.</summary>
    public Location(SyntaxTree? sourceTree, TextSpan sourceSpan)
    {
        SourceTree = sourceTree;
        SourceSpan = sourceSpan;
    }

    /// <summary>The tree, when known.</summary>
    public SyntaxTree? SourceTree { get; }

    /// <summary>The span in the tree's text.</summary>
    public TextSpan SourceSpan { get; }

    /// <summary>
    /// The path and the line positions of the span. The positions are 0-based, as in Roslyn (line 0 is the first
    /// line); the result's <c>ToString()</c> shows them 1-based in compiler format, <c>path(line,col)</c>. Without a
    /// tree, the path is empty and both positions are 0,0.
    /// </summary>
    /// <returns>The path and the 0-based line span.</returns>
    public FileLinePositionSpan GetLineSpan() =>
        SourceTree is null ? new FileLinePositionSpan(string.Empty, default) : SourceTree.GetLineSpan(SourceSpan);

    /// <summary>
    /// The same as <see cref="GetLineSpan"/>: Roslyn's <c>GetMappedLineSpan</c> applies <c>#line</c> directives, and a
    /// report has none, so the mapped span is the span itself (0-based; <c>ToString()</c> gives the 1-based
    /// <c>path(line,col)</c> display). Here so code written against Roslyn's API compiles and means the same.
    /// </summary>
    /// <returns>The path and the 0-based line span.</returns>
    public FileLinePositionSpan GetMappedLineSpan() => GetLineSpan();

    /// <inheritdoc/>
    public override string ToString() => $"{SourceTree?.FilePath}{SourceSpan}";
}
