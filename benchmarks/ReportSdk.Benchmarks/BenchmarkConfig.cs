using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ReportSdk.Benchmarks;

/// <summary>
/// Shared configuration: the memory diagnoser, the throughput and ratio columns, the full JSON
/// report that <c>--ratios</c> reads, and the job (1 launch, 3 warm-up and 10 measured iterations)
/// unless a job is given on the command line (<c>--job dry</c>), which then replaces it.
/// </summary>
public class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
        : this(Job.Default.WithId("Suite").WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10))
    {
    }

    protected BenchmarkConfig(Job job)
    {
        if (!JobFromCommandLine)
        {
            AddJob(job);
        }

        // BenchmarkDotNet builds the benchmark project again; its default limit of two minutes fails on a busy 2-core machine.
        WithBuildTimeout(GeneratedProjectBuildTimeout);
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new ThroughputColumn(), new AllocationRatioColumn(), new VersusLimitColumn(), new LinearityColumn());
        AddExporter(JsonExporter.Full);
        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
    }

    /// <summary>How long the generated benchmark project may take to build.</summary>
    private static readonly TimeSpan GeneratedProjectBuildTimeout = TimeSpan.FromMinutes(8);

    /// <summary>True when the command line names a job (<c>--job dry</c>): it replaces the jobs of the classes.</summary>
    public static bool JobFromCommandLine { get; set; }

    /// <summary>The UTF-8 size of the input of a benchmark case.</summary>
    internal static long InputBytes(BenchmarkCase benchmarkCase)
    {
        foreach (var parameter in benchmarkCase.Parameters.Items)
        {
            if (parameter.Name == nameof(SeedBenchmarks.Input) && parameter.Value is string name)
            {
                return Corpus.Utf8Length(name);
            }

            if (parameter.Name == nameof(ScaleBenchmarks.SizeMB) && parameter.Value is int megabytes)
            {
                return Corpus.ScaledUtf8Length(megabytes);
            }
        }

        return Corpus.Utf8Length(Corpus.CorpusName);
    }

    internal static double? MeanNs(Summary summary, BenchmarkCase benchmarkCase) => summary[benchmarkCase]?.ResultStatistics?.Mean;
}

/// <summary>The short job of the scale benchmarks: one 100 MB parse takes seconds (1 launch, 1 warm-up, 5 measured iterations).</summary>
public sealed class ScaleConfig : BenchmarkConfig
{
    public ScaleConfig()
        : base(Job.Default.WithId("Scale").WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5))
    {
    }
}

/// <summary>Base for the custom numeric columns.</summary>
public abstract class RatioColumnBase : IColumn
{
    public abstract string Id { get; }

    public abstract string ColumnName { get; }

    public abstract string Legend { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public virtual bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        Compute(summary, benchmarkCase) is double value && double.IsFinite(value) ? value.ToString(Format, System.Globalization.CultureInfo.InvariantCulture) : "-";

    protected virtual string Format => "0.00";

    protected abstract double? Compute(Summary summary, BenchmarkCase benchmarkCase);

    public override string ToString() => ColumnName;
}

/// <summary>MB (10^6 bytes) of UTF-8 input per second.</summary>
public sealed class ThroughputColumn : RatioColumnBase
{
    public override string Id => nameof(ThroughputColumn);

    public override string ColumnName => "MB/s";

    public override string Legend => "MB (10^6 bytes) of UTF-8 input per second";

    protected override string Format => "0.0";

    protected override double? Compute(Summary summary, BenchmarkCase benchmarkCase) =>
        BenchmarkConfig.MeanNs(summary, benchmarkCase) is double ns && ns > 0 ? BenchmarkConfig.InputBytes(benchmarkCase) / Corpus.MB / (ns / 1e9) : null;
}

/// <summary>Bytes allocated per operation divided by the UTF-8 size of the input.</summary>
public sealed class AllocationRatioColumn : RatioColumnBase
{
    public override string Id => nameof(AllocationRatioColumn);

    public override string ColumnName => "Alloc/Input";

    public override string Legend => "Bytes allocated per operation / UTF-8 bytes of the input";

    protected override double? Compute(Summary summary, BenchmarkCase benchmarkCase)
    {
        var report = summary[benchmarkCase];
        if (report is null)
        {
            return null;
        }

        long? allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return allocated is long bytes ? (double)bytes / BenchmarkConfig.InputBytes(benchmarkCase) : null;
    }
}

/// <summary>Throughput relative to the decode-plus-lines limit on the same input (1.00 = as fast as the limit).</summary>
public sealed class VersusLimitColumn : RatioColumnBase
{
    public override string Id => nameof(VersusLimitColumn);

    public override string ColumnName => "x Limit";

    public override string Legend => "Throughput / throughput of DecodeAndLines on the same input (goal for ReportSdkParse: >= 0.25)";

    public override bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(b => b.Descriptor.WorkloadMethod.Name == nameof(SeedBenchmarks.DecodeAndLines));

    protected override double? Compute(Summary summary, BenchmarkCase benchmarkCase)
    {
        var limit = summary.BenchmarksCases.FirstOrDefault(b =>
            b.Descriptor.WorkloadMethod.Name == nameof(SeedBenchmarks.DecodeAndLines)
            && b.Descriptor.Type == benchmarkCase.Descriptor.Type
            && b.Parameters.DisplayInfo == benchmarkCase.Parameters.DisplayInfo);
        if (limit is null || BenchmarkConfig.MeanNs(summary, limit) is not double limitNs || BenchmarkConfig.MeanNs(summary, benchmarkCase) is not double ns || ns <= 0)
        {
            return null;
        }

        return limitNs / ns;
    }
}

/// <summary>Time per MB relative to the 1 MB case of the scale benchmarks (1.00 = linear; goal at 100 MB: <= 1.2).</summary>
public sealed class LinearityColumn : RatioColumnBase
{
    public override string Id => nameof(LinearityColumn);

    public override string ColumnName => "ns/MB vs 1 MB";

    public override string Legend => "Time per MB relative to the 1 MB document (goal at 100 MB: <= 1.2)";

    public override bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(b => b.Descriptor.Type == typeof(ScaleBenchmarks));

    protected override double? Compute(Summary summary, BenchmarkCase benchmarkCase)
    {
        if (benchmarkCase.Descriptor.Type != typeof(ScaleBenchmarks))
        {
            return null;
        }

        var one = summary.BenchmarksCases.FirstOrDefault(b =>
            b.Descriptor.Type == typeof(ScaleBenchmarks)
            && b.Descriptor.WorkloadMethod == benchmarkCase.Descriptor.WorkloadMethod
            && b.Parameters.Items.Any(p => p.Name == nameof(ScaleBenchmarks.SizeMB) && p.Value is 1));
        if (one is null || BenchmarkConfig.MeanNs(summary, one) is not double oneNs || BenchmarkConfig.MeanNs(summary, benchmarkCase) is not double ns)
        {
            return null;
        }

        double perMb = ns / BenchmarkConfig.InputBytes(benchmarkCase);
        double perMbAtOne = oneNs / BenchmarkConfig.InputBytes(one);
        return perMb / perMbAtOne;
    }
}
