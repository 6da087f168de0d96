namespace ReportSdk.Tests.Corpus;

/// <summary>The corpus files the manifest lists, as <c>provincial/2026_anhui.txt</c>-style names.</summary>
internal static class CorpusFiles
{
    public static IReadOnlyList<string> Names { get; } = ReadManifest();

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var name in Names)
        {
            data.Add(name);
        }

        // xunit needs at least one row even when the theory is skipped.
        if (Names.Count == 0)
        {
            data.Add("(corpus absent)");
        }

        return data;
    }

    public static string Read(string name) => File.ReadAllText(Path.Combine(TestPaths.Corpus!, name));

    /// <summary>The approved snapshot path for a corpus file: <c>Corpus/Snapshots/provincial_2026_anhui.outline.json</c>.</summary>
    public static string SnapshotPath(string name) =>
        Path.Combine(TestPaths.CorpusSnapshots, name.Replace('/', '_').Replace(".txt", ".outline.json", StringComparison.Ordinal));

    private static List<string> ReadManifest()
    {
        if (TestPaths.Corpus is null)
        {
            return [];
        }

        return File.ReadAllLines(Path.Combine(TestPaths.Corpus, "MANIFEST.tsv"))
            .Skip(1)
            .Select(line => line.Split('\t')[0])
            .Where(name => name.Length > 0)
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
