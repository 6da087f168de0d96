using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportSdk.Semantics.Model;
using ReportSdk.Serialization.Model;
using ReportSdk.Syntax;
using ReportSdk.Text;

namespace ReportSdk.Cli.Explore;

/// <summary>
/// The Model tab's JSON: for each report the metadata fields (label, value, span), every figure (indicator, bounds,
/// unit, qualifier, stretch, kind, line, the value's span), the glossary and the lists, each with its span so the page
/// can select it in the text. Built from <see cref="SemanticModel.For"/> on the first request of the tab, not with the
/// rest of the page's JSON, so a large report's first paint does not wait for the meaning layer.
/// </summary>
internal static class ExploreModel
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The Model tab's UTF-8 JSON for <paramref name="tree"/>.</summary>
    public static byte[] Build(SyntaxTree tree)
    {
        var watch = Stopwatch.StartNew();
        var model = SemanticModel.For(tree);
        var buildMs = watch.Elapsed.TotalMilliseconds;
        var lines = tree.GetText().Lines;
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", ModelProjection.SchemaVersion);
            writer.WriteNumber("buildMs", Math.Round(buildMs, 1));
            writer.WriteStartArray("reports");
            for (var index = 0; index < model.Reports.Count; index++)
            {
                WriteReport(writer, index, model.Reports[index], lines);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteReport(Utf8JsonWriter writer, int index, ReportModel report, TextLineCollection lines)
    {
        var m = report.Metadata;
        writer.WriteStartObject();
        writer.WriteNumber("index", index);
        WriteSpan(writer, report.Report.Span, lines);

        // Every field is listed, the missing ones with a null value: "the speaker was not found" is worth seeing.
        writer.WriteStartArray("metadata");
        Field(writer, "region", "region", m.Region, v => v, lines);
        Field(writer, "level", "level", m.Level, v => Camel(v.ToString()), lines);
        Field(writer, "year", "year", m.Year, Int, lines);
        Field(writer, "meetingDate", "meeting date", m.MeetingDate, v => v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), lines);
        Field(writer, "congress", "congress", m.Congress, Int, lines);
        Field(writer, "session", "session", m.Session, Int, lines);
        Field(writer, "meeting", "meeting line", m.MeetingText, v => v, lines);
        Field(writer, "speakerName", "speaker name", m.SpeakerName, v => v, lines);
        Field(writer, "speakerOffice", "speaker office", m.SpeakerOffice, v => v, lines);
        Field(writer, "speaker", "speaker line", m.SpeakerText, v => v, lines);
        Field(writer, "status", "status", m.Status, v => v, lines);
        writer.WriteEndArray();

        writer.WriteStartArray("figures");
        foreach (var t in report.Figures)
        {
            writer.WriteStartObject();
            writer.WriteString("indicator", t.Indicator);
            writer.WriteString("indicatorKey", t.IndicatorKey);
            writer.WriteString("measure", Camel(t.Measure.ToString()));
            writer.WriteString("kind", Camel(t.Kind.ToString()));
            writer.WriteString("low", Dec(t.Low));
            writer.WriteString("high", Dec(t.High));
            writer.WriteString("unit", t.Unit);
            writer.WriteString("qualifier", Camel(t.Qualifier.ToString()));
            writer.WriteString("stretch", t.Stretch is { } s ? Dec(s.High) : null);
            if (t.Year is { } year)
            {
                writer.WriteNumber("year", year);
            }
            else
            {
                writer.WriteNull("year");
            }

            writer.WriteString("valueText", t.Value.Text);
            writer.WriteString("section", t.Section);
            WriteSpan(writer, t.Value.Span, lines);
            writer.WriteNumber("sentenceStart", t.SentenceSpan.Start);
            writer.WriteNumber("sentenceEnd", t.SentenceSpan.End);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("glossary");
        foreach (var g in report.Glossary)
        {
            writer.WriteStartObject();
            writer.WriteString("term", g.Term);
            writer.WriteString("definition", g.Definition);
            WriteSpan(writer, g.Span, lines);
            writer.WriteStartArray("references");
            foreach (var reference in g.References)
            {
                writer.WriteStartArray();
                writer.WriteNumberValue(reference.Start);
                writer.WriteNumberValue(reference.End);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("lists");
        foreach (var list in report.Lists)
        {
            writer.WriteStartObject();
            writer.WriteString("title", list.Title);
            WriteSpan(writer, list.Span, lines);
            writer.WriteStartArray("items");
            foreach (var item in list.Items)
            {
                writer.WriteStartObject();
                writer.WriteString("text", item.Value);
                WriteSpan(writer, item.Span, lines);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Field<T>(Utf8JsonWriter writer, string field, string label, Located<T>? value, Func<T, string> show, TextLineCollection lines)
    {
        writer.WriteStartObject();
        writer.WriteString("field", field);
        writer.WriteString("label", label);
        if (value is { } located)
        {
            writer.WriteString("value", show(located.Value));
            WriteSpan(writer, located.Span, lines);
        }
        else
        {
            writer.WriteNull("value");
        }

        writer.WriteEndObject();
    }

    /// <summary><c>start</c>, <c>end</c> (UTF-16 offsets, end exclusive) and the 1-based <c>line</c> of <paramref name="span"/>.</summary>
    private static void WriteSpan(Utf8JsonWriter writer, TextSpan span, TextLineCollection lines)
    {
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
        writer.WriteNumber("line", lines.IndexOf(span.Start) + 1);
    }

    // The enum names as the model JSON and the CSV spell them (Target → target, AtLeast → atLeast).
    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    // Decimals as strings: 1.2万亿 is exact as 1200000000000, and the page only shows them.
    private static string Dec(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
