using System.Globalization;
using ReportSdk.Diagnostics;
using ReportSdk.Text;

namespace ReportSdk.Cli;

/// <summary>The output forms of <c>reportsdk check</c>.</summary>
internal enum CheckFormat
{
    /// <summary>One line per diagnostic in compiler format, then the summary line.</summary>
    Text,

    /// <summary>One SARIF 2.1.0 log for the whole run (<see cref="SarifWriter"/>).</summary>
    Sarif,
}

/// <summary>The <c>--fail-on</c> threshold of <c>reportsdk check</c>.</summary>
internal enum CheckFailOn
{
    /// <summary>Never fail because of diagnostics.</summary>
    None,

    /// <summary>Fail (exit 1) when a warning or an error was reported.</summary>
    Warning,

    /// <summary>Fail (exit 1) when an error was reported (the default).</summary>
    Error,
}

/// <summary>One diagnostic of a checked input, kept without its tree (a batch does not hold every tree in memory).</summary>
/// <param name="Path">The input's path as the user gave it.</param>
/// <param name="Descriptor">What kind of diagnostic it is.</param>
/// <param name="Message">The formatted message.</param>
/// <param name="Span">The 0-based start and end of its span.</param>
internal sealed record CheckedDiagnostic(string Path, DiagnosticDescriptor Descriptor, string Message, LinePositionSpan Span)
{
    /// <summary>The severity as compilers print it: <c>error</c>, <c>warning</c>, <c>info</c>.</summary>
    public string SeverityText => Descriptor.DefaultSeverity.ToString().ToLowerInvariant();

    /// <summary>
    /// The compiler-format line <c>path(line,col): warning RPT0006: message</c>, with a 1-based line and column
    /// (UTF-16 code units); control characters of the path and message are escaped.
    /// </summary>
    public string ToCompilerFormat() => string.Create(
        CultureInfo.InvariantCulture,
        $"{ErrorText.EscapeControls(Path)}({Span.Start.Line + 1},{Span.Start.Character + 1}): {SeverityText} {Descriptor.Id}: {ErrorText.OneLine(Message)}");
}

/// <summary>
/// <c>reportsdk check &lt;file|dir&gt;... [--format text|sarif] [--fail-on warning|error|none]</c>: every input's
/// diagnostics in compiler format or as one SARIF 2.1.0 log, a summary line, and an exit code for CI.
/// </summary>
internal sealed class CheckCommand(CheckFormat format, CheckFailOn failOn) : ICollectingCommand
{
    private readonly List<CheckedDiagnostic> _diagnostics = [];
    private readonly List<(InputFile Input, string Message)> _failures = [];
    private int _files;

    /// <summary>The <c>--format</c> values.</summary>
    public static IReadOnlyDictionary<string, CheckFormat> Formats { get; } = new Dictionary<string, CheckFormat>(StringComparer.Ordinal)
    {
        ["text"] = CheckFormat.Text,
        ["sarif"] = CheckFormat.Sarif,
    };

    /// <summary>The <c>--fail-on</c> values.</summary>
    public static IReadOnlyDictionary<string, CheckFailOn> FailOnValues { get; } = new Dictionary<string, CheckFailOn>(StringComparer.Ordinal)
    {
        ["warning"] = CheckFailOn.Warning,
        ["error"] = CheckFailOn.Error,
        ["none"] = CheckFailOn.None,
    };

    public IReadOnlyList<string> DirectoryPatterns { get; } = ["*.txt"];

    public string OutputFileName => format == CheckFormat.Sarif ? "check.sarif" : "check.txt";

    /// <summary>The diagnostics collected so far, in input order and, per input, in text order.</summary>
    public IReadOnlyList<CheckedDiagnostic> Diagnostics => _diagnostics;

    public int ResultExitCode
    {
        get
        {
            var threshold = failOn switch
            {
                CheckFailOn.Warning => DiagnosticSeverity.Warning,
                CheckFailOn.Error => DiagnosticSeverity.Error,
                _ => (DiagnosticSeverity?)null,
            };
            return threshold is { } t && _diagnostics.Any(d => d.Descriptor.DefaultSeverity >= t) ? ExitCodes.DiagnosticsFound : ExitCodes.Success;
        }
    }

    public void Add(InputFile input, InputReadOptions options)
    {
        var tree = TreeLoader.ParseReport(input, options);
        foreach (var diagnostic in tree.GetDiagnostics())
        {
            // Hidden diagnostics are for tools that ask for them; a check reports infos and above.
            if (diagnostic.Severity >= DiagnosticSeverity.Info)
            {
                _diagnostics.Add(new CheckedDiagnostic(input.DisplayPath, diagnostic.Descriptor, diagnostic.GetMessage(), diagnostic.Location.GetLineSpan().Span));
            }
        }

        _files++;
    }

    public void AddFailure(InputFile input, string message) => _failures.Add((input, message));

    /// <summary>The summary line: <c>N files, N errors, N warnings, N infos</c> (files that were read and checked).</summary>
    public string Summary() => string.Create(
        CultureInfo.InvariantCulture,
        $"{_files} files, {Count(DiagnosticSeverity.Error)} errors, {Count(DiagnosticSeverity.Warning)} warnings, {Count(DiagnosticSeverity.Info)} infos");

    public OutputWriter Finish()
    {
        if (format == CheckFormat.Sarif)
        {
            var failures = _failures.Select(f => (f.Input.DisplayPath, f.Message)).ToList();
            return destination => SarifWriter.Write(destination, _diagnostics, failures);
        }

        return destination => Utf8Output.WriteText(destination, writer =>
        {
            foreach (var diagnostic in _diagnostics)
            {
                writer.WriteLine(diagnostic.ToCompilerFormat());
            }

            writer.WriteLine(Summary());
        });
    }

    public void Written(bool toFile, TextWriter output, TextWriter error)
    {
        // The text output ends with the summary. A SARIF log must stay one JSON document, so its summary goes beside
        // it: on stdout when the log went to a file, on stderr when the log itself is on stdout.
        if (format == CheckFormat.Sarif)
        {
            (toFile ? output : error).WriteLine(Summary());
        }
    }

    private int Count(DiagnosticSeverity severity) => _diagnostics.Count(d => d.Descriptor.DefaultSeverity == severity);
}
