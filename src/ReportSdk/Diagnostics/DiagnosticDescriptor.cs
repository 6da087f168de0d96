namespace ReportSdk.Diagnostics;

/// <summary>Describes one kind of diagnostic: its stable id, title, message format and severity.</summary>
public sealed class DiagnosticDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    public DiagnosticDescriptor(string id, string title, string messageFormat, DiagnosticSeverity defaultSeverity)
    {
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        DefaultSeverity = defaultSeverity;
    }

    /// <summary>The stable id, such as <c>RPT0001</c>.</summary>
    public string Id { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>The message, with <see cref="string.Format(string, object?[])"/> placeholders.</summary>
    public string MessageFormat { get; }

    /// <summary>The severity diagnostics of this kind get.</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Title}";
}
