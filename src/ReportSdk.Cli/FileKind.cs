namespace ReportSdk.Cli;

/// <summary>
/// Tells regular files from FIFOs, sockets and devices without opening them: opening a FIFO that has no
/// writer blocks forever, so such paths are refused before any read is attempted.
/// </summary>
internal static class FileKind
{
    /// <summary>
    /// True when <paramref name="fullPath"/> is known to exist and not to be a regular file or a directory.
    /// False when it is one, or when the type cannot be determined (then the read itself reports any problem).
    /// </summary>
    public static bool IsSpecialFile(string fullPath) =>
        NativeFileStatus.TryGet(fullPath) is { } status && !status.IsRegularFile && !status.IsDirectory;
}
