namespace ReportSdk.Cli;

/// <summary>
/// An expected failure of one input or output: carries the one-line message for stderr (without the
/// <c>reportsdk: </c> prefix) and the exit code it stands for. Never escapes <see cref="CliApplication"/>.
/// </summary>
internal sealed class CliFailure : Exception
{
    public CliFailure(int exitCode, string message)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public int ExitCode { get; }

    public static CliFailure Input(string path, string problem) => new(ExitCodes.InputError, $"{ErrorText.Quote(path)}: {problem}");

    public static CliFailure Output(string path, string problem) => new(ExitCodes.OutputError, $"{ErrorText.Quote(path)}: {problem}");
}
