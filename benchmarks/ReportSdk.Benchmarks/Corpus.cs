using System.Text;

namespace ReportSdk.Benchmarks;

/// <summary>
/// The benchmark inputs: the five seeds of the repository's <c>seeds/</c> folder (found by walking up
/// to <c>ReportSdk.sln</c>), the seed corpus (the five seeds concatenated, each followed by a blank
/// line) and the corpus repeated to about 1, 10 and 100 MB of UTF-8 as one compilation document.
/// When the development corpus of real reports is present (<c>REPORTSDK_CORPUS</c>, else
/// <c>../shared/corpus</c> beside the repository, as for the tests; read in place, never copied), its
/// files are one more input, <see cref="SharedName"/>: a set of documents, each parsed on its own.
/// <c>REPORTSDK_BENCH_INPUTS</c> (comma-separated names, e.g. <c>corpus,shared</c>) limits the inputs
/// of <see cref="SeedBenchmarks"/>.
/// </summary>
public static class Corpus
{
    /// <summary>One megabyte, as used in every MB/s figure: 10^6 bytes of UTF-8 input.</summary>
    public const double MB = 1_000_000d;

    /// <summary>The name of the seed corpus input.</summary>
    public const string CorpusName = "corpus";

    /// <summary>The name of the development corpus input (every file the corpus's MANIFEST.tsv lists).</summary>
    public const string SharedName = "shared";

    private static readonly Lazy<string> s_root = new(FindRoot);
    private static readonly Lazy<Dictionary<string, string[]>> s_inputs = new(LoadInputs);

    /// <summary>The repository root (the folder holding ReportSdk.sln).</summary>
    public static string RepositoryRoot => s_root.Value;

    /// <summary>The short input names: 000 … 004 (one per seed) and <see cref="CorpusName"/>.</summary>
    public static IEnumerable<string> InputNames => s_inputs.Value.Keys;

    /// <summary>The inputs selected by <c>REPORTSDK_BENCH_INPUTS</c> (all when unset).</summary>
    public static IEnumerable<string> SelectedInputNames =>
        Environment.GetEnvironmentVariable("REPORTSDK_BENCH_INPUTS") is { Length: > 0 } selected
            ? InputNames.Where(n => selected.Split(',', StringSplitOptions.TrimEntries).Contains(n))
            : InputNames;

    /// <summary>The documents of an input: one for a seed or the seed corpus, one per file for <see cref="SharedName"/>.</summary>
    /// <remarks>A name like <c>10MB</c> is the seed corpus repeated to that size (<see cref="Scaled"/>), one document.</remarks>
    public static string[] Texts(string name) =>
        name.EndsWith("MB", StringComparison.Ordinal) && int.TryParse(name[..^2], out int megabytes) ? [Scaled(megabytes)] : s_inputs.Value[name];

    /// <summary>The text of a seed (by its three-digit prefix) or of the corpus; the documents of a set joined by blank lines.</summary>
    public static string Text(string name)
    {
        var texts = Texts(name);
        return texts.Length == 1 ? texts[0] : string.Concat(texts.Select(t => t.TrimEnd('\r', '\n') + "\n\n"));
    }

    /// <summary>The UTF-8 size of an input (of all its documents).</summary>
    public static int Utf8Length(string name) => Texts(name).Sum(Encoding.UTF8.GetByteCount);

    /// <summary>How many copies of the corpus make a document of about <paramref name="megabytes"/> MB.</summary>
    public static int Copies(int megabytes) =>
        Math.Max(1, (int)Math.Round(megabytes * MB / Utf8Length(CorpusName)));

    /// <summary>The UTF-8 size of the scaled document, without building it.</summary>
    public static long ScaledUtf8Length(int megabytes) => (long)Copies(megabytes) * Utf8Length(CorpusName);

    /// <summary>The corpus repeated to about <paramref name="megabytes"/> MB, as one string.</summary>
    public static string Scaled(int megabytes)
    {
        string corpus = Text(CorpusName);
        int copies = Copies(megabytes);
        var builder = new StringBuilder(corpus.Length * copies);
        for (int i = 0; i < copies; i++)
        {
            builder.Append(corpus);
        }

        return builder.ToString();
    }

    /// <summary>The development corpus folder, or null when absent.</summary>
    public static string? SharedCorpusFolder
    {
        get
        {
            string? configured = Environment.GetEnvironmentVariable("REPORTSDK_CORPUS");
            string candidate = string.IsNullOrEmpty(configured) ? Path.Combine(RepositoryRoot, "..", "shared", "corpus") : configured;
            return File.Exists(Path.Combine(candidate, "MANIFEST.tsv")) ? Path.GetFullPath(candidate) : null;
        }
    }

    private static Dictionary<string, string[]> LoadInputs()
    {
        string seeds = Path.Combine(RepositoryRoot, "seeds");
        var files = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new FileNotFoundException("No seeds (*.txt) in " + seeds);
        }

        var inputs = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var corpus = new StringBuilder();
        foreach (string file in files)
        {
            string text = File.ReadAllText(file, Encoding.UTF8);
            inputs[Path.GetFileName(file)[..3]] = [text];

            // Each report is followed by a blank line, so that copies of the corpus join cleanly.
            corpus.Append(text.TrimEnd('\r', '\n')).Append("\n\n");
        }

        inputs[CorpusName] = [corpus.ToString()];
        if (SharedCorpusFolder is string folder)
        {
            // The files the manifest lists, in ordinal order of their names (as the corpus tests read them).
            inputs[SharedName] = File.ReadAllLines(Path.Combine(folder, "MANIFEST.tsv"))
                .Skip(1)
                .Select(line => line.Split('\t')[0])
                .Where(name => name.Length > 0)
                .Order(StringComparer.Ordinal)
                .Select(name => File.ReadAllText(Path.Combine(folder, name), Encoding.UTF8))
                .ToArray();
        }

        return inputs;
    }

    private static string FindRoot()
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "ReportSdk.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("ReportSdk.sln not found above " + AppContext.BaseDirectory + " or " + Directory.GetCurrentDirectory());
    }
}
