using ReportSdk.Diagnostics;
using ReportSdk.Text;

namespace ReportSdk.Syntax.InternalSyntax;

/// <summary>
/// Gathers the diagnostics held by the green nodes of a subtree, with absolute positions, in the order the tree reports
/// them: by start; at one start, a node's own diagnostics (in the order they were added) before its descendants', and
/// summaries (<see cref="GreenDiagnostic.IsSummary"/>) after the findings they sum up. Subtrees without diagnostics are
/// skipped by their flag, so the cost follows the paths to the diagnostics, not the size of the tree.
/// </summary>
internal static class GreenDiagnosticWalker
{
    /// <summary>A diagnostic of the subtree with its absolute start.</summary>
    /// <param name="Start">The absolute start of its span.</param>
    /// <param name="Diagnostic">The diagnostic as its node holds it.</param>
    internal readonly record struct Found(int Start, GreenDiagnostic Diagnostic);

    /// <summary>The diagnostics of <paramref name="node"/>'s subtree, <paramref name="fullStart"/> being where the node starts.</summary>
    public static List<Found> Collect(GreenNode node, int fullStart)
    {
        var found = new PooledList<Found>();
        try
        {
            Collect(node, fullStart, ref found);
            return [.. found.AsSpan()];
        }
        finally
        {
            found.Dispose();
        }
    }

    /// <summary>The subtree's diagnostics as <see cref="Diagnostic"/> objects located in <paramref name="tree"/>.</summary>
    public static Diagnostic[] CreateDiagnostics(SyntaxTree? tree, GreenNode node, int fullStart)
    {
        var found = new PooledList<Found>();
        try
        {
            Collect(node, fullStart, ref found);
            var items = found.AsSpan();
            var result = new Diagnostic[items.Length];
            for (int i = 0; i < result.Length; i++)
            {
                var (start, diagnostic) = items[i];
                result[i] = new Diagnostic(diagnostic.Descriptor, new Location(tree, new TextSpan(start, diagnostic.Length)), diagnostic.Arguments);
            }

            return result;
        }
        finally
        {
            found.Dispose();
        }
    }

    /// <summary>The walk, into pooled buffers: the tree's list costs only its <see cref="Diagnostic"/> objects.</summary>
    private static void Collect(GreenNode node, int fullStart, ref PooledList<Found> found)
    {
        if (!node.ContainsDiagnostics)
        {
            return;
        }

        var stack = new PooledList<(GreenNode Node, int Position)>();
        try
        {
            stack.Add((node, fullStart));
            while (stack.Count > 0)
            {
                var (current, position) = stack.Pop();
                foreach (var diagnostic in current.GetDiagnostics())
                {
                    found.Add(new Found(position + diagnostic.Offset, diagnostic));
                }

                // Children pushed last to first, so they are visited in text order.
                int end = position + current.FullWidth;
                for (int i = current.SlotCount - 1; i >= 0; i--)
                {
                    var child = current.GetSlot(i);
                    if (child is null)
                    {
                        continue;
                    }

                    end -= child.FullWidth;
                    if (child.ContainsDiagnostics)
                    {
                        stack.Add((child, end));
                    }
                }
            }
        }
        finally
        {
            stack.Dispose();
        }

        if (found.Count > 1)
        {
            Order(found.AsSpan());
        }
    }

    /// <summary>
    /// A stable sort by start, summaries last among equal starts: an insertion sort, in place. The walk gives the
    /// diagnostics nearly in order (only a node's own that lie after its descendants' move, such as a report's RPT0006 at
    /// its end), so this costs about one pass and allocates nothing.
    /// </summary>
    private static void Order(Span<Found> items)
    {
        for (int i = 1; i < items.Length; i++)
        {
            var item = items[i];
            int k = i - 1;
            while (k >= 0 && Before(item, items[k]))
            {
                items[k + 1] = items[k];
                k--;
            }

            items[k + 1] = item;
        }
    }

    private static bool Before(in Found x, in Found y) =>
        x.Start < y.Start || (x.Start == y.Start && !x.Diagnostic.IsSummary && y.Diagnostic.IsSummary);
}
