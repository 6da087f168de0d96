using ReportSdk.Semantics;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.Footnotes;

public class FootnoteLookupTests
{
    private const string Text =
        "政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、2022年工作回顾\n" +
        "推进“三生融合”[1]，建设“数字乡村”[2]，再谈“三生融合”[1]和未定义的[9]。\n" +
        "各位代表！让我们团结奋斗！\n注释：\n[1]三生融合：生产、生活、生态融合。\n[2]数字乡村：以数字技术赋能乡村。\n";

    [Fact]
    public void Reference_FindsItsDefinition_AndDefinition_ItsReferences()
    {
        var root = SyntaxTree.ParseText(Text).GetRoot();
        var definitions = root.DescendantNodes().OfType<FootnoteDefinitionSyntax>().ToList();
        var references = root.DescendantNodes().OfType<FootnoteReferenceSyntax>().Where(r => r.FirstAncestorOrSelf<FootnoteDefinitionSyntax>() is null).ToList();
        Assert.Equal(2, definitions.Count);
        Assert.Equal(["[1]", "[2]", "[1]", "[9]"], references.Select(r => r.MarkToken.Text));

        Assert.Same(definitions[0].Green, references[0].GetDefinition()?.Green);
        Assert.Same(definitions[1].Green, references[1].GetDefinition()?.Green);
        Assert.Same(definitions[0].Green, references[2].GetDefinition()?.Green);
        Assert.Null(references[3].GetDefinition());

        Assert.Equal([references[0].Span, references[2].Span], definitions[0].GetReferences().Select(r => r.Span));
        Assert.Equal([references[1].Span], definitions[1].GetReferences().Select(r => r.Span));
        Assert.Equal("三生融合", definitions[0].GetBinding()?.Term);
        Assert.Equal("1", references[0].GetBinding()?.Label);
    }

    [Fact]
    public void NodesOutsideAReport_HaveNoBinding()
    {
        var definition = SyntaxTree.ParseText(Text).GetRoot().DescendantNodes().OfType<FootnoteDefinitionSyntax>().First();
        var detached = SyntaxFactory.FootnoteDefinition(definition.LabelToken, definition.Content);
        Assert.Empty(detached.GetReferences());
        Assert.Null(detached.GetBinding());
    }
}
