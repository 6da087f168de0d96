using ReportSdk.Text;

namespace ReportSdk.Diagnostics;

/// <summary>A file path with a 0-based line/character span.</summary>
public readonly record struct FileLinePositionSpan(string Path, LinePositionSpan Span)
{
    /// <summary>The start of the span.</summary>
    public LinePosition StartLinePosition => Span.Start;

    /// <summary>The end of the span.</summary>
    public LinePosition EndLinePosition => Span.End;
}
