using ReportSdk.Syntax;

namespace ReportSdk.Semantics.Glossary;

/// <summary>Builds the glossary of a report from its footnote definitions, bound to their references by <see cref="FootnoteBinder"/>.</summary>
internal static class GlossaryBuilder
{
    public static IReadOnlyList<GlossaryEntry> Build(ReportSyntax report)
    {
        var entries = new List<GlossaryEntry>();
        foreach (var binding in FootnoteBinder.Bind(report))
        {
            if (binding.Term is not { Length: > 0 } term)
            {
                continue;
            }

            string content = binding.Definition.Content.ToString().Trim();
            int colon = content.IndexOfAny([':', '：']);
            string definition = colon >= 0 ? content[(colon + 1)..].Trim() : string.Empty;
            var references = binding.MarkReferences.Select(r => r.Span).Concat(binding.TermReferences).OrderBy(s => s.Start).ToList();
            entries.Add(new GlossaryEntry(term, definition, binding.Definition.Span, references));
        }

        return entries;
    }
}
