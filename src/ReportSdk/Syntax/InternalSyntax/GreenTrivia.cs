namespace ReportSdk.Syntax.InternalSyntax;

/// <summary>A piece of trivia: a slice of the source string, with its kind.</summary>
internal sealed class GreenTrivia : GreenNode
{
    private readonly string _source;
    private readonly int _offset;

    public GreenTrivia(SyntaxKind kind, string source, int offset, int length)
        : base(kind)
    {
        _source = source;
        _offset = offset;
        FullWidth = length;
    }

    public GreenTrivia(SyntaxKind kind, string text)
        : this(kind, text, 0, text.Length)
    {
    }

    public override bool IsTrivia => true;

    public ReadOnlySpan<char> AsSpan() => _source.AsSpan(_offset, FullWidth);

    public string Text => _offset == 0 && FullWidth == _source.Length ? _source : _source.Substring(_offset, FullWidth);

    protected override GreenNode CloneWithoutAnnotations() => new GreenTrivia(Kind, _source, _offset, FullWidth);

    public override SyntaxNode CreateRed(SyntaxNode? parent, int position) =>
        throw new InvalidOperationException("Trivia has no red node.");
}
