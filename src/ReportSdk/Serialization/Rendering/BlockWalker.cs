using ReportSdk.Syntax;

namespace ReportSdk.Serialization.Rendering;

/// <summary>
/// Flattens a block list with its nested numbered items into <see cref="BlockEvent"/>s, in document
/// order, with an explicit stack: no recursion, whatever the nesting depth.
/// </summary>
internal static class BlockWalker
{
    /// <summary>Walks <paramref name="blocks"/>.</summary>
    public static IEnumerable<BlockEvent> Walk(IReadOnlyList<BlockSyntax> blocks)
    {
        var stack = new Stack<Frame>();
        stack.Push(new Frame(blocks, null, 0));
        while (stack.Count > 0)
        {
            var frame = stack.Peek();
            if (frame.Index >= frame.Blocks.Count)
            {
                stack.Pop();
                if (frame.Owner is not null)
                {
                    yield return new BlockEvent(BlockEventKind.ExitItem, frame.Owner, frame.Depth, 0);
                }

                continue;
            }

            var block = frame.Blocks[frame.Index];
            int index = frame.Index++;
            switch (block)
            {
                case NumberedItemSyntax item:
                    frame.ItemCount++;
                    yield return new BlockEvent(BlockEventKind.EnterItem, item, frame.Depth + 1, frame.ItemCount);
                    stack.Push(new Frame(item.Body, item, frame.Depth + 1));
                    break;
                case FootnoteDefinitionSyntax:
                    yield return new BlockEvent(BlockEventKind.FootnoteDefinition, block, frame.Depth, 0);
                    break;
                default:
                    bool continues = index == 0 && frame.Owner is not null && block is ParagraphSyntax && ContinuesHeading(frame.Owner, block);
                    yield return new BlockEvent(BlockEventKind.Paragraph, block, frame.Depth, 0, continues);
                    break;
            }
        }
    }

    /// <summary>The last token of an item's heading: the last token of its title, or its marker.</summary>
    public static SyntaxToken HeadingLastToken(NumberedItemSyntax item)
    {
        var last = InlinePieces.LastTokenOf(item.Title);
        return InlinePieces.IsAbsent(last) ? item.MarkerToken : last;
    }

    private static bool ContinuesHeading(NumberedItemSyntax item, BlockSyntax paragraph)
    {
        var last = HeadingLastToken(item);
        var first = InlinePieces.FirstTokenOf(paragraph);
        return !InlinePieces.IsAbsent(last) && !InlinePieces.IsAbsent(first) && !InlinePieces.Gap(last, first).LineBreak;
    }

    private sealed class Frame(IReadOnlyList<BlockSyntax> blocks, NumberedItemSyntax? owner, int depth)
    {
        public IReadOnlyList<BlockSyntax> Blocks { get; } = blocks;

        public NumberedItemSyntax? Owner { get; } = owner;

        public int Depth { get; } = depth;

        public int Index { get; set; }

        public int ItemCount { get; set; }
    }
}
