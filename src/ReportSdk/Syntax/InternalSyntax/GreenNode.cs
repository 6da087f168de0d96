using System.Text;

namespace ReportSdk.Syntax.InternalSyntax;

/// <summary>
/// An immutable, parent-less and position-less node of the green tree. Green nodes know only
/// their kind, their children and their full width, so unchanged subtrees can be shared
/// between trees (incremental reparse, rewriters).
/// </summary>
internal abstract class GreenNode
{
    protected GreenNode(SyntaxKind kind)
    {
        Kind = kind;
    }

    public SyntaxKind Kind { get; }

    /// <summary>Width including all trivia.</summary>
    public int FullWidth { get; protected set; }

    public virtual int SlotCount => 0;

    public virtual GreenNode? GetSlot(int index) => null;

    public virtual bool IsToken => false;

    public virtual bool IsTrivia => false;

    public virtual bool IsList => false;

    /// <summary>Creates the red node for this green node.</summary>
    public abstract SyntaxNode CreateRed(SyntaxNode? parent, int position);

    protected void AdjustWidth(GreenNode? child)
    {
        if (child is not null)
        {
            FullWidth = checked(FullWidth + child.FullWidth);
        }
    }

    /// <summary>The first token with non-zero width, found without recursion.</summary>
    public GreenToken? GetFirstNonEmptyToken()
    {
        GreenNode? node = this;
        while (node is not null)
        {
            if (node is GreenToken token)
            {
                return token;
            }

            GreenNode? next = null;
            for (int i = 0, n = node.SlotCount; i < n; i++)
            {
                var slot = node.GetSlot(i);
                if (slot is not null && slot.FullWidth > 0)
                {
                    next = slot;
                    break;
                }
            }

            node = next;
        }

        return null;
    }

    /// <summary>The last token with non-zero width, found without recursion.</summary>
    public GreenToken? GetLastNonEmptyToken()
    {
        GreenNode? node = this;
        while (node is not null)
        {
            if (node is GreenToken token)
            {
                return token;
            }

            GreenNode? next = null;
            for (int i = node.SlotCount - 1; i >= 0; i--)
            {
                var slot = node.GetSlot(i);
                if (slot is not null && slot.FullWidth > 0)
                {
                    next = slot;
                    break;
                }
            }

            node = next;
        }

        return null;
    }

    public int GetLeadingTriviaWidth() => GetFirstNonEmptyToken()?.LeadingWidth ?? 0;

    public int GetTrailingTriviaWidth() => GetLastNonEmptyToken()?.TrailingWidth ?? 0;

    /// <summary>Writes the text of this node to <paramref name="builder"/>, iteratively.</summary>
    public void WriteTo(StringBuilder builder, bool leading = true, bool trailing = true)
    {
        var first = leading ? null : GetFirstNonEmptyToken();
        var last = trailing ? null : GetLastNonEmptyToken();
        var stack = new Stack<GreenNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is GreenToken token)
            {
                token.WriteTokenTo(builder, !ReferenceEquals(token, first), !ReferenceEquals(token, last));
                continue;
            }

            if (node is GreenTrivia trivia)
            {
                builder.Append(trivia.AsSpan());
                continue;
            }

            for (int i = node.SlotCount - 1; i >= 0; i--)
            {
                var slot = node.GetSlot(i);
                if (slot is not null && slot.FullWidth > 0)
                {
                    stack.Push(slot);
                }
            }
        }
    }

    public string ToFullString()
    {
        var builder = new StringBuilder(FullWidth);
        WriteTo(builder);
        return builder.ToString();
    }
}
