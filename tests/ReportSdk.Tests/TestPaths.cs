namespace ReportSdk.Tests;

/// <summary>Locates the repository's folders from the test output directory.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Seeds => Path.Combine(RepositoryRoot, "seeds");

    public static string Snapshots => Path.Combine(RepositoryRoot, "tests", "ReportSdk.Tests", "Snapshots");

    public static IEnumerable<string> SeedFiles => Directory.GetFiles(Seeds, "*.txt").Order(StringComparer.Ordinal);

    /// <summary>The seed file names, as xunit theory data.</summary>
    public static TheoryData<string> SeedNames()
    {
        var data = new TheoryData<string>();
        foreach (var file in SeedFiles)
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    /// <summary>
    /// The development corpus of real reports (third-party data, never copied into the repository):
    /// <c>REPORTSDK_CORPUS</c> when set, else <c>../shared/corpus</c> beside the repository; null when absent.
    /// </summary>
    public static string? Corpus { get; } = FindCorpus();

    /// <summary>Approved outline snapshots of the corpus files.</summary>
    public static string CorpusSnapshots => Path.Combine(RepositoryRoot, "tests", "ReportSdk.Tests", "Corpus", "Snapshots");

    private static string? FindCorpus()
    {
        string? configured = Environment.GetEnvironmentVariable("REPORTSDK_CORPUS");
        string candidate = string.IsNullOrEmpty(configured) ? Path.Combine(RepositoryRoot, "..", "shared", "corpus") : configured;
        return File.Exists(Path.Combine(candidate, "MANIFEST.tsv")) ? Path.GetFullPath(candidate) : null;
    }

    public static string ReadSeed(string name) => File.ReadAllText(Path.Combine(Seeds, name));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ReportSdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("ReportSdk.sln not found above " + AppContext.BaseDirectory);
    }
}
