namespace ReportSdk.Syntax;

/// <summary>
/// Roslyn's <c>IsKind</c> tests for nodes, tokens, trivia and node-or-token values: <c>node.IsKind(SyntaxKind.Title)</c>
/// reads as Roslyn code does, and is false for a null node.
/// </summary>
public static class SyntaxKindExtensions
{
    /// <summary>Whether <paramref name="node"/> is not null and of kind <paramref name="kind"/>.</summary>
    /// <param name="node">The node, or null.</param>
    /// <param name="kind">The kind to test for.</param>
    /// <returns>True when the node has that kind.</returns>
    public static bool IsKind(this SyntaxNode? node, SyntaxKind kind) => node is not null && node.Kind == kind;

    /// <summary>Whether <paramref name="token"/> is of kind <paramref name="kind"/> (a default token is <see cref="SyntaxKind.None"/>).</summary>
    /// <param name="token">The token.</param>
    /// <param name="kind">The kind to test for.</param>
    /// <returns>True when the token has that kind.</returns>
    public static bool IsKind(this SyntaxToken token, SyntaxKind kind) => token.Kind == kind;

    /// <summary>Whether <paramref name="trivia"/> is of kind <paramref name="kind"/>.</summary>
    /// <param name="trivia">The trivia.</param>
    /// <param name="kind">The kind to test for.</param>
    /// <returns>True when the trivia has that kind.</returns>
    public static bool IsKind(this SyntaxTrivia trivia, SyntaxKind kind) => trivia.Kind == kind;

    /// <summary>Whether <paramref name="nodeOrToken"/> is of kind <paramref name="kind"/>.</summary>
    /// <param name="nodeOrToken">The node or token.</param>
    /// <param name="kind">The kind to test for.</param>
    /// <returns>True when it has that kind.</returns>
    public static bool IsKind(this SyntaxNodeOrToken nodeOrToken, SyntaxKind kind) => nodeOrToken.Kind == kind;
}
