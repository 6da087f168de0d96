using System.Text.RegularExpressions;
using ReportSdk.Semantics;
using ReportSdk.Syntax;
using ReportSdk.Tests.Hostile;
using ReportSdk.Text;
using Xunit.Abstractions;

namespace ReportSdk.Tests.Footnotes;

/// <summary>
/// <see cref="FootnoteBinder"/>: the same bindings as the straightforward per-definition search it replaced, on the
/// seeds and on footnote-heavy reports, and time linear in the number of notes (asserted by ratio, never by clock).
/// </summary>
[Collection(HostileCollection.Name)]
public sealed class FootnoteBinderTests(ITestOutputHelper output)
{
    /// <summary>Doubling the notes may at most multiply the binder's time by this (linear is 2; quadratic was 3.6).</summary>
    private const double MaxDoublingRatio = 2.6;

    private const int Notes = 10_000;

    public static IEnumerable<object[]> SeedNames => TestPaths.SeedFiles.Select(path => new object[] { Path.GetFileName(path) });

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Seeds_bind_as_the_reference_search_does(string seed)
    {
        var tree = SyntaxTree.ParseText(SourceText.From(File.ReadAllBytes(Path.Combine(TestPaths.Seeds, seed))));
        foreach (var report in tree.GetRoot().Reports)
        {
            AssertSameAsReference(report);
        }
    }

    [Fact]
    public void Footnote_heavy_report_binds_every_note_to_its_mark_and_term()
    {
        var report = FootnoteHeavyReports.Renumbered(2_000, firstNumber: 1);
        var bindings = FootnoteBinder.Bind(report);
        Assert.Equal(2_000, bindings.Count);
        Assert.All(bindings, b => Assert.Single(b.MarkReferences));
        Assert.All(bindings, b => Assert.Single(b.TermReferences));
        AssertSameAsReference(report);
    }

    [Fact]
    public void Labels_of_any_number_of_digits_bind()
    {
        var report = FootnoteHeavyReports.Renumbered(300, firstNumber: 123_456_700);
        var bindings = FootnoteBinder.Bind(report);
        for (int i = 0; i < bindings.Count; i++)
        {
            string label = (123_456_700 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(label, bindings[i].Label);
            Assert.Equal(label, Assert.Single(bindings[i].MarkReferences).MarkToken.ValueText);
        }
    }

    [Fact]
    public void Terms_holding_quotation_marks_are_found_as_written_for_at_most_64_of_them()
    {
        // 100 notes whose terms hold quotation marks (第1“项”…) and stand in the body as written, never quoted again:
        // the first 64 such terms are searched as written (a pass over the report each), the rest are not, so a text
        // of thousands of such notes still binds in time linear in the report.
        var body = new System.Text.StringBuilder();
        var notes = new System.Text.StringBuilder();
        for (int k = 1; k <= 100; k++)
        {
            body.Append("推进第").Append(k).Append("“项”工作。");
            notes.Append('[').Append(k).Append("]第").Append(k).Append("“项”：说明。\n");
        }

        string text = "政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、2022年工作回顾\n" + body + "\n各位代表！让我们团结奋斗！\n注释：\n" + notes;
        var report = SyntaxTree.ParseText(text).GetRoot().Reports.Single();
        var bindings = FootnoteBinder.Bind(report);
        Assert.Equal(100, bindings.Count);
        Assert.All(bindings.Take(64), b => Assert.Single(b.TermReferences));
        Assert.All(bindings.Skip(64), b => Assert.Empty(b.TermReferences));
    }

    [Fact]
    public void Quoted_terms_overlapping_and_inside_definitions_bind_as_before()
    {
        const string text =
            "政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、2022年工作回顾\n" +
            "推进\"A\"A\"和“A“B”以及“A”B”，“A””“A”，『三生』「三生」‘三生’。\n" +
            "各位代表！让我们团结奋斗！\n注释：\n[1]“A”：\"A\"是一个词。\n[2]A“B：第二个。\n[3]A”B：第三个。\n[4]三生：第四个。\n[5]“A”：重复的术语。\n";
        var report = SyntaxTree.ParseText(text).GetRoot().Reports.Single();
        AssertSameAsReference(report);
        Assert.NotEmpty(FootnoteBinder.Bind(report).SelectMany(b => b.TermReferences));
    }

    [Fact]
    public void Binding_time_is_linear_in_the_number_of_notes()
    {
        var small = FootnoteHeavyReports.Renumbered(Notes, firstNumber: 1);
        var large = FootnoteHeavyReports.Renumbered(2 * Notes, firstNumber: 1);
        Assert.Equal(Notes, FootnoteBinder.Bind(small).Count(b => b.MarkReferences.Count == 1 && b.TermReferences.Count == 1));
        Assert.Equal(2 * Notes, FootnoteBinder.Bind(large).Count(b => b.MarkReferences.Count == 1 && b.TermReferences.Count == 1));

        HostileMeasure.AssertLinearMeasured(
            output,
            $"FootnoteBinder.Bind: {Notes} and {2 * Notes} notes ({HostileMeasure.Runs} runs each)",
            () =>
            {
                const int runs = HostileMeasure.Runs;
                var smallMs = new double[runs];
                var largeMs = new double[runs];
                for (int run = 0; run < runs; run++)
                {
                    smallMs[run] = HostileMeasure.WithoutGc(small.FullSpan.Length, () => TimeBind(small));
                    largeMs[run] = HostileMeasure.WithoutGc(large.FullSpan.Length, () => TimeBind(large));
                }

                return [smallMs.Order().ElementAt(runs / 2), largeMs.Order().ElementAt(runs / 2), double.NaN];
            },
            maxDoubling: MaxDoublingRatio);
    }

    private static double TimeBind(ReportSyntax report)
    {
        double start = HostileMeasure.NowMs();
        _ = FootnoteBinder.Bind(report);
        return HostileMeasure.NowMs() - start;
    }

    /// <summary>Asserts the bindings equal those of <see cref="ReferenceBinder"/> (the former algorithm), in order.</summary>
    private static void AssertSameAsReference(ReportSyntax report)
    {
        var actual = FootnoteBinder.Bind(report);
        var expected = ReferenceBinder.Bind(report);
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Same(expected[i].Definition.Green, actual[i].Definition.Green);
            Assert.Equal(expected[i].Label, actual[i].Label);
            Assert.Equal(expected[i].Term, actual[i].Term);
            Assert.Equal(expected[i].MarkReferences.Select(r => r.Span), actual[i].MarkReferences.Select(r => r.Span));
            Assert.Equal(expected[i].TermReferences, actual[i].TermReferences);
        }
    }

    /// <summary>
    /// The binder's specification, written the slow way (quadratic, with regular expressions): for each definition, every
    /// reference and a search of the report text per kind of quotation mark; a term holding a quotation mark and found in
    /// none is searched as written; then a term opening with a year and found nowhere is searched without it. Inline spaces
    /// are ignored on both sides: a run of at most three may stand between two characters of a match.
    /// </summary>
    private static class ReferenceBinder
    {
        private const string Space = "[ \\t\\u3000\\u00A0]";
        private const string Gap = Space + "{0,3}";
        private static readonly (char Open, char Close)[] Quotes = [('“', '”'), ('"', '"'), ('‘', '’'), ('「', '」'), ('『', '』')];
        private static readonly Regex YearPrefix = new("^[0-9０-９〇零一二两三四五六七八九Ｏ]{4}(?:年度|年)(.*)$");

        public static List<FootnoteBinding> Bind(ReportSyntax report)
        {
            var definitions = report.DescendantNodes().OfType<FootnoteDefinitionSyntax>().ToList();
            var references = report.DescendantNodes().OfType<FootnoteReferenceSyntax>().Where(r => r.FirstAncestorOrSelf<FootnoteDefinitionSyntax>() is null).ToList();
            string text = report.SyntaxTree.GetText().ToString();
            var excluded = definitions.Select(d => d.FullSpan).ToList();
            var result = new List<FootnoteBinding>();
            int literalSearches = 0;
            foreach (var definition in definitions)
            {
                string? label = definition.LabelToken.IsMissing || definition.LabelToken.Kind == SyntaxKind.None ? null : definition.LabelToken.ValueText;
                string? term = FootnoteBinder.GetTerm(definition);
                var marks = label is null ? [] : references.Where(r => r.MarkToken.ValueText == label).ToList();
                var spans = new List<TextSpan>();
                if (term is not null)
                {
                    string compact = Compact(term);
                    foreach (var (open, close) in Quotes)
                    {
                        spans.AddRange(Matches(report, text, excluded, Regex.Escape(open.ToString()) + Gap + Spaced(compact) + Gap + Regex.Escape(close.ToString())));
                    }

                    // A term that holds a quotation mark and is never quoted is looked for as written (the first 64 such terms).
                    if (spans.Count == 0 && Quotes.Any(q => term.Contains(q.Open) || term.Contains(q.Close)) && literalSearches++ < 64)
                    {
                        spans.AddRange(Matches(report, text, excluded, Spaced(compact)));
                    }
                }

                result.Add(new FootnoteBinding(definition, label, term, marks, spans));
            }

            // A term opening with a year (2022年十件民生实事) found nowhere is looked for without the year, where no year,
            // year word or number stands right before it (the rest at least five characters).
            for (int i = 0; i < result.Count; i++)
            {
                if (result[i].Term is { } term && result[i].TermReferences.Count == 0 && YearPrefix.Match(Compact(term)) is { Success: true } year
                    && year.Groups[1].Value.Length >= 5 && literalSearches++ < 64)
                {
                    string notAfterYear = "(?<!(?:[0-9０-９〇零一二两三四五六七八九十百千万亿年]|年度)" + Space + "*)";
                    result[i] = result[i] with { TermReferences = Matches(report, text, excluded, notAfterYear + Spaced(year.Groups[1].Value)) };
                }
            }

            return result;
        }

        private static string Compact(string term) => Regex.Replace(term, Space, string.Empty);

        private static string Spaced(string compact) => string.Join(Gap, compact.Select(c => Regex.Escape(c.ToString())));

        private static List<TextSpan> Matches(ReportSyntax report, string text, List<TextSpan> excluded, string pattern)
        {
            var within = report.FullSpan;
            return new Regex(pattern).Matches(text[..within.End], within.Start)
                .Select(m => new TextSpan(m.Index, m.Length)).Where(span => !excluded.Any(e => e.Contains(span))).ToList();
        }
    }
}
