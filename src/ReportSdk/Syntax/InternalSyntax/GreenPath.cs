namespace ReportSdk.Syntax.InternalSyntax;

/// <summary>Rebuilds the path from a green node down to one of its tokens, reusing every other subtree.</summary>
internal static class GreenPath
{
    /// <summary>
    /// Returns <paramref name="node"/> with the leading trivia of its first non-empty token replaced,
    /// rebuilding only the nodes on the path to that token.
    /// </summary>
    public static GreenNode WithFirstTokenLeading(GreenNode node, GreenNode? leading)
    {
        var path = new List<(GreenNode Node, int Slot)>();
        var current = node;
        while (current is not GreenToken)
        {
            int chosen = -1;
            for (int i = 0; i < current.SlotCount; i++)
            {
                var slot = current.GetSlot(i);
                if (slot is not null && slot.FullWidth > 0)
                {
                    chosen = i;
                    break;
                }
            }

            if (chosen < 0)
            {
                return node; // no token with width: nothing carries leading trivia
            }

            path.Add((current, chosen));
            current = current.GetSlot(chosen)!;
        }

        GreenNode replacement = ((GreenToken)current).WithLeading(leading);
        for (int p = path.Count - 1; p >= 0; p--)
        {
            replacement = WithSlot(path[p].Node, path[p].Slot, replacement);
        }

        return replacement;
    }

    /// <summary>A copy of <paramref name="node"/> with slot <paramref name="index"/> replaced.</summary>
    public static GreenNode WithSlot(GreenNode node, int index, GreenNode? value)
    {
        var slots = new GreenNode?[node.SlotCount];
        for (int i = 0; i < slots.Length; i++)
        {
            slots[i] = i == index ? value : node.GetSlot(i);
        }

        if (node is GreenList)
        {
            return new GreenList(slots!);
        }

        return GreenNodeFactory.Create(node.Kind, slots);
    }
}
