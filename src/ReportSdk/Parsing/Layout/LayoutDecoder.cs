using System.Buffers;

namespace ReportSdk.Parsing;

/// <summary>
/// Chooses the zone and role of every line of one report at once: a Viterbi pass over the
/// report's non-blank lines through the zones preamble → body → closing → back → tail (never
/// back to an earlier one), maximizing the sum of the recognizers' scores. A zone other than the
/// body can only be entered on a line whose proposal opens it (a closing start, a notes heading,
/// a chrome footer). Linear in the number of lines; deterministic (ties keep the earlier zone).
/// </summary>
internal sealed class LayoutDecoder
{
    private const int ZoneCount = 5;
    private readonly string _text;
    private readonly LineInfo[] _lines;
    private readonly CandidateSink _sink = new();
    private readonly char[] _normalized = new char[GenreProfile.NormalizeLimit];

    /// <summary>The line whose view <see cref="_normalized"/> holds (-1: none), and the view's length.</summary>
    private int _normalizedLine = -1;
    private int _normalizedLength;

    /// <summary>True when the kept view is the line's own text (nothing to fold), not <see cref="_normalized"/>.</summary>
    private bool _normalizedIsText;

    /// <summary>
    /// Per line, whether its text is chrome (<see cref="ChromeRecognizer.IsChrome"/>): 0 not known yet, 1 yes, -1 no.
    /// A line of a numbered list in an edge window is asked about itself and about each neighbour; the answer is kept.
    /// </summary>
    private sbyte[]? _chromeText;

    /// <summary>The proposals of the lines being decoded, each line's copied once (see <see cref="Decode"/>).</summary>
    private Candidate[] _pool = [];
    private int _poolCount;

    /// <summary>Each zone's default role: the role of a line no recognizer placed in the zone.</summary>
    private static readonly LineRole[] DefaultRoles =
        [LineRole.PreambleParagraph, LineRole.Paragraph, LineRole.ClosingParagraph, LineRole.Paragraph, LineRole.Chrome];

    public LayoutDecoder(string text, LineInfo[] lines)
    {
        _text = text;
        _lines = lines;
    }

    /// <summary>The recognizers' proposals for one line; the normalized view is built only if a recognizer reads it.</summary>
    public ReadOnlySpan<Candidate> Propose(int index) => Propose(index, preambleWindow: true, tailWindow: true);

    /// <summary>
    /// The proposals for one line; preamble-only recognizers are asked only inside the preamble window, and
    /// edge recognizers (chrome) only inside the preamble or the tail window.
    /// </summary>
    public ReadOnlySpan<Candidate> Propose(int index, bool preambleWindow, bool tailWindow, bool preambleReachable = true)
    {
        _sink.Clear();
        RecognizerPipeline.Propose(new LineContext(_text, _lines, index, this), _sink, preambleWindow, tailWindow, preambleReachable);
        return _sink.Items;
    }

    /// <summary>
    /// The normalized view of a line, of its first <see cref="GenreProfile.NormalizeLimit"/> characters when it
    /// is longer. Valid until the view of another line is asked for: the decoder keeps one line's view,
    /// so asking again for the same line (every recognizer of the line does) costs nothing.
    /// </summary>
    public ReadOnlySpan<char> Normalized(int index)
    {
        if (index != _normalizedLine)
        {
            // Most lines need no folding (simplified Han text, CJK punctuation, no spaces): their view is the text itself.
            var head = Head(index);
            int special = LineNormalizer.IndexOfSpecial(head);
            _normalizedIsText = special < 0;
            if (special < 0)
            {
                _normalizedLength = head.Length;
            }
            else
            {
                head[..special].CopyTo(_normalized);
                _normalizedLength = special + LineNormalizer.Normalize(head[special..], _normalized.AsSpan(special));
            }

            _normalizedLine = index;
        }

        return _normalizedIsText ? Head(index) : _normalized.AsSpan(0, _normalizedLength);
    }

    /// <summary>Forgets what was kept of a line's text: the layout changed a line's content bounds (a title header's value, a glued toolbar cut off).</summary>
    public void ForgetNormalized()
    {
        _normalizedLine = -1;
        if (_chromeText is not null)
        {
            Array.Clear(_chromeText);
        }
    }

    /// <summary>
    /// Whether line <paramref name="index"/>'s text is chrome by its phrases, toolbar words or metadata header, asked once per
    /// line. The view of another line than the one whose view is kept is normalized into a buffer of its own, so a
    /// recognizer's span of the current line's view stays valid.
    /// </summary>
    /// <param name="index">The line.</param>
    /// <param name="isProposedLine">True when the line is the one being proposed: its view is built and kept, as the recognizers after chrome read it too.</param>
    public bool IsChromeText(int index, bool isProposedLine = false)
    {
        _chromeText ??= new sbyte[_lines.Length];
        if (_chromeText[index] == 0)
        {
            var content = _text.AsSpan(_lines[index].ContentStart, _lines[index].ContentLength);
            bool chrome = isProposedLine || index == _normalizedLine ? ChromeRecognizer.IsChrome(content, Normalized(index)) : ChromeRecognizer.IsChromeContent(content);

            _chromeText[index] = chrome ? (sbyte)1 : (sbyte)-1;
        }

        return _chromeText[index] > 0;
    }

    /// <summary>The first character of <see cref="Normalized"/>, or -1 when the view is empty; the view is not built.</summary>
    public int FirstNormalized(int index) =>
        index == _normalizedLine ? (_normalizedLength > 0 ? Normalized(index)[0] : -1) : LineNormalizer.FirstCharacter(Head(index));

    /// <summary>The part of a line's content that its normalized view covers.</summary>
    private ReadOnlySpan<char> Head(int index)
    {
        ref var line = ref _lines[index];
        return _text.AsSpan(line.ContentStart, Math.Min(line.ContentLength, GenreProfile.NormalizeLimit));
    }

    /// <summary>
    /// Decodes lines <paramref name="from"/> to <paramref name="to"/>: writes each non-blank line's zone into
    /// <paramref name="zones"/> and its chosen candidate into <paramref name="chosen"/>.
    /// </summary>
    /// <remarks>
    /// The tables hold, per line and zone, the score of staying in and of entering the zone and the index of the
    /// proposal behind it (into <see cref="_pool"/>, where each line's proposals are copied once; or
    /// <c>~zone</c> for the decoder's default of that zone), so a line costs ten small writes instead of ten
    /// candidate copies; only the chosen proposal of each line is copied out.
    /// </remarks>
    // headingProposed, when given, is set for each line the section-heading recognizer proposed, so the body
    // decoder reads the proposals instead of asking the recognizer again.
    public void Decode(int from, int to, bool allowTail, LayoutZone[] zones, Candidate[] chosen, LayoutTrace? trace, bool[]? headingProposed = null)
    {
        int count = 0;
        for (int i = from; i < to; i++)
        {
            if (!_lines[i].IsBlank)
            {
                count++;
            }
        }

        if (count == 0)
        {
            return;
        }

        var indexes = ArrayPool<int>.Shared.Rent(count);
        var stay = ArrayPool<int>.Shared.Rent(count * ZoneCount);
        var open = ArrayPool<int>.Shared.Rent(count * ZoneCount);
        var stayScore = ArrayPool<float>.Shared.Rent(count * ZoneCount);
        var openScore = ArrayPool<float>.Shared.Rent(count * ZoneCount);
        var score = ArrayPool<float>.Shared.Rent(count * ZoneCount);
        var back = ArrayPool<byte>.Shared.Rent(count * ZoneCount);
        _pool = ArrayPool<Candidate>.Shared.Rent(count);
        _poolCount = 0;
        try
        {
            int n = 0;
            // Once a line cannot be in the preamble (a numbered line), no later line can: zones never go back. The
            // preamble-only recognizers, which propose nothing else, are then not asked (unless a trace wants every proposal).
            bool preambleReachable = true;
            for (int i = from; i < to; i++)
            {
                if (_lines[i].IsBlank)
                {
                    continue;
                }

                indexes[n] = i;
                var candidates = Propose(i, n < GenreProfile.PreambleWindowLines, n >= count - GenreProfile.TailWindowLines, preambleReachable || trace is not null);
                int first = Keep(candidates);
                int row = n * ZoneCount;
                Emissions(
                    candidates,
                    first,
                    allowTail,
                    stay.AsSpan(row, ZoneCount),
                    stayScore.AsSpan(row, ZoneCount),
                    open.AsSpan(row, ZoneCount),
                    openScore.AsSpan(row, ZoneCount));
                if (trace is not null)
                {
                    trace.Candidates[i] = [.. candidates];
                }

                preambleReachable &= !(float.IsNegativeInfinity(stayScore[row + (int)LayoutZone.Preamble]) && float.IsNegativeInfinity(openScore[row + (int)LayoutZone.Preamble]));

                if (headingProposed is not null)
                {
                    headingProposed[i] = ProposesHeading(candidates);
                }

                n++;
            }

            // Forward pass.
            for (int k = 0; k < n; k++)
            {
                for (int z = 0; z < ZoneCount; z++)
                {
                    float best = GenreProfile.Scores.Impossible;
                    byte from0 = (byte)z;
                    float previousSame = k == 0 ? (z == 0 ? 0 : GenreProfile.Scores.Impossible) : score[(k - 1) * ZoneCount + z];
                    float viaStay = previousSame + stayScore[k * ZoneCount + z];
                    if (viaStay > best)
                    {
                        best = viaStay;
                    }

                    float enter = openScore[k * ZoneCount + z];
                    for (int p = 0; p < z; p++)
                    {
                        float previous = k == 0 ? (p == 0 ? 0 : GenreProfile.Scores.Impossible) : score[(k - 1) * ZoneCount + p];
                        if (previous + enter > best)
                        {
                            best = previous + enter;
                            from0 = (byte)p;
                        }
                    }

                    score[k * ZoneCount + z] = best;
                    back[k * ZoneCount + z] = from0;
                }
            }

            // Best final zone, then back-track.
            int zone = 0;
            for (int z = 1; z < ZoneCount; z++)
            {
                if (score[(n - 1) * ZoneCount + z] > score[(n - 1) * ZoneCount + zone])
                {
                    zone = z;
                }
            }

            for (int k = n - 1; k >= 0; k--)
            {
                int previousZone = back[k * ZoneCount + zone];
                int line = indexes[k];
                int cell = k * ZoneCount + zone;
                zones[line] = (LayoutZone)zone;
                chosen[line] = previousZone != zone || (k == 0 && zone != 0)
                    ? Materialize(open[cell], openScore[cell])
                    : Materialize(stay[cell], stayScore[cell]);
                if (trace is not null)
                {
                    trace.Zones[line] = (LayoutZone)zone;
                    trace.Chosen[line] = chosen[line];
                }

                zone = previousZone;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(indexes);
            ArrayPool<int>.Shared.Return(stay);
            ArrayPool<int>.Shared.Return(open);
            ArrayPool<float>.Shared.Return(stayScore);
            ArrayPool<float>.Shared.Return(openScore);
            ArrayPool<float>.Shared.Return(score);
            ArrayPool<byte>.Shared.Return(back);
            ArrayPool<Candidate>.Shared.Return(_pool);
            _pool = [];
        }
    }

    /// <summary>Copies one line's proposals into <see cref="_pool"/>; returns the index of the first.</summary>
    private int Keep(ReadOnlySpan<Candidate> candidates)
    {
        int first = _poolCount;
        if (candidates.IsEmpty)
        {
            return first;
        }

        if (_poolCount + candidates.Length > _pool.Length)
        {
            var larger = ArrayPool<Candidate>.Shared.Rent(Math.Max(_pool.Length * 2, _poolCount + candidates.Length));
            _pool.AsSpan(0, _poolCount).CopyTo(larger);
            ArrayPool<Candidate>.Shared.Return(_pool);
            _pool = larger;
        }

        candidates.CopyTo(_pool.AsSpan(_poolCount));
        _poolCount += candidates.Length;
        return first;
    }

    /// <summary>The candidate a table entry stands for, with the score the table gave it.</summary>
    private Candidate Materialize(int index, float score)
    {
        if (index < 0)
        {
            return new Candidate(DefaultRoles[~index], (LayoutZone)(~index), score);
        }

        var candidate = _pool[index];
        candidate.Score = score;
        return candidate;
    }

    private static bool ProposesHeading(ReadOnlySpan<Candidate> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.Role == LineRole.SectionHeading)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the stay entry <paramref name="entry"/> of zone <paramref name="zone"/> is not a recognizer's and has another role.</summary>
    private static bool TiesWithDefault(ReadOnlySpan<Candidate> candidates, int first, int entry, int zone, LineRole role)
    {
        if (entry < 0)
        {
            return role != DefaultRoles[zone];
        }

        ref readonly var held = ref candidates[entry - first];
        return held.Recognizer < 0 && role != held.Role;
    }

    /// <summary>
    /// The best proposal per zone for staying in it and for entering it, defaults included: its index (into the
    /// pool, where <paramref name="candidates"/> start at <paramref name="first"/>; <c>~zone</c> for a default) and its score.
    /// </summary>
    private static void Emissions(
        ReadOnlySpan<Candidate> candidates,
        int first,
        bool allowTail,
        Span<int> stay,
        Span<float> stayScore,
        Span<int> open,
        Span<float> openScore)
    {
        for (int z = 0; z < ZoneCount; z++)
        {
            stay[z] = ~z;
            open[z] = ~z;
            openScore[z] = GenreProfile.Scores.Impossible;
        }

        stayScore[(int)LayoutZone.Preamble] = GenreProfile.Scores.PreambleParagraph;
        stayScore[(int)LayoutZone.Body] = GenreProfile.Scores.Body;
        stayScore[(int)LayoutZone.Closing] = GenreProfile.Scores.ClosingParagraph;
        stayScore[(int)LayoutZone.Back] = GenreProfile.Scores.BackParagraph;
        stayScore[(int)LayoutZone.Tail] = allowTail ? GenreProfile.Scores.TailText : GenreProfile.Scores.Impossible;
        openScore[(int)LayoutZone.Body] = GenreProfile.Scores.Body;
        if (candidates.IsEmpty)
        {
            return;
        }

        bool structural = false;
        for (int c = 0; c < candidates.Length; c++)
        {
            ref readonly var candidate = ref candidates[c];
            int z = (int)candidate.Zone;
            if (candidate.Zone == LayoutZone.Tail && !allowTail)
            {
                continue;
            }

            if (candidate.Role == LineRole.ItemHeading && candidate.Zone == LayoutZone.Body)
            {
                structural = true;
            }

            // A later appeal inside the closing is one more paragraph of it: only the first line earns the closing's score.
            bool entryOnly = candidate.Zone == LayoutZone.Closing && candidate.Opens;
            if (!entryOnly && (candidate.Score > stayScore[z] || (candidate.Score == stayScore[z] && TiesWithDefault(candidates, first, stay[z], z, candidate.Role))))
            {
                stay[z] = first + c;
                stayScore[z] = candidate.Score;
            }

            if ((candidate.Opens || candidate.Zone == LayoutZone.Body) && candidate.Score >= openScore[z])
            {
                open[z] = first + c;
                openScore[z] = candidate.Score;
            }
        }

        if (structural)
        {
            // A numbered line is never preamble or closing text.
            stayScore[(int)LayoutZone.Preamble] = GenreProfile.Scores.Impossible;
            stayScore[(int)LayoutZone.Closing] = GenreProfile.Scores.Impossible;
            openScore[(int)LayoutZone.Preamble] = GenreProfile.Scores.Impossible;
            openScore[(int)LayoutZone.Closing] = GenreProfile.Scores.Impossible;
        }
    }
}
