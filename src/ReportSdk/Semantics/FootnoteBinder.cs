using ReportSdk.Syntax;
using ReportSdk.Text;

namespace ReportSdk.Semantics;

/// <summary>
/// Links each footnote definition of a report to its references: marks carrying its number, and
/// the quoted term (<c>“三新一高”</c>) in the body, which is often the only link when the mark was lost.
/// </summary>
/// <remarks>
/// Linear in the report: one walk collects the definitions and the references, the references are indexed by their
/// number, and all terms are found by one scan of the report's text (<see cref="QuotedTermScanner"/>).
/// </remarks>
public static class FootnoteBinder
{
    /// <summary>A term is the text before a colon at most this far into the definition.</summary>
    private const int MaxColonPosition = 48;

    /// <summary>
    /// How many terms holding quotation marks are searched as written, each a pass over the report: a report has a
    /// handful; the bound keeps binding linear in the report for a text made of thousands of such notes.
    /// </summary>
    private const int MaxLiteralTermSearches = 64;

    /// <summary>A definition without a colon is a term only when it is at most this long.</summary>
    private const int MaxTermWithoutColon = 20;

    /// <summary>Binds the footnotes of <paramref name="report"/>.</summary>
    public static IReadOnlyList<FootnoteBinding> Bind(ReportSyntax report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var definitions = new List<FootnoteDefinitionSyntax>();
        var referencesByLabel = new Dictionary<string, List<FootnoteReferenceSyntax>>(StringComparer.Ordinal);
        foreach (var node in report.DescendantNodes())
        {
            if (node is FootnoteDefinitionSyntax definition)
            {
                definitions.Add(definition);
            }
            else if (node is FootnoteReferenceSyntax reference && reference.FirstAncestorOrSelf<FootnoteDefinitionSyntax>() is null
                && reference.MarkToken.ValueText is { } mark)
            {
                if (!referencesByLabel.TryGetValue(mark, out var marks))
                {
                    marks = [];
                    referencesByLabel.Add(mark, marks);
                }

                marks.Add(reference);
            }
        }

        var scanner = new QuotedTermScanner();
        var labels = new string?[definitions.Count];
        var terms = new string?[definitions.Count];
        var termIndexes = new int[definitions.Count];
        for (int i = 0; i < definitions.Count; i++)
        {
            var definition = definitions[i];
            labels[i] = definition.LabelToken.IsMissing || definition.LabelToken.Kind == SyntaxKind.None ? null : definition.LabelToken.ValueText;
            terms[i] = GetTerm(definition);
            termIndexes[i] = terms[i] is { } term ? scanner.Add(term) : -1;
        }

        var text = report.SyntaxTree.GetText().AsSpan();
        var excluded = OutermostSpans(definitions);
        var termSpans = scanner.Scan(text, report.FullSpan, excluded);
        int literalSearches = 0;
        for (int i = 0; i < definitions.Count && literalSearches < MaxLiteralTermSearches; i++)
        {
            // A term that holds quotation marks itself (省级“机会清单”, “10+8”行动) stands in the body as written, not in a
            // further pair of marks; its quotation marks make it specific enough to be found as it is.
            if (termIndexes[i] >= 0 && termSpans[termIndexes[i]].Count == 0 && HoldsQuotationMark(terms[i]!))
            {
                termSpans[termIndexes[i]] = LiteralSpans(text, report.FullSpan, excluded, terms[i]!);
                literalSearches++;
            }
        }
        var result = new List<FootnoteBinding>(definitions.Count);
        for (int i = 0; i < definitions.Count; i++)
        {
            IReadOnlyList<FootnoteReferenceSyntax> marks = labels[i] is { } label && referencesByLabel.TryGetValue(label, out var found) ? found : [];
            IReadOnlyList<TextSpan> spans = termIndexes[i] >= 0 ? termSpans[termIndexes[i]] : [];
            result.Add(new FootnoteBinding(definitions[i], labels[i], terms[i], marks, spans));
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
        if (colon > 0 && colon <= MaxColonPosition)
        {
            term = content[..colon].Trim();
        }
        else if (colon < 0 && content.Length is > 0 and <= MaxTermWithoutColon)
        {
            term = content;
        }
        else
        {
            return null;
        }

        term = term.Trim(' ', '\u3000', '\u00A0');
        foreach (var (open, close) in QuotedTermScanner.Quotes)
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

    private static bool HoldsQuotationMark(string term)
    {
        foreach (var (open, close) in QuotedTermScanner.Quotes)
        {
            if (term.Contains(open) || term.Contains(close))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The spans where <paramref name="term"/> stands as written within <paramref name="within"/>, outside <paramref name="excluded"/> (sorted, disjoint).</summary>
    private static List<TextSpan> LiteralSpans(ReadOnlySpan<char> text, TextSpan within, List<TextSpan> excluded, string term)
    {
        var spans = new List<TextSpan>();
        var searched = text.Slice(within.Start, within.Length);
        int from = 0;
        while (from <= searched.Length - term.Length)
        {
            int at = searched[from..].IndexOf(term, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            var span = new TextSpan(within.Start + from + at, term.Length);
            if (!QuotedTermScanner.IsExcluded(excluded, span))
            {
                spans.Add(span);
            }

            from += at + term.Length;
        }

        return spans;
    }

    /// <summary>The full spans of the definitions in text order, leaving out any that lies inside the one before it.</summary>
    private static List<TextSpan> OutermostSpans(List<FootnoteDefinitionSyntax> definitions)
    {
        var spans = new List<TextSpan>(definitions.Count);
        foreach (var definition in definitions)
        {
            var span = definition.FullSpan;
            if (spans.Count > 0 && spans[^1].Contains(span))
            {
                continue;
            }

            spans.Add(span);
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }
}
