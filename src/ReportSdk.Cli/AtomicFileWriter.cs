namespace ReportSdk.Cli;

/// <summary>
/// Writes an output file so that its name never holds a partial document: the content goes to a temporary file in
/// the same folder (<see cref="TemporaryOutputs"/>), is flushed to disk, and is renamed over the final name only when
/// complete. After a crash or SIGKILL the final name holds its previous content or the new one, never part of it;
/// at most a hidden <c>.name.pid.random.tmp</c> file is left beside it. When the final name is a symbolic link,
/// its target is replaced and the link kept; a replaced file keeps its permissions.
/// </summary>
internal static class AtomicFileWriter
{
    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/>.</summary>
    /// <exception cref="IOException">Writing, flushing or renaming failed; the temporary file is gone.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder is not writable.</exception>
    public static void Write(string path, OutputWriter content)
    {
        var target = FileIdentity.ResolveLinks(path);
        var (temporary, stream) = TemporaryOutputs.Create(target);
        try
        {
            using (stream)
            {
                content(stream);
                stream.Flush(flushToDisk: true);
            }

            KeepPermissions(target, temporary);
            TemporaryOutputs.Commit(temporary, target);
        }
        catch
        {
            TemporaryOutputs.Discard(temporary);
            throw;
        }
    }

    private static void KeepPermissions(string target, string temporary)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(target))
        {
            return;
        }

        try
        {
            File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The new file keeps the default permissions.
        }
    }
}
