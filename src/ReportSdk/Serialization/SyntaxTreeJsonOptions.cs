namespace ReportSdk.Serialization;

/// <summary>Options for <see cref="SyntaxTreeJson"/>: output layout and the limits applied when reading.</summary>
public sealed class SyntaxTreeJsonOptions
{
    /// <summary>The default options: compact output, depth 256, strings up to 64 MiB.</summary>
    public static SyntaxTreeJsonOptions Default { get; } = new();

    /// <summary>Whether <see cref="SyntaxTreeJson.Serialize(ReportSdk.Syntax.SyntaxTree, SyntaxTreeJsonOptions?)"/> indents its output. Default false.</summary>
    public bool Indented { get; init; }

    /// <summary>
    /// The shape <see cref="SyntaxTreeJson.Serialize(ReportSdk.Syntax.SyntaxTree, SyntaxTreeJsonOptions?)"/> writes:
    /// <see cref="SyntaxTreeJson.SchemaVersion"/> (2, the default) puts each child under its slot name from Syntax.xml
    /// (<c>"textToken": {…}</c>); 1 writes the older positional <c>"children": […]</c> array for readers that expect it.
    /// Reading accepts both.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to anything but 1 or 2.</exception>
    public int SchemaVersion
    {
        get => _schemaVersion;
        init => _schemaVersion = value is 1 or 2 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The tree JSON has schema versions 1 (positional) and 2 (named slots).");
    }

    private readonly int _schemaVersion = 2;

    /// <summary>
    /// The deepest JSON nesting (objects and arrays) accepted when reading; deeper input gives a
    /// <see cref="ReportJsonException"/>. Default 256, about five times the depth of a parsed report
    /// (each numbered item level costs two: its object and its body list; three in the positional shape, whose
    /// <c>children</c> array adds one).
    /// </summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>
    /// The largest single JSON token (in practice one string), in UTF-8 bytes, accepted when reading; a larger one
    /// gives a <see cref="ReportJsonException"/> before it is buffered whole. Default 64 MiB.
    /// </summary>
    public int MaxTokenBytes { get; init; } = 64 * 1024 * 1024;
}
