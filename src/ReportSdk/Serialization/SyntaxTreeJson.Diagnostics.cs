using ReportSdk.Diagnostics;
using ReportSdk.Syntax;
using ReportSdk.Text;

namespace ReportSdk.Serialization;

// Diagnostics restored from their JSON form onto the rebuilt tree.
public static partial class SyntaxTreeJson
{
    private readonly record struct StoredDiagnostic(string Id, DiagnosticSeverity Severity, int Start, int Length, string Message, string Path);

    private static Diagnostic RestoreDiagnostic(SyntaxTree tree, StoredDiagnostic stored)
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

        var location = new Location(tree, new TextSpan(stored.Start, stored.Length));
        if (known is not null && known.DefaultSeverity == stored.Severity && known.MessageFormat == stored.Message && !stored.Message.Contains('{'))
        {
            return new Diagnostic(known, location);
        }

        string format = stored.Message.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
        var restored = new DiagnosticDescriptor(stored.Id, known?.Title ?? stored.Id, format, stored.Severity);
        return new Diagnostic(restored, location);
    }
}
