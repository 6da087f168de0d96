namespace ReportSdk.Parsing;

/// <summary>What the decoder weighed for each line, kept only when <see cref="LayoutExplanation"/> asks.</summary>
internal sealed class LayoutTrace(int lineCount)
{
    public List<Candidate>[] Candidates { get; } = new List<Candidate>[lineCount];

    public LayoutZone?[] Zones { get; } = new LayoutZone?[lineCount];

    public void Record(int line, ReadOnlySpan<Candidate> candidates, LayoutZone zone)
    {
        Candidates[line] = [.. candidates];
        Zones[line] = zone;
    }
}
