using System.Runtime.CompilerServices;
using ReportSdk.Semantics.Glossary;
using ReportSdk.Semantics.Metadata;
using ReportSdk.Semantics.Targets;
using ReportSdk.Syntax;

namespace ReportSdk.Semantics.Model;

/// <summary>
/// The entry point of the meaning layer: <c>SemanticModel.For(tree)</c> (or <c>tree.GetDocumentModel()</c>)
/// builds the <see cref="DocumentModel"/> of a tree on first use and caches it with the tree. The cache is
/// thread-safe: concurrent callers get the same instance, built once. Nothing upstream knows about this layer.
/// </summary>
public static class SemanticModel
{
    private static readonly ConditionalWeakTable<SyntaxTree, Lazy<DocumentModel>> Cache = new();

    /// <summary>The model of <paramref name="tree"/>, built once and cached for the tree's lifetime.</summary>
    public static DocumentModel For(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return Cache.GetValue(tree, t => new Lazy<DocumentModel>(() => Build(t), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>The model of <paramref name="tree"/> (the same instance as <see cref="For"/>).</summary>
    public static DocumentModel GetDocumentModel(this SyntaxTree tree) => For(tree);

    /// <summary>The models of the tree's reports (the same instances as <see cref="For"/>).</summary>
    public static IReadOnlyList<ReportModel> GetReportModels(this SyntaxTree tree) => For(tree).Reports;

    private static DocumentModel Build(SyntaxTree tree)
    {
        var text = tree.GetText();
        // Folded once for all the reports of the document (a compilation holds several).
        string folded = MeaningProfile.Fold(text.ToString());
        var reports = new List<ReportModel>();
        foreach (var report in tree.GetRoot().Reports)
        {
            var metadata = MetadataReader.Read(report, text);
            var (quantities, figures) = TargetExtractor.Extract(report, text, metadata.Year?.Value, folded);
            reports.Add(new ReportModel(report, metadata, quantities, figures, GlossaryBuilder.Build(report), ListBuilder.Build(report, text)));
        }

        return new DocumentModel(tree, reports);
    }
}
