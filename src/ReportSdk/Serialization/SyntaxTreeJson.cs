using System.Buffers;
using System.Text;
using System.Text.Json;
using ReportSdk.Diagnostics;
using ReportSdk.Syntax;

namespace ReportSdk.Serialization;

/// <summary>
/// Writes a <see cref="SyntaxTree"/> as JSON and reads it back: the full tree, every node, token and piece of
/// trivia, so the tree read back has the same text, kinds and spans as the one written.
/// </summary>
/// <remarks>
/// <para>The document (<c>docs/schema/syntax-tree.schema.json</c> describes it):</para>
/// <code>
/// { "schemaVersion": 2, "path": "a.txt", "length": 1234,
///   "root": { "kind": "Document", "start": 0, "width": 1234, "tableOfContents": null, "reports": [ { "kind": "Report", … } ],
///             "endOfFileToken": { "kind": "EndOfFileToken", "start": 1234, "width": 0, "text": "" } },
///   "diagnostics": [ { "id": "RPT0006", "severity": "warning", "start": 10, "length": 6, "message": "…" } ] }
/// </code>
/// <list type="bullet">
/// <item>A node is <c>{"kind", "start", "width"}</c> and one property per slot, named as the slot in Syntax.xml in
/// camelCase (<see cref="SyntaxFacts.GetSlotNames"/>), written in slot order: an object for a node or token slot,
/// <c>null</c> for an empty optional slot, an array for a list slot; every slot is there. Schema version 1 files, whose nodes hold their slots positionally in a <c>"children"</c> array, are still
/// read, and <see cref="SyntaxTreeJsonOptions.SchemaVersion"/> = 1 still writes them.</item>
/// <item>A token is <c>{"kind", "start", "width", "text"}</c> plus <c>"missing": true</c> only when it is missing and
/// <c>"leading"</c>/<c>"trailing"</c> arrays of trivia only when it has some.</item>
/// <item>Trivia is <c>{"kind", "text"}</c>.</item>
/// <item><c>start</c> is the absolute position of the full span (trivia included) and <c>width</c> its length. Both are
/// optional when reading; when present they must tile the text (each element starts where the previous ended).</item>
/// </list>
/// <para>Reading is streaming and iterative (an explicit stack, no recursion), so deeply nested input cannot overflow
/// the stack; nesting deeper than <see cref="SyntaxTreeJsonOptions.MaxDepth"/> and tokens larger than
/// <see cref="SyntaxTreeJsonOptions.MaxTokenBytes"/> are rejected. Every problem with the input is reported as a
/// <see cref="ReportJsonException"/> carrying the JSON path. The green tree is rebuilt through the same node factory the
/// generated code uses, each slot checked against the node kind's shape (token, list or node; token kind; node type).</para>
/// <para>Diagnostics are stored in the JSON and restored on the tree read back (<see cref="SyntaxTree.GetDiagnostics"/>),
/// with the same id, severity, span and message; their descriptor is the catalogue's when the message has no
/// arguments, otherwise a descriptor with the catalogue's title and the stored message.</para>
/// </remarks>
public static partial class SyntaxTreeJson
{
    /// <summary>The value of <c>schemaVersion</c> this class writes by default (named slots); it reads this and version 1 (positional children).</summary>
    public static int SchemaVersion => 2;

    private const int InitialBufferSize = 64 * 1024;

    /// <summary>
    /// Room in the read buffer beyond <see cref="SyntaxTreeJsonOptions.MaxTokenBytes"/> for what comes before a value
    /// (its quotes, a comma or colon, white space); the limit itself is checked exactly on each value.
    /// </summary>
    private const int TokenSlackBytes = 1024;

    /// <summary>
    /// Strings longer than this many characters are written in segments: <see cref="Utf8JsonWriter"/> refuses a single
    /// string value of more than about 166 million characters, and a whole report on one line can be longer.
    /// </summary>
    internal static int StringSegmentChars { get; set; } = 1 << 24;
    private const int FlushThreshold = 64 * 1024;

    private static readonly JsonEncodedText SchemaVersionName = JsonEncodedText.Encode("schemaVersion");
    private static readonly JsonEncodedText PathName = JsonEncodedText.Encode("path");
    private static readonly JsonEncodedText LengthName = JsonEncodedText.Encode("length");
    private static readonly JsonEncodedText RootName = JsonEncodedText.Encode("root");
    private static readonly JsonEncodedText DiagnosticsName = JsonEncodedText.Encode("diagnostics");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText StartName = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText WidthName = JsonEncodedText.Encode("width");
    private static readonly JsonEncodedText ChildrenName = JsonEncodedText.Encode("children");
    private static readonly JsonEncodedText TextName = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText MissingName = JsonEncodedText.Encode("missing");
    private static readonly JsonEncodedText LeadingName = JsonEncodedText.Encode("leading");
    private static readonly JsonEncodedText TrailingName = JsonEncodedText.Encode("trailing");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText SeverityName = JsonEncodedText.Encode("severity");
    private static readonly JsonEncodedText MessageName = JsonEncodedText.Encode("message");

    /// <summary>Serializes a tree to a JSON string.</summary>
    /// <param name="tree">The tree; its root must be a <see cref="DocumentSyntax"/>.</param>
    /// <param name="options">Output options, or null for the defaults (compact).</param>
    /// <exception cref="InvalidOperationException">The tree's root is not a document.</exception>
    public static string Serialize(SyntaxTree tree, SyntaxTreeJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var buffer = new ArrayBufferWriter<byte>(InitialBufferSize);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions(options)))
        {
            WriteDocument(writer, tree, flush: false, named: IsNamed(options));
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Serializes a tree as UTF-8 JSON to a stream, flushing as it goes. The stream is left open.</summary>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <param name="tree">The tree; its root must be a <see cref="DocumentSyntax"/>.</param>
    /// <param name="options">Output options, or null for the defaults (compact).</param>
    /// <exception cref="InvalidOperationException">The tree's root is not a document.</exception>
    public static void Serialize(Stream utf8Json, SyntaxTree tree, SyntaxTreeJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(tree);
        using var writer = new Utf8JsonWriter(utf8Json, WriterOptions(options));
        WriteDocument(writer, tree, flush: true, named: IsNamed(options));
    }

    /// <summary>Reads a tree from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="path">The path to give the tree, or null to use the <c>path</c> stored in the JSON.</param>
    /// <param name="options">Reading limits, or null for the defaults.</param>
    /// <returns>A tree whose <c>GetRoot().ToFullString()</c>, kinds and spans equal those of the tree that was written.</returns>
    /// <exception cref="ReportJsonException">The JSON is not a valid syntax tree document.</exception>
    public static SyntaxTree Deserialize(string json, string? path = null, SyntaxTreeJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var stream = new Utf8StringStream(json);
        return Deserialize(stream, path, options);
    }

    /// <summary>Reads a tree from UTF-8 JSON in a stream, reading it in chunks. A UTF-8 byte order mark is skipped. The stream is left open.</summary>
    /// <param name="utf8Json">The stream to read.</param>
    /// <param name="path">The path to give the tree, or null to use the <c>path</c> stored in the JSON.</param>
    /// <param name="options">Reading limits, or null for the defaults.</param>
    /// <returns>A tree whose <c>GetRoot().ToFullString()</c>, kinds and spans equal those of the tree that was written.</returns>
    /// <exception cref="ReportJsonException">The JSON is not a valid syntax tree document.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static SyntaxTree Deserialize(Stream utf8Json, string? path = null, SyntaxTreeJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= SyntaxTreeJsonOptions.Default;
        if (options.MaxDepth < 1 || options.MaxTokenBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "MaxDepth and MaxTokenBytes must be positive.");
        }

        var reader = new TreeReader(options);
        reader.Run(utf8Json);
        return reader.CreateTree(path);
    }
}
