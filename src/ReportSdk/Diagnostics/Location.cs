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

    /// <summary>The path and the 0-based line positions of the span.</summary>
    public FileLinePositionSpan GetLineSpan()
    {
        if (SourceTree is null)
        {
            return new FileLinePositionSpan(string.Empty, default);
        }

        var lines = SourceTree.GetText().Lines;
        return new FileLinePositionSpan(SourceTree.FilePath, lines.GetLinePositionSpan(SourceSpan));
    }

    /// <inheritdoc/>
    public override string ToString() => $"{SourceTree?.FilePath}{SourceSpan}";
}
