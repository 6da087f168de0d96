using System.Diagnostics;
using System.Text;
using Markdig;
using ReportSdk.Syntax;

namespace ReportSdk.Benchmarks;

/// <summary>
/// <c>--interleaved [rounds]</c>: a load-robust cross-check of the suite's ratios on the seed corpus. Each
/// round runs ReportSdk's parse, Markdig (trivia) and decode+lines once each, in turn, so background
/// load hits all three alike; prints the median and the minimum of each and the ratios of the medians.
/// </summary>
internal static class Interleaved
{
    public static int Run(string[] args)
    {
        int rounds = args.Length > 0 && int.TryParse(args[0], out int r) ? r : 300;
        string text = Corpus.Text(Corpus.CorpusName);
        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        var methods = new (string Name, Func<int> Run)[]
        {
            ("ReportSdkParse", () => SyntaxTree.ParseText(text).GetRoot().FullSpan.Length),
            ("Markdig (trivia)", () => Markdown.Parse(text, trackTrivia: true).Count),
            ("DecodeAndLines", () =>
            {
                int lines = 0;
                foreach (var line in Encoding.UTF8.GetString(utf8).AsSpan().EnumerateLines())
                {
                    lines++;
                }

                return lines;
            }),
        };

        var samples = methods.Select(_ => new List<double>()).ToArray();
        var warmup = Stopwatch.StartNew();
        while (warmup.Elapsed.TotalSeconds < 3)
        {
            foreach (var method in methods)
            {
                method.Run();
            }
        }

        for (int round = 0; round < rounds; round++)
        {
            for (int m = 0; m < methods.Length; m++)
            {
                var stopwatch = Stopwatch.StartNew();
                methods[m].Run();
                samples[m].Add(stopwatch.Elapsed.TotalMilliseconds);
            }
        }

        double mb = utf8.Length / Corpus.MB;
        Console.WriteLine($"Seed corpus, {utf8.Length:N0} UTF-8 bytes, {rounds} interleaved rounds; load average {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine("| method | median ms | min ms | MB/s (median) | MB/s (min) |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        var medians = new double[methods.Length];
        var minimums = new double[methods.Length];
        for (int m = 0; m < methods.Length; m++)
        {
            samples[m].Sort();
            medians[m] = samples[m][samples[m].Count / 2];
            minimums[m] = samples[m][0];
            Console.WriteLine($"| {methods[m].Name} | {medians[m]:0.000} | {minimums[m]:0.000} | {mb / (medians[m] / 1000):0.0} | {mb / (minimums[m] / 1000):0.0} |");
        }

        Console.WriteLine($"parse / Markdig throughput: {medians[1] / medians[0]:0.00}x (median), {minimums[1] / minimums[0]:0.00}x (min)");
        Console.WriteLine($"parse / decode+lines throughput: {medians[2] / medians[0]:0.00}x (median), {minimums[2] / minimums[0]:0.00}x (min)");
        return 0;
    }
}
