using BenchmarkDotNet.Attributes;
using ReportSdk.Syntax;

namespace ReportSdk.Benchmarks;

/// <summary>
/// The seed corpus repeated to about 1, 10 and 100 MB of UTF-8 as one compilation document, parsed
/// whole. The "ns/MB vs 1 MB" column compares time per MB with the 1 MB case (1.00 = linear).
/// A short job: one 100 MB parse takes seconds.
/// </summary>
[Config(typeof(ScaleConfig))]
public class ScaleBenchmarks
{
    private string _text = string.Empty;

    /// <summary>The approximate size of the document in MB (10^6 bytes) of UTF-8.</summary>
    [Params(1, 10, 100)]
    public int SizeMB { get; set; }

    [GlobalSetup]
    public void Setup() => _text = Corpus.Scaled(SizeMB);

    [GlobalCleanup]
    public void Cleanup() => _text = string.Empty;

    /// <summary>Full parse of the scaled document.</summary>
    [Benchmark]
    public int ParseScaled()
    {
        var tree = SyntaxTree.ParseText(_text);
        return tree.GetDiagnostics().Count + tree.GetRoot().FullSpan.Length;
    }
}
