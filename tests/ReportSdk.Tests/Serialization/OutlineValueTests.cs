using System.Text;
using System.Text.Json;
using ReportSdk.Diagnostics;
using ReportSdk.Semantics;
using ReportSdk.Semantics.Outline;
using ReportSdk.Serialization;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.Serialization;

/// <summary>
/// The outline is a value: two outlines of the same text are <c>==</c> (lists by their elements), JSON round trips to an
/// equal outline from a string or a stream, and kinds and severities are enums in the API and strings in JSON.
/// </summary>
public sealed class OutlineValueTests
{
    public static TheoryData<string> Seeds() => TestPaths.SeedNames();

    private static DocumentOutline Outline(string seed) =>
        OutlineBuilder.Build(SyntaxTree.ParseText(TestPaths.ReadSeed(seed), path: "seeds/" + seed));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void OutlinesOfTheSameText_AreEqualValues(string seed)
    {
        var first = Outline(seed);
        var second = Outline(seed);
        Assert.NotSame(first, second);
        Assert.True(first == second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void JsonRoundTrip_GivesAnEqualOutline_FromAStringAndFromAStream(string seed)
    {
        var outline = Outline(seed);
        string json = OutlineJson.Serialize(outline);
        Assert.True(OutlineJson.Deserialize(json) == outline);

        using var stream = new MemoryStream();
        OutlineJson.Serialize(stream, outline);
        stream.Position = 0;
        Assert.True(OutlineJson.Deserialize(stream) == outline);
        Assert.True(stream.Position > 0, "the stream was read");
    }

    [Fact]
    public void ADifferenceDeepInside_MakesOutlinesUnequal()
    {
        var outline = Outline(TestPaths.SeedFiles.Select(f => Path.GetFileName(f)!).First(s => Outline(s).Reports.Any(r => r.Sections.Any(x => x.Items.Count > 0))));
        var report = outline.Reports.First(r => r.Sections.Any(x => x.Items.Count > 0));
        int sectionIndex = report.Sections.ToList().FindIndex(x => x.Items.Count > 0);
        var section = report.Sections[sectionIndex];
        var changedItem = section.Items[0] with { Title = section.Items[0].Title + "。" };
        var changedSection = section with { Items = new EquatableArray<ItemOutline>(section.Items.Skip(1).Prepend(changedItem)) };
        var changedReport = report with { Sections = new EquatableArray<SectionOutline>(report.Sections.Select((x, i) => i == sectionIndex ? changedSection : x)) };
        var changed = outline with { Reports = new EquatableArray<ReportOutline>(outline.Reports.Select(r => ReferenceEquals(r, report) ? changedReport : r)) };

        Assert.True(changed != outline);
        Assert.NotEqual(changed.Reports, outline.Reports);
        Assert.Equal(outline, changed with { Reports = outline.Reports });
    }

    [Fact]
    public void KindsAndSeverities_AreEnums_WrittenAsTheSchemaStrings()
    {
        var outline = Outline(TestPaths.SeedFiles.Select(f => Path.GetFileName(f)!).First(s => Outline(s).Diagnostics.Count > 0));
        Assert.Contains(outline.Reports.SelectMany(r => r.Sections), s => s.Kind == OutlineSectionKind.Review);
        Assert.All(outline.Diagnostics, d => Assert.True(Enum.IsDefined(d.Severity)));

        using var json = JsonDocument.Parse(OutlineJson.Serialize(outline));
        var kinds = json.RootElement.GetProperty("reports").EnumerateArray()
            .SelectMany(r => r.GetProperty("sections").EnumerateArray()).Select(s => s.GetProperty("kind").GetString()).ToList();
        Assert.Equal(outline.Reports.SelectMany(r => r.Sections).Select(s => s.Kind switch
        {
            OutlineSectionKind.Review => "review",
            OutlineSectionKind.Plan => "plan",
            OutlineSectionKind.SelfBuilding => "selfBuilding",
            _ => "other",
        }), kinds);
        var severities = json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("severity").GetString()).ToList();
        Assert.Equal(outline.Diagnostics.Select(d => d.Severity.ToString().ToLowerInvariant()), severities);

        string numeric = OutlineJson.Serialize(outline).Replace("\"kind\": \"review\"", "\"kind\": 0", StringComparison.Ordinal);
        Assert.ThrowsAny<JsonException>(() => OutlineJson.Deserialize(numeric));
        Assert.ThrowsAny<JsonException>(() => OutlineJson.Deserialize(new MemoryStream(Encoding.UTF8.GetBytes("{\"reports\": 3}"))));
    }

    [Fact]
    public void Numbers_AreNumbers_AndItemsCarryDepthNumberStyleAndEndLineInTheJson()
    {
        var item = new ItemOutline("（十二）", "标题", 3, default) { Depth = 1, EndLine = 4 };
        Assert.Equal(12, item.Number);
        Assert.Equal(NumberingStyle.ChineseParenthesized, item.Style);
        Assert.Null(new ItemOutline("无", "标题", 3, default).Number);
        Assert.NotEqual(item, item with { EndLine = 5 });
        Assert.Equal(7, new FootnoteOutline("7", "术语", 9, [1, 2]).Number);
        Assert.Null(new FootnoteOutline(null, null, 9, default).Number);

        var outline = new DocumentOutline(2, "p", default, [new ReportOutline("题", 1, null, null, [new SectionOutline(OutlineSectionKind.Plan, "二、", 2, [item])], null, default)], [new DiagnosticOutline("RPT0001", DiagnosticSeverity.Warning, 1, 1, "m")]);
        string json = OutlineJson.Serialize(outline);
        Assert.Contains("\"line\": 3,\n", json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\"depth\": 1,", json, StringComparison.Ordinal);
        Assert.Contains("\"number\": 12,", json, StringComparison.Ordinal);
        Assert.Contains("\"style\": \"chineseParenthesized\",", json, StringComparison.Ordinal);
        Assert.Contains("\"endLine\": 4,", json, StringComparison.Ordinal);
        Assert.True(json.IndexOf("\"endLine\"", StringComparison.Ordinal) < json.IndexOf("\"items\": []", StringComparison.Ordinal), "an item's nested items come last");
        Assert.Contains("\"severity\": \"warning\"", json, StringComparison.Ordinal);
        Assert.Equal(outline, OutlineJson.Deserialize(json));
    }

    [Fact]
    public void OutlineItems_HaveTheirDepthNumberStyleAndEndLine()
    {
        const string text = "政府工作报告\n各位代表：\n一、2022年工作回顾\n（一）经济平稳增长。\n1.工业提质。\n规模以上工业增加值增长6%。\n（三）民生改善。\n二、2023年工作安排\n各位代表！让我们团结一心，奋力谱写新篇章！\n";
        var section = OutlineBuilder.Build(SyntaxTree.ParseText(text)).Reports.Single().Sections[0];
        var first = section.Items[0];
        Assert.Equal((1, 1, NumberingStyle.ChineseParenthesized, 4, 6), (first.Depth, first.Number, first.Style, first.Line, first.EndLine));
        var nested = first.Items.Single();
        Assert.Equal((2, 1, NumberingStyle.Arabic, 5, 6), (nested.Depth, nested.Number, nested.Style, nested.Line, nested.EndLine));
        var third = section.Items[1];
        Assert.Equal((1, 3, 7, 7), (third.Depth, third.Number, third.Line, third.EndLine));
    }

    [Fact]
    public void AVersion1Outline_StillReads_WithDepthAndEndLineUnknown()
    {
        const string json = "{\"schemaVersion\": 1, \"path\": \"p\", \"contents\": [], \"reports\": [{\"title\": \"题\", \"line\": 1, \"meeting\": null, \"speaker\": null, \"sections\": [{\"kind\": \"plan\", \"heading\": \"二、\", \"line\": 2, \"items\": [{\"marker\": \"（三）\", \"title\": \"标题\", \"line\": 3, \"items\": []}]}], \"closing\": null, \"footnotes\": []}], \"diagnostics\": []}";
        var item = OutlineJson.Deserialize(json).Reports[0].Sections[0].Items[0];
        Assert.Equal((0, 3, NumberingStyle.ChineseParenthesized, 0), (item.Depth, item.Number, item.Style, item.EndLine));
    }

    [Fact]
    public void EquatableArray_ComparesByElements_AndDefaultIsEmpty()
    {
        EquatableArray<int> a = [1, 2, 3];
        EquatableArray<int> b = new List<int> { 1, 2, 3 };
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != new EquatableArray<int>([1, 2]));
        Assert.True(default(EquatableArray<int>) == EquatableArray<int>.Empty);
        Assert.True(default(EquatableArray<int>) == new EquatableArray<int>([]));
        Assert.Empty(default(EquatableArray<int>));
        Assert.Throws<ArgumentOutOfRangeException>(() => a[3]);
        Assert.Equal("[1, 2, 3]", a.ToString());
    }

    [Fact]
    public void NullList_ReadsAsEmpty_AndANullElementIsAnError()
    {
        var outline = Outline("002_4e4f3f491fbc5ac3.txt");
        string json = OutlineJson.Serialize(outline);
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        node["contents"] = null;
        Assert.Empty(OutlineJson.Deserialize(node.ToJsonString()).Contents);

        node["reports"]![0]!["sections"] = new System.Text.Json.Nodes.JsonArray(null, null);
        var error = Assert.ThrowsAny<Exception>(() => OutlineJson.Deserialize(node.ToJsonString()));
        Assert.Contains("null at index 0", error.ToString(), StringComparison.Ordinal);
    }
}
