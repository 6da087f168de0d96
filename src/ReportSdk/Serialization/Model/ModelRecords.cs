namespace ReportSdk.Serialization.Model;

/// <summary>The JSON form of a file's report model (<c>reportsdk model --json</c>).</summary>
/// <param name="SchemaVersion">The version of this JSON shape.</param>
/// <param name="Path">The file's path as given, or null.</param>
/// <param name="Reports">One entry per report.</param>
/// <param name="Diagnostics">The parser's diagnostics.</param>
public sealed record ModelDocumentJson(int SchemaVersion, string? Path, IReadOnlyList<ModelReportJson> Reports, IReadOnlyList<ModelDiagnosticJson> Diagnostics);

/// <summary>One report of <see cref="ModelDocumentJson"/>.</summary>
/// <param name="Region">Region name or null.</param>
/// <param name="Level">national, province, city, county, district, town, township, street, or null.</param>
/// <param name="Year">The year the report plans for, or null.</param>
/// <param name="Meeting">Meeting date (ISO), congress, session and text.</param>
/// <param name="Speaker">Speaker name, office and text.</param>
/// <param name="Status">Stated document status, or null.</param>
/// <param name="Spans">Where each metadata value came from, by field name (region, level, year, meetingDate…).</param>
/// <param name="Targets">This year's targets, estimates and five-year figures (every kind but achieved).</param>
/// <param name="Achieved">Results of the year or term under review.</param>
/// <param name="Glossary">Terms explained by the notes.</param>
/// <param name="Lists">Lists such as 民生实事.</param>
public sealed record ModelReportJson(
    string? Region,
    string? Level,
    int? Year,
    ModelMeetingJson Meeting,
    ModelSpeakerJson Speaker,
    string? Status,
    IReadOnlyDictionary<string, ModelSpanJson> Spans,
    IReadOnlyList<TargetRow> Targets,
    IReadOnlyList<TargetRow> Achieved,
    IReadOnlyList<ModelGlossaryJson> Glossary,
    IReadOnlyList<ModelListJson> Lists);

/// <summary>The meeting at which a report was delivered.</summary>
/// <param name="Date">ISO date (yyyy-MM-dd) or null.</param>
/// <param name="Congress">Congress number or null.</param>
/// <param name="Session">Session number or null.</param>
/// <param name="Text">The meeting line or null.</param>
public sealed record ModelMeetingJson(string? Date, int? Congress, int? Session, string? Text);

/// <summary>The speaker of a report.</summary>
/// <param name="Name">Name or null.</param>
/// <param name="Office">Office or null.</param>
/// <param name="Text">The line read, or null.</param>
public sealed record ModelSpeakerJson(string? Name, string? Office, string? Text);

/// <summary>A source span: offset and length in UTF-16 code units, and the 1-based line.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Length.</param>
/// <param name="Line">1-based line number.</param>
public sealed record ModelSpanJson(int Start, int Length, int Line);

/// <summary>A glossary entry.</summary>
/// <param name="Term">The term.</param>
/// <param name="Definition">Its explanation.</param>
/// <param name="Line">1-based line of the note.</param>
/// <param name="References">1-based lines that refer to the term.</param>
public sealed record ModelGlossaryJson(string Term, string Definition, int Line, IReadOnlyList<int> References);

/// <summary>A list such as 民生实事.</summary>
/// <param name="Title">The list heading.</param>
/// <param name="Line">1-based line of the heading.</param>
/// <param name="Items">The items' headings.</param>
public sealed record ModelListJson(string Title, int Line, IReadOnlyList<string> Items);

/// <summary>A parser diagnostic.</summary>
/// <param name="Id">RPT id.</param>
/// <param name="Severity">info, warning or error.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">The message.</param>
public sealed record ModelDiagnosticJson(string Id, string Severity, int Line, int Column, string Message);

/// <summary>
/// One row of the targets table (CSV, JSON Lines, and the target objects of the model JSON). The column order
/// of the CSV is the order of these properties.
/// </summary>
/// <param name="Path">The file.</param>
/// <param name="Report">0-based index of the report in the file.</param>
/// <param name="Region">The report's region.</param>
/// <param name="Level">The report's level.</param>
/// <param name="ReportYear">The year the report plans for.</param>
/// <param name="Year">The year the figure is for (report year for a target, the year before for a result), or null.</param>
/// <param name="Indicator">The indicator phrase.</param>
/// <param name="IndicatorKey">Canonical key (gdp, cpi, urbanJobs…) or null.</param>
/// <param name="Measure">growth, level, share or decline.</param>
/// <param name="Low">Lower bound, normalized (万, 亿 multiplied out).</param>
/// <param name="High">Upper bound.</param>
/// <param name="Unit">%, 个百分点, 元, 人…</param>
/// <param name="Qualifier">exact, approximately, atLeast, atMost or range.</param>
/// <param name="Stretch">The stretch value's upper bound (力争8%), or null.</param>
/// <param name="Kind">target, achieved, estimate, fiveYearAverage or fiveYearGoal.</param>
/// <param name="Line">1-based line of the value.</param>
/// <param name="ValueText">The value as written.</param>
/// <param name="Section">The section heading.</param>
/// <param name="Text">The sentence.</param>
public sealed record TargetRow(
    string? Path,
    int Report,
    string? Region,
    string? Level,
    int? ReportYear,
    int? Year,
    string Indicator,
    string? IndicatorKey,
    string Measure,
    decimal Low,
    decimal High,
    string Unit,
    string Qualifier,
    decimal? Stretch,
    string Kind,
    int Line,
    string ValueText,
    string Section,
    string Text);
