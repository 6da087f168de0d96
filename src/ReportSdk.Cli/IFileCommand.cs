namespace ReportSdk.Cli;

/// <summary>The per-file work of a command that <see cref="BatchRunner"/> runs over one or many inputs.</summary>
internal interface IFileCommand
{
    /// <summary>The file patterns a directory stands for in a batch, such as <c>*.txt</c>.</summary>
    IReadOnlyList<string> DirectoryPatterns { get; }

    /// <summary>The name of the output written for <paramref name="input"/> into an output directory.</summary>
    string OutputFileName(InputFile input);

    /// <summary>
    /// True when each output is JSON that names its input (a document with its <c>path</c>, or JSON Lines rows with one):
    /// a batch to stdout then writes them one after another without <c>==&gt; path &lt;==</c> headers, so that stdout is
    /// one JSON Lines stream (the command writes each document on one line there).
    /// </summary>
    bool WritesJson => false;

    /// <summary>
    /// Reads and parses one input, and returns what writes its whole output (streamed, so a large output is never
    /// held in memory as one string). Input problems surface here, before any output is opened.
    /// </summary>
    /// <param name="input">The input file.</param>
    /// <param name="options">The size limit and the hint for a directory.</param>
    /// <exception cref="CliFailure">The input cannot be read or is not valid.</exception>
    OutputWriter Produce(InputFile input, InputReadOptions options);
}
