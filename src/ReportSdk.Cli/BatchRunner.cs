namespace ReportSdk.Cli;

/// <summary>
/// Runs a <see cref="IFileCommand"/> over its inputs: expands directories in a batch, plans every output and refuses
/// the run if an output would replace an input (<see cref="OutputAliasCheck"/>), then reports each failure as one
/// line on stderr and goes on with the others, shows progress, and chooses the exit code.
/// </summary>
internal static class BatchRunner
{
    private const string DirectoryHint = "(to process the files in it, add --batch or give several inputs)";

    public static int Run(IFileCommand command, CommandInputs inputs, TextWriter output, TextWriter error, bool stderrIsTerminal)
    {
        var batch = inputs.IsBatch;
        OutputDestination destination;
        try
        {
            destination = OutputDestination.Create(inputs.Output, batch, output);
        }
        catch (CliFailure failure)
        {
            ErrorText.Write(error, failure.Message);
            return failure.ExitCode;
        }

        var entries = InputExpander.Expand(inputs.Paths, batch, command.DirectoryPatterns);
        var planned = entries.Select(entry => entry.Failure is null ? destination.Plan(entry.Input, command) : null).ToList();
        var aliases = OutputAliasCheck.Find(entries.Select(entry => entry.Input).ToList(), planned);
        if (aliases.Count > 0)
        {
            foreach (var alias in aliases)
            {
                ErrorText.Write(error, alias.Message);
            }

            return ExitCodes.OutputError;
        }

        var readOptions = new InputReadOptions(inputs.MaxInputBytes, batch ? null : DirectoryHint);
        var progress = ProgressReporter.Create(error, entries.Count, inputs.Progress, stderrIsTerminal);
        var failures = 0;
        var lastFailureCode = ExitCodes.Success;
        var internalError = false;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            progress.Report(i, entry.Input);
            try
            {
                if (entry.Failure is not null)
                {
                    throw entry.Failure;
                }

                var content = command.Produce(entry.Input, readOptions);
                destination.Write(entry.Input, planned[i]!, content);
            }
            catch (CliFailure failure) when (failure.StopsRun)
            {
                ErrorText.Write(error, failure.Message);
                return failure.ExitCode;
            }
            catch (CliFailure failure)
            {
                ErrorText.Write(error, failure.Message);
                failures++;
                lastFailureCode = failure.ExitCode;
            }
            catch (OutOfMemoryException)
            {
                ErrorText.Write(error, $"{ErrorText.Quote(entry.Input.DisplayPath)}: is too large to process in the memory available; try a smaller --max-input-size");
                failures++;
                lastFailureCode = ExitCodes.InputError;
            }
            catch (Exception exception)
            {
                ErrorText.WriteInternal(error, $"{ErrorText.Quote(entry.Input.DisplayPath)}: {exception.GetType().Name}: {exception.Message}");
                failures++;
                internalError = true;
            }
        }

        if (internalError)
        {
            return ExitCodes.InternalError;
        }

        if (failures == 0)
        {
            return ExitCodes.Success;
        }

        return batch ? ExitCodes.BatchPartialFailure : lastFailureCode;
    }
}
