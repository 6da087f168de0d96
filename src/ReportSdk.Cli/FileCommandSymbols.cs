using System.CommandLine;
using System.CommandLine.Parsing;

namespace ReportSdk.Cli;

/// <summary>The argument and options every file command shares: inputs, <c>-o</c>, <c>--batch</c>, <c>--progress</c>, <c>--max-input-size</c>, <c>--jobs</c>.</summary>
internal sealed class FileCommandSymbols
{
    private readonly Argument<string[]> _inputs;
    private readonly Option<string?> _output;
    private readonly Option<bool> _batch;
    private readonly Option<bool> _progress;
    private readonly Option<int> _maxInputSize;
    private readonly Option<int>? _jobs;

    /// <param name="inputsDescription">The help text of the inputs.</param>
    /// <param name="outputDescription">The help text of <c>-o</c>.</param>
    /// <param name="parallel">True for commands that process a batch's inputs in parallel (they get <c>--jobs</c>).</param>
    public FileCommandSymbols(string inputsDescription, string outputDescription, bool parallel = true)
    {
        _inputs = new Argument<string[]>("inputs")
        {
            Description = inputsDescription,
            Arity = ArgumentArity.OneOrMore,
        };
        _inputs.Validators.Add(RejectUnknownOptions);
        _output = new Option<string?>("--output", "-o")
        {
            Description = outputDescription,
            HelpName = "file|dir",
        };
        _batch = new Option<bool>("--batch")
        {
            Description = "Batch mode even for a single file: each failure is reported and the others still run. Implied by several inputs, by a directory (it stands for the files in it) and by -o DIR/.",
        };
        _progress = new Option<bool>("--progress")
        {
            Description = $"Show '[3/120] path' on stderr before each input (shown anyway when stderr is a terminal and there are more than {ProgressReporter.AutomaticThreshold} inputs).",
        };
        _maxInputSize = new Option<int>("--max-input-size")
        {
            Description = $"The largest input accepted, in MiB (default {InputReadOptions.DefaultMaxMebibytes}, at most {InputReadOptions.MaxMebibytesCeiling}); a larger file is an input error (exit 3) before it is read.",
            HelpName = "MiB",
            DefaultValueFactory = _ => InputReadOptions.DefaultMaxMebibytes,
        };
        _maxInputSize.Validators.Add(RejectSizeOutOfRange);
        if (parallel)
        {
            _jobs = new Option<int>("--jobs")
            {
                Description = "How many inputs of a batch to process at once (default: one per processor; 1 runs them one after another). Outputs, progress and errors come in input order whatever the number.",
                HelpName = "N",
            };
            _jobs.Validators.Add(RejectJobsOutOfRange);
        }
    }

    private static void RejectJobsOutOfRange(OptionResult result)
    {
        if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) && value < 1)
        {
            result.AddError($"--jobs must be at least 1, not {value}.");
        }
    }

    private static void RejectSizeOutOfRange(OptionResult result)
    {
        // A value that is not a number is reported by the parser itself.
        if (result.Tokens.Count != 1 || !int.TryParse(result.Tokens[0].Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return;
        }

        if (value < 1 || value > InputReadOptions.MaxMebibytesCeiling)
        {
            result.AddError($"--max-input-size must be between 1 and {InputReadOptions.MaxMebibytesCeiling} (MiB), not {value}.");
        }
    }

    /// <summary>An input that looks like an option and is not an existing path is a mistyped option, not a file.</summary>
    private static void RejectUnknownOptions(ArgumentResult result)
    {
        foreach (var token in result.Tokens)
        {
            var value = token.Value;
            if (value.Length > 1 && value[0] == '-' && !File.Exists(value) && !Directory.Exists(value))
            {
                result.AddError($"Unrecognized option '{value}'.");
            }
        }
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(_inputs);
        command.Options.Add(_output);
        command.Options.Add(_batch);
        command.Options.Add(_progress);
        command.Options.Add(_maxInputSize);
        if (_jobs is not null)
        {
            command.Options.Add(_jobs);
        }
    }

    public CommandInputs Read(ParseResult result)
    {
        var paths = result.GetValue(_inputs) ?? [];
        return new(
            paths,
            result.GetValue(_output),
            // A directory can only mean the files in it: it makes a batch as --batch would.
            result.GetValue(_batch) || paths.Any(Directory.Exists),
            result.GetValue(_progress),
            result.GetValue(_maxInputSize) * InputReadOptions.BytesPerMebibyte,
            _jobs is null ? 1 : result.GetValue(_jobs));
    }
}
