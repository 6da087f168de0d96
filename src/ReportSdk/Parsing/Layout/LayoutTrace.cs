namespace ReportSdk.Parsing;

/// <summary>What the decoder weighed for each line, kept only when <see cref="LayoutExplanation"/> asks.</summary>
internal sealed class LayoutTrace(int lineCount)
{
    public List<Candidate>[] Candidates { get; } = new List<Candidate>[lineCount];

    public LayoutZone?[] Zones { get; } = new LayoutZone?[lineCount];

    /// <summary>The candidate the decoder's best path took for each decoded line (a zone default has no recognizer).</summary>
    public Candidate?[] Chosen { get; } = new Candidate?[lineCount];

    public void Record(int line, ReadOnlySpan<Candidate> candidates, LayoutZone zone)
    {
        Candidates[line] = [.. candidates];
        Zones[line] = zone;
    }
}
