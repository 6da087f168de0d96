namespace ReportSdk.Cli;

/// <summary>
/// What makes two paths the same file: device and inode where the platform has them (so hard links, symbolic links
/// in either direction and other spellings such as <c>/proc/self/cwd/…</c> all compare equal), else the full path
/// with every symbolic link resolved.
/// </summary>
internal readonly record struct FileIdentity(long Device, long Inode, string? ResolvedPath)
{
    /// <summary>The identity of an existing file, or null when <paramref name="fullPath"/> does not exist (or cannot be examined).</summary>
    public static FileIdentity? TryGet(string fullPath)
    {
        if (NativeFileStatus.TryGet(fullPath) is { } status)
        {
            return new FileIdentity(status.Device, status.Inode, null);
        }

        if (!OperatingSystem.IsWindows() || !File.Exists(fullPath))
        {
            return null;
        }

        // No stat (Windows): compare full paths with links resolved, case-insensitively as the file system does.
        return new FileIdentity(0, 0, ResolveLinks(fullPath).ToUpperInvariant());
    }

    /// <summary>The final target of <paramref name="fullPath"/> when it is a symbolic link (to a link, …), else the path itself.</summary>
    public static string ResolveLinks(string fullPath)
    {
        try
        {
            var target = new FileInfo(fullPath).ResolveLinkTarget(returnFinalTarget: true);
            return target is null ? fullPath : Path.GetFullPath(target.FullName);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return fullPath;
        }
    }
}
