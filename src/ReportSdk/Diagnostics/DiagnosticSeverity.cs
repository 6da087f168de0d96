namespace ReportSdk.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something noted for tools, not shown by default.</summary>
    Hidden = 0,
    /// <summary>Information about what the parser recovered from.</summary>
    Info = 1,
    /// <summary>The text departs from the genre; the tree is still complete.</summary>
    Warning = 2,
    /// <summary>The text could not be read as a report at all.</summary>
    Error = 3,
}
