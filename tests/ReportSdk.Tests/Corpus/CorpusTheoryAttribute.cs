namespace ReportSdk.Tests.Corpus;

/// <summary>
/// A theory over the development corpus: when <c>../shared/corpus</c> (or <c>REPORTSDK_CORPUS</c>) is absent,
/// the whole theory is one skipped test that says why, so the README's test command passes on a fresh machine.
/// </summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (TestPaths.Corpus is null)
        {
            Skip = "The development corpus is absent: put it at ../shared/corpus beside the repository or set REPORTSDK_CORPUS.";
        }
    }
}

/// <summary>A fact over the development corpus; skipped with the reason when the corpus is absent.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (TestPaths.Corpus is null)
        {
            Skip = "The development corpus is absent: put it at ../shared/corpus beside the repository or set REPORTSDK_CORPUS.";
        }
    }
}
