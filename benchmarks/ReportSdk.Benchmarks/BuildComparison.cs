using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using Markdig;

namespace ReportSdk.Benchmarks;

/// <summary>
/// <c>--compare-builds DIR_A DIR_B [rounds] [input]</c>: two builds of ReportSdk side by side in one process.
/// Each directory's <c>ReportSdk.dll</c> (and its private dependencies) is loaded into its own
/// <see cref="AssemblyLoadContext"/>; every round parses the input with A, with B and with Markdig (trivia),
/// in an order that alternates, so background load falls on all three alike. Prints per build the median
/// and minimum wall time and thread CPU time, and the median of the per-round ratios A ÷ B (B's speed-up)
/// and Markdig ÷ B (B's throughput against Markdig's).
/// </summary>
internal static class BuildComparison
{
    public static int Run(string[] args)
    {
        if (args.Length < 2 || !Directory.Exists(args[0]) || !Directory.Exists(args[1]))
        {
            Console.Error.WriteLine("--compare-builds DIR_A DIR_B [rounds] [input]   (directories holding ReportSdk.dll)");
            return 1;
        }

        int rounds = args.Length > 2 && int.TryParse(args[2], out int r) ? r : 200;
        string input = args.Length > 3 ? args[3] : Corpus.CorpusName;
        string[] texts = Corpus.Texts(input);
        var parsers = new[] { Load(args[0]), Load(args[1]) };
        var methods = new (string Name, Action Run)[]
        {
            ("A " + args[0], () => parsers[0](texts)),
            ("B " + args[1], () => parsers[1](texts)),
            ("Markdig (trivia)", () =>
            {
                foreach (string text in texts)
                {
                    Markdown.Parse(text, trackTrivia: true);
                }
            }),
        };

        var warmup = Stopwatch.StartNew();
        while (warmup.Elapsed.TotalSeconds < 3)
        {
            foreach (var method in methods)
            {
                method.Run();
            }
        }

        var wall = methods.Select(_ => new double[rounds]).ToArray();
        var cpu = methods.Select(_ => new double[rounds]).ToArray();
        for (int round = 0; round < rounds; round++)
        {
            for (int step = 0; step < methods.Length; step++)
            {
                int m = (step + round) % methods.Length;
                double cpuStart = ThreadCpuClock.IsAvailable ? ThreadCpuClock.Milliseconds() : 0;
                var stopwatch = Stopwatch.StartNew();
                methods[m].Run();
                wall[m][round] = stopwatch.Elapsed.TotalMilliseconds;
                cpu[m][round] = ThreadCpuClock.IsAvailable ? ThreadCpuClock.Milliseconds() - cpuStart : wall[m][round];
            }
        }

        Console.WriteLine($"Input {input}: {texts.Length} document(s), {rounds} rounds; load average {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine("| parser | wall median ms | wall min ms | CPU median ms | CPU min ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        for (int m = 0; m < methods.Length; m++)
        {
            Console.WriteLine($"| {methods[m].Name} | {Median(wall[m]):0.000} | {wall[m].Min():0.000} | {Median(cpu[m]):0.000} | {cpu[m].Min():0.000} |");
        }

        Console.WriteLine($"B speed-up over A (median of per-round ratios A/B): wall {Median(Ratios(wall[0], wall[1])):0.000}x, CPU {Median(Ratios(cpu[0], cpu[1])):0.000}x");
        Console.WriteLine($"vs Markdig (median of per-round ratios Markdig/parser): A {Median(Ratios(cpu[2], cpu[0])):0.00}x, B {Median(Ratios(cpu[2], cpu[1])):0.00}x (CPU); A {Median(Ratios(wall[2], wall[0])):0.00}x, B {Median(Ratios(wall[2], wall[1])):0.00}x (wall)");
        return 0;
    }

    private static double[] Ratios(double[] numerators, double[] denominators) =>
        numerators.Zip(denominators, (n, d) => n / d).ToArray();

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    /// <summary>
    /// A parse of every text with the <c>SyntaxTree.ParseText(string, …)</c> of the build in <paramref name="directory"/>;
    /// with <c>REPORTSDK_COMPARE_DIAGNOSTICS=1</c> also <c>GetDiagnostics()</c> of each tree (builds that make the list
    /// lazily then pay for it as builds that made it during the parse).
    /// </summary>
    private static Action<string[]> Load(string directory)
    {
        var context = new BuildLoadContext(Path.GetFullPath(directory));
        var assembly = context.LoadFromAssemblyPath(Path.Combine(Path.GetFullPath(directory), "ReportSdk.dll"));
        var syntaxTree = assembly.GetType("ReportSdk.Syntax.SyntaxTree", throwOnError: true)!;
        var parse = syntaxTree.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == "ParseText" && m.GetParameters()[0].ParameterType == typeof(string));
        var arguments = new object?[parse.GetParameters().Length];
        var diagnostics = Environment.GetEnvironmentVariable("REPORTSDK_COMPARE_DIAGNOSTICS") == "1" ? syntaxTree.GetMethod("GetDiagnostics") : null;
        return texts =>
        {
            foreach (string text in texts)
            {
                arguments[0] = text;
                object? tree = parse.Invoke(null, arguments);
                diagnostics?.Invoke(tree, null);
            }
        };
    }

    /// <summary>Loads a build's own assemblies from its directory; the framework's from the default context.</summary>
    private sealed class BuildLoadContext(string directory) : AssemblyLoadContext($"build {directory}")
    {
        protected override Assembly? Load(AssemblyName name)
        {
            string path = Path.Combine(directory, name.Name + ".dll");
            return name.Name is not null && !name.Name.StartsWith("System.", StringComparison.Ordinal) && File.Exists(path)
                ? LoadFromAssemblyPath(path)
                : null;
        }
    }
}
