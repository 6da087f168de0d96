namespace ReportSdk.Syntax.InternalSyntax;

/// <summary>
/// The one validator of what may stand in a slot, from the slot shapes Syntax.xml declares (<see cref="SlotShapes"/>).
/// The generated <see cref="SyntaxFactory"/> methods (and so every <c>With*</c> and <c>Update</c>) use it and throw, as
/// Roslyn does, an <see cref="ArgumentException"/> naming the slot; the tree JSON reader uses the same rules and
/// messages and throws a <c>ReportJsonException</c> with the JSON path. So a tree that could not have come from the
/// parser can be neither built nor read.
/// </summary>
internal static class SlotCheck
{
    /// <summary>Why <paramref name="child"/> cannot stand in the token slot <paramref name="shape"/>, or null when it can.</summary>
    /// <param name="shape">A token slot.</param>
    /// <param name="child">The green child, or null for an empty slot.</param>
    public static string? TokenViolation(SlotShape shape, GreenNode? child) => child switch
    {
        null => shape.Optional ? null : $"{shape.QualifiedName} is required: expected a {shape.TokenKind} token, found null.",
        GreenToken token when token.Kind == shape.TokenKind => null,
        GreenToken token => $"{shape.QualifiedName} holds a {shape.TokenKind} token, not a {token.Kind}.",
        _ => $"{shape.QualifiedName} holds a {shape.TokenKind} token, not {Describe(child)}.",
    };

    /// <summary>
    /// Why <paramref name="child"/> cannot stand in the node slot <paramref name="shape"/> (or as an element of the list
    /// slot <paramref name="shape"/>), or null when it can: a node whose red type is the slot's element type.
    /// </summary>
    /// <param name="shape">A node or list slot.</param>
    /// <param name="child">The green child, or null for an empty slot (never an element of a list).</param>
    public static string? NodeViolation(SlotShape shape, GreenNode? child)
    {
        if (child is null)
        {
            return shape.Optional ? null : $"{shape.QualifiedName} is required: expected a {shape.ElementType.Name} node, found null.";
        }

        string holds = shape.Type == SlotType.List ? $"holds {shape.ElementType.Name} nodes" : $"holds a {shape.ElementType.Name} node";
        if (child.IsToken || child.IsTrivia)
        {
            return $"{shape.QualifiedName} {holds}; {Describe(child)} cannot stand there.";
        }

        var redType = SyntaxFacts.GetNodeType(child.Kind);
        return redType is not null && shape.ElementType.IsAssignableFrom(redType)
            ? null
            : $"{shape.QualifiedName} {holds}; a {child.Kind} cannot stand there.";
    }

    /// <summary>
    /// The green token for a factory's token slot: <paramref name="token"/>'s, a missing token for a required slot left
    /// default, or null for an optional slot left default.
    /// </summary>
    /// <param name="token">The token given.</param>
    /// <param name="shape">The slot.</param>
    /// <param name="parameterName">The factory parameter.</param>
    /// <exception cref="ArgumentException">The token is of another kind.</exception>
    public static GreenToken? Token(SyntaxToken token, SlotShape shape, string parameterName)
    {
        var green = token.Green;
        if (green is null)
        {
            return shape.Optional ? null : GreenToken.Missing(shape.TokenKind);
        }

        return TokenViolation(shape, green) is { } violation ? throw new ArgumentException(violation, parameterName) : green;
    }

    /// <summary>The green node of a factory's required node slot.</summary>
    /// <param name="node">The node given.</param>
    /// <param name="shape">The slot.</param>
    /// <param name="parameterName">The factory parameter.</param>
    /// <exception cref="ArgumentNullException"><paramref name="node"/> is null.</exception>
    /// <exception cref="ArgumentException">The node cannot stand in the slot (possible only through a cast).</exception>
    public static GreenNode Node(SyntaxNode? node, SlotShape shape, string parameterName)
    {
        if (node is null)
        {
            throw new ArgumentNullException(parameterName, NodeViolation(shape, null));
        }

        return NodeViolation(shape, node.Green) is { } violation ? throw new ArgumentException(violation, parameterName) : node.Green;
    }

    private static string Describe(GreenNode child) =>
        child.IsToken ? $"a {child.Kind} token" : child.IsTrivia ? $"a {child.Kind} trivia" : child.IsList ? "a list" : $"a {child.Kind} node";
}
