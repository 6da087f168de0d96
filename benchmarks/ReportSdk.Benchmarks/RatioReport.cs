using System.Globalization;
using System.Text.Json;

namespace ReportSdk.Benchmarks;

/// <summary>
/// <c>--ratios [results-folder]</c>: reads the full JSON reports of the last BenchmarkDotNet run
/// (<c>BenchmarkDotNet.Artifacts/results/*-report-full.json</c>) and the <c>--peak-memory</c> result,
/// and prints the throughput table and the goals of issue 4 as ratios, met or not.
/// </summary>
internal static class RatioReport
{
    private sealed record Entry(string Type, string Method, string Parameters, double MeanNs, double StdDevNs, long? Allocated);

    public static int Run(string[] args)
    {
        string? directory = args.Length > 0 ? args[0] : FindResults();
        if (directory is null || !Directory.Exists(directory))
        {
            Console.Error.WriteLine("No BenchmarkDotNet.Artifacts/results folder; run the suite first (--filter '*').");
            return 1;
        }

        var entries = new List<Entry>();
        foreach (string file in Directory.GetFiles(directory, "*-report-full.json"))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var benchmark in document.RootElement.GetProperty("Benchmarks").EnumerateArray())
            {
                if (!benchmark.TryGetProperty("Statistics", out var statistics) || statistics.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                long? allocated = benchmark.TryGetProperty("Memory", out var memory) && memory.ValueKind == JsonValueKind.Object
                    && memory.TryGetProperty("BytesAllocatedPerOperation", out var bytes) && bytes.ValueKind == JsonValueKind.Number
                    ? bytes.GetInt64() : null;
                entries.Add(new Entry(
                    benchmark.GetProperty("Type").GetString() ?? string.Empty,
                    benchmark.GetProperty("Method").GetString() ?? string.Empty,
                    benchmark.TryGetProperty("Parameters", out var p) ? p.GetString() ?? string.Empty : string.Empty,
                    statistics.GetProperty("Mean").GetDouble(),
                    statistics.TryGetProperty("StandardDeviation", out var sd) ? sd.GetDouble() : 0,
                    allocated));
            }
        }

        if (entries.Count == 0)
        {
            Console.Error.WriteLine("No full JSON reports in " + directory);
            return 1;
        }

        Console.WriteLine($"Results: {directory}");
        Console.WriteLine("MB = 10^6 bytes of UTF-8 input. Throughput ratios are ReportSdk's MB/s over the other's MB/s (higher is better).");
        Console.WriteLine();
        var goals = new List<(string Goal, string Measured, bool? Met)>();

        // ---- seeds and corpus --------------------------------------------------------------------
        var seedInputs = entries.Where(e => e.Type == nameof(SeedBenchmarks)).Select(e => Param(e, "Input")).Distinct().OrderBy(n => n == Corpus.CorpusName ? "~" : n, StringComparer.Ordinal).ToList();
        if (seedInputs.Count > 0)
        {
            Console.WriteLine("| input | UTF-8 bytes | ReportSdk mean | ReportSdk MB/s | Markdig (trivia) MB/s | decode+lines MB/s | parse / Markdig | parse / limit | parse alloc / input | Markdig alloc / input |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (string input in seedInputs)
            {
                long size = Corpus.Utf8Length(input);
                var parse = Find(entries, nameof(SeedBenchmarks), nameof(SeedBenchmarks.ReportSdkParse), input);
                var markdig = Find(entries, nameof(SeedBenchmarks), nameof(SeedBenchmarks.Markdig), input);
                var limit = Find(entries, nameof(SeedBenchmarks), nameof(SeedBenchmarks.DecodeAndLines), input);
                Console.WriteLine($"| {input} | {size:N0} | {Time(parse)} | {Mbps(parse, size)} | {Mbps(markdig, size)} | {Mbps(limit, size)} | {Ratio(markdig, parse)} | {Ratio(limit, parse)} | {Alloc(parse, size)} | {Alloc(markdig, size)} |");
                if (input == Corpus.CorpusName && parse is not null)
                {
                    if (markdig is not null)
                    {
                        double r = markdig.MeanNs / parse.MeanNs;
                        goals.Add(("parse throughput >= 1.0x Markdig (trivia) on the seed corpus", F(r) + "x", r >= 1.0));
                    }

                    if (limit is not null)
                    {
                        double r = limit.MeanNs / parse.MeanNs;
                        goals.Add(("parse throughput >= 0.25x decode+lines on the seed corpus", F(r) + "x", r >= 0.25));
                    }

                    if (parse.Allocated is long a)
                    {
                        double r = (double)a / size;
                        goals.Add(("bytes allocated by a parse <= 3x input UTF-8 (corpus)", F(r) + "x", r <= 3.0));
                    }
                }
            }

            Console.WriteLine();
        }

        // ---- scale ------------------------------------------------------------------------------------
        var scale = entries.Where(e => e.Type == nameof(ScaleBenchmarks)).OrderBy(e => int.Parse(Param(e, "SizeMB"), CultureInfo.InvariantCulture)).ToList();
        if (scale.Count > 0)
        {
            Console.WriteLine("| document | UTF-8 bytes | mean | MB/s | ms per MB | per MB vs 1 MB | alloc / input |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
            var one = scale.FirstOrDefault(e => Param(e, "SizeMB") == "1");
            double? perMbOne = one is null ? null : one.MeanNs / Corpus.ScaledUtf8Length(1);
            foreach (var entry in scale)
            {
                int megabytes = int.Parse(Param(entry, "SizeMB"), CultureInfo.InvariantCulture);
                long size = Corpus.ScaledUtf8Length(megabytes);
                double perMb = entry.MeanNs / size;
                string vsOne = perMbOne is double o ? F(perMb / o) : "-";
                Console.WriteLine($"| ~{megabytes} MB (corpus x {Corpus.Copies(megabytes)}) | {size:N0} | {Time(entry)} | {Mbps(entry, size)} | {perMb * Corpus.MB / 1e6:0.00} | {vsOne} | {Alloc(entry, size)} |");
                if (megabytes == 100 && perMbOne is double o100)
                {
                    double r = perMb / o100;
                    goals.Add(("time per MB at 100 MB <= 1.2x time per MB at 1 MB", F(r) + "x", r <= 1.2));
                }
            }

            Console.WriteLine();
        }

        // ---- tree -------------------------------------------------------------------------------------
        var tree = entries.Where(e => e.Type == nameof(TreeBenchmarks)).ToList();
        if (tree.Count > 0)
        {
            long size = Corpus.Utf8Length(Corpus.CorpusName);
            Console.WriteLine("| corpus tree work | mean | MB/s | vs parse (time) | alloc / input |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            var parse = tree.FirstOrDefault(e => e.Method == nameof(TreeBenchmarks.CorpusParse));
            foreach (var entry in tree)
            {
                Console.WriteLine($"| {entry.Method} | {Time(entry)} | {Mbps(entry, size)} | {(parse is null ? "-" : F(entry.MeanNs / parse.MeanNs))} | {Alloc(entry, size)} |");
            }

            Console.WriteLine();
        }

        // ---- incremental ------------------------------------------------------------------------------
        var incremental = entries.Where(e => e.Type == nameof(IncrementalBenchmarks)).ToList();
        if (incremental.Count > 0)
        {
            long size = Corpus.ScaledUtf8Length(1);
            Console.WriteLine("| ~1 MB document, edit | full parse of the edited text | WithChangedText | incremental / full (time) | incremental alloc / full alloc |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            foreach (var (edit, fullName, incName) in new[] { ("one character in a paragraph", "FullParseAfterCharEdit", "IncrementalCharEdit"), ("new numbered item", "FullParseAfterItemInsert", "IncrementalItemInsert") })
            {
                var full = incremental.FirstOrDefault(e => e.Method == fullName);
                var inc = incremental.FirstOrDefault(e => e.Method == incName);
                if (full is null || inc is null)
                {
                    continue;
                }

                string allocRatio = full.Allocated is long fa && inc.Allocated is long ia && fa > 0 ? F((double)ia / fa) : "-";
                Console.WriteLine($"| {edit} | {Time(full)} | {Time(inc)} | {F(inc.MeanNs / full.MeanNs)} | {allocRatio} |");
            }

            Console.WriteLine();
        }

        // ---- other classes (JSON), printed generically ----------------------------------------------------
        var others = entries.Where(e => e.Type is not (nameof(SeedBenchmarks) or nameof(ScaleBenchmarks) or nameof(TreeBenchmarks) or nameof(IncrementalBenchmarks))).ToList();
        if (others.Count > 0)
        {
            Console.WriteLine("| benchmark | parameters | mean | allocated |");
            Console.WriteLine("|---|---|---:|---:|");
            foreach (var entry in others)
            {
                Console.WriteLine($"| {entry.Type}.{entry.Method} | {entry.Parameters} | {Time(entry)} | {(entry.Allocated is long a ? $"{a:N0} B" : "-")} |");
            }

            Console.WriteLine();
        }

        // ---- peak memory --------------------------------------------------------------------------------
        string peakFile = Path.Combine(directory, "peak-memory.json");
        if (File.Exists(peakFile))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(peakFile));
            var root = document.RootElement;
            long input = root.GetProperty("InputUtf8Bytes").GetInt64();
            long peak = root.GetProperty("PeakWorkingSet").GetInt64();
            double r = (double)peak / input;
            Console.WriteLine($"Peak working set of the {root.GetProperty("SizeMB").GetInt32()} MB parse (--peak-memory): {peak / Corpus.MB:0.0} MB for {input / Corpus.MB:0.0} MB of input = {F(r)}x");
            Console.WriteLine();
            goals.Add(("peak working set of the 100 MB parse <= 8x input", F(r) + "x", r <= 8.0));
        }
        else
        {
            goals.Add(("peak working set of the 100 MB parse <= 8x input", "not measured (run --peak-memory)", null));
        }

        if (!entries.Any(e => e.Method.Contains("Incremental", StringComparison.OrdinalIgnoreCase)))
        {
            goals.Add(("incremental reparse of a one-character edit <= 0.1x full parse (1 MB)", "not measured (no SyntaxTree.WithChangedText)", null));
        }
        else
        {
            var edit = entries.FirstOrDefault(e => e.Method == "IncrementalCharEdit");
            var full = entries.FirstOrDefault(e => e.Method == "FullParseAfterCharEdit");
            if (edit is not null && full is not null)
            {
                double r = edit.MeanNs / full.MeanNs;
                goals.Add(("incremental reparse of a one-character edit <= 0.1x full parse (1 MB)", F(r) + "x", r <= 0.1));
            }
        }

        Console.WriteLine("| goal (issue 4) | measured | met |");
        Console.WriteLine("|---|---:|---|");
        foreach (var (goal, measured, met) in goals)
        {
            Console.WriteLine($"| {goal} | {measured} | {(met is null ? "n/a" : met.Value ? "yes" : "NO")} |");
        }

        return 0;
    }

    private static string? FindResults()
    {
        foreach (string root in new[] { Directory.GetCurrentDirectory(), Corpus.RepositoryRoot })
        {
            string candidate = Path.Combine(root, "BenchmarkDotNet.Artifacts", "results");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string Param(Entry entry, string name)
    {
        foreach (string part in entry.Parameters.Split('&', ',', ' '))
        {
            int equals = part.IndexOf('=');
            if (equals > 0 && part[..equals].Trim() == name)
            {
                return part[(equals + 1)..].Trim();
            }
        }

        return string.Empty;
    }

    private static Entry? Find(List<Entry> entries, string type, string method, string input) =>
        entries.FirstOrDefault(e => e.Type == type && e.Method == method && Param(e, "Input") == input);

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Time(Entry? entry) => entry is null ? "-" : entry.MeanNs switch
    {
        >= 1e9 => $"{entry.MeanNs / 1e9:0.000} s",
        >= 1e6 => $"{entry.MeanNs / 1e6:0.000} ms",
        _ => $"{entry.MeanNs / 1e3:0.0} us",
    };

    private static string Mbps(Entry? entry, long size) => entry is null ? "-" : (size / Corpus.MB / (entry.MeanNs / 1e9)).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Ratio(Entry? other, Entry? parse) => other is null || parse is null ? "-" : F(other.MeanNs / parse.MeanNs) + "x";

    private static string Alloc(Entry? entry, long size) => entry?.Allocated is long a ? F((double)a / size) + "x" : "-";
}
