using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReportSdk.SyntaxGenerator;

/// <summary>
/// Writes <c>docs/schema/syntax-tree.schema.json</c> from Syntax.xml: the tree JSON of schema version 2, with one
/// definition per node kind naming its slots (token kinds, node kinds, optional and list slots), and the positional
/// version 1 shape that readers still accept.
/// </summary>
public static class TreeSchemaGenerator
{
    private const string Id = "https://github.com/reportsdk/reportsdk/docs/schema/syntax-tree.schema.json";

    /// <summary>The schema's path from the repository root.</summary>
    public static string RelativePath => Path.Combine("docs", "schema", "syntax-tree.schema.json");

    /// <summary>Generates the schema text.</summary>
    public static string Generate(string xml)
    {
        var model = SyntaxModel.Load(xml);
        var nodeKinds = model.Concrete.Select(n => n.Kind!).ToList();
        var defs = new JsonObject
        {
            ["position"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
            ["node"] = new JsonObject
            {
                ["description"] = "A node: its kind, its span and its slots: by name (version 2, one definition per kind below) or positionally in \"children\" (version 1).",
                ["type"] = "object",
                ["required"] = Array("kind"),
                ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["type"] = "string", ["enum"] = Array([.. nodeKinds]) } },
                ["if"] = new JsonObject { ["required"] = Array("children") },
                ["then"] = Ref("positionalNode"),
                ["else"] = new JsonObject
                {
                    ["allOf"] = new JsonArray([.. nodeKinds.Select(kind => (JsonNode)new JsonObject
                    {
                        ["if"] = new JsonObject { ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["const"] = kind } } },
                        ["then"] = Ref(kind),
                    })]),
                },
            },
            ["positionalNode"] = new JsonObject
            {
                ["description"] = "Version 1: a node with its slots in order in \"children\".",
                ["type"] = "object",
                ["required"] = Array("kind", "children"),
                ["additionalProperties"] = false,
                ["properties"] = new JsonObject
                {
                    ["kind"] = new JsonObject { ["type"] = "string", ["enum"] = Array([.. nodeKinds]) },
                    ["start"] = Ref("position"),
                    ["width"] = Ref("position"),
                    ["children"] = new JsonObject
                    {
                        ["description"] = "One element per slot: a node or token object, null for an empty optional slot, an array of nodes for a list slot.",
                        ["type"] = "array",
                        ["items"] = new JsonObject
                        {
                            ["anyOf"] = new JsonArray(Ref("node"), Ref("token"), new JsonObject { ["type"] = "null" }, new JsonObject { ["type"] = "array", ["items"] = Ref("node") }),
                        },
                    },
                },
            },
        };

        foreach (var node in model.Concrete)
        {
            var fields = model.AllFields(node);
            var properties = new JsonObject
            {
                ["kind"] = new JsonObject { ["const"] = node.Kind },
                ["start"] = new JsonObject { ["description"] = "The start of the full span (trivia included); must equal the end of the text before it.", ["$ref"] = "#/$defs/position" },
                ["width"] = new JsonObject { ["description"] = "The length of the full span (trivia included).", ["$ref"] = "#/$defs/position" },
            };
            foreach (var field in fields)
            {
                properties[JsonName(field.Name)] = SlotSchema(model, field);
            }

            defs[node.Kind!] = new JsonObject
            {
                ["description"] = $"Version 2: a {node.Name} with its slots by name. {node.Summary}",
                ["type"] = "object",
                ["required"] = Array(["kind", .. fields.Select(f => JsonName(f.Name))]),
                ["additionalProperties"] = false,
                ["properties"] = properties,
            };
        }

        defs["token"] = new JsonObject
        {
            ["description"] = "A token: its text and its leading and trailing trivia.",
            ["type"] = "object",
            ["required"] = Array("kind", "text"),
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["kind"] = new JsonObject { ["type"] = "string", ["enum"] = Array([.. model.Leaves.Where(l => l.IsToken).Select(l => l.Kind)]) },
                ["start"] = Ref("position"),
                ["width"] = Ref("position"),
                ["text"] = new JsonObject { ["description"] = "The token's text without trivia; empty for a missing token.", ["type"] = "string" },
                ["missing"] = new JsonObject { ["description"] = "Written (as true) only for a zero-width token that stands for an absent one.", ["type"] = "boolean" },
                ["leading"] = new JsonObject { ["description"] = "Written only when not empty.", ["type"] = "array", ["items"] = Ref("trivia") },
                ["trailing"] = new JsonObject { ["description"] = "Written only when not empty.", ["type"] = "array", ["items"] = Ref("trivia") },
            },
        };
        defs["trivia"] = new JsonObject
        {
            ["type"] = "object",
            ["required"] = Array("kind", "text"),
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["kind"] = new JsonObject { ["type"] = "string", ["enum"] = Array([.. model.Leaves.Where(l => !l.IsToken).Select(l => l.Kind)]) },
                ["text"] = new JsonObject { ["type"] = "string" },
            },
        };
        defs["diagnostic"] = new JsonObject
        {
            ["type"] = "object",
            ["required"] = Array("id", "severity", "start", "length", "message"),
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["id"] = new JsonObject { ["type"] = "string" },
                ["severity"] = new JsonObject { ["type"] = "string", ["enum"] = Array("hidden", "info", "warning", "error") },
                ["start"] = Ref("position"),
                ["length"] = Ref("position"),
                ["message"] = new JsonObject { ["type"] = "string" },
            },
        };

        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = Id,
            ["title"] = "ReportSdk syntax tree",
            ["description"] = "The full syntax tree that ReportSdk.Serialization.SyntaxTreeJson writes and reads: every node, token and piece of trivia, so the text can be rebuilt exactly. Generated from src/ReportSdk/Syntax/Syntax.xml by src/ReportSdk.SyntaxGenerator; do not edit. Schema version 2 (written by default) holds each child of a node under its slot name (the Syntax.xml field name in camelCase), every slot present: null for an empty optional slot, [] for an empty list. Version 1 (still read, and written with SyntaxTreeJsonOptions.SchemaVersion = 1) holds them positionally in \"children\". The reader also checks that the spans tile the text, which this schema does not express.",
            ["type"] = "object",
            ["required"] = Array("schemaVersion", "root"),
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["schemaVersion"] = new JsonObject { ["description"] = "The version of this shape: 2 (named slots) or 1 (positional children).", ["type"] = "integer", ["enum"] = new JsonArray(1, 2) },
                ["path"] = new JsonObject { ["description"] = "The tree's file path (SyntaxTree.FilePath).", ["type"] = Array("string", "null") },
                ["length"] = new JsonObject { ["description"] = "The length of the text in UTF-16 code units; checked against the root's width when present.", ["type"] = "integer", ["minimum"] = 0 },
                ["root"] = new JsonObject { ["description"] = "The root: always a Document node.", ["$ref"] = "#/$defs/node" },
                ["diagnostics"] = new JsonObject { ["description"] = "The tree's diagnostics, restored on reading.", ["type"] = "array", ["items"] = Ref("diagnostic") },
            },
            ["$defs"] = defs,
        };

        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return schema.ToJsonString(options).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    /// <summary>The schema of one slot: a token of its kind, a node of the kinds its type allows, or a list of them; null allowed when optional.</summary>
    private static JsonObject SlotSchema(SyntaxModel model, FieldModel field)
    {
        JsonObject single = field.IsToken
            ? new JsonObject { ["allOf"] = new JsonArray(Ref("token"), new JsonObject { ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["const"] = field.TokenKind } } }) }
            : new JsonObject { ["allOf"] = new JsonArray(Ref("node"), new JsonObject { ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["enum"] = Array([.. KindsOf(model, field.ElementType)]) } } }) };
        JsonObject result = field.IsList
            ? new JsonObject { ["type"] = "array", ["items"] = single }
            : field.Optional ? new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, single) } : single;
        result.Insert(0, "description", field.Summary);
        return result;
    }

    /// <summary>The node kinds whose type is <paramref name="typeName"/> or derives from it.</summary>
    private static IEnumerable<string> KindsOf(SyntaxModel model, string typeName) =>
        model.Concrete.Where(n =>
        {
            for (var current = n; current is not null; current = model.Nodes.FirstOrDefault(b => b.Name == current.Base))
            {
                if (current.Name == typeName)
                {
                    return true;
                }
            }

            return false;
        }).Select(n => n.Kind!);

    private static string JsonName(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    private static JsonObject Ref(string def) => new() { ["$ref"] = "#/$defs/" + def };

    private static JsonArray Array(params string[] values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
