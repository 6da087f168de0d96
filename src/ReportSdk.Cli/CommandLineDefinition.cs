using System.CommandLine;

namespace ReportSdk.Cli;

/// <summary>The commands and options of <c>reportsdk</c>, with the help text that <c>--help</c> prints.</summary>
internal static class CommandLineDefinition
{
    private const string RootDescription =
        """
        ReportSdk: parse Chinese government work reports (政府工作报告) into a full-fidelity syntax tree,
        print their outline, save the tree as JSON and render it as text, Markdown, HTML or the original source;
        read what each report means (region, year, speaker, targets) and export it as a dataset.
        Run without arguments to see the outline of an embedded sample report.

        Inputs are report text files in UTF-8, UTF-16 with a BOM, or GB18030 (detected from the bytes).
        Several inputs, --batch, or -o DIR/ (a name ending in '/') make a batch: a directory stands for the *.txt
        files directly in it (render: *.txt and *.json), every failure is reported on stderr and the other inputs
        still run. With -o DIR a batch writes one output per input into DIR (created if missing), named after the
        input; without -o the outputs go to stdout, each after a line '==> path <==' — JSON outputs (outline --json,
        parse, model --json or --targets-jsonl) without those lines, one compact document per line (JSON Lines; each
        names its file in "path"). A batch processes one input per processor at once (--jobs N to choose); outputs
        and messages come in input order all the same.

        Examples:
          reportsdk outline report.txt                          outline as an indented tree
          reportsdk outline report.txt --json -o outline.json   outline as JSON (has "schemaVersion")
          reportsdk parse report.txt -o report.tree.json        full syntax tree as JSON
          reportsdk render report.tree.json --to markdown -o report.md
          reportsdk render report.txt --to html -o report.html
          reportsdk render report.tree.json --to source -o copy.txt   original text, byte for byte (UTF-8)
          reportsdk outline a.txt b.txt reports/ --json -o out/       one out/<name>.outline.json per input
          reportsdk explore reports/                            explorer page on http://127.0.0.1:<port>/ until Ctrl+C
          reportsdk model report.txt                            region, level, year, meeting, speaker and targets
          reportsdk model reports/ --targets-csv -o out/        one out/<name>.targets.csv per input
          reportsdk targets reports/ --format csv --indicator gdp --kind target -o gdp.csv
                                                                the GDP target of every report, one CSV
          reportsdk export reports/ -o dataset/                 reports, sections, items, targets, glossary and
                                                                diagnostics as Parquet (docs/model.md)
          reportsdk check reports/                              diagnostics as path(line,col): warning RPT0006: ...
          reportsdk check reports/ --format sarif -o check.sarif --fail-on warning   one SARIF 2.1.0 log for CI

        Outputs are checked against all inputs (by device and inode) before anything is written, and each -o file
        is written to a temporary file and renamed into place when complete (safe when the tool is killed; set
        REPORTSDK_FSYNC=1 to flush each file to the disk first, for power-loss safety at some cost in speed).

        Exit codes:
          0   success
          1   check: diagnostics at or above the --fail-on severity were found (default: error)
          2   usage error (unknown command or option, missing argument, bad --to or --max-input-size value,
              export without -o)
          3   input error: missing file, not a regular file (a FIFO, a device), unreadable, invalid tree JSON,
              larger than --max-input-size (default 256 MiB)
          4   output error: the -o folder does not exist, the output cannot be written, an output would
              replace an input (nothing is written), or standard output was closed (broken pipe)
          5   a batch finished but some of its inputs failed (each one reported on stderr)
          6   explore: the web server could not start (the port is taken or cannot be bound)
          70  internal error (a bug; the message says what)
          130 interrupted (SIGINT), 143 terminated (SIGTERM): unfinished outputs were removed
        """;

    public static RootCommand Build(TextWriter output, TextWriter error, bool stderrIsTerminal)
    {
        var root = new RootCommand(RootDescription);
        root.Subcommands.Add(BuildOutline(output, error, stderrIsTerminal));
        root.Subcommands.Add(BuildParse(output, error, stderrIsTerminal));
        root.Subcommands.Add(BuildRender(output, error, stderrIsTerminal));
        root.Subcommands.Add(BuildExplore(output, error));
        root.Subcommands.Add(BuildModel(output, error, stderrIsTerminal));
        root.Subcommands.Add(BuildTargets(output, error, stderrIsTerminal));
        root.Subcommands.Add(BuildExport(output, error, stderrIsTerminal));
        root.Subcommands.Add(BuildCheck(output, error, stderrIsTerminal));
        return root;
    }

    private static Command BuildOutline(TextWriter output, TextWriter error, bool stderrIsTerminal)
    {
        var command = new Command(
            "outline",
            "Print the outline of each report: titles, meeting and speaker lines, sections, items, closing, footnotes and diagnostics.\n" +
            "Example: reportsdk outline report.txt --json -o outline.json");
        var symbols = new FileCommandSymbols(
            "Report text files (UTF-8, UTF-16 with BOM, or GB18030); or directories (their *.txt files; a directory makes a batch).",
            "Write to this file instead of stdout; in a batch, the directory for one <name>.outline.json (or .outline.txt) per input.");
        var json = new Option<bool>("--json") { Description = "Print the outline as UTF-8 JSON (the outline schema, with \"schemaVersion\") instead of an indented tree." };
        symbols.AddTo(command);
        command.Options.Add(json);
        command.SetAction(result =>
        {
            var inputs = symbols.Read(result);
            return BatchRunner.Run(new OutlineCommand(result.GetValue(json), inputs.IsBatchToStandardOutput), inputs, output, error, stderrIsTerminal);
        });
        return command;
    }

    private static Command BuildParse(TextWriter output, TextWriter error, bool stderrIsTerminal)
    {
        var command = new Command(
            "parse",
            "Parse each report and write its full syntax tree as JSON: every node, token and piece of trivia, plus the diagnostics.\n" +
            "'reportsdk render' reads it back. Example: reportsdk parse report.txt -o report.tree.json");
        var symbols = new FileCommandSymbols(
            "Report text files (UTF-8, UTF-16 with BOM, or GB18030); or directories (their *.txt files; a directory makes a batch).",
            "Write the tree JSON to this file instead of stdout; in a batch, the directory for one <name>.tree.json per input.");
        var indented = new Option<bool>("--indented") { Description = "Indent the JSON for reading (the default is compact; a batch to stdout stays one document per line)." };
        symbols.AddTo(command);
        command.Options.Add(indented);
        command.SetAction(result =>
        {
            var inputs = symbols.Read(result);
            return BatchRunner.Run(new ParseCommand(result.GetValue(indented) && !inputs.IsBatchToStandardOutput), inputs, output, error, stderrIsTerminal);
        });
        return command;
    }

    private static Command BuildRender(TextWriter output, TextWriter error, bool stderrIsTerminal)
    {
        var command = new Command(
            "render",
            "Render each report, given as report text or as tree JSON from 'reportsdk parse' (a .json name, or content starting with '{').\n" +
            "Example: reportsdk render report.tree.json --to markdown -o report.md");
        var symbols = new FileCommandSymbols(
            "Report text files or syntax-tree JSON files; or directories (their *.txt and *.json files; a directory makes a batch).",
            "Write to this file instead of stdout; in a batch, the directory for one <name>.text.txt, .md, .html or .source.txt per input.");
        var to = new Option<string>("--to")
        {
            Description = "The output format: text (the report without page chrome), markdown (headings, numbered items, footnotes), " +
                "html (a semantic HTML5 document), source (the original text exactly, as UTF-8 without BOM; nothing added).",
            Required = true,
            HelpName = "text|markdown|html|source",
        };
        to.AcceptOnlyFromAmong([.. RenderCommand.Formats.Keys]);
        symbols.AddTo(command);
        command.Options.Add(to);
        command.SetAction(result => BatchRunner.Run(new RenderCommand(RenderCommand.Formats[result.GetValue(to)!]), symbols.Read(result), output, error, stderrIsTerminal));
        return command;
    }

    private static Command BuildExplore(TextWriter output, TextWriter error)
    {
        var command = new Command(
            "explore",
            """
            Start a local explorer page: the report's text tinted by line role, the syntax tree (click a node to see its span,
            click the text to find its node), the layout decoder's candidates and scores for each line, the outline,
            diagnostics, Markdown and HTML renderings, and tree/outline JSON downloads.
            The server listens on 127.0.0.1 only, prints its URL and runs until Ctrl+C. Reports are only the file given,
            or the *.txt files directly in the folder given; with no path the page shows an embedded sample and accepts a
            pasted or uploaded report (at most 5 MB).

            Examples:
              reportsdk explore                       the embedded sample, plus paste and upload
              reportsdk explore report.txt            one report
              reportsdk explore seeds/ --port 8080    pick among a folder's *.txt reports, on a fixed port
              reportsdk explore report.txt --open     also open the page in the default browser
            """);
        var path = new Argument<string?>("path")
        {
            Description = "A report text file, or a folder whose *.txt files (not recursive) the page lists. Omit it for the embedded sample.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var port = new Option<int>("--port")
        {
            Description = "The port on 127.0.0.1 to listen on (default: a free port chosen by the system).",
            DefaultValueFactory = _ => 0,
        };
        var open = new Option<bool>("--open") { Description = "Open the page in the default browser once the server is listening." };
        command.Arguments.Add(path);
        command.Options.Add(port);
        command.Options.Add(open);
        command.SetAction(result => Explore.ExploreCommand.Run(result.GetValue(path), result.GetValue(port), result.GetValue(open), output, error));

        return command;
    }

    private static Command BuildModel(TextWriter output, TextWriter error, bool stderrIsTerminal)
    {
        var command = new Command(
            "model",
            "Print what each report means: region, level, year, meeting, speaker, status, and its targets told apart from results,\n" +
            "estimates, five-year averages and five-year goals. Example: reportsdk model report.txt --targets-csv -o targets.csv");
        var symbols = new FileCommandSymbols(
            "Report text files (UTF-8, UTF-16 with BOM, or GB18030); or directories (their *.txt files; a directory makes a batch).",
            "Write to this file instead of stdout; in a batch, the directory for one <name>.model.json, .targets.csv, .targets.jsonl or .model.txt per input.");
        var json = new Option<bool>("--json") { Description = "Print the whole model as UTF-8 JSON (\"schemaVersion\", metadata with spans, targets, achieved, glossary, lists, diagnostics)." };
        var csv = new Option<bool>("--targets-csv") { Description = "Print one CSV row per figure (header row; path, region, level, reportYear, year, indicator, indicatorKey, measure, low, high, unit, qualifier, stretch, kind, line, valueText, section, text)." };
        var jsonl = new Option<bool>("--targets-jsonl") { Description = "Print one JSON object per figure and line (JSON Lines), with the CSV's columns." };
        symbols.AddTo(command);
        command.Options.Add(json);
        command.Options.Add(csv);
        command.Options.Add(jsonl);
        command.Validators.Add(result =>
        {
            int chosen = (result.GetValue(json) ? 1 : 0) + (result.GetValue(csv) ? 1 : 0) + (result.GetValue(jsonl) ? 1 : 0);
            if (chosen > 1)
            {
                result.AddError("Choose one of --json, --targets-csv and --targets-jsonl.");
            }
        });
        command.SetAction(result =>
        {
            var format = result.GetValue(json) ? ModelFormat.Json
                : result.GetValue(csv) ? ModelFormat.TargetsCsv
                : result.GetValue(jsonl) ? ModelFormat.TargetsJsonLines
                : ModelFormat.Text;
            var inputs = symbols.Read(result);
            return BatchRunner.Run(new ModelCommand(format, inputs.IsBatchToStandardOutput), inputs, output, error, stderrIsTerminal);
        });
        return command;
    }

    private static Command BuildTargets(TextWriter output, TextWriter error, bool stderrIsTerminal)
    {
        var command = new Command(
            "targets",
            $$"""
            Print one row per figure of every input: this year's targets and, told apart by 'kind', last year's results,
            estimates (预计), five-year averages (年均) and five-year goals, as one table for the whole run (docs/model.md).
            Columns: {{string.Join(", ", Tables.TargetColumns.Row.Select(column => column.Name))}}.
            JSON groups the rows by report: {"schemaVersion", "reports": [{"path", "report", "region", "level", "year", "targets": [rows]}]}.

            Examples:
              reportsdk targets report.txt                                          every figure of one report, as JSON
              reportsdk targets reports/ --format csv --indicator gdp --kind target -o gdp.csv
                                                                                    the GDP target of every report in a folder
              reportsdk targets reports/ --format jsonl --indicator gdp             GDP targets and results, one object per line
            """);
        var symbols = new FileCommandSymbols(
            "Report text files (UTF-8, UTF-16 with BOM, or GB18030) and directories (their *.txt files).",
            "Write the one table of the run to this file instead of stdout (an existing directory, or a name ending in '/', gets targets.json, .jsonl or .csv).",
            parallel: false);
        var format = new Option<string>("--format")
        {
            Description = "json: one document with the rows grouped by report; jsonl: one JSON object per row and line; csv: a header row and one row per figure.",
            HelpName = "json|jsonl|csv",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong([.. TargetsCommand.Formats.Keys]);
        var kind = new Option<string[]>("--kind")
        {
            Description = "Keep only figures of this kind (repeat the option for several; default: every kind).",
            HelpName = "target|achieved|estimate|fiveYearAverage|fiveYearGoal",
        };
        kind.AcceptOnlyFromAmong([.. Enum.GetNames<ReportSdk.Semantics.Targets.TargetKind>().Select(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName)]);
        var indicator = new Option<string[]>("--indicator")
        {
            Description = "Keep only figures with this indicatorKey: gdp, cpi, urbanJobs, unemployment, fiscalRevenue, grain, fixedInvestment, " +
                "retailSales, foreignTrade, industrialValueAdded, income, energyIntensity, co2Intensity, rdIntensity (repeat for several).",
            HelpName = "key",
        };
        var measure = new Option<string[]>("--measure")
        {
            Description = "Keep only figures with this measure (repeat for several).",
            HelpName = "growth|level|share|decline",
        };
        measure.AcceptOnlyFromAmong([.. Enum.GetNames<ReportSdk.Semantics.Targets.TargetMeasure>().Select(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName)]);
        symbols.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(kind);
        command.Options.Add(indicator);
        command.Options.Add(measure);
        command.SetAction(result =>
        {
            var filter = new TargetFilter(
                new HashSet<string>(result.GetValue(kind) ?? [], StringComparer.Ordinal),
                new HashSet<string>(result.GetValue(indicator) ?? [], StringComparer.Ordinal),
                new HashSet<string>(result.GetValue(measure) ?? [], StringComparer.Ordinal));
            // One table for the whole run; a directory stands for its files (FileCommandSymbols.Read makes it a batch).
            var inputs = symbols.Read(result);
            return BatchRunner.RunCollecting(new TargetsCommand(TargetsCommand.Formats[result.GetValue(format)!], filter), inputs, output, error, stderrIsTerminal);
        });
        return command;
    }

    private static Command BuildExport(TextWriter output, TextWriter error, bool stderrIsTerminal)
    {
        var command = new Command(
            "export",
            $$"""
            Export a dataset of every input for pandas, Polars or DuckDB: one file per table in the -o directory
            ({{string.Join(", ", Tables.ExportTables.All.Select(table => table.Name))}}; DIR/targets.parquet …), keyed by
            file (path) and report (0-based index in the file); every column is described in docs/model.md.
            Files are parsed in parallel; rows keep the order of the inputs. Each table file is written atomically.

            Examples:
              reportsdk export reports/ -o dataset/                       Parquet (the default)
              reportsdk export a.txt b.txt reports/ -o dataset/ --format csv
              duckdb -c "select r.region, t.low, t.high from 'dataset/targets.parquet' t join 'dataset/reports.parquet' r using (path, report) where t.indicatorKey = 'gdp' and t.kind = 'target'"
            """);
        var symbols = new FileCommandSymbols(
            "Report text files (UTF-8, UTF-16 with BOM, or GB18030) and directories (their *.txt files).",
            "The directory for the table files (created if missing; required).");
        var format = new Option<string>("--format")
        {
            Description = "parquet (default): Apache Parquet; jsonl: one JSON object per row and line; csv: a header row and one row per line.",
            HelpName = "parquet|jsonl|csv",
            DefaultValueFactory = _ => "parquet",
        };
        format.AcceptOnlyFromAmong([.. Tables.TableWriter.Formats.Keys]);
        symbols.AddTo(command);
        command.Options.Add(format);
        command.SetAction(result => ExportCommand.Run(Tables.TableWriter.Formats[result.GetValue(format)!], symbols.Read(result), output, error, stderrIsTerminal));
        return command;
    }

    private static Command BuildCheck(TextWriter output, TextWriter error, bool stderrIsTerminal)
    {
        var command = new Command(
            "check",
            """
            Report the diagnostics of each report (docs/diagnostics.md) for people and CI: one line per diagnostic in compiler
            format, path(line,col): warning RPT0006: message (1-based line and column), then the summary line
            'N files, N errors, N warnings, N infos'; or one SARIF 2.1.0 log for all inputs (--format sarif; the summary
            then goes to stdout when the log goes to a -o file, to stderr when the log is on stdout).
            Exit code 1 when a diagnostic at or above --fail-on was found; input and output failures take precedence.

            Examples:
              reportsdk check report.txt                                  diagnostics of one report
              reportsdk check reports/ --fail-on warning                  every *.txt in reports/; exit 1 on a warning
              reportsdk check reports/ --format sarif -o check.sarif      one SARIF log (GitHub code scanning, VS Code)
            """);
        var symbols = new FileCommandSymbols(
            "Report text files (UTF-8, UTF-16 with BOM, or GB18030); or directories (their *.txt files; a directory makes a batch).",
            "Write the one output of the run to this file instead of stdout (an existing directory, or a name ending in '/', gets check.txt or check.sarif).",
            parallel: false);
        var format = new Option<string>("--format")
        {
            Description = "text: one compiler-format line per diagnostic and a summary line; sarif: one SARIF 2.1.0 log (JSON) for all inputs.",
            HelpName = "text|sarif",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong([.. CheckCommand.Formats.Keys]);
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit with code 1 when a diagnostic of this severity or a higher one was found (none: never; default: error).",
            HelpName = "warning|error|none",
            DefaultValueFactory = _ => "error",
        };
        failOn.AcceptOnlyFromAmong([.. CheckCommand.FailOnValues.Keys]);
        symbols.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(failOn);
        command.SetAction(result => BatchRunner.RunCollecting(
            new CheckCommand(CheckCommand.Formats[result.GetValue(format)!], CheckCommand.FailOnValues[result.GetValue(failOn)!]),
            symbols.Read(result),
            output,
            error,
            stderrIsTerminal));
        return command;
    }
}
