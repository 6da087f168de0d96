using System.Runtime.CompilerServices;
using ReportSdk.Syntax;

namespace ReportSdk.Semantics;

/// <summary>
/// Footnote lookups in both directions — from a reference mark to the note it points at, and from a note to
/// the marks that point at it — as a Roslyn user asks a semantic model for a symbol's declaration. The
/// bindings of a report are computed once (<see cref="FootnoteBinder.Bind"/>) and cached per report node.
/// </summary>
public static class FootnoteLookup
{
    private static readonly ConditionalWeakTable<ReportSyntax, Index> s_indexes = new();

    /// <summary>The definition a reference mark (<c>&lt;sup&gt;7&lt;/sup&gt;</c>, <c>[8]</c>, <c>⑪</c>) points at, or null when its report has no note with that number.</summary>
    public static FootnoteDefinitionSyntax? GetDefinition(this FootnoteReferenceSyntax reference) =>
        GetBinding(reference)?.Definition;

    /// <summary>The binding (definition, label, term, references) a reference mark belongs to, or null.</summary>
    public static FootnoteBinding? GetBinding(this FootnoteReferenceSyntax reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return IndexOf(reference) is { } index && index.ByReference.TryGetValue(reference.Span.Start, out var binding) ? binding : null;
    }

    /// <summary>The binding of a definition: its label, its term, and the marks and quoted terms that refer to it; null outside a report.</summary>
    public static FootnoteBinding? GetBinding(this FootnoteDefinitionSyntax definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return IndexOf(definition) is { } index && index.ByDefinition.TryGetValue(definition.Span.Start, out var binding) ? binding : null;
    }

    /// <summary>The reference marks that point at a definition, in source order (empty when none do).</summary>
    public static IReadOnlyList<FootnoteReferenceSyntax> GetReferences(this FootnoteDefinitionSyntax definition) =>
        GetBinding(definition)?.MarkReferences ?? [];

    private static Index? IndexOf(SyntaxNode node) =>
        node.FirstAncestorOrSelf<ReportSyntax>() is { } report ? s_indexes.GetValue(report, static r => new Index(FootnoteBinder.Bind(r))) : null;

    /// <summary>A report's bindings keyed by the start of each definition and of each reference mark.</summary>
    private sealed class Index
    {
        public Index(IReadOnlyList<FootnoteBinding> bindings)
        {
            foreach (var binding in bindings)
            {
                ByDefinition[binding.Definition.Span.Start] = binding;
                foreach (var reference in binding.MarkReferences)
                {
                    // Two notes with one label: the first keeps the marks, as in the outline.
                    ByReference.TryAdd(reference.Span.Start, binding);
                }
            }
        }

        public Dictionary<int, FootnoteBinding> ByDefinition { get; } = [];

        public Dictionary<int, FootnoteBinding> ByReference { get; } = [];
    }
}
