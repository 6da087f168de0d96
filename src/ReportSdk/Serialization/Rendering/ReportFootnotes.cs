using ReportSdk.Semantics;
using ReportSdk.Syntax;
using ReportSdk.Text;

namespace ReportSdk.Serialization.Rendering;

/// <summary>
/// The footnotes of one report as the renderers see them: every definition gets a unique key (its
/// number, or <c>note-3</c> when the number was lost or repeats), mark references resolve to notes
/// through <see cref="FootnoteBinder"/>, and notes without any mark are linked from their quoted term.
/// </summary>
internal sealed class ReportFootnotes
{
    private readonly Dictionary<int, RenderedNote> _byReference = [];
    private readonly Dictionary<int, RenderedNote> _byDefinition = [];
    private readonly List<(TextSpan Span, RenderedNote Note)> _terms = [];

    private ReportFootnotes(List<RenderedNote> notes)
    {
        Notes = notes;
    }

    /// <summary>The notes in source order.</summary>
    public IReadOnlyList<RenderedNote> Notes { get; }

    /// <summary>Binds the notes of <paramref name="report"/>.</summary>
    public static ReportFootnotes Create(ReportSyntax report)
    {
        var bindings = FootnoteBinder.Bind(report);
        var notes = new List<RenderedNote>(bindings.Count);
        var byLabel = new Dictionary<string, RenderedNote>(StringComparer.Ordinal);
        for (int i = 0; i < bindings.Count; i++)
        {
            var binding = bindings[i];
            bool unique = binding.Label is not null && !byLabel.ContainsKey(binding.Label);
            var note = new RenderedNote(binding.Definition, unique ? binding.Label! : "note-" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), unique ? binding.Label : null);
            if (unique)
            {
                byLabel.Add(binding.Label!, note);
            }

            notes.Add(note);
        }

        var result = new ReportFootnotes(notes);
        var terms = new List<(TextSpan Span, RenderedNote Note)>();
        for (int i = 0; i < bindings.Count; i++)
        {
            var note = notes[i];
            result._byDefinition[note.Definition.Position] = note;
            if (note.Number is not null)
            {
                foreach (var reference in bindings[i].MarkReferences)
                {
                    result._byReference.TryAdd(reference.MarkToken.Span.Start, note);
                }
            }

            if (bindings[i].MarkReferences.Count == 0)
            {
                foreach (var span in bindings[i].TermReferences)
                {
                    terms.Add((span, note));
                }
            }
        }

        terms.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        int end = -1;
        foreach (var term in terms)
        {
            if (term.Span.Start >= end)
            {
                result._terms.Add(term);
                end = term.Span.End;
            }
        }

        return result;
    }

    /// <summary>The note a reference mark resolves to, or null when no definition carries its number.</summary>
    public RenderedNote? Resolve(FootnoteReferenceSyntax reference) =>
        _byReference.TryGetValue(reference.MarkToken.Span.Start, out var note) ? note : null;

    /// <summary>The note of a definition.</summary>
    public RenderedNote? NoteOf(FootnoteDefinitionSyntax definition) =>
        _byDefinition.TryGetValue(definition.Position, out var note) && ReferenceEquals(note.Definition.Green, definition.Green) ? note : null;

    /// <summary>
    /// Splits a text piece at quoted terms of notes that have no mark, and appends the segments to
    /// <paramref name="segments"/>: (text, null) for plain text and (term, note) for a term occurrence.
    /// </summary>
    public void SplitTerms(string text, int position, List<(string Text, RenderedNote? Note)> segments)
    {
        segments.Clear();
        int start = 0;
        if (position >= 0 && _terms.Count > 0)
        {
            int index = FirstTermAtOrAfter(position);
            for (; index < _terms.Count && _terms[index].Span.End <= position + text.Length; index++)
            {
                var (span, note) = _terms[index];
                int local = span.Start - position;
                if (local > start)
                {
                    segments.Add((text[start..local], null));
                }

                segments.Add((text.Substring(local, span.Length), note));
                start = local + span.Length;
            }
        }

        if (start < text.Length || segments.Count == 0)
        {
            segments.Add((text[start..], null));
        }
    }

    private int FirstTermAtOrAfter(int position)
    {
        int lo = 0, hi = _terms.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_terms[mid].Span.Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}

/// <summary>A footnote definition with its rendering key and the references rendered so far.</summary>
/// <param name="Definition">The definition.</param>
/// <param name="Key">The unique key in its report: the number, or <c>note-3</c>.</param>
/// <param name="Number">The number shown for it, or null when it has none of its own.</param>
internal sealed record RenderedNote(FootnoteDefinitionSyntax Definition, string Key, string? Number)
{
    /// <summary>How many references to this note a renderer has written so far.</summary>
    public int ReferenceCount { get; set; }
}
