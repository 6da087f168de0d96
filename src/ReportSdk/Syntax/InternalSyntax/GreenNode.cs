using System.Text;

namespace ReportSdk.Syntax.InternalSyntax;

/// <summary>
/// An immutable, parent-less and position-less node of the green tree. Green nodes know only
/// their kind, their children and their full width, so unchanged subtrees can be shared
/// between trees (incremental reparse, rewriters).
/// </summary>
internal abstract class GreenNode
{
    /// <summary>
    /// The diagnostics and annotations of this node, for the few nodes that have any (null for the others): a
    /// <see cref="GreenDiagnostic"/>[], a <see cref="SyntaxAnnotation"/>[], or a <see cref="GreenAttachments"/> holding
    /// both; <see cref="GreenFlags"/> says which. Written only while the node is new (before a parent or a tree holds it).
    /// </summary>
    /// <remarks>
    /// A field, where Roslyn keeps a <c>ConditionalWeakTable</c>: each entry of such a table is a dependent GC handle that
    /// every collection scans, and a program parsing report after report (a batch, a benchmark, a server) spent about a
    /// quarter of its time in that scan (docs/performance.md, "Issue 10, fourth pass"). The field costs 8 bytes on every
    /// green node, token and trivia (24 → 32 bytes for the smallest), about 9 % more allocation per parse.
    /// </remarks>
    private object? _attachments;

    // The kind and the flags share one 32-bit word, so the flags cost no memory.
    private readonly ushort _kind;
    private GreenFlags _flags;

    protected GreenNode(SyntaxKind kind)
    {
        _kind = (ushort)kind;
    }

    public SyntaxKind Kind => (SyntaxKind)_kind;

    /// <summary>Whether this node carries annotations itself.</summary>
    public bool HasAnnotationsDirectly => (_flags & GreenFlags.HasAnnotationsDirectly) != 0;

    /// <summary>Whether this node or a descendant (node or token) carries annotations; lets searches skip whole subtrees.</summary>
    public bool ContainsAnnotations => (_flags & GreenFlags.ContainsAnnotations) != 0;

    /// <summary>Whether this node holds diagnostics itself.</summary>
    public bool HasDiagnosticsDirectly => (_flags & GreenFlags.HasDiagnosticsDirectly) != 0;

    /// <summary>Whether this node or a descendant holds diagnostics; lets diagnostic walks skip whole subtrees.</summary>
    public bool ContainsDiagnostics => (_flags & GreenFlags.ContainsDiagnostics) != 0;

    /// <summary>The diagnostics on this node itself (not its descendants), spans relative to its full start, or an empty array.</summary>
    public GreenDiagnostic[] GetDiagnostics() =>
        !HasDiagnosticsDirectly ? [] : _attachments as GreenDiagnostic[] ?? ((GreenAttachments)_attachments!).Diagnostics;

    /// <summary>
    /// Adds <paramref name="diagnostics"/> to the node's own, after those it has. Only for a node that was just made and is
    /// not yet shared: no parent has been made over it (a parent takes its flags when it is made) and no red node or tree
    /// has seen it. The parser and the readers use it, so attaching costs no copy of the node.
    /// </summary>
    public void AddDiagnostics(ReadOnlySpan<GreenDiagnostic> diagnostics)
    {
        if (diagnostics.IsEmpty)
        {
            return;
        }

        var current = GetDiagnostics();
        GreenDiagnostic[] all = [.. current, .. diagnostics];
        _attachments = HasAnnotationsDirectly ? new GreenAttachments(all, GetAnnotations()) : all;
        _flags |= GreenFlags.HasDiagnosticsDirectly | GreenFlags.ContainsDiagnostics;
    }

    /// <summary>Adds one diagnostic to a node not yet shared (see <see cref="AddDiagnostics(ReadOnlySpan{GreenDiagnostic})"/>).</summary>
    public void AddDiagnostic(in GreenDiagnostic diagnostic) => AddDiagnostics(new ReadOnlySpan<GreenDiagnostic>(in diagnostic));

    /// <summary>
    /// A copy of this node holding exactly <paramref name="diagnostics"/> as its own (Roslyn's <c>WithDiagnosticsGreen</c>),
    /// with the same children and annotations; the copy costs one node.
    /// </summary>
    public GreenNode WithDiagnostics(ReadOnlySpan<GreenDiagnostic> diagnostics)
    {
        var copy = CloneWithoutAnnotations();
        copy.SetAnnotations(GetAnnotations());
        copy.AddDiagnostics(diagnostics);
        return copy;
    }

    /// <summary>The annotations on this node itself (not its descendants), or an empty array.</summary>
    public SyntaxAnnotation[] GetAnnotations() =>
        !HasAnnotationsDirectly ? [] : _attachments as SyntaxAnnotation[] ?? ((GreenAttachments)_attachments!).Annotations;

    /// <summary>
    /// A copy of this node with exactly <paramref name="annotations"/> (duplicates removed). The copy shares the
    /// children, so it costs one node; returns this node when the annotations are already those.
    /// </summary>
    public GreenNode WithAnnotations(IEnumerable<SyntaxAnnotation> annotations)
    {
        var distinct = annotations.Distinct().ToArray();
        var current = GetAnnotations();
        if (distinct.Length == current.Length && distinct.All(current.Contains))
        {
            return this;
        }

        var copy = CloneWithoutAnnotations();
        copy.SetAnnotations(distinct);
        copy.AddDiagnostics(GetDiagnostics());
        return copy;
    }

    /// <summary>Gives <paramref name="target"/>, a node just made to replace this one, this node's annotations.</summary>
    public GreenNode CarryAnnotationsTo(GreenNode target) =>
        HasAnnotationsDirectly ? target.WithAnnotations(target.GetAnnotations().Concat(GetAnnotations())) : target;

    /// <summary>A new node with the same kind and children and no annotations or diagnostics of its own.</summary>
    protected virtual GreenNode CloneWithoutAnnotations()
    {
        var slots = new GreenNode?[SlotCount];
        for (int i = 0; i < slots.Length; i++)
        {
            slots[i] = GetSlot(i);
        }

        return GreenNodeFactory.Create(Kind, slots);
    }

    /// <summary>Sets the annotations of a node that was just created and is not yet shared.</summary>
    private void SetAnnotations(SyntaxAnnotation[] annotations)
    {
        if (annotations.Length > 0)
        {
            _attachments = HasDiagnosticsDirectly ? new GreenAttachments(GetDiagnostics(), annotations) : annotations;
            _flags |= GreenFlags.HasAnnotationsDirectly | GreenFlags.ContainsAnnotations;
        }
    }

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
            _flags |= child._flags & (GreenFlags.ContainsAnnotations | GreenFlags.ContainsDiagnostics);
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

/// <summary>Facts about a green node kept in spare bits beside its kind.</summary>
[Flags]
internal enum GreenFlags : ushort
{
    None = 0,

    /// <summary>The node carries annotations itself.</summary>
    HasAnnotationsDirectly = 1,

    /// <summary>The node or a descendant carries annotations.</summary>
    ContainsAnnotations = 2,

    /// <summary>The node holds diagnostics itself.</summary>
    HasDiagnosticsDirectly = 4,

    /// <summary>The node or a descendant holds diagnostics.</summary>
    ContainsDiagnostics = 8,
}

/// <summary>The diagnostics and the annotations of a green node that has both (see <see cref="GreenNode"/>'s attachments).</summary>
internal sealed class GreenAttachments(GreenDiagnostic[] diagnostics, SyntaxAnnotation[] annotations)
{
    public GreenDiagnostic[] Diagnostics { get; } = diagnostics;

    public SyntaxAnnotation[] Annotations { get; } = annotations;
}
