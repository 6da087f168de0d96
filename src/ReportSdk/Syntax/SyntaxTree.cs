using ReportSdk.Diagnostics;
using ReportSdk.Parsing;
using ReportSdk.Syntax.InternalSyntax;
using ReportSdk.Text;

namespace ReportSdk.Syntax;

/// <summary>
/// A parsed report: the text, the root <see cref="DocumentSyntax"/>, the options and the diagnostics.
/// <see cref="ParseText(string, ParseOptions?, string?)"/> is the entry point.
/// </summary>
/// <remarks>
/// Thread safety: a syntax tree is immutable and may be shared freely between threads; its red
/// nodes are created lazily with atomic publication, so concurrent walks see the same nodes.
/// Parsing never throws on input text; every character of the input is in the tree, and
/// <c>GetRoot().ToFullString()</c> equals the input.
/// </remarks>
public sealed class SyntaxTree
{
    private readonly SourceText? _text;
    private SourceText? _lazyText;
    private IReadOnlyList<Diagnostic>? _lazyDiagnostics;
    private readonly DocumentSyntax? _root;
    private readonly SyntaxNode? _foreignRoot;

    private SyntaxTree(SourceText? text, DocumentSyntax? root, SyntaxNode? foreignRoot, ParseOptions options, string path)
    {
        _text = text;
        _root = root;
        _foreignRoot = foreignRoot;
        Options = options;
        FilePath = path;
    }

    /// <summary>The options the text was parsed with.</summary>
    public ParseOptions Options { get; }

    /// <summary>The path given at parse time, or an empty string.</summary>
    public string FilePath { get; }

    /// <summary>The parsed text; for a tree made around a built node, the node's full text (computed once).</summary>
    public SourceText GetText()
    {
        if (_text is not null)
        {
            return _text;
        }

        if (_lazyText is null)
        {
            Interlocked.CompareExchange(ref _lazyText, SourceText.From((_root as SyntaxNode ?? _foreignRoot)!.ToFullString()), null);
        }

        return _lazyText;
    }

    /// <summary>
    /// Whether the root is a <see cref="DocumentSyntax"/>, so <see cref="GetRoot"/> returns it (Roslyn's
    /// <c>HasCompilationUnitRoot</c>). False for the tree a <see cref="SyntaxFactory"/> node of another kind makes on
    /// demand; <see cref="TryGetRoot"/> returns that root.
    /// </summary>
    public bool HasDocumentRoot => _root is not null;

    /// <summary>
    /// The root node, whatever its kind, as Roslyn's <c>SyntaxTree.TryGetRoot</c>: a <see cref="DocumentSyntax"/> for a
    /// parsed tree, or the topmost node of a <see cref="SyntaxFactory"/>-built subtree whose
    /// <see cref="SyntaxNode.SyntaxTree"/> was asked for. The root is always available, so this returns true.
    /// </summary>
    /// <param name="root">The root node.</param>
    /// <returns>True.</returns>
    public bool TryGetRoot(out SyntaxNode root)
    {
        root = _root as SyntaxNode ?? _foreignRoot!;
        return true;
    }

    /// <summary>
    /// The path of this tree (<see cref="FilePath"/>) and the 0-based start and end line positions of
    /// <paramref name="span"/> in its text, as Roslyn's <c>SyntaxTree.GetLineSpan</c>. Its <c>ToString()</c> is the
    /// 1-based compiler format <c>path(line,col)</c>.
    /// </summary>
    /// <param name="span">A span of this tree's text.</param>
    /// <returns>The path and the line span.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="span"/> ends after the text.</exception>
    public FileLinePositionSpan GetLineSpan(TextSpan span) => new(FilePath, GetText().Lines.GetLinePositionSpan(span));

    /// <summary>
    /// The same as <see cref="GetLineSpan"/>: Roslyn's <c>GetMappedLineSpan</c> applies <c>#line</c> directives, and a
    /// report has none, so the mapped span is the span itself (0-based; <c>ToString()</c> gives the 1-based
    /// <c>path(line,col)</c> display).
    /// </summary>
    /// <param name="span">A span of this tree's text.</param>
    /// <returns>The path and the line span.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="span"/> ends after the text.</exception>
    public FileLinePositionSpan GetMappedLineSpan(TextSpan span) => GetLineSpan(span);

    /// <summary>The root document node (Roslyn's <c>GetCompilationUnitRoot</c>).</summary>
    /// <exception cref="InvalidOperationException">
    /// The tree was made on demand around a <see cref="SyntaxFactory"/> node that is not a document (see
    /// <see cref="HasDocumentRoot"/>); <see cref="TryGetRoot"/> returns that node.
    /// </exception>
    public DocumentSyntax GetRoot() =>
        _root ?? throw new InvalidOperationException($"This tree's root is a {_foreignRoot!.Kind}, not a DocumentSyntax; use TryGetRoot to get it.");

    /// <summary>
    /// The diagnostics of the whole tree, in text order: those its nodes and tokens hold (see
    /// <see cref="SyntaxNode.GetDiagnostics"/>) and the document-level ones the root holds. At one position a node's own
    /// come before its descendants', and RPT0012 after the RPT0007 it sums up. Made once, on first use.
    /// </summary>
    /// <remarks>
    /// As in Roslyn, diagnostics live on the green nodes they belong to, so a tree made from a parsed root
    /// (<see cref="Create"/>, a rewriter, an incremental reparse) reports those of every node it keeps unchanged; a node
    /// rebuilt by an edit (<c>With*</c>, <c>Replace*</c>) and its rebuilt ancestors drop their own.
    /// </remarks>
    public IReadOnlyList<Diagnostic> GetDiagnostics()
    {
        if (_lazyDiagnostics is null)
        {
            var root = _root as SyntaxNode ?? _foreignRoot!;
            Interlocked.CompareExchange(ref _lazyDiagnostics, GreenDiagnosticWalker.CreateDiagnostics(this, root.Green, 0), null);
        }

        return _lazyDiagnostics;
    }

    /// <summary>Parses report text. Never throws on the content of <paramref name="text"/>.</summary>
    /// <param name="text">The raw text of a report, a compilation of reports, or anything else.</param>
    /// <param name="options">Parse options, or null for the defaults.</param>
    /// <param name="path">The file path, for diagnostics.</param>
    public static SyntaxTree ParseText(string text, ParseOptions? options = null, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ParseText(SourceText.From(text), options, path);
    }

    /// <summary>Parses a <see cref="SourceText"/>, as decoded from bytes with encoding detection.</summary>
    public static SyntaxTree ParseText(SourceText text, ParseOptions? options = null, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ParseOptions.Default;
        var green = ReportParser.Parse(text, options);
        var root = (DocumentSyntax)green.CreateRed(null, 0);
        var tree = new SyntaxTree(text, root, null, options, path ?? string.Empty);
        root.AttachTree(tree);
        return tree;
    }

    /// <summary>
    /// Parses <paramref name="newText"/>, an edited version of this tree's text, reusing the green
    /// nodes of every report the edit does not touch. The result equals
    /// <c>ParseText(newText, Options, FilePath)</c>; when the edit cannot be confined to one report,
    /// that full parse is what runs.
    /// </summary>
    public SyntaxTree WithChangedText(SourceText newText)
    {
        ArgumentNullException.ThrowIfNull(newText);
        if (_text is not null && _root is not null)
        {
            var incremental = IncrementalParser.TryReparse(this, newText);
            if (incremental is not null)
            {
                return incremental;
            }
        }

        return ParseText(newText, Options, FilePath);
    }

    /// <summary>Applies <paramref name="changes"/> to this tree's text and reparses incrementally.</summary>
    public SyntaxTree WithChanges(params TextChange[] changes) => WithChangedText(GetText().WithChanges(changes));

    /// <summary>A tree around an incrementally built root; its reused green nodes carry their diagnostics.</summary>
    internal static SyntaxTree CreateIncremental(SourceText text, GreenNode root, SyntaxTree oldTree)
    {
        var red = (DocumentSyntax)root.CreateRed(null, 0);
        var tree = new SyntaxTree(text, red, null, oldTree.Options, oldTree.FilePath);
        red.AttachTree(tree);
        return tree;
    }

    /// <summary>Reads a file (detecting its encoding) and parses it.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SyntaxTree ParseFile(string path, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = SourceText.From(File.ReadAllBytes(path));
        return ParseText(text, options, path);
    }

    /// <summary>
    /// Makes a tree around a root, such as one built with <see cref="SyntaxFactory"/>. The diagnostics are those the
    /// root's green nodes hold: none for a built root, those of every unchanged node for a parsed or rewritten one.
    /// </summary>
    public static SyntaxTree Create(DocumentSyntax root, ParseOptions? options = null, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        var newRoot = (DocumentSyntax)root.Green.CreateRed(null, 0);
        var tree = new SyntaxTree(null, newRoot, null, options ?? ParseOptions.Default, path ?? string.Empty);
        newRoot.AttachTree(tree);
        return tree;
    }

    internal static SyntaxTree CreateWithoutClone(SyntaxNode root) =>
        new(null, root as DocumentSyntax, root, ParseOptions.Default, string.Empty);

    /// <inheritdoc/>
    public override string ToString() => GetText().ToString();
}
