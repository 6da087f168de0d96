using System.Text.Json;
using ReportSdk.Tests.Cli;

namespace ReportSdk.Tests.Serialization;

/// <summary>
/// The CLI's model JSON and target rows conform to docs/schema/model.schema.json and target-row.schema.json
/// (required properties, types, enums, no unknown properties), checked with <see cref="MiniJsonSchema"/>.
/// </summary>
public class ModelSchemaTests
{
    public static TheoryData<string> Seeds() => ReportSdk.Tests.Seeds.SeedRoundTripTests.Seeds();

    private static JsonDocument LoadSchema(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "schema", name)));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ModelJsonConformsToTheModelSchema(string seed)
    {
        var result = CliRun.InProcess("model", Path.Combine(TestPaths.Seeds, seed), "--json");
        Assert.Equal(0, result.ExitCode);
        using var schema = LoadSchema("model.schema.json");
        using var instance = JsonDocument.Parse(result.Output);
        Assert.Empty(MiniJsonSchema.Validate(schema.RootElement, instance.RootElement));
        Assert.Equal("schemaVersion", instance.RootElement.EnumerateObject().First().Name);
        Assert.NotEmpty(instance.RootElement.GetProperty("reports").EnumerateArray());
    }

    [SemanticsLayer.CorpusFact]
    public void EveryCorpusModelConformsToTheModelSchema()
    {
        using var schema = LoadSchema("model.schema.json");
        var files = Directory.GetFiles(SemanticsLayer.Corpus.Folder!, "*.txt", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var tree = ReportSdk.Syntax.SyntaxTree.ParseText(ReportSdk.Text.SourceText.From(File.ReadAllBytes(file)), path: file);
            using var instance = JsonDocument.Parse(ReportSdk.Serialization.Model.ModelJson.Serialize(ReportSdk.Semantics.Model.SemanticModel.GetDocumentModel(tree)));
            var errors = MiniJsonSchema.Validate(schema.RootElement, instance.RootElement);
            Assert.True(errors.Count == 0, file + ": " + string.Join("; ", errors.Take(3)));
        }
    }

    [Fact]
    public void TargetRowsConformToTheTargetRowSchemaInJsonAndJsonLines()
    {
        using var schema = LoadSchema("target-row.schema.json");
        var json = CliRun.InProcess("targets", TestPaths.Seeds, "--format", "json");
        Assert.Equal(0, json.ExitCode);
        using var document = JsonDocument.Parse(json.Output);
        var rows = document.RootElement.GetProperty("reports").EnumerateArray().SelectMany(r => r.GetProperty("targets").EnumerateArray()).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Empty(MiniJsonSchema.Validate(schema.RootElement, row)));

        var lines = CliRun.InProcess("targets", TestPaths.Seeds, "--format", "jsonl");
        Assert.Equal(0, lines.ExitCode);
        var parsed = lines.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line)).ToList();
        Assert.Equal(rows.Count, parsed.Count);
        Assert.All(parsed, line => Assert.Empty(MiniJsonSchema.Validate(schema.RootElement, line.RootElement)));
        parsed.ForEach(line => line.Dispose());
    }

    [Fact]
    public void TheSchemasRejectAWrongKindAMissingFieldAndAnExtraField()
    {
        using var schema = LoadSchema("target-row.schema.json");
        var jsonl = CliRun.InProcess("targets", TestPaths.Seeds, "--format", "jsonl", "--kind", "target").Output.Split('\n')[0];
        Assert.Empty(MiniJsonSchema.Validate(schema.RootElement, JsonDocument.Parse(jsonl).RootElement));

        string wrongKind = jsonl.Replace("\"kind\":\"target\"", "\"kind\":\"goal\"", StringComparison.Ordinal);
        Assert.NotEqual(jsonl, wrongKind);
        Assert.NotEmpty(MiniJsonSchema.Validate(schema.RootElement, JsonDocument.Parse(wrongKind).RootElement));

        string noLine = System.Text.RegularExpressions.Regex.Replace(jsonl, "\"line\":[0-9]+,", string.Empty);
        Assert.Contains(MiniJsonSchema.Validate(schema.RootElement, JsonDocument.Parse(noLine).RootElement), e => e.Contains("missing required property \"line\"", StringComparison.Ordinal));

        string extra = jsonl.Replace("{\"path\"", "{\"x\":0,\"path\"", StringComparison.Ordinal);
        Assert.Contains(MiniJsonSchema.Validate(schema.RootElement, JsonDocument.Parse(extra).RootElement), e => e.Contains("unexpected property \"x\"", StringComparison.Ordinal));

        using var model = LoadSchema("model.schema.json");
        var modelJson = CliRun.InProcess("model", TestPaths.SeedFiles.First(), "--json").Output;
        string badYear = System.Text.RegularExpressions.Regex.Replace(modelJson, "\"year\": ([0-9]+),", "\"year\": \"$1\",");
        Assert.NotEqual(modelJson, badYear);
        Assert.NotEmpty(MiniJsonSchema.Validate(model.RootElement, JsonDocument.Parse(badYear).RootElement));
    }
}
