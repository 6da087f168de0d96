namespace ReportSdk.Syntax.InternalSyntax;

/// <summary>
/// The checks the generated <see cref="SyntaxFactory"/> methods (and so every <c>With*</c> and <c>Update</c>) make on
/// the tokens they are given, from the token kinds Syntax.xml declares for each slot. As in Roslyn, a token of the wrong
/// kind is an <see cref="ArgumentException"/> naming the slot, so a tree that could not have come from the parser
/// cannot be built.
/// </summary>
internal static class SlotCheck
{
    /// <summary>
    /// The green token for a token slot: <paramref name="token"/>'s, a missing token for a required slot left default,
    /// or null for an optional slot left default.
    /// </summary>
    /// <param name="token">The token given.</param>
    /// <param name="expected">The slot's token kind.</param>
    /// <param name="optional">Whether the slot may be empty.</param>
    /// <param name="slot">The slot as <c>Node.Field</c>, for the message.</param>
    /// <param name="parameterName">The factory parameter.</param>
    /// <exception cref="ArgumentException">The token is of another kind.</exception>
    public static GreenToken? Token(SyntaxToken token, SyntaxKind expected, bool optional, string slot, string parameterName)
    {
        var green = token.Green;
        if (green is null)
        {
            return optional ? null : GreenToken.Missing(expected);
        }

        if (green.Kind != expected)
        {
            throw new ArgumentException($"{slot} takes a {expected}, not a {green.Kind}.", parameterName);
        }

        return green;
    }

    /// <summary>The green node of a required node slot.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="node"/> is null.</exception>
    public static GreenNode Node(SyntaxNode? node, string parameterName) =>
        (node ?? throw new ArgumentNullException(parameterName)).Green;
}
