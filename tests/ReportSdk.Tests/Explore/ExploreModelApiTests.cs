using System.Globalization;
using System.Net;
using System.Text.Json;
using ReportSdk.Serialization.Model;
using ReportSdk.Tests.Cli;

namespace ReportSdk.Tests.Explore;

/// <summary>
/// The explorer's model endpoints: the Model tab's JSON (<c>/api/reports/{id}/model</c>) and the model JSON and targets
/// CSV downloads, on the embedded sample (seeds/002, 乐平市, speaker 市长 吴艳); unknown ids, foreign hosts and unknown
/// downloads get a JSON error without a stack trace.
/// </summary>
public sealed class ExploreModelApiTests
{
    private const string SampleRegion = "乐平市";
    private const string SampleSpeaker = "吴艳";

    [Fact]
    public async Task Model_json_download_has_the_schema_version_and_the_sample_region_and_speaker()
    {
        await using var host = await ExploreHost.StartAsync(null);
        using var response = await host.Client.GetAsync("/api/reports/sample/download/model");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition?.ToString() ?? string.Empty;
        Assert.Contains("attachment", disposition, StringComparison.Ordinal);
        Assert.Contains(".model.json", disposition, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(ModelProjection.SchemaVersion, root.GetProperty("schemaVersion").GetInt32());
        var report = root.GetProperty("reports")[0];
        Assert.Equal(SampleRegion, report.GetProperty("region").GetString());
        Assert.Equal(SampleSpeaker, report.GetProperty("speaker").GetProperty("name").GetString());
        Assert.Equal("市长", report.GetProperty("speaker").GetProperty("office").GetString());
        Assert.Contains(report.GetProperty("targets").EnumerateArray(), t => t.GetProperty("kind").GetString() == "target");

        // No full path reaches the page: the model's path is the report's name as the list shows it.
        using var list = JsonDocument.Parse(await host.Client.GetStringAsync("/api/reports"));
        Assert.Equal(list.RootElement.GetProperty("reports")[0].GetProperty("name").GetString(), root.GetProperty("path").GetString());
    }

    [Fact]
    public async Task Targets_csv_download_has_the_header_row_and_a_row_per_figure()
    {
        await using var host = await ExploreHost.StartAsync(null);
        using var response = await host.Client.GetAsync("/api/reports/sample/download/targets");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".targets.csv", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', TargetCsv.Columns), lines[0]);
        Assert.True(lines.Length > 10, $"{lines.Length} lines");
        Assert.Contains(lines, l => l.Contains(",gdp,", StringComparison.Ordinal) && l.Contains(",target,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_model_tab_json_gives_metadata_figures_and_glossary_with_spans_into_the_text()
    {
        await using var host = await ExploreHost.StartAsync(null);
        using var analysis = JsonDocument.Parse(await host.Client.GetStringAsync("/api/reports/sample"));
        var text = analysis.RootElement.GetProperty("text").GetString()!;
        using var response = await host.Client.GetAsync("/api/reports/sample/model");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(ModelProjection.SchemaVersion, root.GetProperty("schemaVersion").GetInt32());
        Assert.True(root.GetProperty("buildMs").GetDouble() >= 0);
        var report = Assert.Single(root.GetProperty("reports").EnumerateArray());

        // Every metadata field is listed; a stated value carries the span it was read from.
        var metadata = report.GetProperty("metadata").EnumerateArray().ToDictionary(m => m.GetProperty("field").GetString()!);
        Assert.Equal(
            ["region", "level", "year", "meetingDate", "congress", "session", "meeting", "speakerName", "speakerOffice", "speaker", "status"],
            metadata.Keys.ToArray());
        Assert.Equal(JsonValueKind.Null, metadata["status"].GetProperty("value").ValueKind);
        foreach (var (field, value) in new[] { ("region", SampleRegion), ("speakerName", SampleSpeaker), ("speakerOffice", "市长") })
        {
            Assert.Equal(value, metadata[field].GetProperty("value").GetString());
            Assert.Equal(value, Slice(text, metadata[field]));
        }

        Assert.Equal("2023-02-22", metadata["meetingDate"].GetProperty("value").GetString());
        var line = metadata["speakerName"].GetProperty("line").GetInt32();
        Assert.Contains(SampleSpeaker, text.Split('\n')[line - 1], StringComparison.Ordinal);

        // Figures: every kind, each value's span is its text as written; the GDP target is there.
        var figures = report.GetProperty("figures").EnumerateArray().ToList();
        Assert.Contains(figures, f => f.GetProperty("kind").GetString() == "achieved");
        var gdp = figures.First(f => f.GetProperty("kind").GetString() == "target" && f.GetProperty("indicatorKey").GetString() == "gdp");
        Assert.Equal("7", gdp.GetProperty("low").GetString());
        Assert.Equal("%", gdp.GetProperty("unit").GetString());
        Assert.Equal("atLeast", gdp.GetProperty("qualifier").GetString());
        foreach (var figure in figures)
        {
            Assert.Equal(figure.GetProperty("valueText").GetString(), Slice(text, figure));
        }

        // The glossary: terms with their explanation, the span is the note.
        var glossary = report.GetProperty("glossary").EnumerateArray().ToList();
        Assert.NotEmpty(glossary);
        var first = glossary[0];
        Assert.Contains(first.GetProperty("term").GetString()!, Slice(text, first), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/reports/f9/model")]
    [InlineData("/api/reports/f9/download/model")]
    [InlineData("/api/reports/f9/download/targets")]
    [InlineData("/api/reports/..%2F..%2Fetc%2Fpasswd/model")]
    [InlineData("/api/reports/sample/download/..%2Fmodel")]
    [InlineData("/api/reports/sample/download/parquet")]
    public async Task Unknown_ids_and_downloads_are_404_with_a_json_error(string path)
    {
        await using var host = await ExploreHost.StartAsync(null);
        using var response = await host.Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("error").GetString()));
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain(SampleSpeaker, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/reports/sample/model")]
    [InlineData("/api/reports/sample/download/model")]
    [InlineData("/api/reports/sample/download/targets")]
    public async Task The_model_endpoints_refuse_a_foreign_host(string path)
    {
        await using var host = await ExploreHost.StartAsync(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "evil.example:" + host.Server.Port.ToString(CultureInfo.InvariantCulture);
        using var response = await host.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Host header was refused", body, StringComparison.Ordinal);
        Assert.DoesNotContain(SampleSpeaker, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pasted_text_without_a_report_gives_an_empty_model_not_an_error()
    {
        await using var host = await ExploreHost.StartAsync(null);
        using var paste = await host.Client.PostAsync("/api/paste", new StringContent("{\"text\": \"\\n\\n<script>alert(1)</script>\\n\"}"));
        Assert.Equal(HttpStatusCode.Created, paste.StatusCode);
        using var created = JsonDocument.Parse(await paste.Content.ReadAsStringAsync());
        var id = created.RootElement.GetProperty("id").GetString();
        using var model = await host.Client.GetAsync("/api/reports/" + id + "/model");
        Assert.Equal(HttpStatusCode.OK, model.StatusCode);
        using var json = JsonDocument.Parse(await model.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("reports").GetArrayLength() <= 1);
        using var csv = await host.Client.GetAsync("/api/reports/" + id + "/download/targets");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.StartsWith(string.Join(',', TargetCsv.Columns), await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Slice(string text, JsonElement span) =>
        text[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()];
}
