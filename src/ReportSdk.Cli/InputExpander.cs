namespace ReportSdk.Cli;

/// <summary>
/// Turns the paths given on the command line into the list of inputs to process: in a batch, a directory
/// stands for the files directly in it that match the command's patterns (sorted by name); everything else,
/// including paths that do not exist, is kept as given so that processing reports its problem.
/// </summary>
internal static class InputExpander
{
    /// <summary>An entry of the expanded list: a file to process, or a failure found while expanding (an empty directory).</summary>
    internal sealed record Entry(InputFile Input, CliFailure? Failure);

    public static IReadOnlyList<Entry> Expand(IReadOnlyList<string> paths, bool batch, IReadOnlyList<string> directoryPatterns)
    {
        var entries = new List<Entry>();
        foreach (var path in paths)
        {
            var input = InputFile.FromArgument(path);
            if (!batch || !Directory.Exists(input.FullPath))
            {
                entries.Add(new Entry(input, null));
                continue;
            }

            List<string> files;
            try
            {
                files = directoryPatterns
                    .SelectMany(pattern => Directory.EnumerateFiles(input.FullPath, pattern, new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive, IgnoreInaccessible = true }))
                    .Distinct(StringComparer.Ordinal)
                    .Order(StringComparer.Ordinal)
                    .ToList();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                entries.Add(new Entry(input, CliFailure.Input(path, "cannot list the directory: " + ErrorText.Reason(exception))));
                continue;
            }

            if (files.Count == 0)
            {
                entries.Add(new Entry(input, CliFailure.Input(path, $"the directory has no {string.Join(" or ", directoryPatterns)} files")));
                continue;
            }

            foreach (var file in files)
            {
                entries.Add(new Entry(new InputFile(Path.Combine(path, Path.GetFileName(file)), file), null));
            }
        }

        return entries;
    }
}
