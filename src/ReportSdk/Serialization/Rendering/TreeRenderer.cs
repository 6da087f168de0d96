using ReportSdk.Syntax;

namespace ReportSdk.Serialization.Rendering;

/// <summary>
/// Writes a block in place of the renderer, or declines: the hook a tool author sets to change how one kind
/// of block comes out (a paragraph as a quote, an item with a badge) without writing a renderer.
/// </summary>
/// <param name="block">The paragraph or numbered item about to be written.</param>
/// <param name="writer">The renderer's writer.</param>
/// <returns>True when the hook wrote the block (the renderer then skips it, and for an item its whole body); false to let the renderer write it.</returns>
public delegate bool BlockOverride(BlockSyntax block, TextWriter writer);

/// <summary>
/// The shape every renderer shares: it writes to one <see cref="TextWriter"/>, takes a whole tree, its
/// document node, or one part of it (a report, a section, a numbered item), and keeps no state between
/// renders. Renderers stand apart from the tree, as Markdig's do.
/// </summary>
public abstract class TreeRenderer
{
    /// <summary>Creates a renderer writing to <paramref name="writer"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    protected TreeRenderer(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Writer = writer;
    }

    /// <summary>The writer the output goes to.</summary>
    public TextWriter Writer { get; }

    /// <summary>
    /// Called before each paragraph and numbered item (preamble, sections, closing, annexes, notes); when it
    /// returns true the renderer skips the block. Null (the default) writes every block the renderer's way.
    /// </summary>
    public BlockOverride? BlockOverride { get; init; }

    /// <summary>Renders the whole tree.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="tree"/> is null.</exception>
    public void Render(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        Render(tree.GetRoot());
    }

    /// <summary>Renders a document: its table of contents, then each report.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public abstract void Render(DocumentSyntax document);

    /// <summary>
    /// Renders one node: a document, a report, a section (heading and body), or a numbered item with its
    /// sub-items. Footnote marks inside a part link to their notes only when the part is a whole report.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="node"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="node"/> is another kind of node.</exception>
    public void Render(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node)
        {
            case DocumentSyntax document:
                Render(document);
                break;
            case ReportSyntax report:
                RenderReportPart(report);
                break;
            case SectionSyntax section:
                RenderSectionPart(section);
                break;
            case NumberedItemSyntax item:
                RenderItemPart(item);
                break;
            default:
                throw new ArgumentException(
                    $"A {node.Kind} node cannot be rendered alone: give a document, a report, a section or a numbered item.", nameof(node));
        }
    }

    /// <summary>Renders one report as it appears in its document.</summary>
    /// <exception cref="NotSupportedException">The renderer renders whole documents only (the default for renderers written outside this library).</exception>
    protected virtual void RenderReportPart(ReportSyntax report) =>
        throw new NotSupportedException($"{GetType().Name} renders whole documents only.");

    /// <summary>Renders one section: its heading and its body.</summary>
    /// <exception cref="NotSupportedException">The renderer renders whole documents only (the default for renderers written outside this library).</exception>
    protected virtual void RenderSectionPart(SectionSyntax section) =>
        throw new NotSupportedException($"{GetType().Name} renders whole documents only.");

    /// <summary>Renders one numbered item: its heading, its body and its sub-items.</summary>
    /// <exception cref="NotSupportedException">The renderer renders whole documents only (the default for renderers written outside this library).</exception>
    protected virtual void RenderItemPart(NumberedItemSyntax item) =>
        throw new NotSupportedException($"{GetType().Name} renders whole documents only.");

    /// <summary>Asks <see cref="BlockOverride"/> to write <paramref name="block"/>; true when it did.</summary>
    protected bool Overridden(BlockSyntax block) => BlockOverride is { } hook && hook(block, Writer);
}
