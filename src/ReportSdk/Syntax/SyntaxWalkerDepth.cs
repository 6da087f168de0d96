namespace ReportSdk.Syntax;

/// <summary>How deep a <see cref="SyntaxWalker"/> goes.</summary>
public enum SyntaxWalkerDepth
{
    /// <summary>Nodes only.</summary>
    Node = 0,
    /// <summary>Nodes and tokens.</summary>
    Token = 1,
    /// <summary>Nodes, tokens and trivia.</summary>
    Trivia = 2,
}
