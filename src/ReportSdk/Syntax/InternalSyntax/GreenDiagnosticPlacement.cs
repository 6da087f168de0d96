using System.Runtime.InteropServices;

namespace ReportSdk.Syntax.InternalSyntax;

/// <summary>
/// Puts diagnostics known only by their absolute spans (a tree read from JSON, which keeps them as one list) on the
/// green nodes of a tree where the parser puts them: on the innermost node of the kind <see cref="DiagnosticHolders"/>
/// gives whose full span holds it, else on the deepest node or token whose full span holds it, rebuilding only the
/// nodes on the paths to them. When that would change the order in which the tree reports them (two at one position placed so that
/// the tree's order differs from the list's), all of them go on the root, which keeps the list's order.
/// </summary>
internal static class GreenDiagnosticPlacement
{
    /// <summary>
    /// <paramref name="root"/> rebuilt with <paramref name="diagnostics"/>, whose <see cref="GreenDiagnostic.Offset"/>
    /// is the absolute start, in the order the tree reports them (text order).
    /// </summary>
    public static GreenNode Place(GreenNode root, IReadOnlyList<GreenDiagnostic> diagnostics)
    {
        if (diagnostics.Count == 0)
        {
            return root;
        }

        var top = new Entry(root, 0);
        var path = new List<(GreenNode Node, int Slot, int Position)>();
        foreach (var diagnostic in diagnostics)
        {
            FindPath(root, diagnostic, path);
            var entry = top;
            foreach (var (node, slot, position) in path)
            {
                entry.Children ??= [];
                if (!entry.Children.TryGetValue(slot, out var child))
                {
                    child = new Entry(node, position);
                    entry.Children.Add(slot, child);
                }

                entry = child;
            }

            (entry.Own ??= []).Add(diagnostic.Shifted(-entry.Position));
        }

        var placed = Rebuild(top);
        if (SameOrder(placed, diagnostics))
        {
            return placed;
        }

        return root.WithDiagnostics([.. diagnostics]);
    }

    /// <summary>
    /// The slots from <paramref name="root"/> down to the node that takes the diagnostic: the innermost of its holder kind
    /// on the way down, else the deepest node or token (never a list) whose full span holds the diagnostic's span (one that
    /// starts there or before and ends after its start and at or after its end; a zero-length span at the very end of a
    /// child is that child's when no later child starts there).
    /// </summary>
    private static void FindPath(GreenNode root, GreenDiagnostic diagnostic, List<(GreenNode Node, int Slot, int Position)> path)
    {
        path.Clear();
        int start = diagnostic.Offset;
        int end = start + diagnostic.Length;
        var node = root;
        int position = 0;
        while (node is not GreenToken)
        {
            int chosen = -1;
            int chosenPosition = 0;
            int childStart = position;
            for (int i = 0; i < node.SlotCount; i++)
            {
                var child = node.GetSlot(i);
                if (child is null || child.FullWidth == 0)
                {
                    continue;
                }

                int childEnd = childStart + child.FullWidth;
                if (childStart <= start && end <= childEnd && (start < childEnd || chosen < 0))
                {
                    chosen = i;
                    chosenPosition = childStart;
                    if (start < childEnd)
                    {
                        break;
                    }
                }

                childStart = childEnd;
            }

            if (chosen < 0)
            {
                break;
            }

            node = node.GetSlot(chosen)!;
            position = chosenPosition;
            path.Add((node, chosen, position));
        }

        var holder = DiagnosticHolders.HolderKind(diagnostic.Descriptor.Id);
        if (holder == root.Kind)
        {
            path.Clear();
            return;
        }

        if (holder != SyntaxKind.None)
        {
            int last = path.FindLastIndex(step => step.Node.Kind == holder);
            if (last >= 0)
            {
                path.RemoveRange(last + 1, path.Count - last - 1);
                return;
            }
        }

        // A list holds no diagnostics: they stay with the node above it.
        while (path.Count > 0 && path[^1].Node.IsList)
        {
            path.RemoveAt(path.Count - 1);
        }
    }

    /// <summary>Rebuilds the entries' nodes bottom-up (descendants before ancestors), without recursion.</summary>
    private static GreenNode Rebuild(Entry top)
    {
        var order = new List<Entry>();
        var stack = new Stack<Entry>();
        stack.Push(top);
        while (stack.Count > 0)
        {
            var entry = stack.Pop();
            order.Add(entry);
            if (entry.Children is not null)
            {
                foreach (var child in entry.Children.Values)
                {
                    stack.Push(child);
                }
            }
        }

        for (int k = order.Count - 1; k >= 0; k--)
        {
            var entry = order[k];
            var green = entry.Green;
            if (entry.Children is not null)
            {
                var slots = new GreenNode?[green.SlotCount];
                for (int i = 0; i < slots.Length; i++)
                {
                    slots[i] = entry.Children.TryGetValue(i, out var child) ? child.Result : green.GetSlot(i);
                }

                var rebuilt = green.IsList ? GreenList.From(slots!) : GreenNodeFactory.Create(green.Kind, slots);
                rebuilt = green.CarryAnnotationsTo(rebuilt);
                rebuilt.AddDiagnostics(green.GetDiagnostics());
                rebuilt.AddDiagnostics(CollectionsMarshal.AsSpan(entry.Own));
                entry.Result = rebuilt;
            }
            else
            {
                entry.Result = green.WithDiagnostics([.. green.GetDiagnostics(), .. entry.Own ?? []]);
            }
        }

        return top.Result!;
    }

    private static bool SameOrder(GreenNode placed, IReadOnlyList<GreenDiagnostic> diagnostics)
    {
        var found = GreenDiagnosticWalker.Collect(placed, 0);
        if (found.Count != diagnostics.Count)
        {
            return false;
        }

        for (int i = 0; i < found.Count; i++)
        {
            var expected = diagnostics[i];
            var actual = found[i];
            if (actual.Start != expected.Offset || actual.Diagnostic.Length != expected.Length || !ReferenceEquals(actual.Diagnostic.Arguments, expected.Arguments)
                || !ReferenceEquals(actual.Diagnostic.Descriptor, expected.Descriptor))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A node on the path to placed diagnostics: the slots to replace and the diagnostics it takes.</summary>
    private sealed class Entry(GreenNode green, int position)
    {
        public GreenNode Green { get; } = green;

        public int Position { get; } = position;

        public Dictionary<int, Entry>? Children { get; set; }

        public List<GreenDiagnostic>? Own { get; set; }

        public GreenNode? Result { get; set; }
    }
}
