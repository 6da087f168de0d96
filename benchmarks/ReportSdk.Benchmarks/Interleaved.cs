using System.Diagnostics;
using System.Text;
using Markdig;
using ReportSdk.Syntax;

namespace ReportSdk.Benchmarks;

/// <summary>
/// <c>--interleaved [rounds] [input]</c>: a load-robust cross-check of the suite's ratios on the seed corpus
/// (or another input: <c>shared</c> parses the development corpus file by file). Each round runs
/// ReportSdk's parse, Markdig (trivia), decode+lines, the parse from UTF-8 bytes, Markdig's default mode and the
/// non-allocating floor (decode into a reused buffer + lines) once each, in turn, so background load hits all alike; prints the median and the minimum of each, the bytes each allocates per run, and the
/// ratios of the medians. On Linux it also measures each run's thread CPU time (<see cref="ThreadCpuClock"/>),
/// which leaves out the time the thread waited for a core: on a loaded machine its medians are the steadier.
/// </summary>
internal static class Interleaved
{
    public static int Run(string[] args)
    {
        int rounds = args.Length > 0 && int.TryParse(args[0], out int r) ? r : 300;
        string input = args.Length > 1 ? args[1] : Corpus.CorpusName;
        string[] texts = Corpus.Texts(input);
        byte[][] utf8s = texts.Select(Encoding.UTF8.GetBytes).ToArray();
        long utf8Length = utf8s.Sum(b => (long)b.Length);
        char[] buffer = new char[utf8s.Max(b => Encoding.UTF8.GetMaxCharCount(b.Length))];
        var methods = new (string Name, Func<int> Run)[]
        {
            ("ReportSdkParse", () => texts.Sum(text => SyntaxTree.ParseText(text).GetRoot().FullSpan.Length)),
            ("Markdig (trivia)", () => texts.Sum(text => Markdown.Parse(text, trackTrivia: true).Count)),
            ("DecodeAndLines", () =>
            {
                int lines = 0;
                foreach (byte[] utf8 in utf8s)
                {
                    foreach (var line in Encoding.UTF8.GetString(utf8).AsSpan().EnumerateLines())
                    {
                        lines++;
                    }
                }

                return lines;
            }),
            ("ReportSdkParseBytes", () => utf8s.Sum(utf8 => SyntaxTree.ParseText(Text.SourceText.From(utf8)).GetRoot().FullSpan.Length)),
            ("Markdig (default)", () => texts.Sum(text => Markdown.Parse(text).Count)),
            ("DecodeIntoBufferAndLines", () =>
            {
                int lines = 0;
                foreach (byte[] utf8 in utf8s)
                {
                    int length = Encoding.UTF8.GetChars(utf8, buffer);
                    foreach (var line in buffer.AsSpan(0, length).EnumerateLines())
                    {
                        lines++;
                    }
                }

                return lines;
            }),
        };

        var samples = methods.Select(_ => new List<double>()).ToArray();
        var cpuSamples = methods.Select(_ => new List<double>()).ToArray();
        var warmup = Stopwatch.StartNew();
        while (warmup.Elapsed.TotalSeconds < 3)
        {
            foreach (var method in methods)
            {
                method.Run();
            }
        }

        var allocated = new long[methods.Length];
        for (int m = 0; m < methods.Length; m++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            methods[m].Run();
            allocated[m] = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        for (int round = 0; round < rounds; round++)
        {
            for (int m = 0; m < methods.Length; m++)
            {
                double cpuStart = ThreadCpuClock.IsAvailable ? ThreadCpuClock.Milliseconds() : 0;
                var stopwatch = Stopwatch.StartNew();
                methods[m].Run();
                samples[m].Add(stopwatch.Elapsed.TotalMilliseconds);
                if (ThreadCpuClock.IsAvailable)
                {
                    cpuSamples[m].Add(ThreadCpuClock.Milliseconds() - cpuStart);
                }
            }
        }

        double mb = utf8Length / Corpus.MB;
        Console.WriteLine($"Input {input}: {texts.Length} document(s), {utf8Length:N0} UTF-8 bytes, {rounds} interleaved rounds; load average {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine("| method | median ms | min ms | MB/s (median) | MB/s (min) | allocated | alloc / input |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        var medians = new double[methods.Length];
        var minimums = new double[methods.Length];
        for (int m = 0; m < methods.Length; m++)
        {
            samples[m].Sort();
            medians[m] = samples[m][samples[m].Count / 2];
            minimums[m] = samples[m][0];
            Console.WriteLine($"| {methods[m].Name} | {medians[m]:0.000} | {minimums[m]:0.000} | {mb / (medians[m] / 1000):0.0} | {mb / (minimums[m] / 1000):0.0} | {allocated[m]:N0} B | {(double)allocated[m] / utf8Length:0.00}x |");
        }

        Console.WriteLine($"parse / Markdig throughput: {medians[1] / medians[0]:0.00}x (median), {minimums[1] / minimums[0]:0.00}x (min)");
        Console.WriteLine($"parse / decode+lines throughput: {medians[2] / medians[0]:0.00}x (median), {minimums[2] / minimums[0]:0.00}x (min)");
        Console.WriteLine($"parse / Markdig (default) throughput: {medians[4] / medians[0]:0.00}x (median), {minimums[4] / minimums[0]:0.00}x (min)");
        Console.WriteLine($"parse from bytes / non-allocating floor (decode into a reused buffer + lines) throughput: {medians[5] / medians[3]:0.00}x (median), {minimums[5] / minimums[3]:0.00}x (min)");
        if (ThreadCpuClock.IsAvailable)
        {
            var cpuMedians = cpuSamples.Select(list =>
            {
                list.Sort();
                return list[list.Count / 2];
            }).ToArray();
            Console.WriteLine($"thread CPU time, median ms: {string.Join(", ", methods.Select((method, m) => $"{method.Name} {cpuMedians[m]:0.000}"))}");
            Console.WriteLine($"parse / Markdig throughput by thread CPU time: {cpuMedians[1] / cpuMedians[0]:0.00}x (median); parse / decode+lines: {cpuMedians[2] / cpuMedians[0]:0.00}x");
        }
        return 0;
    }
}
