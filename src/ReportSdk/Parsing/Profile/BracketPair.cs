namespace ReportSdk.Parsing;

/// <summary>
/// An opening bracket and the closing bracket that ends it (<c>【】</c>, <c>[]</c>, <c>［］</c>): genre data
/// (<see cref="GenreProfile.ToolbarBracketPairs"/>) names its pairs explicitly, so no code relies on where a bracket
/// stands in a string.
/// </summary>
internal readonly record struct BracketPair(char Open, char Close)
{
    /// <summary>The pair <paramref name="close"/> closes, if any of <paramref name="pairs"/>.</summary>
    public static bool TryFindByClose(ReadOnlySpan<BracketPair> pairs, char close, out BracketPair pair)
    {
        foreach (var candidate in pairs)
        {
            if (candidate.Close == close)
            {
                pair = candidate;
                return true;
            }
        }

        pair = default;
        return false;
    }

    /// <summary>True when <paramref name="text"/> opens with a bracket of <paramref name="pairs"/> and ends with its closing bracket.</summary>
    public static bool Encloses(ReadOnlySpan<BracketPair> pairs, ReadOnlySpan<char> text) =>
        text.Length >= 2 && TryFindByClose(pairs, text[^1], out var pair) && text[0] == pair.Open;
}
