namespace ReportSdk.Parsing;

/// <summary>
/// The parts of a report in the order they come; the layout decoder places every line of a
/// report in one of them and never goes back to an earlier one.
/// </summary>
internal enum LayoutZone : byte
{
    /// <summary>Title, meeting line, speaker, date, caption, salutation, opening, and chrome between them.</summary>
    Preamble = 0,

    /// <summary>Sections, items, paragraphs and footnote definitions standing among them.</summary>
    Body,

    /// <summary>The closing appeal.</summary>
    Closing,

    /// <summary>Notes and annexes after the closing.</summary>
    Back,

    /// <summary>Chrome after the report (footers, licence trailers, related-article lists).</summary>
    Tail,
}
