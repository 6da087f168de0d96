using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportSdk.Diagnostics;

namespace ReportSdk.Cli;

/// <summary>
/// Writes the diagnostics of a <c>check</c> run as one SARIF 2.1.0 log (OASIS, <c>sarif-schema-2.1.0.json</c>): one run
/// whose <c>tool.driver</c> lists every rule of the RPT catalogue (<see cref="DiagnosticDescriptors.All"/>), one result
/// per diagnostic with a 1-based region (columns in UTF-16 code units, <c>columnKind</c> says so), and one invocation
/// whose notifications are the inputs that could not be read.
/// </summary>
internal static class SarifWriter
{
    /// <summary>The <c>$schema</c> of the log: the OASIS 2.1.0 schema (errata 01).</summary>
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /// <summary>The driver's <c>informationUri</c>: the project's home (<c>RepositoryUrl</c> in Directory.Build.props).</summary>
    public const string InformationUri = "https://github.com/reportsdk/reportsdk";

    /// <summary>The driver's <c>name</c>.</summary>
    public const string ToolName = "reportsdk";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The tool's version as <c>--version</c> prints it (the informational version of the CLI assembly).</summary>
    public static string ToolVersion { get; } =
        typeof(SarifWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(SarifWriter).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    /// <summary>Writes the log to <paramref name="destination"/> as UTF-8 without a BOM, followed by a line break.</summary>
    /// <param name="destination">Where to write; left open.</param>
    /// <param name="diagnostics">The results, in order.</param>
    /// <param name="failures">The inputs that failed, with their one-line messages.</param>
    public static void Write(Stream destination, IReadOnlyList<CheckedDiagnostic> diagnostics, IReadOnlyList<(string Path, string Message)> failures)
    {
        var rules = DiagnosticDescriptors.All;
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
        using (var json = new Utf8JsonWriter(destination, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", ToolName);
            json.WriteString("version", ToolVersion);
            json.WriteString("informationUri", InformationUri);
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                WriteRule(json, rule);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", failures.Count == 0);
            if (failures.Count > 0)
            {
                json.WriteStartArray("toolExecutionNotifications");
                foreach (var (path, message) in failures)
                {
                    json.WriteStartObject();
                    json.WriteString("level", "error");
                    WriteMessage(json, message);
                    json.WriteStartArray("locations");
                    json.WriteStartObject();
                    json.WriteStartObject("physicalLocation");
                    WriteArtifactLocation(json, path);
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndArray();

            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var diagnostic in diagnostics)
            {
                WriteResult(json, diagnostic, ruleIndex.TryGetValue(diagnostic.Descriptor.Id, out var index) ? index : null);
            }

            json.WriteEndArray();

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        Utf8Output.WriteNewLine(destination);
    }

    /// <summary>The SARIF <c>level</c> of a severity: <c>error</c>, <c>warning</c>, <c>note</c> (info) or <c>none</c> (hidden).</summary>
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    /// <summary>
    /// The rule's <c>name</c>: the name of its field in <see cref="DiagnosticDescriptors"/> (<c>MissingTitle</c>),
    /// or its title in PascalCase for a descriptor that is not there.
    /// </summary>
    public static string RuleName(DiagnosticDescriptor descriptor) =>
        FieldNames.TryGetValue(descriptor, out var name)
            ? name
            : string.Concat(descriptor.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => char.ToUpperInvariant(word[0]) + word[1..]));

    /// <summary>
    /// A path as a SARIF <c>uri</c>: an absolute path becomes a <c>file:</c> URI; a relative one a relative reference
    /// with <c>/</c> separators whose segments are percent-encoded (spaces, non-ASCII characters).
    /// </summary>
    public static string ToUri(string path)
    {
        if (Path.IsPathFullyQualified(path))
        {
            return new Uri(path).AbsoluteUri;
        }

        var segments = path.Split(['/', '\\']);
        return string.Join('/', segments.Select(Uri.EscapeDataString));
    }

    private static readonly Dictionary<DiagnosticDescriptor, string> FieldNames =
        typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .ToDictionary(field => (DiagnosticDescriptor)field.GetValue(null)!, field => field.Name);

    private static void WriteRule(Utf8JsonWriter json, DiagnosticDescriptor rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", RuleName(rule));
        json.WriteStartObject("shortDescription");
        json.WriteString("text", rule.Title);
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.DefaultSeverity));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, CheckedDiagnostic diagnostic, int? ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Descriptor.Id);
        if (ruleIndex is { } index)
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", Level(diagnostic.Descriptor.DefaultSeverity));
        WriteMessage(json, diagnostic.Message);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifactLocation(json, diagnostic.Path);
        json.WriteStartObject("region");
        json.WriteNumber("startLine", diagnostic.Span.Start.Line + 1);
        json.WriteNumber("startColumn", diagnostic.Span.Start.Character + 1);
        json.WriteNumber("endLine", diagnostic.Span.End.Line + 1);

        // SARIF's endColumn is the column after the region's last character: the 0-based exclusive end plus one.
        json.WriteNumber("endColumn", diagnostic.Span.End.Character + 1);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string text)
    {
        json.WriteStartObject("message");
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static void WriteArtifactLocation(Utf8JsonWriter json, string path)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ToUri(path));
        json.WriteEndObject();
    }
}
