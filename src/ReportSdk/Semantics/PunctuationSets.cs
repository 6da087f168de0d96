using System.Buffers;

namespace ReportSdk.Semantics;

/// <summary>
/// The meaning layer's punctuation sets (<see cref="MeaningProfile"/>) as <see cref="SearchValues{T}"/>, built once for
/// the vectorized searches of the quantity scanner and the target extractor: a search given the characters as a string
/// of more than five builds a probabilistic map at every call.
/// </summary>
internal static class PunctuationSets
{
    /// <summary><see cref="MeaningProfile.SentenceEnds"/>.</summary>
    public static readonly SearchValues<char> SentenceEnds = SearchValues.Create(MeaningProfile.SentenceEnds);

    /// <summary><see cref="MeaningProfile.ClauseEnds"/>.</summary>
    public static readonly SearchValues<char> ClauseEnds = SearchValues.Create(MeaningProfile.ClauseEnds);

    /// <summary><see cref="MeaningProfile.ClauseEnds"/> and <see cref="MeaningProfile.SentenceEnds"/>.</summary>
    public static readonly SearchValues<char> ClauseOrSentenceEnds = SearchValues.Create(MeaningProfile.ClauseEnds + MeaningProfile.SentenceEnds);

    /// <summary><see cref="MeaningProfile.StretchScopeEnds"/> and <see cref="MeaningProfile.SentenceEnds"/>: where a stretch word's scope stops.</summary>
    public static readonly SearchValues<char> StretchScopeOrSentenceEnds = SearchValues.Create(MeaningProfile.StretchScopeEnds + MeaningProfile.SentenceEnds);
}
