using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace ReportSdk.Benchmarks;

/// <summary>Collects the runtime's GC AllocationTick events (one sample per ~100 KB allocated): time, type and amount.</summary>
internal sealed class AllocationListener : EventListener
{
    /// <summary>A type name without the namespaces that every row would repeat.</summary>
    public static string ShortTypeName(string type) => type
        .Replace("System.Collections.Generic.", string.Empty, StringComparison.Ordinal)
        .Replace("ReportSdk.Syntax.InternalSyntax.", string.Empty, StringComparison.Ordinal)
        .Replace("ReportSdk.Parsing.", string.Empty, StringComparison.Ordinal)
        .Replace("System.", string.Empty, StringComparison.Ordinal);

    private readonly ConcurrentQueue<(DateTime Time, string Type, long Amount)> _samples = new();

    /// <summary>The samples received so far (events arrive asynchronously: wait a moment after the work).</summary>
    public List<(DateTime Time, string Type, long Amount)> Snapshot() => [.. _samples];

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null)
        {
            return;
        }

        int nameIndex = e.PayloadNames.IndexOf("TypeName");
        int amountIndex = e.PayloadNames.IndexOf("AllocationAmount64");
        if (amountIndex < 0)
        {
            amountIndex = e.PayloadNames.IndexOf("AllocationAmount");
        }

        if (nameIndex < 0 || amountIndex < 0 || e.Payload is null)
        {
            return;
        }

        string type = e.Payload[nameIndex] as string ?? "?";
        long amount = Convert.ToInt64(e.Payload[amountIndex], System.Globalization.CultureInfo.InvariantCulture);
        _samples.Enqueue((e.TimeStamp.ToUniversalTime(), type, amount));
    }
}
