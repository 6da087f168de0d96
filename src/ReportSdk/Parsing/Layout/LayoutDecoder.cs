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
    public ReadOnlySpan<Candidate> Propose(int index, bool preambleWindow, bool tailWindow)
    {
        _sink.Clear();
        RecognizerPipeline.Propose(new LineContext(_text, _lines, index, this), _sink, preambleWindow, tailWindow);
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
            _normalizedLength = LineNormalizer.Normalize(Head(index), _normalized);
            _normalizedLine = index;
        }

        return _normalized.AsSpan(0, _normalizedLength);
    }

    /// <summary>The first character of <see cref="Normalized"/>, or -1 when the view is empty; the view is not built.</summary>
    public int FirstNormalized(int index) =>
        index == _normalizedLine ? (_normalizedLength > 0 ? _normalized[0] : -1) : LineNormalizer.FirstCharacter(Head(index));

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
        var stay = ArrayPool<Candidate>.Shared.Rent(count * ZoneCount);
        var open = ArrayPool<Candidate>.Shared.Rent(count * ZoneCount);
        var score = ArrayPool<float>.Shared.Rent(count * ZoneCount);
        var back = ArrayPool<byte>.Shared.Rent(count * ZoneCount);
        try
        {
            int n = 0;
            for (int i = from; i < to; i++)
            {
                if (_lines[i].IsBlank)
                {
                    continue;
                }

                indexes[n] = i;
                var candidates = Propose(i, n < GenreProfile.PreambleWindowLines, n >= count - GenreProfile.TailWindowLines);
                Emissions(candidates, allowTail, stay.AsSpan(n * ZoneCount, ZoneCount), open.AsSpan(n * ZoneCount, ZoneCount));
                if (trace is not null)
                {
                    trace.Candidates[i] = [.. candidates];
                }

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
                    float viaStay = previousSame + stay[k * ZoneCount + z].Score;
                    if (viaStay > best)
                    {
                        best = viaStay;
                    }

                    float enter = open[k * ZoneCount + z].Score;
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
                zones[line] = (LayoutZone)zone;
                chosen[line] = previousZone != zone || (k == 0 && zone != 0) ? open[k * ZoneCount + zone] : stay[k * ZoneCount + zone];
                if (trace is not null)
                {
                    trace.Zones[line] = (LayoutZone)zone;
                }

                zone = previousZone;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(indexes);
            ArrayPool<Candidate>.Shared.Return(stay);
            ArrayPool<Candidate>.Shared.Return(open);
            ArrayPool<float>.Shared.Return(score);
            ArrayPool<byte>.Shared.Return(back);
        }
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

    /// <summary>The best proposal per zone for staying in it and for entering it, defaults included.</summary>
    private static void Emissions(ReadOnlySpan<Candidate> candidates, bool allowTail, Span<Candidate> stay, Span<Candidate> open)
    {
        stay[(int)LayoutZone.Preamble] = new Candidate(LineRole.PreambleParagraph, LayoutZone.Preamble, GenreProfile.Scores.PreambleParagraph);
        stay[(int)LayoutZone.Body] = new Candidate(LineRole.Paragraph, LayoutZone.Body, GenreProfile.Scores.Body);
        stay[(int)LayoutZone.Closing] = new Candidate(LineRole.ClosingParagraph, LayoutZone.Closing, GenreProfile.Scores.ClosingParagraph);
        stay[(int)LayoutZone.Back] = new Candidate(LineRole.Paragraph, LayoutZone.Back, GenreProfile.Scores.BackParagraph);
        stay[(int)LayoutZone.Tail] = new Candidate(LineRole.Chrome, LayoutZone.Tail, allowTail ? GenreProfile.Scores.TailText : GenreProfile.Scores.Impossible);
        for (int z = 0; z < ZoneCount; z++)
        {
            open[z] = new Candidate(stay[z].Role, (LayoutZone)z, GenreProfile.Scores.Impossible);
        }

        open[(int)LayoutZone.Body] = stay[(int)LayoutZone.Body];
        bool structural = false;
        foreach (var candidate in candidates)
        {
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
            if (!entryOnly && (candidate.Score > stay[z].Score || (candidate.Score == stay[z].Score && candidate.Role != stay[z].Role && stay[z].Recognizer < 0)))
            {
                stay[z] = candidate;
            }

            if ((candidate.Opens || candidate.Zone == LayoutZone.Body) && candidate.Score >= open[z].Score)
            {
                open[z] = candidate;
            }
        }

        if (structural)
        {
            // A numbered line is never preamble or closing text.
            stay[(int)LayoutZone.Preamble].Score = GenreProfile.Scores.Impossible;
            stay[(int)LayoutZone.Closing].Score = GenreProfile.Scores.Impossible;
            open[(int)LayoutZone.Preamble].Score = GenreProfile.Scores.Impossible;
            open[(int)LayoutZone.Closing].Score = GenreProfile.Scores.Impossible;
        }
    }
}
