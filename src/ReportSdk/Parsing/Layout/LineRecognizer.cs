namespace ReportSdk.Parsing;

/// <summary>
/// One construct of the genre, recognized on one line (Markdig's block-parser shape): it says
/// which first characters of the normalized line can open it, and proposes roles with scores
/// and split points. It never decides: the <see cref="LayoutDecoder"/> weighs all proposals.
/// </summary>
internal abstract class LineRecognizer
{
    /// <summary>A short name, shown by <see cref="LayoutExplanation"/>.</summary>
    public abstract string Name { get; }

    /// <summary>The normalized first characters that can open the construct; null when any can.</summary>
    public virtual string? OpeningCharacters => null;

    /// <summary>
    /// True for constructs that only the preamble has (meeting line, speaker, date, caption, salutation, opening):
    /// they are asked only for the first <see cref="GenreProfile.PreambleWindowLines"/> non-blank lines of a report.
    /// </summary>
    public virtual bool PreambleOnly => false;

    /// <summary>
    /// True for constructs found only at a report's edges — chrome between preamble parts or after the closing:
    /// they are asked only in the preamble window and the last <see cref="GenreProfile.TailWindowLines"/> non-blank lines.
    /// </summary>
    public virtual bool EdgesOnly => false;

    /// <summary>The longest content (in characters, before normalizing) the construct can have; longer lines are not asked.</summary>
    public virtual int MaxContentLength => int.MaxValue;

    /// <summary>Adds this recognizer's proposals for the line to <paramref name="sink"/>.</summary>
    public abstract void Propose(in LineContext line, CandidateSink sink);
}

/// <summary>Collects the proposals for one line; the decoder reads them back.</summary>
internal sealed class CandidateSink
{
    private Candidate[] _items = new Candidate[8];

    public int Count { get; private set; }

    /// <summary>The recognizer whose proposals are being added.</summary>
    public sbyte Current { get; set; } = -1;

    public ReadOnlySpan<Candidate> Items => _items.AsSpan(0, Count);

    public void Clear() => Count = 0;

    public void Add(Candidate candidate)
    {
        candidate.Recognizer = Current;
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = candidate;
    }

    public void Add(LineRole role, LayoutZone zone, float score, bool opens = false) => Add(new Candidate(role, zone, score, opens));
}
