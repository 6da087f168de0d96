using ReportSdk.Syntax.InternalSyntax;
using ReportSdk.Text;

namespace ReportSdk.Syntax;

/// <summary>
/// Trivia: text that belongs to the file but not to the report's structure — white space,
/// line breaks, markdown heading marks, and skipped text such as web-page chrome.
/// </summary>
public readonly struct SyntaxTrivia : IEquatable<SyntaxTrivia>
{
    internal SyntaxTrivia(SyntaxToken token, GreenTrivia green, int position)
    {
        Token = token;
        Green = green;
        Position = position;
    }

    internal GreenTrivia? Green { get; }

    /// <summary>The token this trivia is attached to.</summary>
    public SyntaxToken Token { get; }

    /// <summary>The absolute start position.</summary>
    public int Position { get; }

    /// <summary>The trivia kind.</summary>
    public SyntaxKind Kind => Green?.Kind ?? SyntaxKind.None;

    /// <summary>The span of the trivia.</summary>
    public TextSpan Span => new(Position, Green?.FullWidth ?? 0);

    /// <summary>The span of the trivia (trivia has no trivia of its own).</summary>
    public TextSpan FullSpan => Span;

    /// <summary>The trivia text.</summary>
    public override string ToString() => Green?.Text ?? string.Empty;

    /// <summary>The trivia text.</summary>
    public string ToFullString() => ToString();

    /// <inheritdoc/>
    public bool Equals(SyntaxTrivia other) => Token.Equals(other.Token) && ReferenceEquals(Green, other.Green) && Position == other.Position;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SyntaxTrivia other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Token, Green, Position);

    /// <summary>Equality.</summary>
    public static bool operator ==(SyntaxTrivia left, SyntaxTrivia right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(SyntaxTrivia left, SyntaxTrivia right) => !left.Equals(right);

    internal static SyntaxTrivia Create(SyntaxKind kind, string text) => new(default, new GreenTrivia(kind, text), 0);
}
