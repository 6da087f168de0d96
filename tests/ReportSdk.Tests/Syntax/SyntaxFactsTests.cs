using ReportSdk.Syntax;

namespace ReportSdk.Tests.Syntax;

/// <summary><see cref="SyntaxFacts"/> agrees with the node types, the factory and what the parser makes of the seeds.</summary>
public sealed class SyntaxFactsTests
{
    [Fact]
    public void EveryKind_IsExactlyOneOfTriviaTokenOrNode_ExceptNoneAndList()
    {
        foreach (var kind in Enum.GetValues<SyntaxKind>())
        {
            int classes = (SyntaxFacts.IsTrivia(kind) ? 1 : 0) + (SyntaxFacts.IsToken(kind) ? 1 : 0) + (SyntaxFacts.IsNode(kind) ? 1 : 0);
            Assert.Equal(kind is SyntaxKind.None or SyntaxKind.List ? 0 : 1, classes);
        }
    }

    [Fact]
    public void NodeKinds_HaveTheirNodeType_AndSlotNamesThatAreItsProperties()
    {
        foreach (var kind in Enum.GetValues<SyntaxKind>())
        {
            var type = SyntaxFacts.GetNodeType(kind);
            Assert.Equal(SyntaxFacts.IsNode(kind), type is not null);
            if (type is null)
            {
                Assert.Empty(SyntaxFacts.GetSlotNames(kind));
                continue;
            }

            Assert.Equal(type.Name[..^"Syntax".Length], kind.ToString());
            Assert.Equal(typeof(SectionSyntax).IsAssignableFrom(type), SyntaxFacts.IsSection(kind));
            Assert.Equal(typeof(BlockSyntax).IsAssignableFrom(type), SyntaxFacts.IsBlock(kind));
            Assert.Equal(typeof(InlineSyntax).IsAssignableFrom(type), SyntaxFacts.IsInline(kind));
            Assert.NotEmpty(SyntaxFacts.GetSlotNames(kind));
            foreach (string slot in SyntaxFacts.GetSlotNames(kind))
            {
                Assert.NotNull(type.GetProperty(slot));
            }
        }

        Assert.Equal(["Preamble", "Sections", "Closing", "Notes", "Annexes"], SyntaxFacts.GetSlotNames(SyntaxKind.Report));
        Assert.Equal(["Heading", "Body"], SyntaxFacts.GetSlotNames(SyntaxKind.PlanSection));
    }

    [Fact]
    public void SlotNames_FollowTheChildrenOfParsedNodes()
    {
        var root = SyntaxTree.ParseText(TestPaths.ReadSeed(Path.GetFileName(TestPaths.SeedFiles.First()))).GetRoot();
        foreach (var node in root.DescendantNodes(includeSelf: true))
        {
            // The non-empty slots, read through the named properties, give ChildNodesAndTokens in order.
            var expected = new List<SyntaxNodeOrToken>();
            foreach (string slot in SyntaxFacts.GetSlotNames(node.Kind))
            {
                switch (node.GetType().GetProperty(slot)!.GetValue(node))
                {
                    case SyntaxToken token when token.Kind != SyntaxKind.None:
                        expected.Add(token);
                        break;
                    case SyntaxNode child:
                        expected.Add(child);
                        break;
                    case System.Collections.IEnumerable list and not SyntaxNode:
                        expected.AddRange(list.Cast<SyntaxNode>().Select(n => (SyntaxNodeOrToken)n));
                        break;
                }
            }

            Assert.Equal(expected, node.ChildNodesAndTokens());
        }
    }

    [Fact]
    public void FixedTexts_AndNumbers_MatchTheTokensThemselves()
    {
        Assert.Equal("**", SyntaxFacts.GetText(SyntaxKind.BoldMarkerToken));
        Assert.Equal(SyntaxFactory.BoldMarker().Text, SyntaxFacts.GetText(SyntaxKind.BoldMarkerToken));
        Assert.True(SyntaxFacts.HasFixedText(SyntaxKind.EndOfFileToken));
        Assert.Equal(string.Empty, SyntaxFacts.GetText(SyntaxKind.EndOfFileToken));
        Assert.False(SyntaxFacts.HasFixedText(SyntaxKind.TextToken));
        Assert.Equal(string.Empty, SyntaxFacts.GetText(SyntaxKind.TextToken));
        Assert.Equal(string.Empty, SyntaxFacts.GetText(SyntaxKind.Document));

        foreach (string seed in TestPaths.SeedFiles)
        {
            var root = SyntaxTree.ParseFile(seed).GetRoot();
            foreach (var token in root.DescendantTokens())
            {
                Assert.True(SyntaxFacts.IsToken(token.Kind));
                if (SyntaxFacts.HasFixedText(token.Kind) && !token.IsMissing)
                {
                    Assert.Equal(SyntaxFacts.GetText(token.Kind), token.Text);
                }

                if (!SyntaxFacts.CarriesNumber(token.Kind))
                {
                    Assert.Equal(token.Text, token.ValueText);
                }
                else if (token.ValueText is { } value)
                {
                    Assert.True(value.All(char.IsAsciiDigit), $"{token.Kind} '{token.Text}' gives '{value}'");
                }
            }

            Assert.All(root.DescendantTrivia(), t => Assert.True(SyntaxFacts.IsTrivia(t.Kind)));
            Assert.All(root.DescendantNodes(includeSelf: true), n => Assert.True(SyntaxFacts.IsNode(n.Kind)));
        }
    }
}
