using System.Diagnostics;
using ReportSdk.Semantics.Glossary;
using ReportSdk.Semantics.Metadata;
using ReportSdk.Semantics.Targets;
using ReportSdk.Syntax;

namespace ReportSdk.Benchmarks;

/// <summary>
/// <c>--profile-model [input]</c>: where the time and allocations of the meaning layer go, part by part, on trees
/// parsed once beforehand — the metadata reader, the target extractor (quantity scan and classification), the
/// glossary and the list builder — with the parse of the same documents as the yardstick. Stopwatch timing after a
/// warm-up, the fastest of five batches; allocations from <see cref="GC.GetAllocatedBytesForCurrentThread"/>. The
/// parts run on trees earlier passes have walked (their red nodes exist), and the whole model's row adds each part's
/// fastest batch: the ratios to the parse are indicative; before and after a change they compare like with like.
/// </summary>
internal static class ModelProfile
{
    private const int Batches = 5;

    private static readonly string[] PartNames = ["parse (yardstick)", "metadata (MetadataReader)", "targets (TargetExtractor)", "glossary (GlossaryBuilder)", "lists (ListBuilder)"];

    /// <summary>Runs the profile on an input (<c>shared</c> by default) and prints its tables; 1 on an unknown input.</summary>
    public static int Run(string[] args)
    {
        string name = args.Length > 0 ? args[0] : "shared";
        if (!Corpus.InputNames.Contains(name))
        {
            Console.Error.WriteLine("--profile-model [000…004|corpus|shared]");
            return 1;
        }

        string[] texts = Corpus.Texts(name);
        long utf8 = texts.Sum(System.Text.Encoding.UTF8.GetByteCount);
        var trees = texts.Select(t => SyntaxTree.ParseText(t)).ToArray();

        // Warm up until tiered compilation has promoted the hot methods.
        var warmup = Stopwatch.StartNew();
        for (int i = 0; i < 30 || warmup.Elapsed.TotalSeconds < 3; i++)
        {
            RunParts(texts, trees, new double[PartNames.Length], new long[PartNames.Length]);
        }

        int iterations = Math.Max(3, (int)(40_000_000 / utf8));
        var best = Enumerable.Repeat(double.MaxValue, PartNames.Length).ToArray();
        var allocated = new long[PartNames.Length];
        for (int batch = 0; batch < Batches; batch++)
        {
            var times = new double[PartNames.Length];
            Array.Clear(allocated);
            for (int i = 0; i < iterations; i++)
            {
                RunParts(texts, trees, times, allocated);
            }

            for (int p = 0; p < PartNames.Length; p++)
            {
                best[p] = Math.Min(best[p], times[p] / iterations);
            }
        }

        Console.WriteLine($"== meaning layer of {name}: {texts.Length} document(s), {utf8:N0} UTF-8 bytes, {Batches} batches of {iterations} iterations, fastest batch");
        Console.WriteLine("| part | ms per pass | ÷ parse | MB/s | allocated per pass | alloc / input |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        double model = 0;
        for (int p = 0; p < PartNames.Length; p++)
        {
            if (p > 0)
            {
                model += best[p];
            }

            Row(PartNames[p], best[p], allocated[p] / iterations);
        }

        Row("model (all parts)", model, allocated.Skip(1).Sum() / iterations);
        TargetAllocationsByType(texts, trees);
        return 0;

        void Row(string part, double ms, long bytes) =>
            Console.WriteLine($"| {part} | {ms:0.000} | {ms / best[0]:0.00} | {utf8 / 1e6 / (ms / 1000):0.0} | {bytes:N0} B | {(double)bytes / utf8:0.00}x |");
    }

    /// <summary>The target extractor's allocations by type, from GC AllocationTick samples (one per ~100 KB).</summary>
    private static void TargetAllocationsByType(string[] texts, SyntaxTree[] trees)
    {
        // The reports and their years first: only the extractor runs while the listener samples.
        var reports = trees.SelectMany(t => t.GetRoot().Reports.Select(r => (Report: r, Text: t.GetText(), Year: MetadataReader.Read(r, t.GetText()).Year?.Value))).ToArray();
        using var listener = new AllocationListener();
        Thread.Sleep(500);
        for (int i = 0; i < 20; i++)
        {
            foreach (var (report, text, year) in reports)
            {
                GC.KeepAlive(TargetExtractor.Extract(report, text, year));
            }
        }

        Thread.Sleep(2000); // runtime events are delivered asynchronously
        var byType = listener.Snapshot().GroupBy(s => s.Type).Select(g => (Type: g.Key, Bytes: g.Sum(s => s.Amount))).OrderByDescending(g => g.Bytes).ToList();
        long sampled = Math.Max(1, byType.Sum(g => g.Bytes));
        Console.WriteLine("The target extractor's allocations by type (AllocationTick samples):");
        Console.WriteLine("| type | share of sampled bytes |");
        Console.WriteLine("|---|---:|");
        foreach (var (type, bytes) in byType.Take(12))
        {
            Console.WriteLine($"| {AllocationListener.ShortTypeName(type)} | {(double)bytes / sampled:P1} |");
        }
    }

    private static void RunParts(string[] texts, SyntaxTree[] trees, double[] times, long[] allocated)
    {
        for (int d = 0; d < texts.Length; d++)
        {
            Measure(0, () => GC.KeepAlive(SyntaxTree.ParseText(texts[d])));
            var text = trees[d].GetText();
            // As SemanticModel.Build does: the text folded once per document, counted with the targets.
            string folded = string.Empty;
            Measure(2, () => folded = ReportSdk.Semantics.MeaningProfile.Fold(text.ToString()));
            foreach (var report in trees[d].GetRoot().Reports)
            {
                ReportSdk.Semantics.Model.ReportMetadata? metadata = null;
                Measure(1, () => metadata = MetadataReader.Read(report, text));
                Measure(2, () => GC.KeepAlive(TargetExtractor.Extract(report, text, metadata!.Year?.Value, folded)));
                Measure(3, () => GC.KeepAlive(GlossaryBuilder.Build(report)));
                Measure(4, () => GC.KeepAlive(ListBuilder.Build(report, text)));
            }
        }

        void Measure(int part, Action action)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            action();
            times[part] += Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            allocated[part] += GC.GetAllocatedBytesForCurrentThread() - before;
        }
    }
}
