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
public sealed record LineDecision(int Line, TextSpan Span, string Role, string Zone, IReadOnlyList<RoleCandidate> Candidates)
{
    /// <summary>
    /// Which stage decided the role, in one sentence: the report segmenter (titles, tables of contents, chrome
    /// around reports), the decoder's default for the zone when no recognizer proposed anything, the decoder's best
    /// path through the zones, or the body structure decoder overruling the line's own best candidate (numbering order and nesting).
    /// </summary>
    public string Reason { get; init; } = "";
}

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
            var proposals = trace.Candidates[i];
            var candidates = (proposals ?? [])
                .OrderByDescending(c => c.Score)
                .Select(c => new RoleCandidate(RoleName(c.Role) + "@" + ZoneName(c.Zone), c.Score,
                    c.Recognizer >= 0 ? RecognizerPipeline.Recognizers[c.Recognizer].Name : DefaultRecognizerName))
                .ToArray();
            string reason;
            if (line.IsBlank)
            {
                reason = "An empty line; it belongs to the trivia around it.";
            }
            else if (trace.Chosen[i] is not { } taken)
            {
                // Lines outside every report's decoding (chrome before a report, a table of contents, a title) were placed by the report segmenter.
                candidates = [new RoleCandidate(role + "@" + zone, 0, SegmenterName)];
                reason = "Placed by the report segmenter, which finds report starts by their titles, tables of contents and the chrome around reports.";
            }
            else
            {
                string takenRole = RoleName(taken.Role);
                if (taken.Recognizer < 0)
                {
                    // The zone's default is a candidate of its own in the decoder's tables: show it beside the proposals.
                    candidates = [.. candidates, new RoleCandidate(takenRole + "@" + zone, taken.Score, DefaultRecognizerName)];
                    candidates = [.. candidates.OrderByDescending(c => c.Score)];
                }

                string how = taken.Recognizer < 0
                    ? $"no recognizer's proposal beat the {zone} zone's default, {takenRole}"
                    : $"it took {RecognizerPipeline.Recognizers[taken.Recognizer].Name}'s proposal {takenRole}";
                reason = takenRole == role
                    ? $"The decoder's best path through the report's zones put the line in the {zone} zone: {how}."
                    : $"The decoder's best path put the line in the {zone} zone ({how}); a later layout pass then made it {role}: the preamble's slot order, or the body structure decoder (numbering order, nesting and the section's other headings outrank one line's score).";
            }

            result[i] = new LineDecision(i, TextSpan.FromBounds(line.Start, line.End), role, zone, candidates) { Reason = reason };
        }

        return result;
    }

    private const string SegmenterName = "segmenter";

    private const string DefaultRecognizerName = "default";

    private static string RoleOf(RoleCandidate candidate) => candidate.Role[..candidate.Role.IndexOf('@')];

    private static string ZoneName(LayoutZone zone) => zone.ToString().ToLowerInvariant();

    private static string RoleName(LineRole role) => role switch
    {
        LineRole.Blank => "chrome",
        _ => char.ToLowerInvariant(role.ToString()[0]) + role.ToString()[1..],
    };
}
