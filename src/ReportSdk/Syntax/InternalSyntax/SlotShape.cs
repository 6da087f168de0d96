namespace ReportSdk.Syntax.InternalSyntax;

/// <summary>What a slot of a node holds.</summary>
internal enum SlotType
{
    Token,
    List,
    Node,
}

/// <summary>The shape of one slot of a node kind, as described in Syntax.xml (the table is <see cref="SlotShapes"/>).</summary>
/// <param name="Owner">The node kind the slot belongs to.</param>
/// <param name="Name">The property name.</param>
/// <param name="Type">Token, list or node.</param>
/// <param name="Optional">Whether the slot may be null (or a missing token).</param>
/// <param name="TokenKind">For token slots, the token kind.</param>
/// <param name="ElementType">The red type of the node, list element or token.</param>
internal sealed record SlotShape(SyntaxKind Owner, string Name, SlotType Type, bool Optional, SyntaxKind TokenKind, Type ElementType)
{
    /// <summary>The slot as <c>Node.Field</c> (<c>Title.TextToken</c>), as the messages name it.</summary>
    public string QualifiedName { get; } = Owner + "." + Name;
}
