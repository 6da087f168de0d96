namespace ReportSdk.Syntax.InternalSyntax;

/// <summary>
/// Green trivia are position-free, so the common ones (line breaks, short runs of spaces or ideographic spaces) are
/// created once and shared by every tree, as Roslyn shares its cached trivia.
/// </summary>
internal static class SharedTrivia
{
    private static readonly GreenTrivia LineFeed = new(SyntaxKind.EndOfLineTrivia, "\n");
    private static readonly GreenTrivia CarriageReturnLineFeed = new(SyntaxKind.EndOfLineTrivia, "\r\n");
    private const char IdeographicSpace = '\u3000';
    private static readonly GreenTrivia[] Spaces = CreateRuns(' ', 16);
    private static readonly GreenTrivia[] IdeographicSpaces = CreateRuns(IdeographicSpace, 16);

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
        else if (kind == SyntaxKind.WhitespaceTrivia && length > 0 && length < Spaces.Length)
        {
            var run = text.AsSpan(start, length);
            if (run.IndexOfAnyExcept(' ') < 0)
            {
                return Spaces[length];
            }

            if (run.IndexOfAnyExcept(IdeographicSpace) < 0)
            {
                // The indentation of a Chinese paragraph (two ideographic spaces) opens thousands of lines of a corpus.
                return IdeographicSpaces[length];
            }
        }

        return new GreenTrivia(kind, text, start, length);
    }

    private static GreenTrivia[] CreateRuns(char space, int count)
    {
        var runs = new GreenTrivia[count];
        for (int i = 1; i < count; i++)
        {
            runs[i] = new GreenTrivia(SyntaxKind.WhitespaceTrivia, new string(space, i));
        }

        return runs;
    }
}
