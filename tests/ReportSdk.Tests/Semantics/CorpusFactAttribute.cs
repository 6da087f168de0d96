namespace ReportSdk.Tests.SemanticsLayer;

/// <summary>
/// The third-party corpus of real reports in the shared folder beside the repository (never copied into it):
/// <c>REPORTSDK_CORPUS</c>, else <c>../shared/corpus</c> from the repository root, else <c>/work/shared/corpus</c>.
/// </summary>
internal static class Corpus
{
    public static string? Folder { get; } = Find();

    public const string SkipReason =
        "The report corpus (shared/corpus: 16 provincial 2026 and 44 national reports) is not beside the repository; set REPORTSDK_CORPUS to run these tests.";

    public static string Path(string relative) => System.IO.Path.Combine(Folder!, relative);

    private static string? Find()
    {
        string?[] candidates =
        [
            Environment.GetEnvironmentVariable("REPORTSDK_CORPUS"),
            System.IO.Path.Combine(TestPaths.RepositoryRoot, "..", "shared", "corpus"),
            "/work/shared/corpus",
        ];
        return candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && Directory.Exists(System.IO.Path.Combine(c, "provincial")));
    }
}

/// <summary>A fact that is skipped, with the reason, when the corpus is absent.</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (Corpus.Folder is null)
        {
            Skip = Corpus.SkipReason;
        }
    }
}

/// <summary>A theory that is skipped, with the reason, when the corpus is absent.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (Corpus.Folder is null)
        {
            Skip = Corpus.SkipReason;
        }
    }
}
