using System.Text;

namespace ReportSdk.Benchmarks;

/// <summary>
/// The benchmark inputs: the five seeds of the repository's <c>seeds/</c> folder (found by walking up
/// to <c>ReportSdk.sln</c>), the seed corpus (the five seeds concatenated, each followed by a blank
/// line) and the corpus repeated to about 1, 10 and 100 MB of UTF-8 as one compilation document.
/// </summary>
public static class Corpus
{
    /// <summary>One megabyte, as used in every MB/s figure: 10^6 bytes of UTF-8 input.</summary>
    public const double MB = 1_000_000d;

    /// <summary>The name of the seed corpus input.</summary>
    public const string CorpusName = "corpus";

    private static readonly Lazy<string> s_root = new(FindRoot);
    private static readonly Lazy<Dictionary<string, string>> s_inputs = new(LoadInputs);

    /// <summary>The repository root (the folder holding ReportSdk.sln).</summary>
    public static string RepositoryRoot => s_root.Value;

    /// <summary>The short input names: 000 … 004 (one per seed) and <see cref="CorpusName"/>.</summary>
    public static IEnumerable<string> InputNames => s_inputs.Value.Keys;

    /// <summary>The text of a seed (by its three-digit prefix) or of the corpus.</summary>
    public static string Text(string name) => s_inputs.Value[name];

    /// <summary>The UTF-8 size of an input.</summary>
    public static int Utf8Length(string name) => Encoding.UTF8.GetByteCount(Text(name));

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

    private static Dictionary<string, string> LoadInputs()
    {
        string seeds = Path.Combine(RepositoryRoot, "seeds");
        var files = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new FileNotFoundException("No seeds (*.txt) in " + seeds);
        }

        var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
        var corpus = new StringBuilder();
        foreach (string file in files)
        {
            string text = File.ReadAllText(file, Encoding.UTF8);
            inputs[Path.GetFileName(file)[..3]] = text;

            // Each report is followed by a blank line, so that copies of the corpus join cleanly.
            corpus.Append(text.TrimEnd('\r', '\n')).Append("\n\n");
        }

        inputs[CorpusName] = corpus.ToString();
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
