using System.Globalization;

namespace ReportSdk.Diagnostics;

/// <summary>
/// Something the parser noticed and recovered from, with where it is. Parsing never throws on
/// input text: everything unusual becomes a diagnostic.
/// </summary>
public sealed class Diagnostic
{
    private readonly object?[] _arguments;

    /// <summary>Creates a diagnostic.</summary>
    public Diagnostic(DiagnosticDescriptor descriptor, Location location, params object?[] arguments)
    {
        Descriptor = descriptor ?? throw new ArgumentNullException(nameof(descriptor));
        Location = location ?? throw new ArgumentNullException(nameof(location));
        _arguments = arguments ?? [];
    }

    /// <summary>What kind of diagnostic this is.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The id, such as <c>RPT0001</c>.</summary>
    public string Id => Descriptor.Id;

    /// <summary>The severity.</summary>
    public DiagnosticSeverity Severity => Descriptor.DefaultSeverity;

    /// <summary>Where the diagnostic applies.</summary>
    public Location Location { get; }

    /// <summary>The values formatted into the message.</summary>
    public IReadOnlyList<object?> Arguments => Array.AsReadOnly(_arguments);

    /// <summary>The formatted message.</summary>
    public string GetMessage() => string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, _arguments);

    /// <summary>
    /// The diagnostic in compiler format, <c>path(line,col): warning RPT0001: message</c>, with the 1-based start of
    /// <see cref="Location.GetLineSpan"/> as <see cref="FileLinePositionSpan.ToString"/> writes it.
    /// </summary>
    public override string ToString()
    {
        string severity = Severity.ToString().ToLowerInvariant();
        return $"{Location.GetLineSpan()}: {severity} {Id}: {GetMessage()}";
    }
}
