namespace ReportSdk.Cli;

/// <summary>
/// An expected failure of one input or output: carries the one-line message for stderr (without the
/// <c>reportsdk: </c> prefix) and the exit code it stands for. Never escapes <see cref="CliApplication"/>.
/// </summary>
internal sealed class CliFailure : Exception
{
    public CliFailure(int exitCode, string message, bool stopsRun = false)
        : base(message)
    {
        ExitCode = exitCode;
        StopsRun = stopsRun;
    }

    public int ExitCode { get; }

    /// <summary>True when the other inputs of a batch cannot run either (standard output is gone): the run ends with <see cref="ExitCode"/>.</summary>
    public bool StopsRun { get; }

    public static CliFailure Input(string path, string problem) => new(ExitCodes.InputError, $"{ErrorText.Quote(path)}: {problem}");

    public static CliFailure Output(string path, string problem) => new(ExitCodes.OutputError, $"{ErrorText.Quote(path)}: {problem}");

    /// <summary>Standard output cannot be written, typically a broken pipe (its reader exited): the run stops with <see cref="ExitCodes.OutputError"/>.</summary>
    public static CliFailure StandardOutput(Exception exception) =>
        new(ExitCodes.OutputError, "standard output cannot be written (" + ErrorText.Reason(exception) + "); stopped", stopsRun: true);
}
