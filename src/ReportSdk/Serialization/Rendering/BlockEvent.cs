using ReportSdk.Syntax;

namespace ReportSdk.Serialization.Rendering;

/// <summary>The kinds of <see cref="BlockEvent"/>.</summary>
internal enum BlockEventKind
{
    /// <summary>A paragraph.</summary>
    Paragraph,

    /// <summary>A footnote definition.</summary>
    FootnoteDefinition,

    /// <summary>A numbered item starts; its body follows, then <see cref="ExitItem"/>.</summary>
    EnterItem,

    /// <summary>A numbered item ends.</summary>
    ExitItem,
}

/// <summary>One step of a flattened walk over a block list.</summary>
/// <param name="Kind">What happens.</param>
/// <param name="Node">The block.</param>
/// <param name="Depth">The item nesting depth: 1 for an item directly in the container, and for blocks inside it; 0 outside items.</param>
/// <param name="Ordinal">For items, the 1-based position among the item siblings; otherwise 0.</param>
/// <param name="ContinuesHeading">For a paragraph, true when it continues its item's heading line (<c>（一）以…为抓手。一是…</c>).</param>
internal readonly record struct BlockEvent(BlockEventKind Kind, BlockSyntax Node, int Depth, int Ordinal, bool ContinuesHeading = false);
