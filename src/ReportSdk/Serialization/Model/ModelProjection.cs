using ReportSdk.Semantics.Model;
using ReportSdk.Semantics.Targets;
using ReportSdk.Syntax;
using ReportSdk.Text;

namespace ReportSdk.Serialization.Model;

/// <summary>Projects a <see cref="DocumentModel"/> onto its JSON records and table rows (camelCase names for enums).</summary>
public static class ModelProjection
{
    /// <summary>The version of the model JSON and of the target rows.</summary>
    public static int SchemaVersion => 1;

    /// <summary>The model JSON record of a document.</summary>
    public static ModelDocumentJson ToJson(DocumentModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var tree = model.Tree;
        var lines = tree.GetText().Lines;
        var reports = new List<ModelReportJson>();
        for (int index = 0; index < model.Reports.Count; index++)
        {
            var report = model.Reports[index];
            var m = report.Metadata;
            var spans = new SortedDictionary<string, ModelSpanJson>(StringComparer.Ordinal);
            AddSpan(spans, "region", m.Region?.Span, lines);
            AddSpan(spans, "level", m.Level?.Span, lines);
            AddSpan(spans, "year", m.Year?.Span, lines);
            AddSpan(spans, "meetingDate", m.MeetingDate?.Span, lines);
            AddSpan(spans, "congress", m.Congress?.Span, lines);
            AddSpan(spans, "session", m.Session?.Span, lines);
            AddSpan(spans, "meeting", m.MeetingText?.Span, lines);
            AddSpan(spans, "speakerName", m.SpeakerName?.Span, lines);
            AddSpan(spans, "speakerOffice", m.SpeakerOffice?.Span, lines);
            AddSpan(spans, "speaker", m.SpeakerText?.Span, lines);
            AddSpan(spans, "status", m.Status?.Span, lines);
            var rows = TargetRows(tree.FilePath, index, report).ToList();
            reports.Add(new ModelReportJson(
                m.Region?.Value,
                m.Level is { } level ? Camel(level.Value.ToString()) : null,
                m.Year?.Value,
                new ModelMeetingJson(m.MeetingDate?.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), m.Congress?.Value, m.Session?.Value, m.MeetingText?.Value),
                new ModelSpeakerJson(m.SpeakerName?.Value, m.SpeakerOffice?.Value, m.SpeakerText?.Value),
                m.Status?.Value,
                spans,
                rows.Where(r => r.Kind != "achieved").ToList(),
                rows.Where(r => r.Kind == "achieved").ToList(),
                report.Glossary.Select(g => new ModelGlossaryJson(g.Term, g.Definition, Line(lines, g.Span.Start), g.References.Select(r => Line(lines, r.Start)).Distinct().ToList())).ToList(),
                report.Lists.Select(l => new ModelListJson(l.Title, Line(lines, l.Span.Start), l.Items.Select(i => i.Value).ToList())).ToList()));
        }

        var diagnostics = tree.GetDiagnostics().Select(d =>
        {
            var position = d.Location.GetLineSpan().StartLinePosition;
            return new ModelDiagnosticJson(d.Id, d.Severity.ToString().ToLowerInvariant(), position.Line + 1, position.Character + 1, d.GetMessage());
        }).ToList();
        return new ModelDocumentJson(SchemaVersion, string.IsNullOrEmpty(tree.FilePath) ? null : tree.FilePath, reports, diagnostics);
    }

    /// <summary>The rows of every figure of a document (all kinds), in source order.</summary>
    public static IEnumerable<TargetRow> TargetRows(DocumentModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Reports.SelectMany((report, index) => TargetRows(model.Tree.FilePath, index, report));
    }

    private static IEnumerable<TargetRow> TargetRows(string? path, int index, ReportModel report)
    {
        var lines = report.Report.SyntaxTree.GetText().Lines;
        var m = report.Metadata;
        foreach (var t in report.Figures)
        {
            yield return new TargetRow(
                string.IsNullOrEmpty(path) ? null : path,
                index,
                m.Region?.Value,
                m.Level is { } level ? Camel(level.Value.ToString()) : null,
                m.Year?.Value,
                t.Year,
                t.Indicator,
                t.IndicatorKey,
                Camel(t.Measure.ToString()),
                t.Low,
                t.High,
                t.Unit,
                Camel(t.Qualifier.ToString()),
                t.Stretch?.High,
                Camel(t.Kind.ToString()),
                Line(lines, t.Value.Span.Start),
                t.Value.Text,
                t.Section,
                t.Sentence);
        }
    }

    private static void AddSpan(IDictionary<string, ModelSpanJson> spans, string name, TextSpan? span, TextLineCollection lines)
    {
        if (span is { } s)
        {
            spans[name] = new ModelSpanJson(s.Start, s.Length, Line(lines, s.Start));
        }
    }

    private static int Line(TextLineCollection lines, int position) => lines.IndexOf(position) + 1;

    internal static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
