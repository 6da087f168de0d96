using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace ReportSdk.Tests.Properties;

/// <summary>
/// Runs seeded property cases. Each case gets its own seed derived from the base seed, the stream name and
/// the case index, so any case can be replayed alone. On failure the case's seed and a minimized input are
/// printed for each distinct failing property.
/// </summary>
/// <remarks>
/// Environment variables:
/// <list type="bullet">
/// <item><c>REPORTSDK_PROPERTY_CASES</c>: the total number of cases over all property streams (default <see cref="DefaultTotalCases"/>), e.g. 1000000 for the long run.</item>
/// <item><c>REPORTSDK_PROPERTY_SEED</c>: the base seed (default <see cref="DefaultBaseSeed"/>); a different value explores other inputs.</item>
/// <item><c>REPORTSDK_PROPERTY_CASE</c>: run only this case index of each stream (to replay a printed failure).</item>
/// </list>
/// </remarks>
internal static class PropertyRunner
{
    public const int DefaultTotalCases = 24_000;
    public const ulong DefaultBaseSeed = 20240521;

    public static int TotalCases => ReadInt("REPORTSDK_PROPERTY_CASES") ?? DefaultTotalCases;

    public static ulong BaseSeed => ulong.TryParse(Environment.GetEnvironmentVariable("REPORTSDK_PROPERTY_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out ulong seed) ? seed : DefaultBaseSeed;

    /// <summary>The number of cases of a stream that has the given share of the total.</summary>
    public static int CasesFor(double share) => Math.Max(1, (int)Math.Round(TotalCases * share));

    /// <summary>
    /// Runs <paramref name="cases"/> cases of <paramref name="stream"/>: each makes an input with
    /// <paramref name="makeInput"/> and checks every <see cref="TreeInvariants"/> property on it.
    /// </summary>
    public static void Run(ITestOutputHelper output, string stream, int cases, Func<PropertyRandom, (string Input, string Description)> makeInput)
    {
        ulong baseSeed = BaseSeed;
        int? only = ReadInt("REPORTSDK_PROPERTY_CASE");
        var failures = new ConcurrentDictionary<string, Failure>();
        long totalChars = 0;
        int maxChars = 0;
        int ran = 0;
        var clock = Stopwatch.StartNew();
        var slowest = new Slowest();

        void RunCase(int index)
        {
            ulong seed = PropertyRandom.CaseSeed(baseSeed, stream, index);
            var r = new PropertyRandom(seed);
            string input;
            string description;
            try
            {
                (input, description) = makeInput(r);
            }
            catch (Exception e)
            {
                failures.TryAdd("generator", new Failure("generator", index, seed, string.Empty, e.ToString(), string.Empty));
                return;
            }

            Interlocked.Add(ref totalChars, input.Length);
            InterlockedMax(ref maxChars, input.Length);
            Interlocked.Increment(ref ran);
            int sampleSeed = (int)(seed & 0x7FFFFFFF);
            long started = Stopwatch.GetTimestamp();
            var result = TreeInvariants.CheckAll(input, sampleSeed);
            double ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            lock (slowest)
            {
                if (ms > slowest.Ms)
                {
                    (slowest.Ms, slowest.Index, slowest.Chars) = (ms, index, input.Length);
                }
            }

            if (result is { } failure)
            {
                failures.TryAdd(failure.Property, new Failure(failure.Property, index, seed, input, failure.Message, description));
            }
        }

        if (only is int single)
        {
            RunCase(single);
        }
        else
        {
            // Cases are independent (each has its own seed), so they can run in parallel without changing any input.
            // Dedicated threads, not the thread pool: the concurrency property runs its own Parallel.For per case,
            // and an outer Parallel.For would starve it of pool threads.
            int next = -1;
            var workers = new Thread[Math.Max(1, Environment.ProcessorCount)];
            for (int w = 0; w < workers.Length; w++)
            {
                workers[w] = new Thread(() =>
                {
                    for (int index = Interlocked.Increment(ref next); index < cases; index = Interlocked.Increment(ref next))
                    {
                        RunCase(index);
                    }
                });
                workers[w].Start();
            }

            foreach (var worker in workers)
            {
                worker.Join();
            }
        }

        clock.Stop();
        output.WriteLine($"{stream}: {ran} cases, {totalChars:N0} chars in total, largest {maxChars:N0}, {clock.Elapsed.TotalSeconds:F1} s (base seed {baseSeed}); slowest case {slowest.Index} ({slowest.Chars:N0} chars, {slowest.Ms:F0} ms)");
        if (failures.IsEmpty)
        {
            return;
        }

        var report = new StringBuilder();
        foreach (var failure in failures.Values.OrderBy(f => f.Property, StringComparer.Ordinal))
        {
            string minimized = failure.Property == "generator"
                ? string.Empty
                : Minimizer.Minimize(failure.Input, candidate => TreeInvariants.CheckOne(failure.Property, candidate, (int)(failure.Seed & 0x7FFFFFFF)) is not null);
            string? minimizedMessage = failure.Property == "generator" ? null : TreeInvariants.CheckOne(failure.Property, minimized, (int)(failure.Seed & 0x7FFFFFFF));
            report.AppendLine(CultureInfo.InvariantCulture, $"PROPERTY FAILED: {failure.Property}");
            report.AppendLine(CultureInfo.InvariantCulture, $"  stream {stream}, case {failure.Index}, case seed 0x{failure.Seed:X16} (replay: REPORTSDK_PROPERTY_SEED={baseSeed} REPORTSDK_PROPERTY_CASE={failure.Index})");
            report.AppendLine(CultureInfo.InvariantCulture, $"  input: {failure.Description}, {failure.Input.Length} chars");
            report.AppendLine(CultureInfo.InvariantCulture, $"  failure: {failure.Message}");
            report.AppendLine(CultureInfo.InvariantCulture, $"  minimized ({minimized.Length} chars): {Minimizer.ToLiteral(minimized)}");
            report.AppendLine(CultureInfo.InvariantCulture, $"  minimized failure: {minimizedMessage}");
        }

        output.WriteLine(report.ToString());
        Assert.Fail(report.ToString());
    }

    private static int? ReadInt(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value >= 0 ? value : null;

    private static void InterlockedMax(ref int target, int value)
    {
        int current = Volatile.Read(ref target);
        while (value > current)
        {
            int seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    private sealed class Slowest
    {
        public double Ms;
        public int Index;
        public int Chars;
    }

    private sealed record Failure(string Property, int Index, ulong Seed, string Input, string Message, string Description);
}
