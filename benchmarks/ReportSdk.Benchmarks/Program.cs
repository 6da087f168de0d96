using BenchmarkDotNet.Running;
using ReportSdk.Benchmarks;

// dotnet run -c Release --project benchmarks/ReportSdk.Benchmarks -- --filter '*'      the suite
// dotnet run -c Release --project benchmarks/ReportSdk.Benchmarks -- --ratios          goal ratios from the last run's JSON reports
// dotnet run -c Release --project benchmarks/ReportSdk.Benchmarks -- --peak-memory     peak working set of a 100 MB parse (fresh process)
// dotnet run -c Release --project benchmarks/ReportSdk.Benchmarks -- --profile [MB]    Stopwatch and allocation breakdown by parser stage
// dotnet run -c Release --project benchmarks/ReportSdk.Benchmarks -- --profile-layout [input|MB]   the layout stage by part and by recognizer
// dotnet run -c Release --project benchmarks/ReportSdk.Benchmarks -- --profile-model [input]   the meaning layer by part, against the parse of the same documents
// dotnet run -c Release --project benchmarks/ReportSdk.Benchmarks -- --interleaved     load-robust parse/Markdig/limit ratios on the corpus
// dotnet run -c Release --project benchmarks/ReportSdk.Benchmarks -- --parse-loop [MB|input] [s] [model|outline]   parse (and build the report model or the outline) in a loop, for perf or dotnet-trace
// dotnet run -c Release --project benchmarks/ReportSdk.Benchmarks -- --compare-builds DIR_A DIR_B [rounds] [input]   two builds side by side, one process
if (args.Length > 0 && args[0] == "--ratios")
{
    return RatioReport.Run(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "--peak-memory")
{
    return PeakMemory.Run(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "--profile")
{
    return StageProfile.Run(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "--profile-layout")
{
    return LayoutProfile.Run(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "--profile-model")
{
    return ModelProfile.Run(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "--interleaved")
{
    return Interleaved.Run(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "--compare-builds")
{
    return BuildComparison.Run(args.Skip(1).ToArray());
}

if (args.Length > 0 && args[0] == "--parse-loop")
{
    return StageProfile.Loop(args.Skip(1).ToArray());
}

BenchmarkConfig.JobFromCommandLine = args.Any(a => a is "--job" or "-j" || a.StartsWith("--job=", StringComparison.Ordinal));
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
