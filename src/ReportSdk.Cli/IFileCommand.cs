namespace ReportSdk.Cli;

/// <summary>The per-file work of a command that <see cref="BatchRunner"/> runs over one or many inputs.</summary>
internal interface IFileCommand
{
    /// <summary>The file patterns a directory stands for in a batch, such as <c>*.txt</c>.</summary>
    IReadOnlyList<string> DirectoryPatterns { get; }

    /// <summary>The name of the output written for <paramref name="input"/> into an output directory.</summary>
    string OutputFileName(InputFile input);

    /// <summary>
    /// Reads and parses one input, and returns what writes its whole output (streamed, so a large output is never
    /// held in memory as one string). Input problems surface here, before any output is opened.
    /// </summary>
    /// <param name="input">The input file.</param>
    /// <param name="options">The size limit and the hint for a directory.</param>
    /// <exception cref="CliFailure">The input cannot be read or is not valid.</exception>
    OutputWriter Produce(InputFile input, InputReadOptions options);
}
