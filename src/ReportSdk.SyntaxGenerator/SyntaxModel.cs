using System.Xml.Linq;

namespace ReportSdk.SyntaxGenerator;

/// <summary>One field (child slot) of a node type, as declared in Syntax.xml.</summary>
public sealed record FieldModel(string Name, string Type, bool Optional, string? TokenKind, string Summary)
{
    /// <summary>True for a token slot.</summary>
    public bool IsToken => Type == "SyntaxToken";

    /// <summary>True for a list slot.</summary>
    public bool IsList => Type.StartsWith("SyntaxList<", StringComparison.Ordinal);

    /// <summary>True for a single-node slot.</summary>
    public bool IsNode => !IsToken && !IsList;

    /// <summary>The element type of a list slot.</summary>
    public string ElementType => IsList ? Type["SyntaxList<".Length..^1] : Type;

    /// <summary>The name as a camel-case parameter.</summary>
    public string ParameterName
    {
        get
        {
            string name = char.ToLowerInvariant(Name[0]) + Name[1..];
            return name is "content" or "body" or "heading" ? name : name;
        }
    }
}

/// <summary>One node type, abstract or concrete, as declared in Syntax.xml.</summary>
public sealed record NodeModel(string Name, string Base, bool IsAbstract, string? Kind, string Summary, IReadOnlyList<FieldModel> OwnFields)
{
    /// <summary>The name without the <c>Syntax</c> suffix, used for visitor and factory methods.</summary>
    public string ShortName => Name.EndsWith("Syntax", StringComparison.Ordinal) ? Name[..^"Syntax".Length] : Name;

    /// <summary>The green class name.</summary>
    public string GreenName => ShortName + "Green";
}

/// <summary>A trivia or token kind, as declared in Syntax.xml.</summary>
/// <param name="Kind">The <c>SyntaxKind</c> member name.</param>
/// <param name="IsToken">True for a token kind, false for trivia.</param>
/// <param name="Text">The fixed text of a token that always reads the same, or null.</param>
/// <param name="HasNumber">Whether the token carries a number (its <c>ValueText</c>).</param>
/// <param name="Summary">The documentation, as XML doc markup.</param>
public sealed record LeafKindModel(string Kind, bool IsToken, string? Text, bool HasNumber, string Summary);

/// <summary>The parsed Syntax.xml.</summary>
public sealed class SyntaxModel
{
    private SyntaxModel(IReadOnlyList<LeafKindModel> leaves, IReadOnlyList<NodeModel> nodes)
    {
        Leaves = leaves;
        Nodes = nodes;
    }

    /// <summary>The trivia and token kinds in declaration (and <c>SyntaxKind</c>) order.</summary>
    public IReadOnlyList<LeafKindModel> Leaves { get; }

    /// <summary>All node types in declaration order.</summary>
    public IReadOnlyList<NodeModel> Nodes { get; }

    /// <summary>The concrete node types.</summary>
    public IEnumerable<NodeModel> Concrete => Nodes.Where(n => !n.IsAbstract);

    /// <summary>All fields of a node, inherited ones first.</summary>
    public IReadOnlyList<FieldModel> AllFields(NodeModel node)
    {
        var chain = new List<NodeModel>();
        for (var current = node; current is not null; current = Nodes.FirstOrDefault(n => n.Name == current.Base))
        {
            chain.Insert(0, current);
        }

        return chain.SelectMany(n => n.OwnFields).ToList();
    }

    /// <summary>Reads the description.</summary>
    public static SyntaxModel Load(string xml)
    {
        var document = XDocument.Parse(xml);
        var nodes = new List<NodeModel>();
        var leaves = new List<LeafKindModel>();
        foreach (var element in document.Root!.Elements())
        {
            if (element.Name.LocalName is "Trivia" or "Token")
            {
                leaves.Add(new LeafKindModel(
                    (string)element.Attribute("Kind")!,
                    element.Name.LocalName == "Token",
                    (string?)element.Attribute("Text"),
                    (bool?)element.Attribute("HasNumber") ?? false,
                    string.Concat(element.Element("Summary")!.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting))).Trim()));
                continue;
            }

            bool isAbstract = element.Name.LocalName == "AbstractNode";
            var fields = element.Elements("Field").Select(f => new FieldModel(
                (string)f.Attribute("Name")!,
                (string)f.Attribute("Type")!,
                (bool?)f.Attribute("Optional") ?? false,
                (string?)f.Attribute("TokenKind"),
                (string?)f.Attribute("Summary") ?? string.Empty)).ToList();
            nodes.Add(new NodeModel(
                (string)element.Attribute("Name")!,
                (string)element.Attribute("Base")!,
                isAbstract,
                (string?)element.Attribute("Kind"),
                element.Element("Summary")?.Value.Trim() ?? string.Empty,
                fields));
        }

        return new SyntaxModel(leaves, nodes);
    }
}
