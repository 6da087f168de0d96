namespace ReportSdk.Serialization;

/// <summary>Options for <see cref="SyntaxTreeJson"/>: output layout and the limits applied when reading.</summary>
public sealed class SyntaxTreeJsonOptions
{
    /// <summary>The default options: compact output, depth 256, strings up to 64 MiB.</summary>
    public static SyntaxTreeJsonOptions Default { get; } = new();

    /// <summary>Whether <see cref="SyntaxTreeJson.Serialize(ReportSdk.Syntax.SyntaxTree, SyntaxTreeJsonOptions?)"/> indents its output. Default false.</summary>
    public bool Indented { get; init; }

    /// <summary>
    /// The deepest JSON nesting (objects and arrays) accepted when reading; deeper input gives a
    /// <see cref="ReportJsonException"/>. Default 256, about five times the depth of a parsed report
    /// (each numbered item level costs three: its object, its <c>children</c> array and its body list).
    /// </summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>
    /// The largest single JSON token (in practice one string), in UTF-8 bytes, accepted when reading; a larger one
    /// gives a <see cref="ReportJsonException"/> before it is buffered whole. Default 64 MiB.
    /// </summary>
    public int MaxTokenBytes { get; init; } = 64 * 1024 * 1024;
}
