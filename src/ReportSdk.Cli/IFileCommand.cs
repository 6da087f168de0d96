namespace ReportSdk.Cli;

/// <summary>The per-file work of a command that <see cref="BatchRunner"/> runs over one or many inputs.</summary>
internal interface IFileCommand
{
    /// <summary>The file patterns a directory stands for in a batch, such as <c>*.txt</c>.</summary>
    IReadOnlyList<string> DirectoryPatterns { get; }

    /// <summary>The name of the output written for <paramref name="input"/> into an output directory.</summary>
    string OutputFileName(InputFile input);

    /// <summary>Produces the whole output for one input, exactly as it is written to stdout or to a file.</summary>
    /// <param name="input">The input file.</param>
    /// <param name="directoryHint">Text to add to the message if the input turns out to be a directory.</param>
    /// <exception cref="CliFailure">The input cannot be read or is not valid.</exception>
    string Produce(InputFile input, string? directoryHint);
}
