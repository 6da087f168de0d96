using System.Text.Json;
using ReportSdk.Semantics.Outline;
using ReportSdk.Serialization;
using ReportSdk.Syntax;
using ReportSdk.Syntax.InternalSyntax;

namespace ReportSdk.Tests.Serialization;

/// <summary>The JSON that the outline and the tree serializers write conforms to the schemas in docs/schema.</summary>
public class JsonSchemaTests
{
    public static TheoryData<string> Seeds() => ReportSdk.Tests.Seeds.SeedRoundTripTests.Seeds();

    private static JsonDocument LoadSchema(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "schema", name)));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void OutlineJsonConformsToTheOutlineSchema(string seed)
    {
        var tree = SyntaxTree.ParseText(TestPaths.ReadSeed(seed), path: "seeds/" + seed);
        string json = OutlineJson.Serialize(OutlineBuilder.Build(tree));
        using var schema = LoadSchema("outline.schema.json");
        using var instance = JsonDocument.Parse(json);
        Assert.Empty(MiniJsonSchema.Validate(schema.RootElement, instance.RootElement));

        // schemaVersion comes first, and is 2 (items with depth, number, style and end line).
        var first = instance.RootElement.EnumerateObject().First();
        Assert.Equal("schemaVersion", first.Name);
        Assert.Equal(DocumentOutline.CurrentSchemaVersion, first.Value.GetInt32());
        Assert.Equal(2, DocumentOutline.CurrentSchemaVersion);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TreeJsonConformsToTheSyntaxTreeSchema(string seed)
    {
        var tree = SyntaxTree.ParseText(TestPaths.ReadSeed(seed), path: seed);
        using var schema = LoadSchema("syntax-tree.schema.json");
        using var instance = JsonDocument.Parse(SyntaxTreeJson.Serialize(tree));
        Assert.Empty(MiniJsonSchema.Validate(schema.RootElement, instance.RootElement));
    }

    [Fact]
    public void PositionalVersion1Json_ConformsToTheSyntaxTreeSchema()
    {
        using var schema = LoadSchema("syntax-tree.schema.json");
        string fixture = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "tests", "ReportSdk.Tests", "Serialization", "Fixtures", "positional-v1.tree.json"));
        using var instance = JsonDocument.Parse(fixture);
        Assert.Empty(MiniJsonSchema.Validate(schema.RootElement, instance.RootElement));
    }

    [Fact]
    public void TheTreeSchema_RejectsAWrongTokenKindOrNodeKindInANamedSlot_AndAnUnknownSlot()
    {
        using var schema = LoadSchema("syntax-tree.schema.json");
        var tree = SyntaxTree.ParseText("政府工作报告\n各位代表：\n一、2022年工作回顾\n过去一年。\n");
        string json = SyntaxTreeJson.Serialize(tree);
        List<string> Errors(string text) => MiniJsonSchema.Validate(schema.RootElement, JsonDocument.Parse(text).RootElement);
        Assert.Empty(Errors(json));

        string wrongToken = json.Replace("\"textToken\":{\"kind\":\"TextToken\"", "\"textToken\":{\"kind\":\"PageNumberToken\"", StringComparison.Ordinal);
        Assert.NotEqual(json, wrongToken);
        Assert.NotEmpty(Errors(wrongToken));

        string wrongNode = json.Replace("\"title\":{\"kind\":\"Title\"", "\"title\":{\"kind\":\"Salutation\"", StringComparison.Ordinal);
        Assert.NotEqual(json, wrongNode);
        Assert.NotEmpty(Errors(wrongNode));

        string unknownSlot = json.Replace("\"tableOfContents\":null", "\"contents\":null", StringComparison.Ordinal);
        Assert.NotEqual(json, unknownSlot);
        Assert.Contains(Errors(unknownSlot), e => e.Contains("\"contents\"", StringComparison.Ordinal));
    }

    [Fact]
    public void TheCheckerReportsMissingPropertiesWrongKindsAndExtraProperties()
    {
        var tree = SyntaxTree.ParseText(TestPaths.ReadSeed(Path.GetFileName(TestPaths.SeedFiles.First())), path: "a.txt");
        string json = OutlineJson.Serialize(OutlineBuilder.Build(tree));
        using var schema = LoadSchema("outline.schema.json");

        string noLine = json.Replace("\"line\": 15,", string.Empty, StringComparison.Ordinal);
        Assert.NotEqual(json, noLine);
        Assert.Contains(MiniJsonSchema.Validate(schema.RootElement, JsonDocument.Parse(noLine).RootElement), e => e.Contains("missing required property \"line\"", StringComparison.Ordinal));

        string wrongType = json.Replace("\"line\": 15,", "\"line\": \"15\",", StringComparison.Ordinal);
        Assert.Contains(MiniJsonSchema.Validate(schema.RootElement, JsonDocument.Parse(wrongType).RootElement), e => e.Contains("expected", StringComparison.Ordinal));

        string extra = json.Replace("\"schemaVersion\": 2,", "\"schemaVersion\": 2, \"x\": 0,", StringComparison.Ordinal);
        Assert.Contains(MiniJsonSchema.Validate(schema.RootElement, JsonDocument.Parse(extra).RootElement), e => e.Contains("unexpected property \"x\"", StringComparison.Ordinal));

        string version = json.Replace("\"schemaVersion\": 2,", "\"schemaVersion\": 1,", StringComparison.Ordinal);
        Assert.NotEqual(json, version);
        Assert.NotEmpty(MiniJsonSchema.Validate(schema.RootElement, JsonDocument.Parse(version).RootElement));

        string noVersion = json.Replace("\"schemaVersion\": 2,", string.Empty, StringComparison.Ordinal);
        Assert.NotEmpty(MiniJsonSchema.Validate(schema.RootElement, JsonDocument.Parse(noVersion).RootElement));
    }

    [Fact]
    public void TheTreeSchemaListsEveryKind()
    {
        using var schema = LoadSchema("syntax-tree.schema.json");
        var defs = schema.RootElement.GetProperty("$defs");
        HashSet<string> Kinds(string def) =>
            defs.GetProperty(def).GetProperty("properties").GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToHashSet();

        var nodeKinds = Enum.GetValues<SyntaxKind>().Where(k => SlotShapes.Get(k) is not null).Select(k => k.ToString()).ToHashSet();
        var tokenKinds = Enum.GetValues<SyntaxKind>().Where(k => k.ToString().EndsWith("Token", StringComparison.Ordinal)).Select(k => k.ToString()).ToHashSet();
        var triviaKinds = Enum.GetValues<SyntaxKind>().Where(k => k.ToString().EndsWith("Trivia", StringComparison.Ordinal)).Select(k => k.ToString()).ToHashSet();
        Assert.Equal(nodeKinds.Order(), Kinds("node").Order());
        Assert.Equal(tokenKinds.Order(), Kinds("token").Order());
        Assert.Equal(triviaKinds.Order(), Kinds("trivia").Order());
    }

    [Fact]
    public void TheOutlineSchemaListsEveryNumberingStyle()
    {
        // The schema was once only checked against the seeds, which use few styles: a new style went unlisted.
        using var schema = LoadSchema("outline.schema.json");
        var listed = new List<string>();
        FindStyleEnums(schema.RootElement, listed);
        var expected = Enum.GetValues<NumberingStyle>().Where(s => s != NumberingStyle.None)
            .Select(s => JsonNamingPolicy.CamelCase.ConvertName(s.ToString()));
        Assert.NotEmpty(listed);
        Assert.Equal(expected.Order(), listed.Order());
    }

    /// <summary>Collects the values of every <c>style</c> property's enum in the schema.</summary>
    private static void FindStyleEnums(JsonElement element, List<string> found)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "style" && property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("enum", out var values))
                {
                    found.AddRange(values.EnumerateArray().Select(v => v.GetString()!));
                }

                FindStyleEnums(property.Value, found);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                FindStyleEnums(item, found);
            }
        }
    }

    [Fact]
    public void TheOutlineReadsBackWithItsSchemaVersion()
    {
        var tree = SyntaxTree.ParseText(TestPaths.ReadSeed(Path.GetFileName(TestPaths.SeedFiles.First())), path: "a.txt");
        var outline = OutlineBuilder.Build(tree);
        var back = OutlineJson.Deserialize(OutlineJson.Serialize(outline));
        Assert.Equal(2, back.SchemaVersion);
        Assert.Equal(OutlineJson.Serialize(outline), OutlineJson.Serialize(back));
    }
}
