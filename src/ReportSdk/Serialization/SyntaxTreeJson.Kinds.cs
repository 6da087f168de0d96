using System.Text.Json;
using ReportSdk.Syntax;

namespace ReportSdk.Serialization;

// The kind and slot tables both directions share, built once from SyntaxFacts (generated from Syntax.xml).
public static partial class SyntaxTreeJson
{
    private enum KindClass : byte
    {
        Invalid,
        Trivia,
        Token,
        Node,
    }

    private static readonly JsonEncodedText[] KindNames = CreateKindNames();
    private static readonly Dictionary<string, SyntaxKind> KindsByName = CreateKindLookup();
    private static readonly Dictionary<string, SyntaxKind>.AlternateLookup<ReadOnlySpan<char>> KindsBySpan = KindsByName.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The JSON property name of each slot of each node kind: the Syntax.xml field name in camelCase.</summary>
    private static readonly string[][] SlotNames = CreateSlotNames();
    private static readonly JsonEncodedText[][] JsonSlotNames = SlotNames.Select(names => names.Select(n => JsonEncodedText.Encode(n)).ToArray()).ToArray();

    private static string[][] CreateSlotNames()
    {
        var names = new string[KindNames.Length][];
        foreach (var kind in Enum.GetValues<SyntaxKind>())
        {
            names[(int)kind] = SyntaxFacts.GetSlotNames(kind).Select(n => JsonNamingPolicy.CamelCase.ConvertName(n)).ToArray();
        }

        return names;
    }

    private static JsonEncodedText[] CreateKindNames()
    {
        var kinds = Enum.GetValues<SyntaxKind>();
        int max = 0;
        foreach (var kind in kinds)
        {
            max = Math.Max(max, (int)kind);
        }

        var names = new JsonEncodedText[max + 1];
        foreach (var kind in kinds)
        {
            names[(int)kind] = JsonEncodedText.Encode(kind.ToString());
        }

        return names;
    }

    private static Dictionary<string, SyntaxKind> CreateKindLookup()
    {
        var lookup = new Dictionary<string, SyntaxKind>(StringComparer.Ordinal);
        foreach (var kind in Enum.GetValues<SyntaxKind>())
        {
            if (Classify(kind) != KindClass.Invalid)
            {
                lookup[kind.ToString()] = kind;
            }
        }

        return lookup;
    }

    private static KindClass Classify(SyntaxKind kind) =>
        SyntaxFacts.IsTrivia(kind) ? KindClass.Trivia
        : SyntaxFacts.IsToken(kind) ? KindClass.Token
        : SyntaxFacts.IsNode(kind) ? KindClass.Node
        : KindClass.Invalid;
}
