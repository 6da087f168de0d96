namespace ReportSdk.Cli;

/// <summary>Where the output of one input will go, decided before anything is written.</summary>
/// <param name="FullPath">The absolute path of the output file, or null for standard output.</param>
/// <param name="DisplayPath">The output path as the user would write it, for messages.</param>
internal sealed record PlannedOutput(string? FullPath, string DisplayPath);
