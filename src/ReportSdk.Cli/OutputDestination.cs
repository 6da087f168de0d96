using System.Text;

namespace ReportSdk.Cli;

/// <summary>
/// Where outputs go: stdout (one input as is; a batch with <c>==&gt; path &lt;==</c> headers), one file (<c>-o file</c>),
/// or a directory with one file per input named after it (<c>-o dir/</c>, always in a batch). Text is written as
/// UTF-8 without a byte order mark, exactly as produced.
/// </summary>
internal sealed class OutputDestination
{
    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

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

    /// <summary>Decides the destination from <c>-o</c>; creates the output directory when there is one.</summary>
    /// <exception cref="CliFailure">The output directory cannot be created, or a batch was given a file for <c>-o</c>.</exception>
    public static OutputDestination Create(string? output, bool batch, TextWriter stdout)
    {
        if (output is null)
        {
            return new OutputDestination(stdout, null, null, headers: batch);
        }

        if (output.Length == 0)
        {
            throw new CliFailure(ExitCodes.UsageError, "-o/--output needs a file or directory name.");
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

    /// <summary>Writes the output produced for <paramref name="input"/>.</summary>
    /// <exception cref="CliFailure">The output cannot be written.</exception>
    public void Write(InputFile input, IFileCommand command, string content)
    {
        if (_file is not null)
        {
            WriteFile(input, _file, _displayPath, content);
        }
        else if (_directory is not null)
        {
            var name = UniqueName(command.OutputFileName(input));
            WriteFile(input, Path.Combine(_directory, name), Path.Combine(_displayPath, name), content);
        }
        else
        {
            WriteStdout(input, content);
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

    private static void WriteFile(InputFile input, string path, string displayPath, string content)
    {
        if (string.Equals(path, input.FullPath, OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
        {
            throw CliFailure.Output(displayPath, "refusing to overwrite the input file");
        }

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
            File.WriteAllText(path, content, Utf8NoBom);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException or NotSupportedException)
        {
            throw CliFailure.Output(displayPath, "cannot be written: " + ErrorText.Reason(exception));
        }
    }

    private void WriteStdout(InputFile input, string content)
    {
        try
        {
            if (_headers)
            {
                if (_written > 0)
                {
                    _stdout.WriteLine();
                }

                _stdout.WriteLine($"==> {ErrorText.OneLine(input.DisplayPath)} <==");
            }

            _stdout.Write(content);
            if (_headers && content.Length > 0 && content[^1] != '\n')
            {
                _stdout.WriteLine();
            }

            _stdout.Flush();
        }
        catch (IOException exception)
        {
            throw new CliFailure(ExitCodes.OutputError, "standard output cannot be written: " + ErrorText.Reason(exception));
        }
    }
}
