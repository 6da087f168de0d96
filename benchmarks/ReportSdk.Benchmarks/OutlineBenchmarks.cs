using BenchmarkDotNet.Attributes;
using ReportSdk.Semantics.Model;
using ReportSdk.Semantics.Outline;
using ReportSdk.Serialization;
using ReportSdk.Syntax;

namespace ReportSdk.Benchmarks;

/// <summary>
/// The layers above the tree, each on an already parsed tree, against the full parse of the same texts (the
/// baseline): the outline (<see cref="OutlineBuilder"/>), the outline and its JSON (what <c>reportsdk outline
/// --json</c> does after parsing), and the report model (metadata, quantities, targets, glossary). Issue 10 asks
/// the outline and its JSON to run at no less than half the parse's speed (Ratio ≤ 2).
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class OutlineBenchmarks
{
    private string[] _texts = [];
    private SyntaxTree[] _trees = [];

    /// <summary>One buffer for the JSON, reused: the benchmark measures serialization, not growing a new stream each time.</summary>
    private readonly MemoryStream _json = new();

    /// <summary>A seed (three-digit prefix of its file name) or the whole corpus.</summary>
    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = Corpus.CorpusName;

    public static IEnumerable<string> Inputs => Corpus.SelectedInputNames;

    [GlobalSetup]
    public void Setup()
    {
        _texts = Corpus.Texts(Input);
        _trees = _texts.Select(text => SyntaxTree.ParseText(text)).ToArray();
    }

    /// <summary>The full parse of the texts: the baseline.</summary>
    [Benchmark(Baseline = true)]
    public int OutlineParse()
    {
        int result = 0;
        foreach (string text in _texts)
        {
            result += SyntaxTree.ParseText(text).GetRoot().FullSpan.Length;
        }

        return result;
    }

    /// <summary>The outline of each parsed tree (a fresh tree each time would measure the parse again; the outline does not cache).</summary>
    [Benchmark]
    public int Outline()
    {
        int result = 0;
        foreach (var tree in _trees)
        {
            result += OutlineBuilder.Build(tree).Reports.Count;
        }

        return result;
    }

    /// <summary>The outline and its JSON, as <c>reportsdk outline --json</c> writes it.</summary>
    [Benchmark]
    public long OutlineJsonBytes()
    {
        long result = 0;
        foreach (var tree in _trees)
        {
            _json.SetLength(0);
            OutlineJson.Serialize(_json, OutlineBuilder.Build(tree));
            result += _json.Length;
        }

        return result;
    }

    /// <summary>The report model (metadata, figures and targets, glossary) of each text, parsed afresh (the model is cached per tree).</summary>
    [Benchmark]
    public int ParseAndModel()
    {
        int result = 0;
        foreach (string text in _texts)
        {
            result += SemanticModel.For(SyntaxTree.ParseText(text)).Reports.Count;
        }

        return result;
    }
}
