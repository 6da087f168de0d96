using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportSdk.Parsing;
using ReportSdk.Semantics.Outline;
using ReportSdk.Serialization;
using ReportSdk.Syntax;
using ReportSdk.Text;

namespace ReportSdk.Cli.Explore;

/// <summary>
/// A parsed report as the explorer page needs it: the tree, and the page's JSON (text, line spans, layout
/// decisions, the tree's nodes as a flat pre-order list, diagnostics and the outline), built once per version.
/// </summary>
internal sealed class ExploreAnalysis
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // The payload is only read by the page's JSON.parse, never inlined into HTML; relaxed escaping keeps
        // Chinese text readable and the payload a third of the size of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Lazy<byte[]> _model;

    private ExploreAnalysis(SyntaxTree tree, byte[] json)
    {
        Tree = tree;
        Json = json;
        _model = new Lazy<byte[]>(() => ExploreModel.Build(tree), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The parsed tree, for the render views and downloads.</summary>
    public SyntaxTree Tree { get; }

    /// <summary>The page's UTF-8 JSON for this report.</summary>
    public byte[] Json { get; }

    /// <summary>
    /// The Model tab's UTF-8 JSON (<see cref="ExploreModel"/>), built on first use: the meaning layer runs only when
    /// the tab (or a model download) asks for it, once per version of the report.
    /// </summary>
    public byte[] ModelJson => _model.Value;

    /// <summary>Parses <paramref name="text"/> and builds the page's JSON.</summary>
    public static ExploreAnalysis Build(ExploreEntry entry, SourceText text)
    {
        var tree = SyntaxTree.ParseText(text, path: entry.Name);
        var buffer = new ArrayBufferWriter<byte>(Math.Max(4096, text.Length * 4));
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("id", entry.Id);
            writer.WriteString("name", entry.Name);
            writer.WriteString("kind", entry.Kind);
            writer.WriteNumber("length", text.Length);
            writer.WriteString("encoding", text.Encoding?.WebName);
            writer.WriteString("text", text.ToString());
            WriteLines(writer, text);
            WriteDecisions(writer, tree);
            WriteNodes(writer, tree);
            WriteDiagnostics(writer, tree);
            writer.WritePropertyName("outline");
            writer.WriteRawValue(OutlineJson.Serialize(OutlineBuilder.Build(tree)), skipInputValidation: true);
            writer.WriteEndObject();
        }

        return new ExploreAnalysis(tree, buffer.WrittenSpan.ToArray());
    }

    private static void WriteLines(Utf8JsonWriter writer, SourceText text)
    {
        // [start, end] of every line without its line break; the page slices the text by these.
        writer.WriteStartArray("lines");
        foreach (var line in text.Lines)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(line.Start);
            writer.WriteNumberValue(line.End);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    private static void WriteDecisions(Utf8JsonWriter writer, SyntaxTree tree)
    {
        IReadOnlyList<LineDecision> decisions;
        try
        {
            decisions = LayoutExplanation.Explain(tree);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The page still shows the text and the tree; it says why the decisions are missing.
            writer.WriteString("decisionsError", "The layout decisions could not be computed: " + ErrorText.Reason(exception));
            writer.WriteStartArray("decisions");
            writer.WriteEndArray();
            return;
        }

        writer.WriteNull("decisionsError");
        writer.WriteStartArray("decisions");
        foreach (var decision in decisions)
        {
            writer.WriteStartObject();
            writer.WriteNumber("line", decision.Line);
            writer.WriteNumber("start", decision.Span.Start);
            writer.WriteNumber("end", decision.Span.End);
            writer.WriteString("role", decision.Role);
            writer.WriteString("zone", decision.Zone);
            writer.WriteString("reason", decision.Reason);
            writer.WriteStartArray("candidates");
            foreach (var candidate in decision.Candidates)
            {
                writer.WriteStartObject();
                writer.WriteString("role", candidate.Role);
                if (double.IsFinite(candidate.Score))
                {
                    writer.WriteNumber("score", candidate.Score);
                }
                else
                {
                    writer.WriteString("score", candidate.Score.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                writer.WriteString("recognizer", candidate.Recognizer);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteNodes(Utf8JsonWriter writer, SyntaxTree tree)
    {
        // Nodes (not tokens) in pre-order as [kind index, span start, span end, parent index, depth];
        // an explicit stack, so a deeply nested hostile tree cannot overflow the stack.
        var kinds = new List<string>();
        var kindIndex = new Dictionary<SyntaxKind, int>();
        writer.WriteStartArray("nodes");
        var stack = new Stack<(SyntaxNode Node, int Parent, int Depth)>();
        stack.Push((tree.GetRoot(), -1, 0));
        var index = 0;
        while (stack.Count > 0)
        {
            var (node, parent, depth) = stack.Pop();
            if (!kindIndex.TryGetValue(node.Kind, out var k))
            {
                k = kinds.Count;
                kindIndex[node.Kind] = k;
                kinds.Add(node.Kind.ToString());
            }

            writer.WriteStartArray();
            writer.WriteNumberValue(k);
            writer.WriteNumberValue(node.Span.Start);
            writer.WriteNumberValue(node.Span.End);
            writer.WriteNumberValue(parent);
            writer.WriteNumberValue(depth);
            writer.WriteEndArray();
            var self = index++;
            var children = node.ChildNodes().ToList();
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push((children[i], self, depth + 1));
            }
        }

        writer.WriteEndArray();
        writer.WriteStartArray("kinds");
        foreach (var kind in kinds)
        {
            writer.WriteStringValue(kind);
        }

        writer.WriteEndArray();
    }

    private static void WriteDiagnostics(Utf8JsonWriter writer, SyntaxTree tree)
    {
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in tree.GetDiagnostics())
        {
            var span = diagnostic.Location.SourceSpan;
            var position = tree.GetText().Lines.GetLinePosition(Math.Min(span.Start, tree.GetText().Length));
            writer.WriteStartObject();
            writer.WriteString("id", diagnostic.Id);
            writer.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
            writer.WriteString("message", diagnostic.GetMessage());
            writer.WriteNumber("start", span.Start);
            writer.WriteNumber("end", span.End);
            writer.WriteNumber("line", position.Line + 1);
            writer.WriteNumber("column", position.Character + 1);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
