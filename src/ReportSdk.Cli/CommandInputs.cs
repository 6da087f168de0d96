namespace ReportSdk.Cli;

/// <summary>What the user asked a file command to process and where its output goes.</summary>
/// <param name="Paths">The input files and directories, as given.</param>
/// <param name="Output">The <c>-o</c> value (a file, or a directory in a batch), or null for stdout.</param>
/// <param name="Batch">True when <c>--batch</c> was given or an input is a directory: a batch even with a single input.</param>
/// <param name="Progress">True when <c>--progress</c> was given: always show progress on stderr.</param>
/// <param name="MaxInputBytes">The size limit per input, in bytes (<c>--max-input-size</c>).</param>
/// <param name="Jobs">How many inputs of a batch are processed at once (<c>--jobs</c>); 0 for one per processor.</param>
internal sealed record CommandInputs(IReadOnlyList<string> Paths, string? Output, bool Batch, bool Progress, long MaxInputBytes, int Jobs = 0)
{
    /// <summary>
    /// Several inputs, a directory (<see cref="Batch"/>), <c>--batch</c>, or <c>-o</c> naming a directory by its trailing separator
    /// (<c>-o out/</c>): directories are expanded, each failure is reported and the rest still run.
    /// </summary>
    public bool IsBatch => Batch || Paths.Count > 1 || (Output is { Length: > 0 } output && Path.EndsInDirectorySeparator(output));

    /// <summary>A batch without <c>-o</c>: its outputs follow one another on stdout (JSON ones as JSON Lines, one document per line).</summary>
    public bool IsBatchToStandardOutput => IsBatch && Output is null;
}
