using System.Diagnostics;
using System.Text;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.Benchmarks;

/// <summary>
/// Keeps the benchmark suite from rotting (it is built and one benchmark runs in BenchmarkDotNet's dry
/// mode) and checks the parse's allocations against the input size and their growth by ratio.
/// No test here asserts a wall-clock time.
/// </summary>
public sealed class BenchmarkSuiteTests
{
    /// <summary>
    /// Bytes a parse of the seed corpus may allocate per UTF-8 byte of input. Measured: 7.4 at commit
    /// 14bb4c2; 2.28 with the hand-written marker and label matchers (LineGrammar.TryParseMarker…).
    /// The bound leaves about 2x headroom over 2.28. Issue 4's goal is 3: tighten the bound to 3 once
    /// the figure is stable below it.
    /// </summary>
    private const double AllocationBound = 5.0;

    private static readonly TimeSpan DryRunTimeout = TimeSpan.FromMinutes(10);

    [Fact]
    public void OneBenchmarkRunsInDryMode()
    {
        string project = Path.Combine(TestPaths.RepositoryRoot, "benchmarks", "ReportSdk.Benchmarks");
        // BenchmarkDotNet finds the project from the working directory; the artifacts go to a temporary folder.
        string artifacts = Path.Combine(Path.GetTempPath(), "reportsdk-bench-dry-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = TestPaths.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "run", "-c", "Release", "--project", project, "--", "--job", "dry", "--filter", "*TreeBenchmarks.CorpusParse*", "--artifacts", artifacts })
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's MSBuild settings must not leak into the nested build.
        foreach (string name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        var output = new StringBuilder();
        try
        {
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
            process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(DryRunTimeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"The dry run did not finish within {DryRunTimeout}.\n{Tail(output)}");
            }

            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"The dry run exited with {process.ExitCode}.\n{Tail(output)}");
            string log = output.ToString();
            Assert.Contains("TreeBenchmarks.CorpusParse", log);
            Assert.Contains("Dry", log);
            Assert.Contains("MB/s", log); // the throughput column
        }
        finally
        {
            try
            {
                if (Directory.Exists(artifacts))
                {
                    Directory.Delete(artifacts, recursive: true);
                }
            }
            catch (IOException)
            {
            }
        }
    }

    [Fact]
    public void ParseOfTheSeedCorpusAllocatesABoundedMultipleOfItsSize()
    {
        string corpus = Corpus(1);
        long utf8 = Encoding.UTF8.GetByteCount(corpus);
        long allocated = AllocatedByParse(corpus);
        double ratio = (double)allocated / utf8;
        Assert.True(ratio <= AllocationBound, $"A parse of the seed corpus allocated {allocated:N0} B = {ratio:0.00}x its {utf8:N0} UTF-8 bytes (bound {AllocationBound}x).");
    }

    [Fact]
    public void ParseAllocationGrowsLinearlyWithTheInput()
    {
        string one = Corpus(1);
        string four = Corpus(4);
        long a1 = AllocatedByParse(one);
        long a4 = AllocatedByParse(four);
        double growth = (double)a4 / a1;
        Assert.True(growth <= 4.5, $"Four times the input allocated {growth:0.00}x as much ({a1:N0} B -> {a4:N0} B); linear is 4.");
        Assert.True(growth >= 3.0, $"Four times the input allocated only {growth:0.00}x as much ({a1:N0} B -> {a4:N0} B): was the input parsed?");
    }

    [Fact]
    public void RealizingTheWholeRedTreeAllocatesABoundedMultipleOfTheInput()
    {
        // Measured: about 1.05x the UTF-8 size of the corpus for every red node and list node.
        string corpus = Corpus(1);
        long utf8 = Encoding.UTF8.GetByteCount(corpus);
        var root = SyntaxTree.ParseText(corpus).GetRoot();
        Walk(SyntaxTree.Create(root).GetRoot());
        long before = GC.GetAllocatedBytesForCurrentThread();
        int count = Walk(SyntaxTree.Create(root).GetRoot());
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(count > 1000);
        Assert.True(allocated <= 3 * utf8, $"Walking the red tree allocated {allocated:N0} B = {(double)allocated / utf8:0.00}x the input.");
    }

    private static int Walk(SyntaxNode root)
    {
        int count = 0;
        foreach (var item in root.DescendantNodesAndTokens())
        {
            count++;
        }

        return count;
    }

    /// <summary>How many parses are measured; the least allocation is taken.</summary>
    /// <remarks>
    /// The parse rents its scratch arrays from <see cref="System.Buffers.ArrayPool{T}.Shared"/>, which other tests
    /// running in parallel may empty (the pool trims itself after a full collection): a rent that misses allocates.
    /// One CI run measured the single corpus at 1.58 MB and four copies at 1.04 MB that way. The least of a few
    /// parses is the parse's own allocation; a parse that allocates more than that does so at every attempt.
    /// </remarks>
    private const int AllocationAttempts = 5;

    /// <summary>Allocations of one parse on this thread, after a warm-up parse (static grammars and tables built): the least of <see cref="AllocationAttempts"/>.</summary>
    private static long AllocatedByParse(string text)
    {
        GC.KeepAlive(SyntaxTree.ParseText(text));
        long least = long.MaxValue;
        for (int attempt = 0; attempt < AllocationAttempts; attempt++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            var tree = SyntaxTree.ParseText(text);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal(text.Length, tree.GetRoot().FullSpan.Length);
            least = Math.Min(least, allocated);
        }

        return least;
    }

    /// <summary>The seed corpus as the benchmarks build it (each seed followed by a blank line), repeated.</summary>
    private static string Corpus(int copies)
    {
        var unit = new StringBuilder();
        foreach (string file in TestPaths.SeedFiles)
        {
            unit.Append(File.ReadAllText(file, Encoding.UTF8).TrimEnd('\r', '\n')).Append("\n\n");
        }

        var builder = new StringBuilder(unit.Length * copies);
        for (int i = 0; i < copies; i++)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }

    private static string Tail(StringBuilder output)
    {
        lock (output)
        {
            string text = output.ToString();
            return text.Length <= 6000 ? text : text[^6000..];
        }
    }
}
