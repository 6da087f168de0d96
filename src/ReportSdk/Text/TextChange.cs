namespace ReportSdk.Text;

/// <summary>
/// A single edit: replace the characters in <see cref="Span"/> with <see cref="NewText"/>.
/// An empty span is an insertion; an empty <see cref="NewText"/> is a deletion. Applied with
/// <see cref="SourceText.WithChanges(TextChange[])"/>.
/// </summary>
public readonly struct TextChange : IEquatable<TextChange>
{
    private readonly string? _newText;

    /// <summary>Creates a text change.</summary>
    /// <param name="span">The span of the old text to replace.</param>
    /// <param name="newText">The replacement text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="newText"/> is null.</exception>
    public TextChange(TextSpan span, string newText)
    {
        ArgumentNullException.ThrowIfNull(newText);
        Span = span;
        _newText = newText;
    }

    /// <summary>The span of the old text that is replaced.</summary>
    public TextSpan Span { get; }

    /// <summary>The text that replaces <see cref="Span"/> (never null; empty for <c>default</c>).</summary>
    public string NewText => _newText ?? string.Empty;

    /// <inheritdoc/>
    public bool Equals(TextChange other) => Span == other.Span && string.Equals(NewText, other.NewText, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TextChange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Span, StringComparer.Ordinal.GetHashCode(NewText));

    /// <summary>Formats the change as <c>[start..end) =&gt; "new text"</c> for debugging.</summary>
    /// <returns>The formatted change.</returns>
    public override string ToString() => $"{Span} => \"{NewText}\"";

    /// <summary>Value equality.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns>True if span and new text are equal (ordinal).</returns>
    public static bool operator ==(TextChange left, TextChange right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns>True if span or new text differ.</returns>
    public static bool operator !=(TextChange left, TextChange right) => !left.Equals(right);
}
