namespace ReportSdk.Syntax.InternalSyntax;

/// <summary>Rebuilds the path from a green node down to one of its tokens, reusing every other subtree.</summary>
internal static class GreenPath
{
    /// <summary>
    /// Returns <paramref name="node"/> with the leading trivia of its first non-empty token replaced,
    /// rebuilding only the nodes on the path to that token.
    /// </summary>
    /// <remarks>
    /// Diagnostics: the new token holds <paramref name="tokenDiagnostics"/> (the caller knows which belong to the new
    /// trivia); each rebuilt node on the path keeps its own, moved by the change of the leading trivia's width, since they
    /// are relative to the node's full start and are about text after that trivia.
    /// </remarks>
    public static GreenNode WithFirstTokenLeading(GreenNode node, GreenNode? leading, ReadOnlySpan<GreenDiagnostic> tokenDiagnostics)
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

        var token = (GreenToken)current;
        GreenNode replacement = token.WithLeading(leading);
        replacement.AddDiagnostics(tokenDiagnostics);
        int shift = (leading?.FullWidth ?? 0) - token.LeadingWidth;
        for (int p = path.Count - 1; p >= 0; p--)
        {
            var original = path[p].Node;
            replacement = WithSlot(original, path[p].Slot, replacement);
            foreach (var diagnostic in original.GetDiagnostics())
            {
                replacement.AddDiagnostic(diagnostic.Shifted(shift));
            }
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
            return GreenList.From(slots!);
        }

        return GreenNodeFactory.Create(node.Kind, slots);
    }
}
