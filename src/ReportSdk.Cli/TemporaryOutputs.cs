namespace ReportSdk.Cli;

/// <summary>
/// The temporary files the tool is writing right now (see <see cref="AtomicFileWriter"/>), so that an interrupt
/// (<see cref="InterruptCleanup"/>) can delete them. Creating, renaming into place and deleting all hold one lock, so
/// a temporary file is either renamed completely or deleted, never both and never left behind by SIGINT/SIGTERM.
/// </summary>
internal static class TemporaryOutputs
{
    /// <summary>Temporary names: <c>.&lt;output name&gt;.&lt;process id&gt;.&lt;random&gt;.tmp</c>, hidden, in the output's folder.</summary>
    public const string Suffix = ".tmp";

    private static readonly Lock Gate = new();
    private static readonly HashSet<string> Live = new(StringComparer.Ordinal);
    private static bool s_shuttingDown;

    /// <summary>Creates a new, empty temporary file next to <paramref name="finalPath"/> and returns its path and an open stream.</summary>
    /// <exception cref="IOException">The file cannot be created (among others when the run is being interrupted).</exception>
    public static (string Path, FileStream Stream) Create(string finalPath)
    {
        var folder = System.IO.Path.GetDirectoryName(finalPath) ?? ".";
        var name = "." + System.IO.Path.GetFileName(finalPath) + "." + Environment.ProcessId + "." + Guid.NewGuid().ToString("N")[..8] + Suffix;
        var path = System.IO.Path.Combine(folder, name);
        lock (Gate)
        {
            if (s_shuttingDown)
            {
                throw new IOException("the run is being interrupted");
            }

            var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
            Live.Add(path);
            return (path, stream);
        }
    }

    /// <summary>Renames the temporary file over <paramref name="finalPath"/> (atomically replacing it) and forgets it.</summary>
    public static void Commit(string temporaryPath, string finalPath)
    {
        lock (Gate)
        {
            if (s_shuttingDown || !Live.Contains(temporaryPath))
            {
                throw new IOException("the run is being interrupted");
            }

            File.Move(temporaryPath, finalPath, overwrite: true);
            Live.Remove(temporaryPath);
        }
    }

    /// <summary>Deletes the temporary file, if it is still there, and forgets it. Never throws.</summary>
    public static void Discard(string temporaryPath)
    {
        lock (Gate)
        {
            TryDelete(temporaryPath);
            Live.Remove(temporaryPath);
        }
    }

    /// <summary>Deletes every temporary file and refuses new ones and renames from now on: the process is about to exit.</summary>
    public static void DiscardAllForShutdown()
    {
        lock (Gate)
        {
            s_shuttingDown = true;
            foreach (var path in Live)
            {
                TryDelete(path);
            }

            Live.Clear();
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Nothing better to do: the name is hidden and says what it is.
        }
    }
}
