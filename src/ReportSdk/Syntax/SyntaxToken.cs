using System.Text;
using ReportSdk.Diagnostics;
using ReportSdk.Parsing;
using ReportSdk.Syntax.InternalSyntax;
using ReportSdk.Text;

namespace ReportSdk.Syntax;

/// <summary>
/// A token: a run of report text (a heading's text, a numbering marker, a note mark) with the
/// trivia around it. A struct, like Roslyn's, so walking tokens allocates nothing.
/// </summary>
public readonly struct SyntaxToken : IEquatable<SyntaxToken>
{
    internal SyntaxToken(SyntaxNode? parent, GreenToken? green, int position, int index)
    {
        Parent = parent;
        Green = green;
        Position = position;
        Index = index;
    }

    internal GreenToken? Green { get; }

    internal int Index { get; }

    /// <summary>The absolute position of the start of the full span.</summary>
    public int Position { get; }

    /// <summary>The node that owns this token.</summary>
    public SyntaxNode? Parent { get; }

    /// <summary>The kind of the token (<see cref="SyntaxKind.None"/> for a default token).</summary>
    public SyntaxKind Kind => Green?.Kind ?? SyntaxKind.None;

    /// <summary>The token text, without trivia.</summary>
    public string Text => Green?.Text ?? string.Empty;

    /// <summary>
    /// The meaning of the token: for numbering markers, note marks and labels, the number as
    /// ASCII digits (<c>（三）</c> gives "3", <c>［１］</c> gives "1"); for other tokens, the text.
    /// Null when a label has no number.
    /// </summary>
    public string? ValueText => Green is null ? null : TokenValues.GetValueText(Green);

    /// <summary>True for a zero-width token that stands where the text lacked one.</summary>
    public bool IsMissing => Green?.IsMissing ?? true;

    /// <summary>The span of the token text.</summary>
    public TextSpan Span => Green is null ? default : new TextSpan(Position + Green.LeadingWidth, Green.Width);

    /// <summary>The position of the first character of the token text (<c>Span.Start</c>), after its leading trivia.</summary>
    public int SpanStart => Green is null ? 0 : Position + Green.LeadingWidth;

    /// <summary>The span including trivia.</summary>
    public TextSpan FullSpan => Green is null ? default : new TextSpan(Position, Green.FullWidth);

    /// <summary>The trivia before the token.</summary>
    public SyntaxTriviaList LeadingTrivia => Green is null ? default : new SyntaxTriviaList(this, Green.Leading, Position);

    /// <summary>The trivia after the token.</summary>
    public SyntaxTriviaList TrailingTrivia => Green is null ? default : new SyntaxTriviaList(this, Green.Trailing, Position + Green.LeadingWidth + Green.Width);

    /// <summary>True when the token has any leading trivia.</summary>
    public bool HasLeadingTrivia => Green?.Leading is not null;

    /// <summary>True when the token has any trailing trivia.</summary>
    public bool HasTrailingTrivia => Green?.Trailing is not null;

    /// <summary>The tree of the parent node.</summary>
    public SyntaxTree? SyntaxTree => Parent?.SyntaxTree;

    /// <summary>The location of the token text.</summary>
    public Location GetLocation() => new(Parent?.SyntaxTree, Span);

    /// <summary>Whether the token holds diagnostics (such as RPT0007 for skipped lines in its leading trivia).</summary>
    public bool ContainsDiagnostics => Green?.ContainsDiagnostics ?? false;

    /// <summary>
    /// The diagnostics the token holds, in text order: those about its text and about its leading trivia (a run of lines
    /// skipped as chrome before it is reported on the token that takes those lines as trivia).
    /// </summary>
    public IEnumerable<Diagnostic> GetDiagnostics() =>
        Green is { ContainsDiagnostics: true } green ? GreenDiagnosticWalker.CreateDiagnostics(Parent?.SyntaxTree, green, Position) : [];

    /// <summary>A token like this one with other leading trivia.</summary>
    public SyntaxToken WithLeadingTrivia(IEnumerable<SyntaxTrivia> trivia) =>
        Green is null ? this : new SyntaxToken(null, Green.WithLeading(SyntaxTriviaList.CreateGreen(trivia)), 0, 0);

    /// <summary>A token like this one with other trailing trivia.</summary>
    public SyntaxToken WithTrailingTrivia(IEnumerable<SyntaxTrivia> trivia) =>
        Green is null ? this : new SyntaxToken(null, Green.WithTrailing(SyntaxTriviaList.CreateGreen(trivia)), 0, 0);

    /// <summary>
    /// A token like this one (with no parent, to be put in place with <see cref="SyntaxNodeExtensions.ReplaceToken{TRoot}"/>)
    /// that also carries <paramref name="annotations"/>; they stay with it through rewrites.
    /// </summary>
    /// <param name="annotations">The annotations to add.</param>
    /// <returns>The annotated token; default stays default.</returns>
    public SyntaxToken WithAdditionalAnnotations(params SyntaxAnnotation[] annotations)
    {
        ArgumentNullException.ThrowIfNull(annotations);
        return Green is null ? this : new SyntaxToken(null, (GreenToken)Green.WithAnnotations(Green.GetAnnotations().Concat(annotations)), 0, 0);
    }

    /// <summary>A token like this one without <paramref name="annotations"/>.</summary>
    /// <param name="annotations">The annotations to remove.</param>
    /// <returns>The token, with no parent.</returns>
    public SyntaxToken WithoutAnnotations(params SyntaxAnnotation[] annotations)
    {
        ArgumentNullException.ThrowIfNull(annotations);
        return Green is null ? this : new SyntaxToken(null, (GreenToken)Green.WithAnnotations(Green.GetAnnotations().Except(annotations)), 0, 0);
    }

    /// <summary>Whether this token carries <paramref name="annotation"/>.</summary>
    /// <param name="annotation">The annotation, or null (false).</param>
    /// <returns>True when the token has it.</returns>
    public bool HasAnnotation(SyntaxAnnotation? annotation) => annotation is not null && Green is not null && Array.IndexOf(Green.GetAnnotations(), annotation) >= 0;

    /// <summary>The annotations of <paramref name="annotationKind"/> this token carries.</summary>
    /// <param name="annotationKind">The <see cref="SyntaxAnnotation.Kind"/> to look for.</param>
    /// <returns>The matching annotations.</returns>
    public IEnumerable<SyntaxAnnotation> GetAnnotations(string annotationKind) =>
        Green is null ? [] : Green.GetAnnotations().Where(a => string.Equals(a.Kind, annotationKind, StringComparison.Ordinal));

    /// <summary>The token text.</summary>
    public override string ToString() => Text;

    /// <summary>The token text with its trivia.</summary>
    public string ToFullString()
    {
        if (Green is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Green.FullWidth);
        Green.WriteTokenTo(builder, leading: true, trailing: true);
        return builder.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(SyntaxToken other) =>
        ReferenceEquals(Parent, other.Parent) && ReferenceEquals(Green, other.Green) && Position == other.Position && Index == other.Index;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SyntaxToken other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Parent, Green, Position, Index);

    /// <summary>Equality: the same token at the same place.</summary>
    public static bool operator ==(SyntaxToken left, SyntaxToken right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(SyntaxToken left, SyntaxToken right) => !left.Equals(right);
}
