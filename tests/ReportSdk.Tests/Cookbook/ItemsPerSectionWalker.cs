using ReportSdk.Syntax;

namespace ReportSdk.Tests.Cookbook;

/// <summary>Counts the numbered items of each section: the top-level ones and all of them, nested included.</summary>
public sealed class ItemsPerSectionWalker : SyntaxWalker
{
    private readonly List<SectionItemCount> _counts = [];
    private SectionSyntax? _section;

    public IReadOnlyList<SectionItemCount> Counts => _counts;

    public override void Visit(SyntaxNode? node)
    {
        // SyntaxWalker has one Visit method per concrete node type; catching the abstract
        // SectionSyntax here covers review, plan, self-building and other sections at once.
        if (node is SectionSyntax section)
        {
            _section = section;
            _counts.Add(new SectionItemCount(section.Kind, section.Heading.ToString(), 0, 0));
            base.Visit(node);
            _section = null;
            return;
        }

        base.Visit(node);
    }

    public override void VisitNumberedItem(NumberedItemSyntax node)
    {
        // Items in the preamble, closing, notes or annexes are not in a section and are not counted.
        if (_section is not null)
        {
            var count = _counts[^1];
            bool topLevel = node.Parent == _section;
            _counts[^1] = count with { TopLevel = count.TopLevel + (topLevel ? 1 : 0), All = count.All + 1 };
        }

        base.VisitNumberedItem(node); // keep walking: nested items are counted too
    }
}

public sealed record SectionItemCount(SyntaxKind Kind, string Heading, int TopLevel, int All);
