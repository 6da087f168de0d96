using ReportSdk.Syntax;

namespace ReportSdk.Serialization.Rendering;

/// <summary>
/// Turns the tokens of one block (a paragraph, a heading, a definition) into <see cref="InlinePiece"/>s.
/// The leading trivia of the first token and the trailing trivia of the last are not part of the block;
/// between tokens only whitespace and line breaks survive.
/// </summary>
internal sealed class InlinePieces
{
    private readonly List<InlinePiece> _pieces = [];
    private SyntaxToken _last;
    private bool _hasLast;

    /// <summary>The pieces collected so far.</summary>
    public IReadOnlyList<InlinePiece> Pieces => _pieces;

    /// <summary>The last real token added, or default.</summary>
    public SyntaxToken LastToken => _last;

    /// <summary>Starts a new block.</summary>
    public InlinePieces Clear()
    {
        _pieces.Clear();
        _last = default;
        _hasLast = false;
        return this;
    }

    /// <summary>Adds a bare token (a numbering marker, a heading text) as text.</summary>
    public InlinePieces AddToken(SyntaxToken token)
    {
        if (IsAbsent(token))
        {
            return this;
        }

        AddGapBefore(token);
        _pieces.Add(new InlinePiece(InlinePieceKind.Text, token.Text, token.Span.Start));
        SetLast(token);
        return this;
    }

    /// <summary>Adds the runs of an inline list.</summary>
    public InlinePieces AddInlines(SyntaxList<InlineSyntax> inlines)
    {
        for (int i = 0; i < inlines.Count; i++)
        {
            switch (inlines[i])
            {
                case TextSyntax text:
                    AddToken(text.TextToken);
                    break;
                case BoldTextSyntax bold:
                    AddBold(bold);
                    break;
                case FootnoteReferenceSyntax reference:
                    AddReference(reference);
                    break;
                default:
                    foreach (var token in inlines[i].DescendantTokens())
                    {
                        AddToken(token);
                    }

                    break;
            }
        }

        return this;
    }

    /// <summary>The separation between two tokens: whether a line ends between them, and the whitespace otherwise.</summary>
    public static (bool LineBreak, string Space) Gap(SyntaxToken previous, SyntaxToken next)
    {
        string space = string.Empty;
        foreach (var list in new[] { previous.TrailingTrivia, next.LeadingTrivia })
        {
            foreach (var trivia in list)
            {
                switch (trivia.Kind)
                {
                    case SyntaxKind.EndOfLineTrivia:
                        return (true, string.Empty);
                    case SyntaxKind.WhitespaceTrivia:
                        space += trivia.ToString();
                        break;
                }
            }
        }

        return (false, space);
    }

    /// <summary>The title's text, its two lines joined when it is broken inside its title word (政府工作报 / 告).</summary>
    public static string TitleText(TitleSyntax title) =>
        IsAbsent(title.ContinuationToken) ? title.TextToken.Text : title.TextToken.Text.TrimEnd() + title.ContinuationToken.Text.Trim();

    /// <summary>True when the token is absent or missing.</summary>
    public static bool IsAbsent(SyntaxToken token) => token.Kind == SyntaxKind.None || token.IsMissing;

    /// <summary>The last non-missing token of an inline list, or default.</summary>
    public static SyntaxToken LastTokenOf(SyntaxList<InlineSyntax> inlines)
    {
        for (int i = inlines.Count - 1; i >= 0; i--)
        {
            SyntaxToken last = default;
            foreach (var token in inlines[i].DescendantTokens())
            {
                if (!IsAbsent(token))
                {
                    last = token;
                }
            }

            if (!IsAbsent(last))
            {
                return last;
            }
        }

        return default;
    }

    /// <summary>The first non-missing token of a node, or default.</summary>
    public static SyntaxToken FirstTokenOf(SyntaxNode node)
    {
        foreach (var token in node.DescendantTokens())
        {
            if (!IsAbsent(token))
            {
                return token;
            }
        }

        return default;
    }

    private void AddBold(BoldTextSyntax bold)
    {
        var first = IsAbsent(bold.OpenToken) ? bold.TextToken : bold.OpenToken;
        if (!IsAbsent(first))
        {
            AddGapBefore(first);
        }

        if (!IsAbsent(bold.TextToken))
        {
            _pieces.Add(new InlinePiece(InlinePieceKind.Bold, bold.TextToken.Text, bold.TextToken.Span.Start));
        }

        foreach (var token in new[] { bold.OpenToken, bold.TextToken, bold.CloseToken })
        {
            if (!IsAbsent(token))
            {
                SetLast(token);
            }
        }
    }

    private void AddReference(FootnoteReferenceSyntax reference)
    {
        var mark = reference.MarkToken;
        if (IsAbsent(mark))
        {
            return;
        }

        AddGapBefore(mark);
        _pieces.Add(new InlinePiece(InlinePieceKind.Reference, mark.ValueText ?? string.Empty, mark.Span.Start, reference));
        SetLast(mark);
    }

    private void AddGapBefore(SyntaxToken token)
    {
        if (!_hasLast)
        {
            return;
        }

        var (lineBreak, space) = Gap(_last, token);
        if (lineBreak)
        {
            _pieces.Add(new InlinePiece(InlinePieceKind.LineBreak, "\n", -1));
        }
        else if (space.Length > 0)
        {
            _pieces.Add(new InlinePiece(InlinePieceKind.Space, space, -1));
        }
    }

    private void SetLast(SyntaxToken token)
    {
        _last = token;
        _hasLast = true;
    }
}
