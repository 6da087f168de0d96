namespace ReportSdk.Syntax;

/// <summary>Options for parsing. Immutable; change with <c>with</c>.</summary>
public sealed record ParseOptions
{
    /// <summary>The default options.</summary>
    public static ParseOptions Default { get; } = new();

    /// <summary>
    /// Whether lines of web-page chrome (navigation, forum UI, download footers) are recognised and
    /// kept as skipped-text trivia. On by default; turn off for clean inputs where every line is report text.
    /// </summary>
    public bool SkipChrome { get; init; } = true;
}
