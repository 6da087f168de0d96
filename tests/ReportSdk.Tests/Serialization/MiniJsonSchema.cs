using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ReportSdk.Tests.Serialization;

/// <summary>
/// A small hand-written JSON Schema checker (no schema package is available here). It understands the subset the
/// schemas in docs/schema use: <c>$ref</c> to <c>#/$defs/…</c>, <c>type</c> (one or several), <c>const</c>,
/// <c>enum</c>, <c>required</c>, <c>properties</c>, <c>additionalProperties: false</c>, <c>items</c>,
/// <c>minimum</c>, <c>maximum</c>, <c>pattern</c>, <c>anyOf</c>, <c>oneOf</c>, <c>allOf</c> and <c>if</c>/<c>then</c>/<c>else</c>
/// (the tree schema dispatches on a node's kind with them), and for the SARIF subset
/// (Check/sarif-2.1.0-subset.schema.json) <c>minItems</c>, <c>uniqueItems</c> and <c>format</c> (<c>uri</c>: an
/// absolute URI; <c>uri-reference</c>: an absolute or relative one); <c>default</c> is an annotation. Unknown keywords
/// fail loudly, so a schema cannot silently outgrow the checker.
/// </summary>
internal static class MiniJsonSchema
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "title", "description", "$defs", "$comment", "default"];

    public static List<string> Validate(JsonElement schemaRoot, JsonElement instance)
    {
        var errors = new List<string>();
        Validate(schemaRoot, schemaRoot, instance, "$", errors);
        return errors;
    }

    private static void Validate(JsonElement root, JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            switch (keyword.Name)
            {
                case "$ref":
                    Validate(root, Resolve(root, keyword.Value.GetString()!), instance, path, errors);
                    break;
                case "type":
                    var types = keyword.Value.ValueKind == JsonValueKind.Array
                        ? keyword.Value.EnumerateArray().Select(t => t.GetString()!).ToList()
                        : [keyword.Value.GetString()!];
                    if (!types.Any(t => HasType(instance, t)))
                    {
                        errors.Add($"{path}: expected {string.Join(" or ", types)}, found {instance.ValueKind}");
                    }

                    break;
                case "const":
                    if (!JsonElement.DeepEquals(keyword.Value, instance))
                    {
                        errors.Add($"{path}: expected {keyword.Value.GetRawText()}, found {instance.GetRawText()}");
                    }

                    break;
                case "enum":
                    if (!keyword.Value.EnumerateArray().Any(v => JsonElement.DeepEquals(v, instance)))
                    {
                        errors.Add($"{path}: {instance.GetRawText()} is not one of {keyword.Value.GetRawText()}");
                    }

                    break;
                case "required":
                    if (instance.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var name in keyword.Value.EnumerateArray())
                        {
                            if (!instance.TryGetProperty(name.GetString()!, out _))
                            {
                                errors.Add($"{path}: missing required property \"{name.GetString()}\"");
                            }
                        }
                    }

                    break;
                case "properties":
                    if (instance.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var property in instance.EnumerateObject())
                        {
                            if (keyword.Value.TryGetProperty(property.Name, out var propertySchema))
                            {
                                Validate(root, propertySchema, property.Value, path + "." + property.Name, errors);
                            }
                        }
                    }

                    break;
                case "additionalProperties":
                    if (keyword.Value.ValueKind != JsonValueKind.False)
                    {
                        throw new NotSupportedException("additionalProperties other than false");
                    }

                    if (instance.ValueKind == JsonValueKind.Object)
                    {
                        var known = schema.TryGetProperty("properties", out var properties)
                            ? properties.EnumerateObject().Select(p => p.Name).ToHashSet()
                            : [];
                        foreach (var property in instance.EnumerateObject().Where(p => !known.Contains(p.Name)))
                        {
                            errors.Add($"{path}: unexpected property \"{property.Name}\"");
                        }
                    }

                    break;
                case "items":
                    if (instance.ValueKind == JsonValueKind.Array)
                    {
                        int index = 0;
                        foreach (var item in instance.EnumerateArray())
                        {
                            Validate(root, keyword.Value, item, $"{path}[{index++}]", errors);
                        }
                    }

                    break;
                case "minimum":
                    if (instance.ValueKind == JsonValueKind.Number && instance.GetDecimal() < keyword.Value.GetDecimal())
                    {
                        errors.Add($"{path}: {instance.GetRawText()} is less than {keyword.Value.GetRawText()}");
                    }

                    break;
                case "maximum":
                    if (instance.ValueKind == JsonValueKind.Number && instance.GetDecimal() > keyword.Value.GetDecimal())
                    {
                        errors.Add($"{path}: {instance.GetRawText()} is more than {keyword.Value.GetRawText()}");
                    }

                    break;
                case "minItems":
                    if (instance.ValueKind == JsonValueKind.Array && instance.GetArrayLength() < keyword.Value.GetInt32())
                    {
                        errors.Add($"{path}: fewer than {keyword.Value.GetInt32()} items");
                    }

                    break;
                case "uniqueItems":
                    if (keyword.Value.ValueKind == JsonValueKind.True && instance.ValueKind == JsonValueKind.Array)
                    {
                        var items = instance.EnumerateArray().ToList();
                        for (int i = 0; i < items.Count; i++)
                        {
                            for (int j = i + 1; j < items.Count; j++)
                            {
                                if (JsonElement.DeepEquals(items[i], items[j]))
                                {
                                    errors.Add($"{path}: items {i} and {j} are equal but the items must be unique");
                                }
                            }
                        }
                    }

                    break;
                case "format":
                    if (instance.ValueKind == JsonValueKind.String)
                    {
                        var kind = keyword.Value.GetString() switch
                        {
                            "uri" => UriKind.Absolute,
                            "uri-reference" => UriKind.RelativeOrAbsolute,
                            var other => throw new NotSupportedException("format " + other),
                        };
                        if (!Uri.TryCreate(instance.GetString(), kind, out _) || instance.GetString()!.Any(c => c <= ' ' || c > '~'))
                        {
                            errors.Add($"{path}: \"{instance.GetString()}\" is not a {keyword.Value.GetString()} (RFC 3986, percent-encoded)");
                        }
                    }

                    break;
                case "pattern":
                    if (instance.ValueKind == JsonValueKind.String && !Regex.IsMatch(instance.GetString()!, keyword.Value.GetString()!, RegexOptions.CultureInvariant))
                    {
                        errors.Add($"{path}: \"{instance.GetString()}\" does not match {keyword.Value.GetString()}");
                    }

                    break;
                case "allOf":
                    foreach (var part in keyword.Value.EnumerateArray())
                    {
                        Validate(root, part, instance, path, errors);
                    }

                    break;
                case "if":
                    var condition = new List<string>();
                    Validate(root, keyword.Value, instance, path, condition);
                    if (schema.TryGetProperty(condition.Count == 0 ? "then" : "else", out var branch))
                    {
                        Validate(root, branch, instance, path, errors);
                    }

                    break;
                case "then":
                case "else":
                    // Applied by "if".
                    break;
                case "anyOf":
                case "oneOf":
                    int matches = 0;
                    foreach (var alternative in keyword.Value.EnumerateArray())
                    {
                        var inner = new List<string>();
                        Validate(root, alternative, instance, path, inner);
                        matches += inner.Count == 0 ? 1 : 0;
                    }

                    if (matches == 0 || (keyword.Name == "oneOf" && matches > 1))
                    {
                        errors.Add($"{path}: {matches} of the {keyword.Name} alternatives match");
                    }

                    break;
                default:
                    if (!Annotations.Contains(keyword.Name))
                    {
                        throw new NotSupportedException("The mini schema checker does not know the keyword " + keyword.Name);
                    }

                    break;
            }
        }
    }

    private static bool HasType(JsonElement instance, string type) => type switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => instance.ValueKind == JsonValueKind.Null,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && decimal.TryParse(instance.GetRawText(), NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
        _ => throw new NotSupportedException("type " + type),
    };

    private static JsonElement Resolve(JsonElement root, string reference)
    {
        const string Prefix = "#/$defs/";
        if (!reference.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new NotSupportedException("$ref " + reference);
        }

        return root.GetProperty("$defs").GetProperty(reference[Prefix.Length..]);
    }
}
