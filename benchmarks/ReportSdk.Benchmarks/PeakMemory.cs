using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ReportSdk.Syntax;

namespace ReportSdk.Benchmarks;

/// <summary>
/// <c>--peak-memory [MB]</c>: in this fresh process, builds the corpus repeated to about 100 MB (or the
/// given size) as one string, then parses it once and reports the peak working set against the UTF-8
/// size of the input. On Linux the peak is reset (<c>/proc/self/clear_refs</c>) after the input is built,
/// so the figure covers the input string, the runtime and everything the parse needs at its peak.
/// The result is also written to <c>BenchmarkDotNet.Artifacts/results/peak-memory.json</c> for <c>--ratios</c>.
/// </summary>
internal static class PeakMemory
{
    public static int Run(string[] args)
    {
        int megabytes = args.Length > 0 && int.TryParse(args[0], out int m) ? m : 100;
        string corpus = Corpus.Text(Corpus.CorpusName);
        int copies = Corpus.Copies(megabytes);
        long utf8 = Corpus.ScaledUtf8Length(megabytes);

        // Build the input without a StringBuilder, so no second copy of it lingers.
        string text = string.Create(corpus.Length * copies, corpus, static (span, unit) =>
        {
            for (int offset = 0; offset < span.Length; offset += unit.Length)
            {
                unit.AsSpan().CopyTo(span[offset..]);
            }
        });

        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        long beforeWorkingSet = process.WorkingSet64;
        long peakBefore = process.PeakWorkingSet64;
        bool reset = TryResetPeak();
        long managedBefore = GC.GetTotalMemory(forceFullCollection: true);
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var stopwatch = Stopwatch.StartNew();
        var tree = SyntaxTree.ParseText(text);
        int diagnostics = tree.GetDiagnostics().Count;
        stopwatch.Stop();

        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        long peak = process.PeakWorkingSet64;
        long retained = GC.GetTotalMemory(forceFullCollection: true) - managedBefore;
        GC.KeepAlive(tree);

        var result = new PeakMemoryResult(
            megabytes, utf8, text.Length, stopwatch.Elapsed.TotalMilliseconds, diagnostics,
            beforeWorkingSet, reset ? peak : Math.Max(peak, peakBefore), reset, allocated, retained,
            Environment.ProcessorCount, GCSettingsText());

        Console.WriteLine($"Input: corpus x {copies} = {utf8:N0} UTF-8 bytes ({utf8 / Corpus.MB:0.0} MB), {text.Length:N0} chars ({text.Length * 2L / Corpus.MB:0.0} MB as UTF-16)");
        Console.WriteLine($"Parse: {result.ParseMilliseconds:N0} ms ({utf8 / Corpus.MB / (result.ParseMilliseconds / 1000):0.0} MB/s), {diagnostics:N0} diagnostics");
        Console.WriteLine($"Working set before the parse (input built, runtime loaded): {beforeWorkingSet / Corpus.MB:0.0} MB");
        Console.WriteLine($"Peak working set{(reset ? " (peak reset after the input was built)" : " (process peak)")}: {result.PeakWorkingSet / Corpus.MB:0.0} MB = {result.PeakRatio:0.00} x input UTF-8 size (goal <= 8)");
        Console.WriteLine($"Peak minus working set before the parse: {(result.PeakWorkingSet - beforeWorkingSet) / Corpus.MB:0.0} MB = {(double)(result.PeakWorkingSet - beforeWorkingSet) / utf8:0.00} x input");
        Console.WriteLine($"Allocated by the parse: {allocated / Corpus.MB:0.0} MB = {(double)allocated / utf8:0.00} x input; retained by the tree: {retained / Corpus.MB:0.0} MB = {(double)retained / utf8:0.00} x input");
        Console.WriteLine($"GC: {result.Gc}");

        string directory = Path.Combine(Directory.GetCurrentDirectory(), "BenchmarkDotNet.Artifacts", "results");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "peak-memory.json"), JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
        return 0;
    }

    private static bool TryResetPeak()
    {
        try
        {
            // "5" resets the peak resident set size (VmHWM) of the process (Linux 4.0 and later).
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException or NotSupportedException)
        {
            return false;
        }
    }

    private static string GCSettingsText() =>
        $"{(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, {System.Runtime.GCSettings.LatencyMode}";
}

/// <summary>The result of <c>--peak-memory</c>.</summary>
internal sealed record PeakMemoryResult(
    int SizeMB, long InputUtf8Bytes, int InputChars, double ParseMilliseconds, int Diagnostics,
    long WorkingSetBeforeParse, long PeakWorkingSet, bool PeakWasReset, long AllocatedBytes, long RetainedBytes,
    int ProcessorCount, string Gc)
{
    public double PeakRatio => (double)PeakWorkingSet / InputUtf8Bytes;
}
