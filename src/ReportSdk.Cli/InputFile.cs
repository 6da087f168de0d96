namespace ReportSdk.Cli;

/// <summary>One input of a command: the path as the user gave it (for messages and outlines) and its full path.</summary>
/// <param name="DisplayPath">The path as given on the command line, or directory + file name for a file found in a directory.</param>
/// <param name="FullPath">The absolute path.</param>
internal sealed record InputFile(string DisplayPath, string FullPath)
{
    public static InputFile FromArgument(string path) => new(path, SafeFullPath(path));

    /// <summary>The file name without its extension, used to name outputs written into an output directory.</summary>
    public string Stem
    {
        get
        {
            var name = Path.GetFileName(FullPath.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
            var stem = Path.GetFileNameWithoutExtension(name);
            return stem.Length > 0 ? stem : name.Length > 0 ? name : "input";
        }
    }

    private static string SafeFullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }
}
