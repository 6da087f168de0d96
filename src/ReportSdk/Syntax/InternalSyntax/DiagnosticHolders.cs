using ReportSdk.Diagnostics;

namespace ReportSdk.Syntax.InternalSyntax;

/// <summary>
/// Which kind of node the parser puts each diagnostic of the catalogue on, so a reader that knows only a diagnostic's
/// span (tree JSON) puts it back where a parse of the text would have it. The parse is checked against this table
/// (tests: <c>TreeInvariants.CheckDiagnosticsOnNodes</c>).
/// </summary>
internal static class DiagnosticHolders
{
    /// <summary>
    /// The kind of node that holds diagnostics with <paramref name="id"/>: <see cref="SyntaxKind.Document"/> for
    /// document-level ones (the root), a node or token kind for the others; <see cref="SyntaxKind.None"/> for RPT0007
    /// (the token whose leading trivia holds the skipped lines) and ids the catalogue does not know: the deepest node or
    /// token whose span holds it.
    /// </summary>
    /// <remarks>
    /// A report's own finding (RPT0001, RPT0002, RPT0006, RPT0011) that lies outside the report's span (its lines all
    /// became trivia of a later token) is held by the root instead.
    /// </remarks>
    public static SyntaxKind HolderKind(string id)
    {
        if (id == DiagnosticDescriptors.MissingTitle.Id || id == DiagnosticDescriptors.ImplicitReviewHeading.Id
            || id == DiagnosticDescriptors.TruncatedReport.Id || id == DiagnosticDescriptors.SectionsNotFound.Id)
        {
            return SyntaxKind.Report;
        }

        if (id == DiagnosticDescriptors.NumberingOutOfOrder.Id)
        {
            return SyntaxKind.NumberingMarkerToken;
        }

        if (id == DiagnosticDescriptors.UndefinedFootnoteReference.Id)
        {
            return SyntaxKind.FootnoteReference;
        }

        if (id == DiagnosticDescriptors.FootnoteDefinitionWithoutNumber.Id)
        {
            return SyntaxKind.FootnoteDefinition;
        }

        if (id == DiagnosticDescriptors.MalformedMarker.Id)
        {
            return SyntaxKind.Paragraph;
        }

        if (id == DiagnosticDescriptors.EncodingGuessed.Id || id == DiagnosticDescriptors.NoReport.Id
            || id == DiagnosticDescriptors.MostTextSkipped.Id || id == DiagnosticDescriptors.NoLineStructure.Id)
        {
            return SyntaxKind.Document;
        }

        return SyntaxKind.None;
    }
}
