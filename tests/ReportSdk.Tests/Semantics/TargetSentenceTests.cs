using System.Globalization;
using System.Collections.Concurrent;
using ReportSdk.Semantics.Model;
using ReportSdk.Semantics.Quantities;
using ReportSdk.Semantics.Targets;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.SemanticsLayer;

/// <summary>
/// The table of real target and result sentences (<c>TargetSentences.tsv</c>): for each row the figure whose value
/// text stands on the given line must carry the values read from the sentence by a person. Corpus rows name only the
/// file, the line and the value text (the corpus is third-party and never copied into the repository).
/// </summary>
public class TargetSentenceTests
{
    private static readonly ConcurrentDictionary<string, (ReportModel Model, SourceLines Lines)> Models = new();

    public static TheoryData<string> CheckedRows() => RowsWhere(skipped: false);

    public static TheoryData<string> SkippedRows() => RowsWhere(skipped: true);

    [CorpusTheory]
    [MemberData(nameof(CheckedRows))]
    public void FigureHasTheValuesReadFromItsSentence(string row)
    {
        var expected = SentenceRow.Parse(row);
        var problems = Compare(expected);
        Assert.True(problems.Count == 0, $"{expected}: {string.Join("; ", problems)}");
    }

    /// <summary>Rows with a known defect must still disagree; when one agrees, its skip reason is out of date.</summary>
    [CorpusTheory]
    [MemberData(nameof(SkippedRows))]
    public void KnownDefectsStillDisagree(string row)
    {
        var expected = SentenceRow.Parse(row);
        Assert.True(Compare(expected).Count > 0, $"{expected} now agrees with its reading: remove the skip reason '{expected.Skip}'.");
    }

    [Fact]
    public void TableHasEnoughRowsOfEveryKind()
    {
        var rows = AllRows().Select(SentenceRow.Parse).ToList();
        Assert.True(rows.Count >= 200, $"{rows.Count} rows");
        Assert.True(rows.Count(r => r.Kind is not null && r.Kind != TargetKind.Target) >= 60);
        foreach (TargetKind kind in Enum.GetValues<TargetKind>())
        {
            Assert.Contains(rows, r => r.Kind == kind);
        }

        Assert.Equal(rows.Count, rows.Select(r => (r.File, r.Line, r.Value, r.Occurrence)).Distinct().Count());
    }

    /// <summary>
    /// The same indicator wording stands in the review (a result of the year before) and in the plan (this year's
    /// target) of one report: the review's figure is achieved, the plan's a target, each with its own year.
    /// </summary>
    [CorpusTheory]
    [InlineData("provincial/2026_xizang.txt", "unemployment", 18, "5%以内", 51, "5%以内")]
    [InlineData("provincial/2026_xizang.txt", "gdp", 18, "7%", 51, "7%以上")]
    [InlineData("provincial/2026_anhui.txt", "gdp", 18, "5.5%", 52, "5%—5.5%")]
    [InlineData("provincial/2026_jiangsu.txt", "rdIntensity", 21, "3.38%左右", 46, "3.42%左右")]
    [InlineData("provincial/2026_hunan.txt", "grain", 19, "620亿斤", 55, "615亿斤左右")]
    [InlineData("provincial/2026_shanghai.txt", "rdIntensity", 19, "4.5%左右", 62, "4.6%左右")]
    [InlineData("provincial/2026_xinjiang.txt", "fiscalRevenue", 28, "10.5%", 53, "10%左右")]
    [InlineData("provincial/2026_heilongjiang.txt", "urbanJobs", 18, "35.8万人", 52, "30万人以上")]
    [InlineData("provincial/2026_zhejiang.txt", "unemployment", 27, "4.6%", 59, "5%以内")]
    [InlineData("provincial/2026_hebei.txt", "fixedInvestment", 26, "6.1%", 43, "5.5%左右")]
    public void SameWordingIsAResultInTheReviewAndATargetInThePlan(
        string file, string key, int reviewLine, string reviewValue, int planLine, string planValue)
    {
        var (model, lines) = Load("corpus", file);
        var result = Assert.Single(FiguresAt(model, lines, reviewLine, reviewValue), f => f.IndicatorKey == key);
        var target = Assert.Single(FiguresAt(model, lines, planLine, planValue), f => f.IndicatorKey == key);
        Assert.Equal(result.Indicator, target.Indicator);
        Assert.Equal((TargetKind.Achieved, 2025), (result.Kind, result.Year));
        Assert.Equal((TargetKind.Target, 2026), (target.Kind, target.Year));
    }

    private static List<string> Compare(SentenceRow expected)
    {
        var (model, lines) = Load(expected.Source, expected.File);
        var quantities = model.Quantities.Where(q => q.Text == expected.Value && lines.LineOf(q.Span.Start) == expected.Line).ToList();
        var problems = new List<string>();
        if (expected.Kind is null && quantities.Count < expected.Occurrence)
        {
            // Not even a quantity, so certainly not a figure — provided the row points at the text it means.
            var text = model.Report.SyntaxTree.GetText();
            var line = text.Lines[expected.Line - 1];
            if (!text.ToString(line.Span).Contains(expected.Value, StringComparison.Ordinal))
            {
                problems.Add($"'{expected.Value}' does not stand on line {expected.Line}: the row points at nothing");
            }

            return problems;
        }

        if (quantities.Count < expected.Occurrence)
        {
            problems.Add($"no quantity '{expected.Value}' #{expected.Occurrence} on line {expected.Line} (found {quantities.Count})");
            return problems;
        }

        var quantity = quantities[expected.Occurrence - 1];
        var figure = model.Figures.FirstOrDefault(f => f.Value.Span == quantity.Span);
        if (expected.Kind is null)
        {
            if (figure is not null)
            {
                problems.Add($"is a figure of kind {figure.Kind}, but the number is not a figure of the report");
            }

            return problems;
        }

        if (figure is null)
        {
            problems.Add("the quantity is not a figure");
            return problems;
        }

        void Check<T>(string name, T want, T got)
        {
            if (!EqualityComparer<T>.Default.Equals(want, got))
            {
                problems.Add($"{name}: expected {want?.ToString() ?? "null"}, got {got?.ToString() ?? "null"}");
            }
        }

        Check("key", expected.Key, figure.IndicatorKey);
        Check("measure", expected.Measure, figure.Measure);
        Check("low", expected.Low, figure.Low);
        Check("high", expected.High, figure.High);
        Check("unit", expected.Unit, figure.Unit);
        Check("qualifier", expected.Qualifier, figure.Qualifier);
        Check("stretch", expected.Stretch, figure.Stretch?.Low);
        Check("kind", expected.Kind, figure.Kind);
        Check("year", expected.Year, figure.Year);
        return problems;
    }

    private static IEnumerable<Target> FiguresAt(ReportModel model, SourceLines lines, int line, string value) =>
        model.Figures.Where(f => f.Value.Text == value && lines.LineOf(f.Value.Span.Start) == line);

    private static (ReportModel Model, SourceLines Lines) Load(string source, string file) =>
        Models.GetOrAdd(source + ":" + file, _ =>
        {
            string path = source == "seed" ? Path.Combine(TestPaths.Seeds, file) : Corpus.Path(file);
            var tree = SyntaxTree.ParseFile(path);
            return (tree.GetReportModels()[0], new SourceLines(tree.GetText().ToString()));
        });

    /// <summary>The table, read from the source tree (like the snapshots) so an edit counts without a rebuild.</summary>
    private static string TablePath => Path.Combine(TestPaths.RepositoryRoot, "tests", "ReportSdk.Tests", "Semantics", "TargetSentences.tsv");

    private static IEnumerable<string> AllRows() =>
        File.ReadLines(TablePath).Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("source\t", StringComparison.Ordinal));

    private static TheoryData<string> RowsWhere(bool skipped)
    {
        var data = new TheoryData<string>();
        foreach (string row in AllRows())
        {
            if (SentenceRow.Parse(row).Skip is not null == skipped)
            {
                data.Add(row);
            }
        }

        return data;
    }

    /// <summary>Line numbers of a text (1-based), found by binary search over the line starts.</summary>
    private sealed class SourceLines
    {
        private readonly List<int> starts = [0];

        public SourceLines(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    starts.Add(i + 1);
                }
            }
        }

        public int LineOf(int position)
        {
            int at = starts.BinarySearch(position);
            return (at >= 0 ? at : ~at - 1) + 1;
        }
    }

    /// <summary>One row of the table.</summary>
    private sealed record SentenceRow(
        string Source, string File, int Line, string Value, int Occurrence, string? Key, TargetMeasure Measure, decimal Low, decimal High,
        string Unit, QuantityQualifier Qualifier, decimal? Stretch, TargetKind? Kind, int? Year, string? Skip)
    {
        public static SentenceRow Parse(string row)
        {
            string[] f = row.Split('\t');
            static string? Opt(string s) => s is "-" or "" ? null : s;
            return new SentenceRow(
                f[0], f[1], int.Parse(f[2], CultureInfo.InvariantCulture), f[3], int.Parse(f[4], CultureInfo.InvariantCulture), Opt(f[5]),
                Enum.Parse<TargetMeasure>(f[6], ignoreCase: true),
                decimal.Parse(f[7], CultureInfo.InvariantCulture), decimal.Parse(f[8], CultureInfo.InvariantCulture), f[9],
                Enum.Parse<QuantityQualifier>(f[10], ignoreCase: true),
                Opt(f[11]) is { } s ? decimal.Parse(s, CultureInfo.InvariantCulture) : null,
                f[12] == "none" ? null : Enum.Parse<TargetKind>(f[12], ignoreCase: true),
                Opt(f[13]) is { } y ? int.Parse(y, CultureInfo.InvariantCulture) : null,
                f.Length > 14 ? Opt(f[14]) : null);
        }

        public override string ToString() => $"{File}:{Line} '{Value}'#{Occurrence}";
    }
}
