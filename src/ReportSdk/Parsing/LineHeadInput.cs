using Sprache;

using ReportSdk.Syntax;

namespace ReportSdk.Parsing;

/// <summary>
/// A Sprache input over a window of the source string (the head of one line), so grammars run
/// on the few characters that decide a line's shape without copying the text. Unlike Sprache's own
/// <c>Input</c>, it carries no memo dictionary, which keeps each <see cref="Advance"/> to one small object.
/// </summary>
internal sealed class LineHeadInput : IInput
{
    private readonly int _end;
    private IDictionary<object, object>? _memos;

    public LineHeadInput(string source, int position, int end)
    {
        Source = source;
        Position = position;
        _end = end;
    }

    public string Source { get; }

    public int Position { get; }

    public char Current => Source[Position];

    public bool AtEnd => Position >= _end;

    public int Line => 1;

    public int Column => Position + 1;

    public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

    public IInput Advance()
    {
        if (AtEnd)
        {
            throw new InvalidOperationException("The input is already at the end of the line head.");
        }

        return new LineHeadInput(Source, Position + 1, _end);
    }

    public bool Equals(IInput? other) => other is LineHeadInput input && ReferenceEquals(Source, input.Source) && Position == input.Position && _end == input._end;

    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Position, _end);
}
