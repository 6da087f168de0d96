using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using ReportSdk.Syntax;
using ReportSdk.Text;
using Xunit.Abstractions;

namespace ReportSdk.Tests.Hostile;

/// <summary>
/// The hostile tests measure time and memory themselves, so they must not share the machine with other
/// tests of this assembly: xunit runs this collection alone, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostileCollection
{
    public const string Name = "Hostile inputs (run alone)";
}

/// <summary>
/// Measurements for the hostile-input tests. Time is the CPU time of the calling thread when the platform
/// offers it (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>), else wall time; only ratios of medians are ever asserted,
/// never absolute times. Memory is <see cref="GC.GetAllocatedBytesForCurrentThread"/> per input character.
/// </summary>
internal static class HostileMeasure
{
    /// <summary>How many times each timed parse is repeated; the median is used.</summary>
    public const int Runs = 7;

    /// <summary>Set to 1 to run the full-size hostile inputs (100 MB without a line break) instead of the CI sizes.</summary>
    public const string FullSizeVariable = "REPORTSDK_HOSTILE_FULL";

    public static bool FullSize => Environment.GetEnvironmentVariable(FullSizeVariable) == "1";

    private static readonly Lazy<string> s_corpus = new(() => string.Concat(TestPaths.SeedFiles.Select(File.ReadAllText)));

    /// <summary>The seeds, concatenated: the benign text the hostile inputs are compared with.</summary>
    public static string Corpus => s_corpus.Value;

    /// <summary>Benign text of exactly <paramref name="chars"/> characters: the seed corpus repeated and cut.</summary>
    public static string Benign(int chars) => Repeat(Corpus, chars);

    /// <summary>
    /// Benign text of the same size and the same number of lines as a line-dense hostile input: the heads of
    /// the seed corpus's lines, each cut (or continued) to the average line length. So per-line costs are
    /// compared with per-line costs, not with the long paragraphs of real reports.
    /// </summary>
    public static string BenignShaped(int chars, int lines)
    {
        lines = Math.Max(1, lines);
        int lineLength = Math.Max(1, chars / lines);
        string flat = Corpus.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);
        var heads = Corpus.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToArray();
        var sb = new StringBuilder(chars + lineLength);
        int flatPos = 0;
        for (int i = 0; i < lines && sb.Length < chars; i++)
        {
            string head = heads[i % heads.Length];
            int take = Math.Min(head.Length, lineLength - 1);
            sb.Append(head, 0, take);
            for (int k = take; k < lineLength - 1; k++)
            {
                sb.Append(flat[flatPos++ % flat.Length]);
            }

            sb.Append('\n');
        }

        if (sb.Length > chars)
        {
            sb.Length = chars;
        }

        while (sb.Length < chars)
        {
            sb.Append(flat[flatPos++ % flat.Length]);
        }

        return sb.ToString();
    }

    /// <summary>The number of lines of <paramref name="text"/> (LF-separated).</summary>
    public static int LineCount(string text) => text.AsSpan().Count('\n') + 1;

    /// <summary><paramref name="unit"/> repeated and cut to exactly <paramref name="chars"/> characters.</summary>
    public static string Repeat(string unit, int chars)
    {
        var sb = new StringBuilder(chars);
        while (sb.Length < chars)
        {
            sb.Append(unit, 0, Math.Min(unit.Length, chars - sb.Length));
        }

        return sb.ToString();
    }

    /// <summary>The current thread's CPU time in milliseconds, or wall time where that is not available.</summary>
    public static double NowMs()
    {
        if (OperatingSystem.IsLinux() && s_threadClockWorks)
        {
            try
            {
                if (clock_gettime(3 /* CLOCK_THREAD_CPUTIME_ID */, out var ts) == 0)
                {
                    return (ts.Seconds * 1000.0) + (ts.Nanoseconds / 1e6);
                }
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                s_threadClockWorks = false;
            }
        }

        return Stopwatch.GetTimestamp() * 1000.0 / Stopwatch.Frequency;
    }

    private static bool s_threadClockWorks = true;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clockId, out TimeSpec time);

    /// <summary>Parses <paramref name="text"/> once; returns the time taken and the bytes allocated on this thread.</summary>
    public static (double Ms, long Allocated, SyntaxTree Tree) TimeParse(SourceText text)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        double start = NowMs();
        var tree = SyntaxTree.ParseText(text);
        double ms = NowMs() - start;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        return (ms, allocated, tree);
    }

    /// <summary>
    /// Times parsing of each input <see cref="Runs"/> times, interleaved (so a change in machine load hits all
    /// inputs alike), after one warm-up parse each; returns the median per input.
    /// </summary>
    public static double[] MedianParseMs(params SourceText[] inputs)
    {
        foreach (var input in inputs)
        {
            _ = SyntaxTree.ParseText(input);
        }

        var samples = new double[inputs.Length][];
        for (int i = 0; i < inputs.Length; i++)
        {
            samples[i] = new double[Runs];
        }

        for (int run = 0; run < Runs; run++)
        {
            for (int i = 0; i < inputs.Length; i++)
            {
                var input = inputs[i];
                samples[i][run] = WithoutGc(input.Length, () => TimeParse(input).Ms);
            }
        }

        return samples.Select(s => s.Order().ElementAt(s.Length / 2)).ToArray();
    }

    /// <summary>
    /// Runs <paramref name="measure"/> after a full collection and, when the runtime grants it, inside a
    /// no-GC region sized for the parse: the time measured is then the parser's own work, not the collector's
    /// (whose cost depends on what else the test process holds). Allocation is bounded separately.
    /// </summary>
    public static double WithoutGc(int chars, Func<double> measure)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long budget = Math.Clamp(chars * 160L, 16L << 20, 200L << 20);
        bool noGc = false;
        try
        {
            noGc = GC.TryStartNoGCRegion(budget);
        }
        catch (InvalidOperationException)
        {
        }

        try
        {
            return measure();
        }
        finally
        {
            if (noGc && System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
            {
                try
                {
                    GC.EndNoGCRegion();
                }
                catch (InvalidOperationException)
                {
                }
            }
        }
    }

    /// <summary>
    /// Asserts linear time by ratio: hostile(N) / benign(N) ≤ <paramref name="maxVsBenign"/>, and
    /// hostile(2N) / hostile(N) ≤ <paramref name="maxDoubling"/>, by medians of parse times.
    /// </summary>
    public static void AssertLinear(ITestOutputHelper output, string name, SourceText hostileN, SourceText hostile2N, SourceText benignN, double maxVsBenign = 5.0, double maxDoubling = 2.6) =>
        AssertLinearMeasured(
            output,
            $"{name}: N={hostileN.Length:N0} chars ({Runs} parses each, no GC during the parse where it fits, {(OperatingSystem.IsLinux() && s_threadClockWorks ? "thread CPU time" : "wall time")})",
            () => MedianParseMs(hostileN, hostile2N, benignN),
            maxVsBenign,
            maxDoubling);

    /// <summary>How many times a ratio over its limit is measured again before the assertion fails.</summary>
    /// <remarks>
    /// Thread CPU time still moves with what else the machine runs (cache and memory bandwidth taken by other
    /// processes): a doubling ratio of 2.8 was once seen in CI for an input measured at 1.8–1.9 alone. A quadratic
    /// algorithm gives about 4 at every attempt, so the best of a few attempts still fails for the right reason.
    /// </remarks>
    public const int Attempts = 3;

    /// <summary>
    /// Asserts linear growth from <paramref name="measure"/>, which returns the medians for [hostile N, hostile 2N,
    /// benign N] (benign may be <see cref="double.NaN"/> when there is no benign comparison): the ratios are taken
    /// up to <see cref="Attempts"/> times while over their limits, and the best attempt is asserted.
    /// </summary>
    public static void AssertLinearMeasured(ITestOutputHelper output, string description, Func<double[]> measure, double maxVsBenign = 5.0, double maxDoubling = 2.6)
    {
        double bestVsBenign = double.MaxValue;
        double bestDoubling = double.MaxValue;
        for (int attempt = 1; attempt <= Attempts; attempt++)
        {
            var medians = measure();
            double doubling = medians[1] / Math.Max(0.001, medians[0]);
            double vsBenign = double.IsNaN(medians[2]) ? 0 : medians[0] / Math.Max(0.001, medians[2]);
            bestVsBenign = Math.Min(bestVsBenign, vsBenign);
            bestDoubling = Math.Min(bestDoubling, doubling);
            string benign = double.IsNaN(medians[2]) ? string.Empty : $", benign {medians[2]:F1} ms, hostile/benign {vsBenign:F2} (≤ {maxVsBenign})";
            output.WriteLine($"{description}, attempt {attempt}: N {medians[0]:F1} ms, 2N {medians[1]:F1} ms, 2N/N {doubling:F2} (≤ {maxDoubling}){benign}");
            if (bestVsBenign <= maxVsBenign && bestDoubling <= maxDoubling)
            {
                break;
            }
        }

        Assert.True(bestVsBenign <= maxVsBenign, $"{description}: {bestVsBenign:F2}× slower than a benign input of the same size at best of {Attempts} attempts (limit {maxVsBenign})");
        Assert.True(bestDoubling <= maxDoubling, $"{description}: doubling the input multiplied the time by {bestDoubling:F2} at best of {Attempts} attempts (limit {maxDoubling}): not linear");
    }

    /// <summary>Asserts that parsing allocates at most <paramref name="maxBytesPerChar"/> bytes per input character (on the parsing thread).</summary>
    public static void AssertAllocation(ITestOutputHelper output, string name, SourceText text, double maxBytesPerChar)
    {
        var (_, allocated, _) = TimeParse(text);
        double perChar = (double)allocated / Math.Max(1, text.Length);
        output.WriteLine($"{name}: {text.Length:N0} chars, {allocated:N0} bytes allocated by the parse = {perChar:F1} bytes/char (≤ {maxBytesPerChar})");
        Assert.True(perChar <= maxBytesPerChar, $"{name}: the parse allocated {perChar:F1} bytes per character (limit {maxBytesPerChar})");
    }

    /// <summary>The greatest depth of the red tree (root = 0), computed without recursion.</summary>
    public static int MaxDepth(SyntaxNode root)
    {
        int max = 0;
        var stack = new Stack<(SyntaxNode Node, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            max = Math.Max(max, depth);
            foreach (var child in node.ChildNodes())
            {
                stack.Push((child, depth + 1));
            }
        }

        return max;
    }
}
