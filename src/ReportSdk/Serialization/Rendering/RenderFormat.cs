namespace ReportSdk.Serialization.Rendering;

/// <summary>The output formats of <see cref="ReportRenderer"/>.</summary>
public enum RenderFormat
{
    /// <summary>Plain text: the report without skipped chrome, markdown marks or HTML debris (<see cref="PlainTextRenderer"/>).</summary>
    Text,

    /// <summary>CommonMark with footnotes (<see cref="MarkdownRenderer"/>).</summary>
    Markdown,

    /// <summary>A semantic HTML5 document (<see cref="HtmlRenderer"/>).</summary>
    Html,

    /// <summary>The original text, exactly as parsed: <c>tree.GetRoot().ToFullString()</c>.</summary>
    Source,
}
