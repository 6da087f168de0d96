using ReportSdk.Syntax;
using ReportSdk.Syntax.InternalSyntax;
using ReportSdk.Text;

namespace ReportSdk.Semantics;

/// <summary>
/// Links each footnote definition of a report to its references: marks carrying its number, and
/// the quoted term (<c>“三新一高”</c>) in the body, which is often the only link when the mark was lost.
/// </summary>
/// <remarks>
/// Linear in the report: one walk collects the definitions and the references, the references are indexed by their
/// number, and all terms are found by one scan of the report's text (<see cref="QuotedTermScanner"/>). A term holding
/// quotation marks (省级“机会清单”) that is never quoted again is found as written; a term opening with a year
/// (2022年十件民生实事) found nowhere is found without it (<see cref="YearPrefixedTerm"/>). Inline spaces are not
/// compared (<see cref="SpaceInsensitiveText"/>): text from PDFs writes <c>"3+2" 主导产业</c> for the term <c>"3+2"主导产业</c>.
/// </remarks>
public static class FootnoteBinder
{
    /// <summary>A term is the text before a colon at most this far into the definition.</summary>
    private const int MaxColonPosition = 48;

    /// <summary>
    /// How many terms are searched as written (those holding quotation marks, and those opening with a year searched
    /// without it), each a pass over the report: a report has a handful; the bound keeps binding linear in the report
    /// for a text made of thousands of such notes.
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
        // Definitions are not entered: a mark inside one is part of the note, not a reference to it.
        foreach (var node in report.DescendantNodesGuidedByGreen(IsDefinitionOrReference, MayHoldReferences))
        {
            if (node is FootnoteDefinitionSyntax definition)
            {
                definitions.Add(definition);
            }
            else if (node is FootnoteReferenceSyntax reference && reference.MarkToken.ValueText is { } mark)
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
                termSpans[termIndexes[i]] = SpaceInsensitiveText.FindAll(text, report.FullSpan, excluded, SpaceInsensitiveText.WithoutSpaces(terms[i]!));
                literalSearches++;
            }
        }

        for (int i = 0; i < definitions.Count && literalSearches < MaxLiteralTermSearches; i++)
        {
            // A term that opens with a year (2022年十件民生实事) found nowhere: the body may name the thing without the year
            // (十件民生实事基本完成), quoted or not, where no other year or count stands right before it.
            if (termIndexes[i] >= 0 && termSpans[termIndexes[i]].Count == 0 && YearPrefixedTerm.Rest(terms[i]!) is { } rest)
            {
                termSpans[termIndexes[i]] = SpaceInsensitiveText.FindAll(text, report.FullSpan, excluded, rest, YearPrefixedTerm.StandsWithoutYear);
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

    private static bool IsDefinitionOrReference(GreenNode node) => node.Kind is SyntaxKind.FootnoteDefinition or SyntaxKind.FootnoteReference;

    /// <summary>Whether a reference can stand below the node: not in a definition, nor in a run of text, bold or not (they hold tokens only).</summary>
    private static bool MayHoldReferences(GreenNode node) =>
        node.Kind is not (SyntaxKind.FootnoteDefinition or SyntaxKind.FootnoteReference or SyntaxKind.Text or SyntaxKind.BoldText);

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

            term = MendOrphanQuotationMark(term, open, close);
        }

        return term.Length == 0 ? null : term;
    }

    /// <summary>
    /// Mends a term one of whose quotation marks was lost to a broken HTML escape before it (<c>&amp;quot;</c> read into
    /// the note's label or skipped): an orphan at either end is dropped (<c>三生空间"</c> → 三生空间: the whole term stood
    /// in quotation marks); an orphan closing mark inside the term closes a quoted part whose opening mark was lost, and
    /// the opening mark is put back (<c>1+3+N" 国有资产组织治理架构</c> → <c>"1+3+N" 国有资产组织治理架构</c>, as the body
    /// writes it). A straight mark opens and closes alike; a lone one inside the term is read as closing, since the
    /// broken escapes stand before the term.
    /// </summary>
    private static string MendOrphanQuotationMark(string term, char open, char close)
    {
        if (term.Length <= 1)
        {
            return term;
        }

        if (open != close)
        {
            if (term.Contains(open))
            {
                return term;
            }

            if (term[^1] == close || term[0] == close)
            {
                return term[^1] == close ? term[..^1] : term[1..];
            }

            return term.Count(c => c == close) == 1 ? open + term : term;
        }

        if (term.Count(c => c == open) != 1)
        {
            return term;
        }

        return term[0] == open || term[^1] == open ? term.Trim(open) : open + term;
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
