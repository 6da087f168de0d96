namespace ReportSdk.Parsing;

/// <summary>
/// The recognizers in the order they are asked, built once, with a table from a normalized first
/// character to the recognizers that can open with it (those that can open with any character are
/// always asked). Immutable and shared by all parses.
/// </summary>
internal static class RecognizerPipeline
{
    /// <summary>Every recognizer; a candidate's <see cref="Candidate.Recognizer"/> indexes this.</summary>
    public static readonly LineRecognizer[] Recognizers =
    [
        new MeetingLineRecognizer(),
        new SpeakerLineRecognizer(),
        new SalutationRecognizer(),
        new OpeningRecognizer(),
        new DateLineRecognizer(),
        new CaptionRecognizer(),
        new ChromeRecognizer(),
        new ClosingRecognizer(),
        new NotesHeadingRecognizer(),
        new AnnexHeadingRecognizer(),
        new FootnoteDefinitionRecognizer(),
        new SectionHeadingRecognizer(),
        new ItemMarkerRecognizer(),
    ];

    private static readonly int[] Anywhere = IndexesOf(r => r.OpeningCharacters is null);
    private static readonly Dictionary<char, int[]> ByOpening = BuildOpeningTable();

    private static int[] IndexesOf(Func<LineRecognizer, bool> predicate) =>
        Enumerable.Range(0, Recognizers.Length).Where(i => predicate(Recognizers[i])).ToArray();

    private static Dictionary<char, int[]> BuildOpeningTable()
    {
        var table = new Dictionary<char, List<int>>();
        for (int i = 0; i < Recognizers.Length; i++)
        {
            foreach (char c in Recognizers[i].OpeningCharacters ?? string.Empty)
            {
                if (!table.TryGetValue(c, out var list))
                {
                    table[c] = list = [];
                }

                list.Add(i);
            }
        }

        return table.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>Asks every recognizer that can open with the line's first character.</summary>
    public static void Propose(in LineContext line, CandidateSink sink)
    {
        foreach (int i in Anywhere)
        {
            sink.Current = (sbyte)i;
            Recognizers[i].Propose(line, sink);
        }

        var normalized = line.Normalized;
        if (!normalized.IsEmpty && ByOpening.TryGetValue(normalized[0], out var specific))
        {
            foreach (int i in specific)
            {
                sink.Current = (sbyte)i;
                Recognizers[i].Propose(line, sink);
            }
        }

        sink.Current = -1;
    }
}
