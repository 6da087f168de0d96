namespace ReportSdk.Cli;

/// <summary>
/// Runs a <see cref="IFileCommand"/> over its inputs: expands directories in a batch, plans every output and refuses
/// the run if an output would replace an input (<see cref="OutputAliasCheck"/>), then reports each failure as one
/// line on stderr and goes on with the others, shows progress, and chooses the exit code. A
/// <see cref="ICollectingCommand"/> (<c>check</c>) runs the same way but writes one output for the whole run.
/// </summary>
internal static class BatchRunner
{
    public static int Run(IFileCommand command, CommandInputs inputs, TextWriter output, TextWriter error, bool stderrIsTerminal)
    {
        var batch = inputs.IsBatch;
        if (OutputDestination.CreateOrReport(inputs.Output, batch, output, error, out int destinationExit, headers: batch && !command.WritesJson) is not { } destination)
        {
            return destinationExit;
        }

        var entries = InputExpander.Expand(inputs.Paths, batch, command.DirectoryPatterns);
        var planned = entries.Select(entry => entry.Failure is null ? destination.Plan(entry.Input, command) : null).ToList();
        if (RefuseAliases(entries, planned, error))
        {
            return ExitCodes.OutputError;
        }

        var readOptions = ReadOptions(inputs);
        int workers = Math.Min(inputs.Jobs > 0 ? inputs.Jobs : Environment.ProcessorCount, entries.Count);
        if (workers < 2)
        {
            return ProcessEach(
                entries,
                inputs,
                error,
                stderrIsTerminal,
                i =>
                {
                    ThrowIfFailed(entries[i]);
                    destination.Write(entries[i].Input, planned[i]!, command.Produce(entries[i].Input, readOptions));
                },
                onFailure: null).ExitCode(batch);
        }

        // In parallel: each worker reads, parses and writes an output file at once, or renders an output for standard
        // output into memory; the inputs are then reported (and standard output written) in input order as before.
        using var pipeline = new OrderedBatchPipeline(entries.Count, workers, i =>
        {
            var input = entries[i].Input;
            ThrowIfFailed(entries[i]);
            var content = command.Produce(input, readOptions);
            if (planned[i]!.FullPath is null)
            {
                return content;
            }

            destination.Write(input, planned[i]!, content);
            return null;
        });
        return ProcessEach(
            entries,
            inputs,
            error,
            stderrIsTerminal,
            i => pipeline.Complete(i, rendered => destination.Write(entries[i].Input, planned[i]!, rendered)),
            onFailure: null).ExitCode(batch);
    }

    private static InputReadOptions ReadOptions(CommandInputs inputs) => new(inputs.MaxInputBytes);

    /// <summary>Throws the failure found while expanding the inputs (a missing file, an empty directory), if any.</summary>
    private static void ThrowIfFailed(InputExpander.Entry entry)
    {
        if (entry.Failure is not null)
        {
            throw entry.Failure;
        }
    }

    /// <summary>
    /// Runs a command that reads every input and then writes one output for the whole run (to stdout, or to the
    /// <c>-o</c> file; an existing directory or a name ending in <c>/</c> gets <see cref="ICollectingCommand.OutputFileName"/>).
    /// The exit code is that of the run when an input or the output failed, else <see cref="ICollectingCommand.ResultExitCode"/>.
    /// </summary>
    public static int RunCollecting(ICollectingCommand command, CommandInputs inputs, TextWriter output, TextWriter error, bool stderrIsTerminal)
    {
        var batch = inputs.IsBatch;
        if (OutputDestination.CreateOrReport(inputs.Output, batch: false, output, error, out int destinationExit) is not { } destination)
        {
            return destinationExit;
        }

        var entries = InputExpander.Expand(inputs.Paths, batch, command.DirectoryPatterns);
        var planned = destination.Plan(command.OutputFileName);
        if (RefuseAliases(entries, [planned], error))
        {
            return ExitCodes.OutputError;
        }

        var outcome = ProcessEach(
            entries,
            inputs,
            error,
            stderrIsTerminal,
            i =>
            {
                ThrowIfFailed(entries[i]);
                command.Add(entries[i].Input, ReadOptions(inputs));
            },
            command.AddFailure);
        if (outcome.Stopped is { } stopped)
        {
            return stopped;
        }

        try
        {
            destination.Write(planned, command.Finish());
            command.Written(planned.FullPath is not null, output, error);
        }
        catch (CliFailure failure)
        {
            ErrorText.Write(error, failure.Message);
            return failure.ExitCode;
        }

        var runCode = outcome.ExitCode(batch);
        return runCode != ExitCodes.Success ? runCode : command.ResultExitCode;
    }

    private static bool RefuseAliases(IReadOnlyList<InputExpander.Entry> entries, IReadOnlyList<PlannedOutput?> planned, TextWriter error)
    {
        var aliases = OutputAliasCheck.Find(entries.Select(entry => entry.Input).ToList(), planned);
        foreach (var alias in aliases)
        {
            ErrorText.Write(error, alias.Message);
        }

        return aliases.Count > 0;
    }

    /// <summary>
    /// Runs <paramref name="process"/> on each entry in order (it throws the entry's own failure, if any); a failure is
    /// one line on stderr (and passed to <paramref name="onFailure"/>) and the others still run.
    /// </summary>
    private static RunOutcome ProcessEach(
        IReadOnlyList<InputExpander.Entry> entries,
        CommandInputs inputs,
        TextWriter error,
        bool stderrIsTerminal,
        Action<int> process,
        Action<InputFile, string>? onFailure)
    {
        var progress = ProgressReporter.Create(error, entries.Count, inputs.Progress, stderrIsTerminal);
        var outcome = new RunOutcome();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            progress.Report(i, entry.Input);
            string? message = null;
            try
            {
                process(i);
            }
            catch (CliFailure failure) when (failure.StopsRun)
            {
                ErrorText.Write(error, failure.Message);
                outcome.Stopped = failure.ExitCode;
                return outcome;
            }
            catch (CliFailure failure)
            {
                message = failure.Message;
                ErrorText.Write(error, message);
                outcome.Failures++;
                outcome.LastFailureCode = failure.ExitCode;
            }
            catch (OutOfMemoryException)
            {
                message = $"{ErrorText.Quote(entry.Input.DisplayPath)}: is too large to process in the memory available; try a smaller --max-input-size";
                ErrorText.Write(error, message);
                outcome.Failures++;
                outcome.LastFailureCode = ExitCodes.InputError;
            }
            catch (Exception exception)
            {
                message = $"{ErrorText.Quote(entry.Input.DisplayPath)}: {exception.GetType().Name}: {exception.Message}";
                ErrorText.WriteInternal(error, message);
                outcome.Failures++;
                outcome.InternalError = true;
            }

            if (message is not null)
            {
                onFailure?.Invoke(entry.Input, ErrorText.OneLine(message));
            }
        }

        return outcome;
    }

    private sealed class RunOutcome
    {
        public int Failures { get; set; }

        public int LastFailureCode { get; set; } = ExitCodes.Success;

        public bool InternalError { get; set; }

        /// <summary>The exit code of a failure that stopped the run (standard output closed), or null.</summary>
        public int? Stopped { get; set; }

        public int ExitCode(bool batch)
        {
            if (Stopped is { } stopped)
            {
                return stopped;
            }

            if (InternalError)
            {
                return ExitCodes.InternalError;
            }

            if (Failures == 0)
            {
                return ExitCodes.Success;
            }

            return batch ? ExitCodes.BatchPartialFailure : LastFailureCode;
        }
    }
}
