using System.Globalization;
using ReportSdk.Text;

namespace ReportSdk.Diagnostics;

/// <summary>
/// A file path with a 0-based line/character span, as Roslyn's <c>FileLinePositionSpan</c>: what
/// <see cref="Location.GetLineSpan"/> and <see cref="Syntax.SyntaxTree.GetLineSpan"/> return.
/// </summary>
/// <param name="Path">The file path, or an empty string.</param>
/// <param name="Span">The 0-based start and end line positions.</param>
public readonly record struct FileLinePositionSpan(string Path, LinePositionSpan Span)
{
    /// <summary>The 0-based start of the span.</summary>
    public LinePosition StartLinePosition => Span.Start;

    /// <summary>The 0-based end of the span (exclusive).</summary>
    public LinePosition EndLinePosition => Span.End;

    /// <summary>
    /// The start in compiler format, <c>path(line,col)</c>, with a 1-based line and column (UTF-16 code units): the
    /// form of <see cref="Diagnostic.ToString"/> and of <c>reportsdk check</c>. The positions themselves stay 0-based.
    /// </summary>
    /// <returns>For example <c>report.txt(5,1)</c> for the 0-based start 4,0.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Path}({StartLinePosition.Line + 1},{StartLinePosition.Character + 1})");
}
