using BenchmarkDotNet.Attributes;
using ReportSdk.Serialization;
using ReportSdk.Syntax;

namespace ReportSdk.Benchmarks;

/// <summary>
/// JSON of the full syntax tree of the seed corpus (<see cref="SyntaxTreeJson"/>): serialize the parsed
/// tree, and deserialize its JSON back into a tree. The full parse is the baseline.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class JsonBenchmarks
{
    private string _text = string.Empty;
    private SyntaxTree _tree = null!;
    private string _json = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _text = Corpus.Text(Corpus.CorpusName);
        _tree = SyntaxTree.ParseText(_text);
        _json = SyntaxTreeJson.Serialize(_tree);
        if (SyntaxTreeJson.Deserialize(_json).GetRoot().ToFullString() != _text)
        {
            throw new InvalidOperationException("The JSON of the corpus tree does not round-trip.");
        }

        Console.WriteLine($"// JSON of the corpus tree: {_json.Length:N0} chars for {_text.Length:N0} chars of text.");
    }

    /// <summary>The full parse of the corpus, for scale.</summary>
    [Benchmark(Baseline = true)]
    public int JsonCorpusParse() => SyntaxTree.ParseText(_text).GetRoot().FullSpan.Length;

    /// <summary>Serializes the corpus tree to a JSON string.</summary>
    [Benchmark]
    public int JsonSerialize() => SyntaxTreeJson.Serialize(_tree).Length;

    /// <summary>Deserializes the corpus tree from its JSON string.</summary>
    [Benchmark]
    public int JsonDeserialize() => SyntaxTreeJson.Deserialize(_json).GetRoot().FullSpan.Length;
}
