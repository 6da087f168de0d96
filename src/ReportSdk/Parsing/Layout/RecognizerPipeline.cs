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
        new SignOffRecognizer(),
        new ClosingRecognizer(),
        new FinalAppealRecognizer(),
        new NotesHeadingRecognizer(),
        new AnnexHeadingRecognizer(),
        new FootnoteDefinitionRecognizer(),
        new SectionHeadingRecognizer(),
        new ItemMarkerRecognizer(),
    ];

    /// <summary>
    /// The recognizers that can open with any character, per window a line can be in (index: 1 for the preamble
    /// window, plus 2 for either edge window): those a line there is asked about, in pipeline order.
    /// </summary>
    private static readonly int[][] AnywhereByWindow =
    [
        .. Enumerable.Range(0, 4).Select(window => IndexesOf(r => r.OpeningCharacters is null
            && ((window & 1) != 0 || !r.PreambleOnly) && ((window & 2) != 0 || !r.EdgesOnly))),
    ];

    /// <summary>Each recognizer's <see cref="LineRecognizer.MaxContentLength"/>, so running text skips the short-line constructs without a call.</summary>
    private static readonly int[] MaxLengths = Recognizers.Select(r => r.MaxContentLength).ToArray();

    /// <summary>Each recognizer's <see cref="LineRecognizer.PreambleOnly"/>.</summary>
    private static readonly bool[] PreambleOnly = Recognizers.Select(r => r.PreambleOnly).ToArray();

    /// <summary>Each recognizer's <see cref="LineRecognizer.EdgesOnly"/>.</summary>
    private static readonly bool[] EdgesOnly = Recognizers.Select(r => r.EdgesOnly).ToArray();

    /// <summary>
    /// The opening table: for each UTF-16 code unit, an index into <see cref="Specific"/> (0: no recognizer
    /// opens with it). A 64K-entry byte table (64 KB, shared) makes the dispatch one load per line, where a
    /// <c>Dictionary&lt;char, int[]&gt;</c> hashed the first character of every line.
    /// </summary>
    private static readonly byte[] OpeningSlot;

    /// <summary>The recognizers each distinct set of opening characters dispatches to; entry 0 is empty.</summary>
    private static readonly int[][] Specific = BuildOpeningTable(out OpeningSlot);

    private static int[] IndexesOf(Func<LineRecognizer, bool> predicate)
    {
        var indexes = new List<int>();
        for (int i = 0; i < Recognizers.Length; i++)
        {
            if (predicate(Recognizers[i]))
            {
                indexes.Add(i);
            }
        }

        return [.. indexes];
    }

    private static int[][] BuildOpeningTable(out byte[] slots)
    {
        // The recognizers per opening character, in pipeline order.
        var byCharacter = new SortedDictionary<char, List<int>>();
        for (int i = 0; i < Recognizers.Length; i++)
        {
            foreach (char c in Recognizers[i].OpeningCharacters ?? string.Empty)
            {
                if (!byCharacter.TryGetValue(c, out var list))
                {
                    byCharacter[c] = list = [];
                }

                if (!list.Contains(i))
                {
                    list.Add(i);
                }
            }
        }

        // Characters with the same recognizers share one entry (各, 代 and 同 all open salutation and closing).
        var specific = new List<int[]> { Array.Empty<int>() };
        slots = new byte[char.MaxValue + 1];
        foreach (var (c, list) in byCharacter)
        {
            int slot = specific.FindIndex(s => s.AsSpan().SequenceEqual(list.ToArray()));
            if (slot < 0)
            {
                slot = specific.Count;
                specific.Add([.. list]);
            }

            slots[c] = checked((byte)slot);
        }

        return [.. specific];
    }

    /// <summary>
    /// Asks every recognizer that can open with the line's first character. The preamble-only ones are asked inside the
    /// preamble window while <paramref name="preambleReachable"/> (the decoder knows when no path can be in the preamble any
    /// more: they only propose preamble roles).
    /// </summary>
    public static void Propose(in LineContext line, CandidateSink sink, bool preambleWindow = true, bool tailWindow = true, bool preambleReachable = true)
    {
        int length = line.Info.ContentLength;
        bool atEdge = preambleWindow || tailWindow;
        bool askPreambleOnly = preambleWindow && preambleReachable;
        foreach (int i in AnywhereByWindow[(askPreambleOnly ? 1 : 0) | (atEdge ? 2 : 0)])
        {
            if (length <= MaxLengths[i])
            {
                sink.Current = (sbyte)i;
                Recognizers[i].Propose(line, sink);
            }
        }

        // The first normalized character, found without building the normalized view.
        int first = line.FirstNormalized;
        if (first >= 0)
        {
            foreach (int i in Specific[OpeningSlot[first]])
            {
                if ((!askPreambleOnly && PreambleOnly[i]) || (!atEdge && EdgesOnly[i]))
                {
                    continue;
                }

                sink.Current = (sbyte)i;
                Recognizers[i].Propose(line, sink);
            }
        }

        sink.Current = -1;
    }
}
