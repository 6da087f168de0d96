namespace ReportSdk.Cli;

/// <summary>
/// Refuses a run whose outputs would replace any of its inputs, before anything is written: an output file that is
/// an input itself, through a hard link, a symbolic link in either direction or another spelling of its path
/// (compared by device and inode, <see cref="FileIdentity"/>), or an input that a batch would reach only later.
/// </summary>
internal static class OutputAliasCheck
{
    /// <summary>One failure (exit code <see cref="ExitCodes.OutputError"/>) per output that is also an input; empty when none is.</summary>
    public static IReadOnlyList<CliFailure> Find(IReadOnlyList<InputFile> inputs, IReadOnlyList<PlannedOutput?> outputs)
    {
        var failures = new List<CliFailure>();
        if (!outputs.Any(output => output?.FullPath is not null))
        {
            return failures;
        }

        var inputsByIdentity = new Dictionary<FileIdentity, InputFile>();
        var inputsByPath = new Dictionary<string, InputFile>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (FileIdentity.TryGet(input.FullPath) is { } identity)
            {
                inputsByIdentity.TryAdd(identity, input);
            }

            inputsByPath.TryAdd(FileIdentity.ResolveLinks(input.FullPath), input);
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var output in outputs)
        {
            if (output?.FullPath is not { } path || !reported.Add(path))
            {
                continue;
            }

            InputFile? aliased = null;
            if (FileIdentity.TryGet(path) is { } identity)
            {
                inputsByIdentity.TryGetValue(identity, out aliased);
            }

            if (aliased is null)
            {
                inputsByPath.TryGetValue(FileIdentity.ResolveLinks(path), out aliased);
            }

            if (aliased is not null)
            {
                failures.Add(CliFailure.Output(
                    output.DisplayPath,
                    $"would replace the input {ErrorText.Quote(aliased.DisplayPath)} (the same file); nothing was written"));
            }
        }

        return failures;
    }
}
