using ReportSdk.Syntax;

namespace ReportSdk.Serialization.Rendering;

/// <summary>
/// The shape every renderer shares: it writes to one <see cref="TextWriter"/>, takes a whole tree or
/// its document node, and keeps no state between documents. Renderers stand apart from the tree, as
/// Markdig's do.
/// </summary>
public abstract class TreeRenderer
{
    /// <summary>Creates a renderer writing to <paramref name="writer"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    protected TreeRenderer(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Writer = writer;
    }

    /// <summary>The writer the output goes to.</summary>
    public TextWriter Writer { get; }

    /// <summary>Renders the whole tree.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="tree"/> is null.</exception>
    public void Render(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        Render(tree.GetRoot());
    }

    /// <summary>Renders a document: its table of contents, then each report.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public abstract void Render(DocumentSyntax document);
}
