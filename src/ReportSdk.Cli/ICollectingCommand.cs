namespace ReportSdk.Cli;

/// <summary>
/// A command that reads every input of the run and then writes one output for all of them (<c>reportsdk check</c>),
/// run by <see cref="BatchRunner.RunCollecting"/>: inputs, directories, <c>--batch</c>, progress, failures on stderr
/// and the output checks are those of every file command.
/// </summary>
internal interface ICollectingCommand
{
    /// <summary>The file patterns a directory stands for in a batch, such as <c>*.txt</c>.</summary>
    IReadOnlyList<string> DirectoryPatterns { get; }

    /// <summary>The name of the one output when <c>-o</c> names a directory.</summary>
    string OutputFileName { get; }

    /// <summary>Reads and parses one input and keeps what the output needs.</summary>
    /// <exception cref="CliFailure">The input cannot be read or is not valid.</exception>
    void Add(InputFile input, InputReadOptions options);

    /// <summary>Records an input that failed (already reported on stderr) with its one-line message.</summary>
    void AddFailure(InputFile input, string message);

    /// <summary>Returns what writes the whole output, once every input was added.</summary>
    OutputWriter Finish();

    /// <summary>
    /// Called once the output was written: <paramref name="toFile"/> tells whether it went to a <c>-o</c> file rather
    /// than stdout; <paramref name="output"/> and <paramref name="error"/> are stdout and stderr, for what must not mix
    /// with the output itself (for <c>check --format sarif</c>, the summary line).
    /// </summary>
    void Written(bool toFile, TextWriter output, TextWriter error);

    /// <summary>The exit code when every input and the output succeeded (for <c>check</c>, from <c>--fail-on</c>).</summary>
    int ResultExitCode { get; }
}
