using BenchmarkDotNet.Attributes;
using ReportSdk.Syntax;

namespace ReportSdk.Benchmarks;

/// <summary>
/// Work on the tree of the seed corpus after the parse: realizing the whole red tree
/// (<see cref="SyntaxNode.DescendantNodesAndTokens(bool)"/> over everything) from a fresh red root
/// over the parsed green tree, against the full parse itself (baseline).
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class TreeBenchmarks
{
    private string _text = string.Empty;
    private DocumentSyntax _root = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = Corpus.Text(Corpus.CorpusName);
        _root = SyntaxTree.ParseText(_text).GetRoot();
    }

    /// <summary>The full parse of the corpus, for scale.</summary>
    [Benchmark(Baseline = true)]
    public int CorpusParse()
    {
        var tree = SyntaxTree.ParseText(_text);
        return tree.GetDiagnostics().Count + tree.GetRoot().FullSpan.Length;
    }

    /// <summary>
    /// Walks every node and token of a red tree that has not been walked yet: <see cref="SyntaxTree.Create"/>
    /// makes a fresh red root over the same green tree, so every red node is created again.
    /// </summary>
    [Benchmark]
    public int RealizeRedTree()
    {
        var root = SyntaxTree.Create(_root).GetRoot();
        int count = 0;
        foreach (var item in root.DescendantNodesAndTokens())
        {
            count++;
        }

        return count;
    }

    /// <summary>Parse, then walk the whole red tree: what a consumer that visits everything pays.</summary>
    [Benchmark]
    public int ParseAndRealize()
    {
        var root = SyntaxTree.ParseText(_text).GetRoot();
        int count = 0;
        foreach (var item in root.DescendantNodesAndTokens())
        {
            count++;
        }

        return count;
    }
}
