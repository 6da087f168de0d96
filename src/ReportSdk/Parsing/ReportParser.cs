using ReportSdk.Diagnostics;
using ReportSdk.Syntax;
using ReportSdk.Syntax.InternalSyntax;
using ReportSdk.Text;

namespace ReportSdk.Parsing;

/// <summary>
/// The parse pipeline: <see cref="LineScanner"/> (lines and their heads) → <see cref="DocumentLayout"/>
/// (what each line is) → <see cref="TreeBuilder"/> (the green tree). Never throws on input text.
/// </summary>
internal static class ReportParser
{
    /// <summary>A text at least this long on at most <see cref="NoLineStructureMaximumLines"/> lines has lost its line breaks (RPT0013).</summary>
    private const int NoLineStructureMinimumLength = 2000;

    /// <summary>See <see cref="NoLineStructureMinimumLength"/>: a report has dozens of lines, a run-on text one or two.</summary>
    private const int NoLineStructureMaximumLines = 3;

    public static ParseResult Parse(SourceText text, ParseOptions options)
    {
        string source = text.ToString();
        var lines = LineScanner.Scan(source);
        var layout = DocumentLayout.Analyze(source, lines, options);
        var diagnostics = new List<PendingDiagnostic>();
        if (text.EncodingWasGuessed || text.Encoding?.CodePage == 54936)
        {
            diagnostics.Add(new PendingDiagnostic(DiagnosticDescriptors.EncodingGuessed, 0, 0, text.Encoding?.WebName ?? "unknown"));
        }

        if (source.Length >= NoLineStructureMinimumLength && lines.Length <= NoLineStructureMaximumLines)
        {
            diagnostics.Add(new PendingDiagnostic(DiagnosticDescriptors.NoLineStructure, 0, 0, source.Length, lines.Length));
        }

        var root = TreeBuilder.Build(source, layout, diagnostics);
        return new ParseResult(root, diagnostics);
    }
}

/// <summary>The green root and the diagnostics of one parse.</summary>
internal sealed class ParseResult(GreenNode root, List<PendingDiagnostic> diagnostics)
{
    public GreenNode Root { get; } = root;

    public IReadOnlyList<PendingDiagnostic> Pending => diagnostics;

    public IReadOnlyList<Diagnostic> CreateDiagnostics(SyntaxTree tree)
    {
        var result = new List<Diagnostic>(diagnostics.Count);
        foreach (var pending in diagnostics.OrderBy(d => d.Start))
        {
            result.Add(new Diagnostic(pending.Descriptor, new Location(tree, new TextSpan(pending.Start, pending.Length)), pending.Arguments));
        }

        return result;
    }
}
