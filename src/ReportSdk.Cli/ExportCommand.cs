using System.Globalization;
using ReportSdk.Cli.Tables;

namespace ReportSdk.Cli;

/// <summary>
/// <c>reportsdk export &lt;file|dir&gt;... -o DIR [--format parquet|jsonl|csv]</c>: a dataset of every input, one
/// file per table of <see cref="ExportTables"/> in DIR. Inputs are parsed in parallel; the rows keep the order of the
/// inputs whatever order the parses finish in. Outputs are checked against the inputs before anything is written and
/// each table file is written atomically (<see cref="AtomicFileWriter"/>). A failed input is one line on stderr and the
/// others are still exported (exit 5).
/// </summary>
internal static class ExportCommand
{
    private static readonly string[] DirectoryPatterns = ["*.txt"];

    /// <summary>Runs the export and returns the exit code.</summary>
    public static int Run(TableFormat format, CommandInputs inputs, TextWriter output, TextWriter error, bool stderrIsTerminal)
    {
        if (inputs.Output is null)
        {
            ErrorText.Write(error, "export needs -o DIR, the directory for the table files; " + CliApplication.UsageHint);
            return ExitCodes.UsageError;
        }

        if (OutputDestination.CreateOrReport(inputs.Output, batch: true, output, error, out int destinationExit) is not { } destination)
        {
            return destinationExit;
        }

        var entries = InputExpander.Expand(inputs.Paths, batch: true, DirectoryPatterns);
        var planned = ExportTables.All.Select(table => destination.Plan(table.Name + TableWriter.Extension(format))).ToList();
        var aliases = OutputAliasCheck.Find([.. entries.Select(entry => entry.Input)], planned);
        if (aliases.Count > 0)
        {
            foreach (var alias in aliases)
            {
                ErrorText.Write(error, alias.Message);
            }

            return ExitCodes.OutputError;
        }

        var results = ParseAll(entries, inputs, error, stderrIsTerminal);
        var tables = ExportTables.CreateEmpty();
        int failures = 0;
        bool internalError = false;
        for (int i = 0; i < entries.Count; i++)
        {
            var result = results[i];
            if (result.Failure is { } message)
            {
                failures++;
                internalError |= result.Internal;
                if (result.Internal)
                {
                    ErrorText.WriteInternal(error, message);
                }
                else
                {
                    ErrorText.Write(error, message);
                }

                continue;
            }

            for (int t = 0; t < tables.Count; t++)
            {
                tables[t].AddRange(result.Tables![t]);
            }
        }

        try
        {
            for (int t = 0; t < tables.Count; t++)
            {
                var table = tables[t];
                destination.Write(planned[t], destination => TableWriter.Write(destination, table, format));
            }
        }
        catch (CliFailure failure)
        {
            ErrorText.Write(error, failure.Message);
            return failure.ExitCode;
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{entries.Count - failures} files, {Table(tables, "reports").Rows.Count} reports, {Table(tables, "targets").Rows.Count} figures: {string.Join(", ", planned.Select(p => p!.DisplayPath))}"));
        return internalError ? ExitCodes.InternalError : failures > 0 ? ExitCodes.BatchPartialFailure : ExitCodes.Success;
    }

    /// <summary>
    /// Parses the entries on <c>--jobs</c> workers (one per processor by default); the result at index i belongs to
    /// entry i, and progress names the inputs in input order, as the other batch commands do.
    /// </summary>
    private static FileResult[] ParseAll(IReadOnlyList<InputExpander.Entry> entries, CommandInputs inputs, TextWriter error, bool stderrIsTerminal)
    {
        var readOptions = new InputReadOptions(inputs.MaxInputBytes);
        var progress = ProgressReporter.Create(error, entries.Count, inputs.Progress, stderrIsTerminal);
        var results = new FileResult[entries.Count];
        int workers = Math.Min(inputs.Jobs > 0 ? inputs.Jobs : Environment.ProcessorCount, entries.Count);
        if (workers < 2)
        {
            for (int i = 0; i < entries.Count; i++)
            {
                results[i] = ParseOne(entries[i], readOptions);
                progress.Report(i, entries[i].Input);
            }

            return results;
        }

        // The same ordered pipeline as the other batch commands: workers parse ahead, progress follows input order.
        using var pipeline = new OrderedBatchPipeline(entries.Count, workers, i =>
        {
            results[i] = ParseOne(entries[i], readOptions);
            return null;
        });
        for (int i = 0; i < entries.Count; i++)
        {
            pipeline.Complete(i, static _ => { });
            progress.Report(i, entries[i].Input);
        }

        return results;
    }

    private static Table Table(IReadOnlyList<Table> tables, string name) => tables.Single(table => table.Name == name);

    private static FileResult ParseOne(InputExpander.Entry entry, InputReadOptions readOptions)
    {
        var input = entry.Input;
        try
        {
            if (entry.Failure is not null)
            {
                throw entry.Failure;
            }

            var tree = TreeLoader.ParseReport(input, readOptions);
            return new FileResult(ExportRows.Of(tree, input.DisplayPath), null, Internal: false);
        }
        catch (CliFailure failure)
        {
            return new FileResult(null, failure.Message, Internal: false);
        }
        catch (OutOfMemoryException)
        {
            return new FileResult(null, $"{ErrorText.Quote(input.DisplayPath)}: is too large to process in the memory available; try a smaller --max-input-size", Internal: false);
        }
        catch (Exception exception)
        {
            return new FileResult(null, $"{ErrorText.Quote(input.DisplayPath)}: {exception.GetType().Name}: {exception.Message}", Internal: true);
        }
    }

    /// <summary>The rows of one input, or the one-line message of its failure.</summary>
    private sealed record FileResult(IReadOnlyList<Table>? Tables, string? Failure, bool Internal);
}
