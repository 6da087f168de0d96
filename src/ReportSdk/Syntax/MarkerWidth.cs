namespace ReportSdk.Syntax;

/// <summary>Whether factory-made markers use full-width (（三）, 3．) or half-width ((三), 3.) punctuation.</summary>
public enum MarkerWidth
{
    /// <summary>Full-width punctuation, as most official texts print it: （三）, 3．.</summary>
    FullWidth = 0,
    /// <summary>Half-width punctuation, as conversions often leave it: (三), 3..</summary>
    HalfWidth = 1,
}
