using ReportSdk.Diagnostics;

namespace ReportSdk.Serialization;

// Diagnostics restored from their JSON form; the reader puts them on the rebuilt tree's nodes (GreenDiagnosticPlacement).
public static partial class SyntaxTreeJson
{
    private readonly record struct StoredDiagnostic(string Id, DiagnosticSeverity Severity, int Start, int Length, string Message, string Path);

    /// <summary>
    /// The catalogue's descriptor when the stored message is its message without arguments, else a descriptor whose message
    /// is the stored text (braces escaped), with the catalogue's title when the id is known.
    /// </summary>
    private static DiagnosticDescriptor RestoreDescriptor(StoredDiagnostic stored)
    {
        DiagnosticDescriptor? known = null;
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            if (descriptor.Id == stored.Id)
            {
                known = descriptor;
                break;
            }
        }

        if (known is not null && known.DefaultSeverity == stored.Severity && known.MessageFormat == stored.Message && !stored.Message.Contains('{'))
        {
            return known;
        }

        string format = stored.Message.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
        return new DiagnosticDescriptor(stored.Id, known?.Title ?? stored.Id, format, stored.Severity);
    }
}
