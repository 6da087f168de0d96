using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Reflection;
using ReportSdk.Parsing;
using ReportSdk.Syntax;
using ReportSdk.Syntax.InternalSyntax;

namespace ReportSdk.Benchmarks;

/// <summary>
/// <c>--profile [MB]</c>: where the time and the allocations of a parse go, by stage, through the
/// internals (<see cref="LineScanner"/>, <see cref="DocumentLayout"/>, <see cref="TreeBuilder"/>), on the
/// seed corpus and on the corpus repeated to about 10 MB (or the given size); the Sprache share of the
/// scanner; the make-up of the green tree; and allocations by type, sampled from the runtime's
/// GC AllocationTick events (one sample per ~100 KB allocated).
/// </summary>
internal static class StageProfile
{
    private const int HeadWindow = 48;

    public static int Run(string[] args)
    {
        if (args.Length > 0 && Corpus.InputNames.Contains(args[0]))
        {
            // --profile 000: one seed alone.
            ProfileInput("seed " + args[0], Corpus.Text(args[0]), 200);
            return 0;
        }

        int megabytes = args.Length > 0 && int.TryParse(args[0], out int m) ? m : 10;
        ProfileInput("seed corpus", Corpus.Text(Corpus.CorpusName), Math.Max(20, 2_000_000_000 / Math.Max(1, Corpus.Utf8Length(Corpus.CorpusName)) / 40));
        ProfileInput($"corpus x {Corpus.Copies(megabytes)} (~{megabytes} MB)", Corpus.Scaled(megabytes), 5);
        return 0;
    }

    /// <summary>
    /// <c>--parse-loop [MB|input] [seconds]</c>: parses the scaled corpus (or the documents of an input, such as
    /// <c>shared</c>, one by one) again and again — and with <c>model</c> or <c>outline</c> as a third argument, builds that
    /// layer of each tree too — for a sampling profiler (perf, dotnet-trace) to attach to. Prints the
    /// passes made, then the collections per pass by generation and the share of the time the GC paused the loop
    /// (to compare GC settings given as <c>DOTNET_</c> environment variables).
    /// </summary>
    public static int Loop(string[] args)
    {
        double seconds = args.Length > 1 && double.TryParse(args[1], System.Globalization.CultureInfo.InvariantCulture, out double s) ? s : 20;
        string[] texts = args.Length > 0 && Corpus.InputNames.Contains(args[0])
            ? Corpus.Texts(args[0])
            : [Corpus.Scaled(args.Length > 0 && int.TryParse(args[0], out int m) ? m : 1)];
        string layer = args.Length > 2 ? args[2] : "parse";
        bool model = layer == "model";
        bool outline = layer == "outline";
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var paused = GC.GetTotalPauseDuration();
        var stopwatch = Stopwatch.StartNew();
        int parses = 0;
        while (stopwatch.Elapsed.TotalSeconds < seconds)
        {
            foreach (string text in texts)
            {
                var tree = SyntaxTree.ParseText(text);
                GC.KeepAlive(model ? ReportSdk.Semantics.Model.SemanticModel.For(tree) : outline ? ReportSdk.Semantics.Outline.OutlineBuilder.Build(tree) : tree);
            }

            parses++;
        }

        Console.WriteLine($"{parses} {(model ? "parses and models" : outline ? "parses and outlines" : "parses")} of {texts.Sum(System.Text.Encoding.UTF8.GetByteCount):N0} bytes in {texts.Length} documents in {stopwatch.Elapsed.TotalSeconds:0.0} s");
        Console.WriteLine(
            $"GC ({(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, {(IsConcurrentGC() ? "concurrent" : "not concurrent")}): "
            + $"collections per pass gen0 {Per(GC.CollectionCount(0) - gen0)}, gen1 {Per(GC.CollectionCount(1) - gen1)}, gen2 {Per(GC.CollectionCount(2) - gen2)}; "
            + $"paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds / stopwatch.Elapsed.TotalMilliseconds:P1} of the time");
        return 0;

        string Per(int collections) => (collections / (double)Math.Max(1, parses)).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Whether the runtime runs background (concurrent) collections: its latency mode is then Interactive, not Batch.</summary>
    private static bool IsConcurrentGC() => System.Runtime.GCSettings.LatencyMode != System.Runtime.GCLatencyMode.Batch;

    private static void ProfileInput(string name, string text, int iterations)
    {
        long utf8 = System.Text.Encoding.UTF8.GetByteCount(text);
        Console.WriteLine($"== {name}: {utf8:N0} UTF-8 bytes, {text.Length:N0} chars, {iterations} iterations; LineInfo is {System.Runtime.CompilerServices.Unsafe.SizeOf<LineInfo>()} bytes");

        // Warm up every stage until tiered JIT has promoted the hot methods (at least 60 calls and 2 s).
        var warmup = Stopwatch.StartNew();
        for (int i = 0; i < 60 || warmup.Elapsed.TotalSeconds < 2; i++)
        {
            RunStages(text, out _);
            SpracheCalls(text, LineScanner.Scan(text), null);
        }

        var totals = new double[5];
        var allocations = new long[5];
        for (int i = 0; i < iterations; i++)
        {
            var (times, allocated) = RunStages(text, out _);
            for (int s = 0; s < 5; s++)
            {
                totals[s] += times[s];
                allocations[s] += allocated[s];
            }
        }

        string[] names = ["LineScanner.Scan", "DocumentLayout.Analyze", "TreeBuilder.Build", "red root + diagnostics", "SyntaxTree.ParseText (whole)"];
        double stagesSum = totals[0] + totals[1] + totals[2] + totals[3];
        Console.WriteLine("| stage | ms per parse | share | MB/s | allocated per parse | alloc / input |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        for (int s = 0; s < 5; s++)
        {
            double ms = totals[s] / iterations;
            double share = s < 4 ? totals[s] / stagesSum : 1;
            long bytes = allocations[s] / iterations;
            Console.WriteLine($"| {names[s]} | {ms:0.000} | {share:P1} | {utf8 / Corpus.MB / (ms / 1000):0.0} | {bytes:N0} B | {(double)bytes / utf8:0.00}x |");
        }

        SpracheShare(text, iterations);
        TreeMakeUp(text, utf8);
        AllocationsByType(text, Math.Max(2, iterations / 2), utf8);
        Console.WriteLine();
    }

    /// <summary>Times the four stages of <see cref="ReportParser.Parse"/> separately, then a whole <see cref="SyntaxTree.ParseText(string, ParseOptions?, string?)"/>.</summary>
    private static (double[] Times, long[] Allocated) RunStages(string text, out GreenNode root)
    {
        var times = new double[5];
        var allocated = new long[5];
        var stopwatch = new Stopwatch();

        long a = GC.GetAllocatedBytesForCurrentThread();
        stopwatch.Restart();
        var lines = LineScanner.Scan(text);
        times[0] = stopwatch.Elapsed.TotalMilliseconds;
        allocated[0] = GC.GetAllocatedBytesForCurrentThread() - a;

        a = GC.GetAllocatedBytesForCurrentThread();
        stopwatch.Restart();
        var layout = DocumentLayout.Analyze(text, lines, ParseOptions.Default);
        times[1] = stopwatch.Elapsed.TotalMilliseconds;
        allocated[1] = GC.GetAllocatedBytesForCurrentThread() - a;

        a = GC.GetAllocatedBytesForCurrentThread();
        stopwatch.Restart();
        root = TreeBuilder.Build(text, layout, []);
        times[2] = stopwatch.Elapsed.TotalMilliseconds;
        allocated[2] = GC.GetAllocatedBytesForCurrentThread() - a;

        a = GC.GetAllocatedBytesForCurrentThread();
        stopwatch.Restart();
        var red = (DocumentSyntax)root.CreateRed(null, 0);
        var tree = SyntaxTree.Create(red);
        var result = tree.GetDiagnostics();
        times[3] = stopwatch.Elapsed.TotalMilliseconds;
        allocated[3] = GC.GetAllocatedBytesForCurrentThread() - a;
        GC.KeepAlive(result);

        a = GC.GetAllocatedBytesForCurrentThread();
        stopwatch.Restart();
        var whole = SyntaxTree.ParseText(text);
        times[4] = stopwatch.Elapsed.TotalMilliseconds;
        allocated[4] = GC.GetAllocatedBytesForCurrentThread() - a;
        GC.KeepAlive(whole);
        return (times, allocated);
    }

    private static readonly Func<string, int, int, bool>? CouldOpenMarker =
        typeof(LineScanner).GetMethod("CouldOpenMarker", BindingFlags.NonPublic | BindingFlags.Static)?.CreateDelegate<Func<string, int, int, bool>>();

    /// <summary>
    /// Runs, alone, the Sprache grammars on the line heads that pass the scanner's first-character tests
    /// (what LineScanner.Classify called up to commit 14bb4c2), to show their cost next to a whole scan.
    /// </summary>
    private static void SpracheShare(string text, int iterations)
    {
        var lines = LineScanner.Scan(text);
        double scanMs = 0;
        double spracheMs = 0;
        int calls = 0;
        for (int it = 0; it < iterations; it++)
        {
            var stopwatch = Stopwatch.StartNew();
            LineScanner.Scan(text);
            scanMs += stopwatch.Elapsed.TotalMilliseconds;
            stopwatch.Restart();
            calls = SpracheCalls(text, lines, null);
            spracheMs += stopwatch.Elapsed.TotalMilliseconds;
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        SpracheCalls(text, lines, null);
        long spracheBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        int nonBlank = lines.Count(l => !l.IsBlank);
        Console.WriteLine($"The Sprache grammars (LineGrammar.NumberingMarker, SuperscriptMark, BracketedNoteNumber) alone, on the line heads the scanner tests: {calls:N0} grammar calls on {nonBlank:N0} non-blank lines ({lines.Length:N0} lines); "
            + $"{spracheMs / iterations:0.000} ms of {scanMs / iterations:0.000} ms per LineScanner.Scan ({spracheMs / scanMs:P0}); "
            + $"they allocate {spracheBytes:N0} B per parse ({(double)spracheBytes / Math.Max(1, calls):0} B per call).");
    }

    private static int SpracheCalls(string text, LineInfo[] lines, object? unused)
    {
        int calls = 0;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            int start = line.ContentStart;
            int headEnd = Math.Min(line.ContentEnd, start + HeadWindow);
            if (CouldOpenMarker is null || CouldOpenMarker(text, start, headEnd))
            {
                calls++;
                LineGrammar.TryParse(LineGrammar.NumberingMarker, text, start, headEnd, out _, out _);
            }

            char first = text[start];
            if (first == '<')
            {
                calls++;
                LineGrammar.TryParse(LineGrammar.SuperscriptMark, text, start, headEnd, out _, out _);
            }
            else if (first is '[' or '［' or '〔' or '【')
            {
                calls++;
                LineGrammar.TryParse(LineGrammar.BracketedNoteNumber, text, start, headEnd, out _, out _);
            }
        }

        return calls;
    }

    /// <summary>Counts the green nodes, tokens, trivia and lists of one parse.</summary>
    private static void TreeMakeUp(string text, long utf8)
    {
        var root = SyntaxTree.ParseText(text).GetRoot().Green;
        int nodes = 0, lists = 0, tokens = 0, trivia = 0, triviaLists = 0, largestTriviaList = 0, largestList = 0;
        var stack = new Stack<(GreenNode Node, bool InTrivia)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, inTrivia) = stack.Pop();
            switch (node)
            {
                case GreenToken token:
                    tokens++;
                    if (token.Leading is not null)
                    {
                        stack.Push((token.Leading, true));
                    }

                    if (token.Trailing is not null)
                    {
                        stack.Push((token.Trailing, true));
                    }

                    continue;
                case GreenTrivia:
                    trivia++;
                    continue;
                case GreenList:
                    if (inTrivia)
                    {
                        triviaLists++;
                        largestTriviaList = Math.Max(largestTriviaList, node.SlotCount);
                    }
                    else
                    {
                        lists++;
                        largestList = Math.Max(largestList, node.SlotCount);
                    }

                    break;
                default:
                    nodes++;
                    break;
            }

            for (int i = 0; i < node.SlotCount; i++)
            {
                if (node.GetSlot(i) is { } child)
                {
                    stack.Push((child, inTrivia));
                }
            }
        }

        Console.WriteLine($"Green tree: {nodes:N0} nodes, {lists:N0} node lists, {tokens:N0} tokens, {trivia:N0} trivia, {triviaLists:N0} trivia lists (largest: {largestTriviaList:N0} pieces; largest node list: {largestList:N0}); "
            + $"{(double)(nodes + lists + tokens + trivia + triviaLists) / (utf8 / 1000.0):0.0} green objects per KB of input.");
    }

    /// <summary>Allocations by type and by stage over several parses, from GC AllocationTick samples.</summary>
    private static void AllocationsByType(string text, int parses, long utf8)
    {
        using var listener = new AllocationListener();
        Thread.Sleep(500);
        var intervals = new List<(string Stage, DateTime Start, DateTime End)>();
        long before = GC.GetTotalAllocatedBytes(precise: true);
        for (int i = 0; i < parses; i++)
        {
            var t0 = DateTime.UtcNow;
            var lines = LineScanner.Scan(text);
            var t1 = DateTime.UtcNow;
            var layout = DocumentLayout.Analyze(text, lines, ParseOptions.Default);
            var t2 = DateTime.UtcNow;
            var root = TreeBuilder.Build(text, layout, []);
            var t3 = DateTime.UtcNow;
            intervals.Add(("LineScanner.Scan", t0, t1));
            intervals.Add(("DocumentLayout.Analyze", t1, t2));
            intervals.Add(("TreeBuilder.Build", t2, t3));
            GC.KeepAlive(root);
        }

        long total = GC.GetTotalAllocatedBytes(precise: true) - before;
        Thread.Sleep(2000); // runtime events are delivered asynchronously
        var samples = listener.Snapshot();
        Console.WriteLine($"Allocated by scan + layout + build: {total / parses:N0} B per parse ({(double)total / parses / utf8:0.00}x input); by stage and type (AllocationTick samples, one per ~100 KB):");
        Console.WriteLine("| stage | type | share of all sampled bytes |");
        Console.WriteLine("|---|---|---:|");
        var byStageType = new Dictionary<(string, string), long>();
        long sampled = 0;
        foreach (var (time, type, amount) in samples)
        {
            string stage = "other";
            foreach (var interval in intervals)
            {
                if (time >= interval.Start && time <= interval.End)
                {
                    stage = interval.Stage;
                    break;
                }
            }

            byStageType[(stage, type)] = byStageType.GetValueOrDefault((stage, type)) + amount;
            sampled += amount;
        }

        foreach (var ((stage, type), bytes) in byStageType.OrderByDescending(p => p.Value).Take(18))
        {
            Console.WriteLine($"| {stage} | {AllocationListener.ShortTypeName(type)} | {(double)bytes / Math.Max(1, sampled):P1} |");
        }

        foreach (var stage in byStageType.GroupBy(p => p.Key.Item1).OrderByDescending(g => g.Sum(p => p.Value)))
        {
            Console.WriteLine($"| {stage.Key} | (all types) | {(double)stage.Sum(p => p.Value) / Math.Max(1, sampled):P1} |");
        }
    }
}
