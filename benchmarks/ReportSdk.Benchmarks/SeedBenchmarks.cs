using System.Text;
using BenchmarkDotNet.Attributes;
using Markdig;
using ReportSdk.Syntax;

namespace ReportSdk.Benchmarks;

/// <summary>
/// Full parse of each seed and of the seed corpus, side by side with Markdig (baseline, trivia
/// tracking on: its round-trip mode is our equivalent), Markdig's default mode, and the limits (UTF-8
/// decode plus line enumeration of the same bytes, into a new string and into a reused buffer). The
/// parse runs from the string and from the UTF-8 bytes (decoding included). The Ratio column is time
/// relative to Markdig with trivia on the same input.
/// An input of several documents (<see cref="Corpus.SharedName"/>) is parsed one document at a time.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class SeedBenchmarks
{
    private string[] _texts = [];
    private byte[][] _utf8 = [];
    private char[] _buffer = [];

    /// <summary>A seed (three-digit prefix of its file name) or the whole corpus.</summary>
    [ParamsSource(nameof(Inputs))]
    public string Input { get; set; } = Corpus.CorpusName;

    public static IEnumerable<string> Inputs => Corpus.SelectedInputNames;

    [GlobalSetup]
    public void Setup()
    {
        _texts = Corpus.Texts(Input);
        _utf8 = _texts.Select(Encoding.UTF8.GetBytes).ToArray();
        _buffer = new char[_utf8.Max(b => Encoding.UTF8.GetMaxCharCount(b.Length))];
    }

    /// <summary>Markdig with trivia tracking: the baseline.</summary>
    [Benchmark(Baseline = true)]
    public int Markdig()
    {
        int blocks = 0;
        foreach (string text in _texts)
        {
            blocks += Markdown.Parse(text, trackTrivia: true).Count;
        }

        return blocks;
    }

    /// <summary>Markdig's default mode (no trivia): faster, but not a round-trip tree.</summary>
    [Benchmark]
    public int MarkdigDefault()
    {
        int blocks = 0;
        foreach (string text in _texts)
        {
            blocks += Markdown.Parse(text).Count;
        }

        return blocks;
    }

    /// <summary>ReportSdk full parse: green tree, red root and diagnostics.</summary>
    [Benchmark]
    public int ReportSdkParse()
    {
        int result = 0;
        foreach (string text in _texts)
        {
            var tree = SyntaxTree.ParseText(text);
            result += tree.GetDiagnostics().Count + tree.GetRoot().FullSpan.Length;
        }

        return result;
    }

    /// <summary>ReportSdk full parse from the UTF-8 bytes, as a tool reads a file: detection and decoding included.</summary>
    [Benchmark]
    public int ReportSdkParseBytes()
    {
        int result = 0;
        foreach (byte[] utf8 in _utf8)
        {
            var tree = SyntaxTree.ParseText(Text.SourceText.From(utf8));
            result += tree.GetDiagnostics().Count + tree.GetRoot().FullSpan.Length;
        }

        return result;
    }

    /// <summary>The non-allocating floor: decode the UTF-8 bytes into a reused buffer and enumerate its lines.</summary>
    [Benchmark]
    public int DecodeIntoBufferAndLines()
    {
        int lines = 0;
        foreach (byte[] utf8 in _utf8)
        {
            int length = Encoding.UTF8.GetChars(utf8, _buffer);
            foreach (var line in _buffer.AsSpan(0, length).EnumerateLines())
            {
                lines++;
            }
        }

        return lines;
    }

    /// <summary>The limit: decode the UTF-8 bytes and enumerate the lines of the result.</summary>
    [Benchmark]
    public int DecodeAndLines()
    {
        int lines = 0;
        foreach (byte[] utf8 in _utf8)
        {
            string text = Encoding.UTF8.GetString(utf8);
            foreach (var line in text.AsSpan().EnumerateLines())
            {
                lines++;
            }
        }

        return lines;
    }
}
