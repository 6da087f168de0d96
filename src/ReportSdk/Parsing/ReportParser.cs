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

    /// <summary>The green root of <paramref name="text"/>, holding its diagnostics (document-level ones on the root itself).</summary>
    public static GreenNode Parse(SourceText text, ParseOptions options)
    {
        string source = text.ToString();
        var lines = LineScanner.Scan(source);
        var layout = DocumentLayout.Analyze(source, lines, options);
        var documentDiagnostics = new List<GreenDiagnostic>();
        if (EncodingDiagnostic(text) is { } encoding)
        {
            documentDiagnostics.Add(encoding);
        }

        if (source.Length >= NoLineStructureMinimumLength && lines.Length <= NoLineStructureMaximumLines)
        {
            documentDiagnostics.Add(new GreenDiagnostic(DiagnosticDescriptors.NoLineStructure, 0, 0, [source.Length, lines.Length]));
        }

        return TreeBuilder.Build(source, layout, documentDiagnostics);
    }

    /// <summary>RPT0008 for a text whose encoding was guessed (or is GB18030), else null; decided on the text, not the tree.</summary>
    public static GreenDiagnostic? EncodingDiagnostic(SourceText text) =>
        text.EncodingWasGuessed || text.Encoding?.CodePage == 54936
            ? new GreenDiagnostic(DiagnosticDescriptors.EncodingGuessed, 0, 0, [text.Encoding?.WebName ?? "unknown"])
            : null;
}
