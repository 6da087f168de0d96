namespace ReportSdk.Cli;

/// <summary>
/// Where outputs go: stdout (one input as is; a batch with <c>==&gt; path &lt;==</c> headers, or none for JSON Lines), one file (<c>-o file</c>),
/// or a directory with one file per input named after it (<c>-o dir/</c>, always in a batch). Text is written as
/// UTF-8 without a byte order mark, exactly as produced; files are written atomically (<see cref="AtomicFileWriter"/>).
/// </summary>
internal sealed class OutputDestination
{
    private readonly TextWriter _stdout;
    private readonly string? _file;
    private readonly string? _directory;
    private readonly string _displayPath;
    private readonly bool _headers;
    private readonly HashSet<string> _usedNames = new(StringComparer.OrdinalIgnoreCase);
    private int _written;

    private OutputDestination(TextWriter stdout, string? file, string? directory, bool headers, string displayPath = "")
    {
        _displayPath = displayPath;
        _stdout = stdout;
        _file = file;
        _directory = directory;
        _headers = headers;
    }

    /// <summary>
    /// As <see cref="Create"/>, but a failure is written to <paramref name="error"/> as one line and returned as its
    /// exit code in <paramref name="exitCode"/> (the destination is then null).
    /// </summary>
    public static OutputDestination? CreateOrReport(string? output, bool batch, TextWriter stdout, TextWriter error, out int exitCode, bool? headers = null)
    {
        try
        {
            exitCode = ExitCodes.Success;
            return Create(output, batch, stdout, headers);
        }
        catch (CliFailure failure)
        {
            ErrorText.Write(error, failure.Message);
            exitCode = failure.ExitCode;
            return null;
        }
    }

    /// <summary>
    /// Decides the destination from <c>-o</c>; creates the output directory when there is one. A batch to stdout puts a
    /// <c>==&gt; path &lt;==</c> line before each output unless <paramref name="headers"/> says otherwise (JSON Lines).
    /// </summary>
    /// <exception cref="CliFailure">The output directory cannot be created, or a batch was given a file for <c>-o</c>.</exception>
    public static OutputDestination Create(string? output, bool batch, TextWriter stdout, bool? headers = null)
    {
        if (output is null)
        {
            return new OutputDestination(stdout, null, null, headers: headers ?? batch);
        }

        if (output.Length == 0)
        {
            throw new CliFailure(ExitCodes.UsageError, "-o/--output needs a file or directory name; " + CliApplication.UsageHint);
        }

        string full;
        try
        {
            full = Path.GetFullPath(output);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw CliFailure.Output(output, "not a valid path: " + ErrorText.Reason(exception));
        }

        var namesDirectory = batch || Path.EndsInDirectorySeparator(output) || Directory.Exists(full);
        if (!namesDirectory)
        {
            return new OutputDestination(stdout, full, null, headers: false, output);
        }

        if (File.Exists(full))
        {
            throw CliFailure.Output(output, "is a file, but with several inputs (or --batch) -o must name a directory");
        }

        try
        {
            Directory.CreateDirectory(full);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException or NotSupportedException)
        {
            throw CliFailure.Output(output, "cannot create the output directory: " + ErrorText.Reason(exception));
        }

        return new OutputDestination(stdout, null, full, headers: false, output);
    }

    /// <summary>
    /// Decides where the output of <paramref name="input"/> goes, before anything is written: the <c>-o</c> file,
    /// a unique name in the output directory, or standard output. Call once per input, in order.
    /// </summary>
    public PlannedOutput Plan(InputFile input, IFileCommand command) => Plan(command.OutputFileName(input));

    /// <summary>
    /// As <see cref="Plan(InputFile, IFileCommand)"/>, for an output named <paramref name="outputFileName"/> when it goes
    /// into the output directory (the one output of a whole run, such as <c>check</c>'s).
    /// </summary>
    public PlannedOutput Plan(string outputFileName)
    {
        if (_file is not null)
        {
            return new PlannedOutput(_file, _displayPath);
        }

        if (_directory is not null)
        {
            var name = UniqueName(outputFileName);
            return new PlannedOutput(Path.Combine(_directory, name), Path.Combine(_displayPath, name));
        }

        return new PlannedOutput(null, "standard output");
    }

    /// <summary>Writes the output of <paramref name="input"/> where <paramref name="planned"/> says.</summary>
    /// <exception cref="CliFailure">The output cannot be written (for standard output, the failure stops the run).</exception>
    public void Write(InputFile input, PlannedOutput planned, OutputWriter content)
    {
        if (planned.FullPath is not null)
        {
            WriteFile(planned.FullPath, planned.DisplayPath, content);
        }
        else
        {
            WriteStdout(input, content);
        }

        Interlocked.Increment(ref _written);
    }

    /// <summary>Writes the one output of a whole run where <paramref name="planned"/> says (never with a <c>==&gt; path &lt;==</c> header).</summary>
    /// <exception cref="CliFailure">The output cannot be written.</exception>
    public void Write(PlannedOutput planned, OutputWriter content)
    {
        if (planned.FullPath is not null)
        {
            WriteFile(planned.FullPath, planned.DisplayPath, content);
        }
        else
        {
            WriteStdout(null, content);
        }

        _written++;
    }

    private string UniqueName(string name)
    {
        var candidate = name;
        for (var n = 2; !_usedNames.Add(candidate); n++)
        {
            candidate = Path.GetFileNameWithoutExtension(name) + "-" + n + Path.GetExtension(name);
        }

        return candidate;
    }

    private static void WriteFile(string path, string displayPath, OutputWriter content)
    {
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
        {
            throw CliFailure.Output(displayPath, "cannot be written: its folder does not exist");
        }

        if (Directory.Exists(path))
        {
            throw CliFailure.Output(displayPath, "cannot be written: it is a directory");
        }

        try
        {
            AtomicFileWriter.Write(path, content);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException or NotSupportedException)
        {
            throw CliFailure.Output(displayPath, "cannot be written: " + ErrorText.Reason(exception));
        }
    }

    private void WriteStdout(InputFile? input, OutputWriter content)
    {
        try
        {
            if (_headers && input is not null)
            {
                if (_written > 0)
                {
                    _stdout.WriteLine();
                }

                _stdout.WriteLine($"==> {ErrorText.OneLine(input.DisplayPath)} <==");
            }

            var stream = new TextWriterStream(_stdout);
            content(stream);
            stream.Flush();
            if (_headers && input is not null && stream.LastChar is { } last && last != '\n')
            {
                _stdout.WriteLine();
            }

            _stdout.Flush();
        }
        catch (IOException exception)
        {
            throw CliFailure.StandardOutput(exception);
        }
    }
}
