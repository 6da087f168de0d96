namespace ReportSdk.Syntax.InternalSyntax;

/// <summary>
/// Green trivia are position-free, so the common ones (line breaks, short runs of spaces) are
/// created once and shared by every tree, as Roslyn shares its cached trivia.
/// </summary>
internal static class SharedTrivia
{
    private static readonly GreenTrivia LineFeed = new(SyntaxKind.EndOfLineTrivia, "\n");
    private static readonly GreenTrivia CarriageReturnLineFeed = new(SyntaxKind.EndOfLineTrivia, "\r\n");
    private static readonly GreenTrivia[] Spaces = CreateSpaces(16);

    /// <summary>A trivia for <c>text[start..start+length)</c>, shared when it is a common one.</summary>
    public static GreenTrivia Create(SyntaxKind kind, string text, int start, int length)
    {
        if (kind == SyntaxKind.EndOfLineTrivia)
        {
            if (length == 1 && text[start] == '\n')
            {
                return LineFeed;
            }

            if (length == 2 && text[start] == '\r' && text[start + 1] == '\n')
            {
                return CarriageReturnLineFeed;
            }
        }
        else if (kind == SyntaxKind.WhitespaceTrivia && length > 0 && length < Spaces.Length && text.AsSpan(start, length).IndexOfAnyExcept(' ') < 0)
        {
            return Spaces[length];
        }

        return new GreenTrivia(kind, text, start, length);
    }

    private static GreenTrivia[] CreateSpaces(int count)
    {
        var spaces = new GreenTrivia[count];
        for (int i = 1; i < count; i++)
        {
            spaces[i] = new GreenTrivia(SyntaxKind.WhitespaceTrivia, new string(' ', i));
        }

        return spaces;
    }
}
