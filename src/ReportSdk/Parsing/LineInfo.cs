using ReportSdk.Syntax;

namespace ReportSdk.Parsing;

/// <summary>
/// What the scanner learned about one line: its bounds, where its content starts after
/// indentation and markdown marks, the numbering marker or note label that opens it, and the
/// role the layout gives it. A struct in one array: no per-line objects.
/// </summary>
internal struct LineInfo
{
    // The ints first, then the bytes: 48 bytes a line instead of 56 (the layout passes walk this array many times).

    /// <summary>Start of the line.</summary>
    public int Start;

    /// <summary>End of the line, before its line break.</summary>
    public int End;

    /// <summary>Start of the content, after white space and markdown heading marks.</summary>
    public int ContentStart;

    /// <summary>End of the content, before trailing white space.</summary>
    public int ContentEnd;

    /// <summary>End of the marker characters.</summary>
    public int MarkerEnd;

    /// <summary>The note label's number, or -1 when the label has none.</summary>
    public int LabelNumber;

    /// <summary>End of the note label characters.</summary>
    public int LabelEnd;

    /// <summary>A split point inside the line (title | meeting, meeting | speaker, TOC title | page), or -1.</summary>
    public int Split;

    /// <summary>A second split point (title | meeting | speaker on one line), or -1.</summary>
    public int Split2;

    /// <summary>The number of <see cref="Marker"/>.</summary>
    private int _markerNumber;

    /// <summary>The line break's length: 0 (the last line), 1, 2 (CR LF) or 4 (an escaped <c>\r\n</c>).</summary>
    private byte _breakLength;

    /// <summary>The style of <see cref="Marker"/>, as a byte.</summary>
    private byte _markerStyle;

    /// <summary>How a note label opening the content is written.</summary>
    public NoteLabelKind LabelKind;

    /// <summary>True when the content opened with <c>**</c> before its marker (<c>**（一）加快建设….**推动…</c>); the marks are trivia.</summary>
    public bool LeadingEmphasis;

    /// <summary>True when the line opens like a marker but fails the marker grammar (<c>（一经济…</c>).</summary>
    public bool MalformedMarker;

    /// <summary>
    /// For a paragraph that ends lists whose items are open (it sums the innermost up or turns from it, or addresses the
    /// audience anew), how many open items the tree builder closes before it, innermost first; the paragraph belongs
    /// that many levels out. Set by <see cref="ListEnds"/>.
    /// </summary>
    public byte EndsLists;

    /// <summary>The line's role.</summary>
    public LineRole Role;

    /// <summary>For section headings, the section kind.</summary>
    public SectionKind Section;

    /// <summary>End of the line including its line break.</summary>
    public readonly int BreakEnd => End + _breakLength;

    /// <summary>The numbering marker opening the content, if any.</summary>
    public MarkerShape Marker
    {
        readonly get => new((NumberingStyle)_markerStyle, _markerNumber);
        set
        {
            _markerStyle = checked((byte)value.Style);
            _markerNumber = value.Number;
        }
    }

    /// <summary>Sets the line's bounds: where it starts, where its text ends, and where its line break ends.</summary>
    public void SetBounds(int start, int end, int breakEnd)
    {
        Start = start;
        End = end;
        _breakLength = checked((byte)(breakEnd - end));
    }

    public readonly bool IsBlank => ContentStart >= ContentEnd;

    public readonly int ContentLength => ContentEnd - ContentStart;
}
