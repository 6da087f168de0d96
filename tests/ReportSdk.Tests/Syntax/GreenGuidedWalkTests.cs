using ReportSdk.Syntax;
using ReportSdk.Syntax.InternalSyntax;

namespace ReportSdk.Tests.Syntax;

/// <summary>
/// <see cref="SyntaxNode.DescendantNodesGuidedByGreen"/> judges children by their green nodes and creates red nodes only
/// on the way to those wanted: it must return what the red walk returns, pruned the same way.
/// </summary>
public sealed class GreenGuidedWalkTests
{
    public static TheoryData<string> Seeds() => TestPaths.SeedNames();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Finds_what_the_red_walk_finds_in_the_same_order(string seed)
    {
        var root = SyntaxTree.ParseText(File.ReadAllText(Path.Combine(TestPaths.Seeds, seed))).GetRoot();
        foreach (var kind in (SyntaxKind[])[SyntaxKind.Paragraph, SyntaxKind.FootnoteReference, SyntaxKind.NumberedItem, SyntaxKind.Text])
        {
            var expected = root.DescendantNodes().Where(n => n.Kind == kind).ToList();
            var guided = root.DescendantNodesGuidedByGreen(g => g.Kind == kind, _ => true).ToList();
            Assert.Equal(expected, guided);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Does_not_enter_what_may_not_hold_the_nodes_wanted(string seed)
    {
        var root = SyntaxTree.ParseText(File.ReadAllText(Path.Combine(TestPaths.Seeds, seed))).GetRoot();
        static bool MayHold(SyntaxKind kind) => kind is not (SyntaxKind.FootnoteDefinition or SyntaxKind.Text);

        var expected = root.DescendantNodes(n => MayHold(n.Kind))
            .Where(n => n.Kind is SyntaxKind.FootnoteReference or SyntaxKind.FootnoteDefinition).ToList();
        var guided = root.DescendantNodesGuidedByGreen(
            g => g.Kind is SyntaxKind.FootnoteReference or SyntaxKind.FootnoteDefinition, g => MayHold(g.Kind)).ToList();

        Assert.Equal(expected, guided);
        // Marks inside a definition are not returned: the definition is not entered.
        Assert.DoesNotContain(guided, n => n.Kind == SyntaxKind.FootnoteReference && n.FirstAncestorOrSelf<FootnoteDefinitionSyntax>() is not null);
    }

    [Fact]
    public void Creates_no_red_node_for_a_refused_subtree()
    {
        var root = SyntaxTree.ParseText(File.ReadAllText(Path.Combine(TestPaths.Seeds, "002_4e4f3f491fbc5ac3.txt"))).GetRoot();
        // Nothing wanted and nothing may hold it: the walk looks at the root's green children and creates none of them.
        Assert.Empty(root.DescendantNodesGuidedByGreen(_ => false, _ => false));
        var first = root.DescendantNodesGuidedByGreen(g => g.Kind == SyntaxKind.Report, g => g.Kind != SyntaxKind.Report).First();
        Assert.Same(first, root.DescendantNodes().First(n => n.Kind == SyntaxKind.Report));
        // Seed 002 has both notes and marks: the pruned walk above has something to find.
        var notes = root.DescendantNodesGuidedByGreen(
            g => g.Kind is SyntaxKind.FootnoteReference or SyntaxKind.FootnoteDefinition, g => g.Kind is not (SyntaxKind.FootnoteDefinition or SyntaxKind.Text)).ToList();
        Assert.Contains(notes, n => n.Kind == SyntaxKind.FootnoteDefinition);
        Assert.Contains(notes, n => n.Kind == SyntaxKind.FootnoteReference);
    }
}
