using System.Text;

namespace ReportSdk.Syntax.InternalSyntax;

/// <summary>
/// A green token: a slice of the source string with its leading and trailing trivia.
/// The slice references the original string, so parsing does not copy text.
/// </summary>
internal sealed class GreenToken : GreenNode
{
    private readonly string _source;
    private readonly int _offset;

    public GreenToken(SyntaxKind kind, string source, int offset, int length, GreenNode? leading, GreenNode? trailing, bool isMissing = false)
        : base(kind)
    {
        _source = source;
        _offset = offset;
        Width = length;
        Leading = leading;
        Trailing = trailing;
        IsMissing = isMissing;
        FullWidth = length;
        AdjustWidth(leading);
        AdjustWidth(trailing);
    }

    public GreenToken(SyntaxKind kind, string text, GreenNode? leading = null, GreenNode? trailing = null)
        : this(kind, text, 0, text.Length, leading, trailing)
    {
    }

    /// <summary>Creates a zero-width missing token, which stands where a required token was absent.</summary>
    public static GreenToken Missing(SyntaxKind kind, GreenNode? leading = null, GreenNode? trailing = null) =>
        new(kind, string.Empty, 0, 0, leading, trailing, isMissing: true);

    public override bool IsToken => true;

    public int Width { get; }

    public bool IsMissing { get; }

    public GreenNode? Leading { get; }

    public GreenNode? Trailing { get; }

    public int LeadingWidth => Leading?.FullWidth ?? 0;

    public int TrailingWidth => Trailing?.FullWidth ?? 0;

    public ReadOnlySpan<char> AsSpan() => _source.AsSpan(_offset, Width);

    public string Text => Width == 0 ? string.Empty : _offset == 0 && Width == _source.Length ? _source : _source.Substring(_offset, Width);

    public override SyntaxNode CreateRed(SyntaxNode? parent, int position) =>
        throw new InvalidOperationException("A token has no red node; use SyntaxToken.");

    public GreenToken WithLeading(GreenNode? leading) => (GreenToken)CarryAnnotationsTo(new GreenToken(Kind, _source, _offset, Width, leading, Trailing, IsMissing));

    public GreenToken WithTrailing(GreenNode? trailing) => (GreenToken)CarryAnnotationsTo(new GreenToken(Kind, _source, _offset, Width, Leading, trailing, IsMissing));

    protected override GreenNode CloneWithoutAnnotations() => new GreenToken(Kind, _source, _offset, Width, Leading, Trailing, IsMissing);

    public void WriteTokenTo(StringBuilder builder, bool leading, bool trailing)
    {
        if (leading && Leading is not null)
        {
            Leading.WriteTo(builder);
        }

        builder.Append(AsSpan());
        if (trailing && Trailing is not null)
        {
            Trailing.WriteTo(builder);
        }
    }
}
