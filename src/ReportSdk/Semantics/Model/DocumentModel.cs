using ReportSdk.Syntax;

namespace ReportSdk.Semantics.Model;

/// <summary>The meaning of a whole file: one <see cref="ReportModel"/> per report of the tree.</summary>
/// <param name="Tree">The syntax tree.</param>
/// <param name="Reports">The reports' models, in source order.</param>
public sealed record DocumentModel(SyntaxTree Tree, IReadOnlyList<ReportModel> Reports);
