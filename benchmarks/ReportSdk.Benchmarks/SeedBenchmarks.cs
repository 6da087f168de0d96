using System.Text;
using BenchmarkDotNet.Attributes;
using Markdig;
using ReportSdk.Syntax;

namespace ReportSdk.Benchmarks;

/// <summary>
/// Full parse of each seed and of the seed corpus, side by side with Markdig (baseline, trivia
/// tracking on: its round-trip mode is our equivalent) and with the limit (UTF-8 decode plus line
/// enumeration of the same bytes). The Ratio column is time relative to Markdig on the same input.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class SeedBenchmarks
{
    private string _text = string.Empty;
    private byte[] _utf8 = [];

    /// <summary>A seed (three-digit prefix of its file name) or the whole corpus.</summary>
    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = Corpus.CorpusName;

    public static IEnumerable<string> Inputs => Corpus.InputNames;

    [GlobalSetup]
    public void Setup()
    {
        _text = Corpus.Text(Input);
        _utf8 = Encoding.UTF8.GetBytes(_text);
    }

    /// <summary>Markdig with trivia tracking: the baseline.</summary>
    [Benchmark(Baseline = true)]
    public object Markdig() => Markdown.Parse(_text, trackTrivia: true);

    /// <summary>ReportSdk full parse: green tree, red root and diagnostics.</summary>
    [Benchmark]
    public int ReportSdkParse()
    {
        var tree = SyntaxTree.ParseText(_text);
        return tree.GetDiagnostics().Count + tree.GetRoot().FullSpan.Length;
    }

    /// <summary>The limit: decode the UTF-8 bytes and enumerate the lines of the result.</summary>
    [Benchmark]
    public int DecodeAndLines()
    {
        string text = Encoding.UTF8.GetString(_utf8);
        int lines = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lines++;
        }

        return lines;
    }
}
