using ReportSdk.Serialization;
using ReportSdk.Syntax;
using ReportSdk.Syntax.InternalSyntax;
using static ReportSdk.Syntax.SyntaxFactory;

namespace ReportSdk.Tests.Serialization;

/// <summary>
/// The tree JSON reader and the factory validate slots with one validator (<c>SlotCheck</c>) over one generated table
/// (<c>SlotShapes</c>): the same wrong kind in the same slot is rejected by both with the same message.
/// </summary>
public sealed class SharedSlotValidationTests
{
    private const string Text = "政府工作报告\n各位代表：\n一、2022年工作回顾\n经济平稳增长。\n各位代表！让我们团结一心，奋力谱写新篇章！\n";

    [Fact]
    public void AWrongTokenKind_IsRejectedByTheFactoryAndTheReader_WithOneMessage()
    {
        var factory = Assert.Throws<ArgumentException>(() => Title(Token(SyntaxKind.PageNumberToken, "2")));
        string json = SyntaxTreeJson.Serialize(SyntaxTree.ParseText(Text));
        string wrong = ReplaceFirst(json, "\"title\":{\"kind\":\"Title\"", "\"textToken\":{\"kind\":\"TextToken\"", "\"textToken\":{\"kind\":\"PageNumberToken\"");
        var reader = Assert.Throws<ReportJsonException>(() => SyntaxTreeJson.Deserialize(wrong));

        Assert.StartsWith("Title.TextToken holds a TextToken token, not a PageNumberToken.", reader.Message, StringComparison.Ordinal);
        Assert.StartsWith("Title.TextToken holds a TextToken token, not a PageNumberToken.", factory.Message, StringComparison.Ordinal);
        Assert.Equal("textToken", factory.ParamName);
        Assert.EndsWith(".title.textToken.kind", reader.JsonPath, StringComparison.Ordinal);
    }

    [Fact]
    public void AWrongNodeKind_IsRejectedByTheReader_WithTheValidatorsMessage()
    {
        string json = SyntaxTreeJson.Serialize(SyntaxTree.ParseText(Text));
        // The title's empty continuation slot goes too: a Salutation has only a text token, so the node is well formed
        // and only its place is wrong.
        string wrong = ReplaceFirst(json, "\"title\":{\"kind\":\"Title\"", ",\"continuationToken\":null}", "}")
            .Replace("\"title\":{\"kind\":\"Title\"", "\"title\":{\"kind\":\"Salutation\"", StringComparison.Ordinal);
        var reader = Assert.Throws<ReportJsonException>(() => SyntaxTreeJson.Deserialize(wrong));
        string expected = SlotCheck.NodeViolation(SlotShapes.Preamble[0], new SalutationGreen(new GreenToken(SyntaxKind.TextToken, "各位代表：")))!;
        Assert.Equal("Preamble.Title holds a TitleSyntax node; a Salutation cannot stand there.", expected);
        Assert.StartsWith(expected, reader.Message, StringComparison.Ordinal);

        // A list element: a section cannot stand among a paragraph's inlines.
        Assert.Equal(
            "Paragraph.Content holds InlineSyntax nodes; a Title cannot stand there.",
            SlotCheck.NodeViolation(SlotShapes.Paragraph[0], new TitleGreen(new GreenToken(SyntaxKind.TextToken, "标题"), null)));
    }

    [Fact]
    public void EveryFactoryTokenSlot_IsTheTablesSlot()
    {
        // The generated factory passes the table's shapes: a default token in a required slot becomes a missing token of
        // the table's kind, in an optional slot nothing.
        foreach (var kind in Enum.GetValues<SyntaxKind>())
        {
            foreach (var shape in SlotShapes.Get(kind) ?? [])
            {
                Assert.Equal(kind, shape.Owner);
                if (shape.Type == SlotType.Token)
                {
                    var green = SlotCheck.Token(default, shape, "token");
                    Assert.Equal(shape.Optional, green is null);
                    Assert.True(green is null || (green.IsMissing && green.Kind == shape.TokenKind));
                    Assert.Null(SlotCheck.TokenViolation(shape, new GreenToken(shape.TokenKind, shape.TokenKind == SyntaxKind.EndOfFileToken ? string.Empty : "1")));
                }
            }
        }

        Assert.Same(SlotShapes.Title, SlotShapes.Get(SyntaxKind.Title));
    }

    private static string ReplaceFirst(string json, string after, string old, string replacement)
    {
        int from = json.IndexOf(after, StringComparison.Ordinal);
        int at = json.IndexOf(old, from, StringComparison.Ordinal);
        return string.Concat(json.AsSpan(0, at), replacement, json.AsSpan(at + old.Length));
    }
}
