using ReportSdk.Semantics.Glossary;
using ReportSdk.Semantics.Quantities;
using ReportSdk.Semantics.Targets;
using ReportSdk.Syntax;

namespace ReportSdk.Semantics.Model;

/// <summary>What one report means: who delivered it and when, its quantities and targets, its glossary and lists.</summary>
/// <param name="Report">The report's syntax node.</param>
/// <param name="Metadata">Region, level, year, meeting, speaker and status.</param>
/// <param name="Quantities">Every number with a unit in the report's sections, in source order.</param>
/// <param name="Figures">Every quantity with an indicator and a kind (targets, results, estimates, averages, five-year goals), in source order.</param>
/// <param name="Glossary">Terms explained by the report's notes.</param>
/// <param name="Lists">Lists such as 民生实事.</param>
public sealed record ReportModel(
    ReportSyntax Report,
    ReportMetadata Metadata,
    IReadOnlyList<Quantity> Quantities,
    IReadOnlyList<Target> Figures,
    IReadOnlyList<GlossaryEntry> Glossary,
    IReadOnlyList<ReportList> Lists)
{
    /// <summary>This year's targets: the figures of kind <see cref="TargetKind.Target"/>.</summary>
    public IEnumerable<Target> Targets => Figures.Where(f => f.Kind == TargetKind.Target);

    /// <summary>The figures of one kind.</summary>
    public IEnumerable<Target> FiguresOfKind(TargetKind kind) => Figures.Where(f => f.Kind == kind);

    /// <summary>The first target for a canonical indicator key (<c>gdp</c>, <c>cpi</c>, <c>urbanJobs</c>…), or null.</summary>
    public Target? FindTarget(string indicatorKey) => Targets.FirstOrDefault(t => t.IndicatorKey == indicatorKey);
}
