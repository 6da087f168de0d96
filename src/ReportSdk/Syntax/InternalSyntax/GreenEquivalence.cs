namespace ReportSdk.Syntax.InternalSyntax;

/// <summary>Structural equality of green trees (kinds, token texts and trivia), without recursion.</summary>
internal static class GreenEquivalence
{
    public static bool AreEquivalent(GreenNode left, GreenNode right)
    {
        var stack = new Stack<(GreenNode, GreenNode)>();
        stack.Push((left, right));
        while (stack.Count > 0)
        {
            var (a, b) = stack.Pop();
            if (ReferenceEquals(a, b))
            {
                continue;
            }

            // Lists compare by their children (a list keeps one or two children in fields, more in an array).
            if (a.Kind != b.Kind || a.FullWidth != b.FullWidth || a.SlotCount != b.SlotCount || (!a.IsList && a.GetType() != b.GetType()))
            {
                return false;
            }

            switch (a)
            {
                case GreenToken ta:
                    var tb = (GreenToken)b;
                    if (ta.IsMissing != tb.IsMissing || !ta.AsSpan().SequenceEqual(tb.AsSpan()))
                    {
                        return false;
                    }

                    if (!SameOrBothNull(ta.Leading, tb.Leading, stack) || !SameOrBothNull(ta.Trailing, tb.Trailing, stack))
                    {
                        return false;
                    }

                    break;
                case GreenTrivia ra:
                    if (!ra.AsSpan().SequenceEqual(((GreenTrivia)b).AsSpan()))
                    {
                        return false;
                    }

                    break;
                default:
                    for (int i = 0; i < a.SlotCount; i++)
                    {
                        if (!SameOrBothNull(a.GetSlot(i), b.GetSlot(i), stack))
                        {
                            return false;
                        }
                    }

                    break;
            }
        }

        return true;
    }

    private static bool SameOrBothNull(GreenNode? a, GreenNode? b, Stack<(GreenNode, GreenNode)> stack)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        stack.Push((a, b));
        return true;
    }
}
