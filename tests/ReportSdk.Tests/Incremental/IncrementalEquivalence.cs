using System.Text;
using ReportSdk.Diagnostics;
using ReportSdk.Syntax;
using ReportSdk.Syntax.InternalSyntax;

namespace ReportSdk.Tests.Incremental;

/// <summary>
/// Compares an incrementally reparsed tree with a full parse of the same text: the green trees node by
/// node (kind, full width, slots; tokens' kind, missing flag and text; every trivia's kind and text, and
/// the shape of trivia lists, and the diagnostics each node holds, relative to it), then the tree's diagnostics in order
/// (id, span, message).
/// </summary>
internal static class IncrementalEquivalence
{
    /// <summary>Null when the trees are the same, else where they first differ.</summary>
    public static string? Compare(SyntaxTree full, SyntaxTree incremental)
    {
        string text = full.GetText().ToString();
        if (incremental.GetText().ToString() != text)
        {
            return "the texts differ";
        }

        string? tree = CompareGreen(full.GetRoot().Green, incremental.GetRoot().Green, text);
        if (tree is not null)
        {
            return tree;
        }

        var a = full.GetDiagnostics();
        var b = incremental.GetDiagnostics();
        for (int i = 0; i < Math.Max(a.Count, b.Count); i++)
        {
            string left = i < a.Count ? Describe(a[i]) : "(none)";
            string right = i < b.Count ? Describe(b[i]) : "(none)";
            if (left != right)
            {
                return $"diagnostic {i} of {a.Count}/{b.Count}: full {left}, incremental {right}";
            }
        }

        return null;
    }

    /// <summary>The diagnostics a node holds itself (relative spans), which reuse must carry unchanged; null when the same.</summary>
    private static string? CompareHeld(GreenNode full, GreenNode incremental)
    {
        var a = full.GetDiagnostics();
        var b = incremental.GetDiagnostics();
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            string left = i < a.Length ? Describe(a[i]) : "(none)";
            string right = i < b.Length ? Describe(b[i]) : "(none)";
            if (left != right)
            {
                return $"holds diagnostic {i} of {a.Length}/{b.Length}: full {left}, incremental {right}";
            }
        }

        return null;
    }

    private static string Describe(GreenDiagnostic d) =>
        $"{d.Descriptor.Id} +{d.Offset} ({d.Length}) {string.Format(System.Globalization.CultureInfo.InvariantCulture, d.Descriptor.MessageFormat, d.Arguments)}";

    private static string Describe(Diagnostic d) => $"{d.Id} {d.Location.SourceSpan} {d.GetMessage()}";

    private static string? CompareGreen(GreenNode full, GreenNode incremental, string text)
    {
        var stack = new Stack<(GreenNode? Full, GreenNode? Incremental, int Position)>();
        stack.Push((full, incremental, 0));
        while (stack.Count > 0)
        {
            var (x, y, position) = stack.Pop();
            if (x is null || y is null)
            {
                if (x is not null || y is not null)
                {
                    return $"at {position}: full {(x is null ? "no slot" : x.Kind)}, incremental {(y is null ? "no slot" : y.Kind)}{Context(text, position)}";
                }

                continue;
            }

            if (x.Kind != y.Kind || x.FullWidth != y.FullWidth || x.SlotCount != y.SlotCount || x.IsList != y.IsList)
            {
                return $"at {position}: full {x.Kind} width {x.FullWidth} slots {x.SlotCount}, incremental {y.Kind} width {y.FullWidth} slots {y.SlotCount}{Context(text, position)}";
            }

            string? held = CompareHeld(x, y);
            if (held is not null)
            {
                return $"at {position}: {x.Kind} {held}{Context(text, position)}";
            }

            if (x is GreenToken tx)
            {
                var ty = (GreenToken)y;
                if (tx.IsMissing != ty.IsMissing || tx.Width != ty.Width || !tx.AsSpan().SequenceEqual(ty.AsSpan()))
                {
                    return $"at {position}: token {tx.Kind} '{tx.Text}' vs '{ty.Text}'{Context(text, position)}";
                }

                stack.Push((tx.Trailing, ty.Trailing, position + tx.LeadingWidth + tx.Width));
                stack.Push((tx.Leading, ty.Leading, position));
                continue;
            }

            if (x is GreenTrivia vx)
            {
                var vy = (GreenTrivia)y;
                if (vx.ToFullString() != vy.ToFullString())
                {
                    return $"at {position}: trivia {vx.Kind} '{vx.ToFullString()}' vs '{vy.ToFullString()}'{Context(text, position)}";
                }

                continue;
            }

            int offset = position;
            var children = new List<(GreenNode?, GreenNode?, int)>();
            for (int i = 0; i < x.SlotCount; i++)
            {
                var cx = x.GetSlot(i);
                children.Add((cx, y.GetSlot(i), offset));
                offset += cx?.FullWidth ?? 0;
            }

            for (int i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }

        return null;
    }

    private static string Context(string text, int position)
    {
        int start = Math.Max(0, position - 30);
        int end = Math.Min(text.Length, position + 30);
        return " near \"" + Escape(text[start..position]) + "|" + Escape(text[position..end]) + "\"";
    }

    public static string Escape(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s)
        {
            sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085' || char.IsSurrogate(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}
