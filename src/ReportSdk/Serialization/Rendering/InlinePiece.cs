using ReportSdk.Syntax;

namespace ReportSdk.Serialization.Rendering;

/// <summary>The kinds of <see cref="InlinePiece"/>.</summary>
internal enum InlinePieceKind
{
    /// <summary>Plain report text (a text token, or a numbering marker).</summary>
    Text,

    /// <summary>The text of a bold run, without its <c>**</c> markers.</summary>
    Bold,

    /// <summary>A footnote reference; the text is its number, or empty when the number was lost.</summary>
    Reference,

    /// <summary>Whitespace between two tokens of the same line.</summary>
    Space,

    /// <summary>A line break between two tokens of the same block.</summary>
    LineBreak,
}

/// <summary>
/// One piece of a block's running text, with trivia already sorted out: skipped text and markdown
/// heading marks are gone, whitespace and line breaks between tokens are kept.
/// </summary>
/// <param name="Kind">The kind of piece.</param>
/// <param name="Text">The text to render (unescaped).</param>
/// <param name="Position">The absolute position of the text in the source, for mapping spans; -1 when none.</param>
/// <param name="Reference">The reference node, for <see cref="InlinePieceKind.Reference"/>.</param>
internal readonly record struct InlinePiece(InlinePieceKind Kind, string Text, int Position, FootnoteReferenceSyntax? Reference = null);
