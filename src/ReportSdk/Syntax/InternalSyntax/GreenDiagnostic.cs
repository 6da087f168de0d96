using ReportSdk.Diagnostics;

namespace ReportSdk.Syntax.InternalSyntax;

/// <summary>
/// A diagnostic held by the green node it belongs to (as Roslyn keeps diagnostics on green nodes): the span is relative
/// to the node's full start (its leading trivia included), so a green subtree reused in another tree or at another
/// position carries its diagnostics with it and needs no shifting.
/// </summary>
/// <param name="Descriptor">What kind of diagnostic this is.</param>
/// <param name="Offset">The start, relative to the full start of the node that holds it.</param>
/// <param name="Length">The length of the span.</param>
/// <param name="Arguments">The values formatted into the message.</param>
internal readonly record struct GreenDiagnostic(DiagnosticDescriptor Descriptor, int Offset, int Length, object?[] Arguments)
{
    /// <summary>
    /// Whether the diagnostic sums up the others (RPT0012 counts the text RPT0007 skipped), so among diagnostics at one
    /// position it comes after the findings it sums up, as the parser reports it. Keyed by id, so a descriptor restored
    /// from JSON orders the same.
    /// </summary>
    public bool IsSummary => Descriptor.Id == DiagnosticDescriptors.MostTextSkipped.Id;

    /// <summary>This diagnostic moved by <paramref name="shift"/> characters relative to its node.</summary>
    public GreenDiagnostic Shifted(int shift) => this with { Offset = Offset + shift };
}
