namespace ReportSdk.Syntax;

/// <summary>
/// A mark a tool puts on a node or token, as Roslyn's <c>SyntaxAnnotation</c>: it travels with the node through
/// rewrites (<c>With*</c>, <see cref="SyntaxRewriter"/>, <c>Replace*</c>), because it is stored on the shared green node,
/// and <see cref="SyntaxNode.GetAnnotatedNodes(SyntaxAnnotation)"/> finds the node again in the new tree. Each instance
/// is its own identity; <see cref="Kind"/> and <see cref="Data"/> are free text for the tool.
/// </summary>
public sealed class SyntaxAnnotation : IEquatable<SyntaxAnnotation>
{
    private static long s_nextId;
    private readonly long _id;

    /// <summary>A new annotation with no kind and no data.</summary>
    public SyntaxAnnotation()
        : this(null, null)
    {
    }

    /// <summary>A new annotation of <paramref name="kind"/>.</summary>
    /// <param name="kind">What the annotation marks, for <see cref="SyntaxNode.GetAnnotatedNodes(string)"/>.</param>
    public SyntaxAnnotation(string? kind)
        : this(kind, null)
    {
    }

    /// <summary>A new annotation of <paramref name="kind"/> carrying <paramref name="data"/>.</summary>
    /// <param name="kind">What the annotation marks.</param>
    /// <param name="data">Free text for the tool that made it.</param>
    public SyntaxAnnotation(string? kind, string? data)
    {
        _id = Interlocked.Increment(ref s_nextId);
        Kind = kind;
        Data = data;
    }

    /// <summary>What the annotation marks, or null.</summary>
    public string? Kind { get; }

    /// <summary>The data the tool attached, or null.</summary>
    public string? Data { get; }

    /// <summary>Whether <paramref name="other"/> is this very annotation (annotations compare by identity).</summary>
    /// <param name="other">Another annotation.</param>
    /// <returns>True for the same annotation.</returns>
    public bool Equals(SyntaxAnnotation? other) => other is not null && other._id == _id;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SyntaxAnnotation);

    /// <inheritdoc/>
    public override int GetHashCode() => _id.GetHashCode();

    /// <summary>Equality by identity.</summary>
    public static bool operator ==(SyntaxAnnotation? left, SyntaxAnnotation? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by identity.</summary>
    public static bool operator !=(SyntaxAnnotation? left, SyntaxAnnotation? right) => !(left == right);

    /// <summary>The kind and data, for debugging.</summary>
    public override string ToString() => $"Annotation {_id}: {Kind} {Data}".TrimEnd();
}
