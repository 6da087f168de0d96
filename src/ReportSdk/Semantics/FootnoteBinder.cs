using ReportSdk.Syntax;
using ReportSdk.Text;

namespace ReportSdk.Semantics;

/// <summary>
/// Links each footnote definition of a report to its references: marks carrying its number, and
/// the quoted term (<c>“三新一高”</c>) in the body, which is often the only link when the mark was lost.
/// </summary>
public static class FootnoteBinder
{
    private static readonly (char Open, char Close)[] Quotes = [('“', '”'), ('"', '"'), ('‘', '’'), ('「', '」'), ('『', '』')];

    /// <summary>Binds the footnotes of <paramref name="report"/>.</summary>
    public static IReadOnlyList<FootnoteBinding> Bind(ReportSyntax report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var definitions = new List<FootnoteDefinitionSyntax>();
        var references = new List<FootnoteReferenceSyntax>();
        foreach (var node in report.DescendantNodes())
        {
            if (node is FootnoteDefinitionSyntax definition)
            {
                definitions.Add(definition);
            }
            else if (node is FootnoteReferenceSyntax reference && reference.FirstAncestorOrSelf<FootnoteDefinitionSyntax>() is null)
            {
                references.Add(reference);
            }
        }

        string text = report.SyntaxTree.GetText().ToString();
        var excluded = definitions.Select(d => d.FullSpan).ToList();
        var result = new List<FootnoteBinding>(definitions.Count);
        foreach (var definition in definitions)
        {
            string? label = definition.LabelToken.IsMissing || definition.LabelToken.Kind == SyntaxKind.None ? null : definition.LabelToken.ValueText;
            string? term = GetTerm(definition);
            var marks = label is null ? [] : references.Where(r => r.MarkToken.ValueText == label).ToList();
            var termSpans = term is null ? [] : FindQuoted(text, report.FullSpan, term, excluded);
            result.Add(new FootnoteBinding(definition, label, term, marks, termSpans));
        }

        return result;
    }

    /// <summary>The term of a definition: the text before its first colon, without enclosing quotation marks.</summary>
    public static string? GetTerm(FootnoteDefinitionSyntax definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        string content = definition.Content.ToString().Trim();
        int colon = content.IndexOfAny([':', '：']);
        string term;
        if (colon > 0 && colon <= 48)
        {
            term = content[..colon].Trim();
        }
        else if (colon < 0 && content.Length is > 0 and <= 20)
        {
            term = content;
        }
        else
        {
            return null;
        }

        term = term.Trim(' ', '\u3000', '\u00A0');
        foreach (var (open, close) in Quotes)
        {
            if (term.Length > 2 && term[0] == open && term[^1] == close && term.IndexOf(close, 1) == term.Length - 1)
            {
                return term[1..^1].Trim();
            }

            // One quotation mark lost to a broken HTML escape (三生空间" from &quot;三生空间"): drop the orphan.
            if (open != close && term.Length > 1 && term[^1] == close && term.IndexOf(open) < 0)
            {
                term = term[..^1];
            }
            else if (open == close && term.Length > 1 && term.Count(c => c == open) == 1 && (term[0] == open || term[^1] == open))
            {
                term = term.Trim(open);
            }
        }

        return term.Length == 0 ? null : term;
    }

    private static List<TextSpan> FindQuoted(string text, TextSpan within, string term, List<TextSpan> excluded)
    {
        var spans = new List<TextSpan>();
        foreach (var (open, close) in Quotes)
        {
            string quoted = open + term + close;
            int index = text.IndexOf(quoted, within.Start, within.Length, StringComparison.Ordinal);
            while (index >= 0)
            {
                var span = new TextSpan(index, quoted.Length);
                if (!excluded.Any(e => e.Contains(span)))
                {
                    spans.Add(span);
                }

                int next = index + quoted.Length;
                index = next < within.End ? text.IndexOf(quoted, next, within.End - next, StringComparison.Ordinal) : -1;
            }
        }

        return spans;
    }
}
