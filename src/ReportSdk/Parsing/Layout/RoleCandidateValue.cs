namespace ReportSdk.Parsing;

/// <summary>One role a recognizer proposes for a line: the zone it belongs to, its score and split points.</summary>
internal struct Candidate
{
    public LineRole Role;
    public LayoutZone Zone;
    public float Score;

    /// <summary>True when the line can be the first of its zone (a closing start, a notes heading, a chrome footer).</summary>
    public bool Opens;
    public SectionKind Section;
    public int Split;
    public int Split2;

    /// <summary>The proposing recognizer's index in <see cref="RecognizerPipeline.Recognizers"/>, or -1 for the decoder's defaults.</summary>
    public sbyte Recognizer;

    public Candidate(LineRole role, LayoutZone zone, float score, bool opens = false)
    {
        Role = role;
        Zone = zone;
        Score = score;
        Opens = opens;
        Split = -1;
        Split2 = -1;
        Recognizer = -1;
    }
}
