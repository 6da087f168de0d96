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
