namespace ReportSdk.Cli;

/// <summary>The documented exit codes of <c>reportsdk</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>
    /// <c>check</c> ran on every input but found diagnostics at or above the <c>--fail-on</c> severity (warning or error;
    /// the default is error). Input, output and internal failures take precedence over this code.
    /// </summary>
    public const int DiagnosticsFound = 1;

    /// <summary>The command line was wrong (unknown command or option, missing argument, bad value).</summary>
    public const int UsageError = 2;

    /// <summary>
    /// An input file was missing, not a regular file, unreadable, a broken tree JSON, larger than the
    /// size limit (<c>--max-input-size</c>), or too large for the memory available.
    /// </summary>
    public const int InputError = 3;

    /// <summary>
    /// An output could not be written (its folder does not exist, it is not writable, ...), an output would replace
    /// an input of the same run (nothing is written then), or standard output was closed (a broken pipe: the run stops).
    /// </summary>
    public const int OutputError = 4;

    /// <summary>A batch ran to the end but at least one of its inputs failed (each failure was reported on stderr).</summary>
    public const int BatchPartialFailure = 5;

    /// <summary><c>explore</c> could not start its web server (the port is taken or cannot be bound).</summary>
    public const int ServerError = 6;

    /// <summary>Interrupted by SIGINT (Ctrl+C): 128 + 2, as a shell reports it. Unfinished outputs were removed.</summary>
    public const int Interrupted = 130;

    /// <summary>Terminated by SIGTERM: 128 + 15, as a shell reports it. Unfinished outputs were removed.</summary>
    public const int Terminated = 143;

    /// <summary>An unexpected error inside the tool (a bug): <c>reportsdk: internal error: ...</c>.</summary>
    public const int InternalError = 70;
}
