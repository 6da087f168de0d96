using ReportSdk.Syntax;

namespace ReportSdk.Tests.Syntax;

/// <summary><see cref="SyntaxNode.DescendantNodesAndTokens(Func{SyntaxNode, bool}?, bool)"/>: the one pruned walk.</summary>
public class DescendantWalkTests
{
    private static readonly SyntaxTree Tree = SyntaxTree.ParseText(File.ReadAllText(Path.Combine(TestPaths.Seeds, "002_4e4f3f491fbc5ac3.txt")));

    [Fact]
    public void ARefusedNodeIsReturned_ButNothingInsideIt()
    {
        var root = Tree.GetRoot();
        var walked = root.DescendantNodesAndTokens(node => node is not SectionSyntax).ToList();
        var sections = root.DescendantNodes().OfType<SectionSyntax>().ToList();

        Assert.NotEmpty(sections);
        Assert.All(sections, section => Assert.Contains(walked, item => item.AsNode() == section));
        Assert.DoesNotContain(walked, item => item.AsNode() is NumberedItemSyntax);
        Assert.DoesNotContain(walked, item => item.IsToken && sections.Any(s => s.FullSpan.Contains(item.AsToken().Span.Start) && item.AsToken().Span.Length > 0));
    }

    [Fact]
    public void WithoutAFilter_ItIsTheWholeWalk_AndDescendantNodesAreItsNodes()
    {
        var root = Tree.GetRoot();
        Assert.Equal(root.DescendantNodesAndTokens().Count(), root.DescendantNodesAndTokens(null).Count());
        Assert.Equal(
            root.DescendantNodesAndTokens(node => node is not SectionSyntax, includeSelf: true).Where(i => i.IsNode).Select(i => i.AsNode()),
            root.DescendantNodes(node => node is not SectionSyntax, includeSelf: true));
    }
}
