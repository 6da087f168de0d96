using ReportSdk.Syntax;
using ReportSdk.Text;

namespace ReportSdk.Parsing;

/// <summary>One role a recognizer proposed for a line, with its score.</summary>
/// <param name="Role">The role name, such as <c>title</c>, <c>meeting</c>, <c>sectionHeading</c>, <c>chrome</c>.</param>
/// <param name="Score">The recognizer's score; higher is more likely. Scores of one line are comparable.</param>
/// <param name="Recognizer">The name of the recognizer that proposed it.</param>
public sealed record RoleCandidate(string Role, double Score, string Recognizer);

/// <summary>What the layout decoder decided for one line, and what it chose among.</summary>
/// <param name="Line">The 0-based line number.</param>
/// <param name="Span">The line's span without its line break.</param>
/// <param name="Role">The chosen role (<c>blank</c> for an empty line).</param>
/// <param name="Zone">The part of the report the line was placed in: <c>lead</c>, <c>preamble</c>, <c>body</c>, <c>closing</c>, <c>back</c>, <c>tail</c>.</param>
/// <param name="Candidates">Every role proposed for the line, best first.</param>
public sealed record LineDecision(int Line, TextSpan Span, string Role, string Zone, IReadOnlyList<RoleCandidate> Candidates);

/// <summary>
/// Explains a parse: the layout decoder's decision for every line, with the candidates it weighed.
/// For debugging and for the explorer page; it parses again, so do not call it on a hot path.
/// </summary>
public static class LayoutExplanation
{
    /// <summary>The decisions for every line of <paramref name="tree"/>'s text, in line order.</summary>
    public static IReadOnlyList<LineDecision> Explain(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return Explain(tree.GetText().ToString(), tree.Options);
    }

    /// <summary>The decisions for every line of <paramref name="text"/>, in line order.</summary>
    public static IReadOnlyList<LineDecision> Explain(string text, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = LineScanner.Scan(text);
        var trace = new LayoutTrace(lines.Length);
        var layout = DocumentLayout.Analyze(text, lines, options ?? ParseOptions.Default, trace);
        var result = new LineDecision[lines.Length];
        for (int i = 0; i < lines.Length; i++)
        {
            ref var line = ref layout.Lines[i];
            string role = line.IsBlank ? "blank" : RoleName(line.Role);
            string zone = trace.Zones[i] is { } z ? ZoneName(z) : line.IsBlank ? "blank" : "lead";
            var proposals = trace.Candidates[i] ?? [];
            var candidates = proposals
                .OrderByDescending(c => c.Score)
                .Select(c => new RoleCandidate(RoleName(c.Role) + "@" + ZoneName(c.Zone), c.Score,
                    c.Recognizer >= 0 ? RecognizerPipeline.Recognizers[c.Recognizer].Name : "default"))
                .ToArray();
            if (candidates.Length == 0 && !line.IsBlank)
            {
                // Lines outside every report's decoding (chrome before a report, a table of contents, a title) were placed by the report segmenter.
                candidates = [new RoleCandidate(role + "@" + zone, 0, "segmenter")];
            }

            result[i] = new LineDecision(i, TextSpan.FromBounds(line.Start, line.End), role, zone, candidates);
        }

        return result;
    }

    private static string ZoneName(LayoutZone zone) => zone.ToString().ToLowerInvariant();

    private static string RoleName(LineRole role) => role switch
    {
        LineRole.Blank => "chrome",
        _ => char.ToLowerInvariant(role.ToString()[0]) + role.ToString()[1..],
    };
}
