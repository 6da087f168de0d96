namespace ReportSdk.Cli;

/// <summary>Reads input files, turning every I/O failure into a <see cref="CliFailure"/> whose message names the file.</summary>
internal static class InputFiles
{
    /// <summary>Reads all bytes of <paramref name="input"/>.</summary>
    /// <param name="input">The file.</param>
    /// <param name="directoryHint">Appended to the message when the path is a directory (how to process it as a batch).</param>
    /// <exception cref="CliFailure">The file is missing, a directory, not a regular file, or cannot be read.</exception>
    public static byte[] ReadAllBytes(InputFile input, string? directoryHint = null)
    {
        try
        {
            if (Directory.Exists(input.FullPath))
            {
                throw CliFailure.Input(input.DisplayPath, "is a directory, not a file" + (directoryHint is null ? string.Empty : " " + directoryHint));
            }

            if (!File.Exists(input.FullPath))
            {
                throw CliFailure.Input(input.DisplayPath, "no such file");
            }

            if (FileKind.IsSpecialFile(input.FullPath))
            {
                throw CliFailure.Input(input.DisplayPath, "cannot be read: not a regular file (a FIFO, socket or device)");
            }

            return File.ReadAllBytes(input.FullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException or NotSupportedException)
        {
            throw CliFailure.Input(input.DisplayPath, "cannot be read: " + ErrorText.Reason(exception));
        }
    }
}
