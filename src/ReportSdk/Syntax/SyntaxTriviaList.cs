using System.Collections;
using ReportSdk.Syntax.InternalSyntax;

namespace ReportSdk.Syntax;

/// <summary>The leading or trailing trivia of a token.</summary>
public readonly struct SyntaxTriviaList : IReadOnlyList<SyntaxTrivia>
{
    private readonly SyntaxToken _token;
    private readonly GreenNode? _green;
    private readonly int _position;

    internal SyntaxTriviaList(SyntaxToken token, GreenNode? green, int position)
    {
        _token = token;
        _green = green;
        _position = position;
    }

    /// <summary>The number of trivia.</summary>
    public int Count => _green switch
    {
        null => 0,
        GreenTrivia => 1,
        _ => _green.SlotCount,
    };

    /// <summary>The trivia at <paramref name="index"/>.</summary>
    public SyntaxTrivia this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            if (_green is GreenTrivia single)
            {
                return new SyntaxTrivia(_token, single, _position);
            }

            int offset = 0;
            for (int i = 0; i < index; i++)
            {
                offset += _green!.GetSlot(i)!.FullWidth;
            }

            return new SyntaxTrivia(_token, (GreenTrivia)_green!.GetSlot(index)!, _position + offset);
        }
    }

    /// <summary>The full span of the trivia list.</summary>
    public Text.TextSpan FullSpan => new(_position, _green?.FullWidth ?? 0);

    /// <summary>Enumerates the trivia in order.</summary>
    public IEnumerator<SyntaxTrivia> GetEnumerator()
    {
        int position = _position;
        for (int i = 0, n = Count; i < n; i++)
        {
            var green = _green is GreenTrivia single ? single : (GreenTrivia)_green!.GetSlot(i)!;
            yield return new SyntaxTrivia(_token, green, position);
            position += green.FullWidth;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The text of all trivia in the list.</summary>
    public override string ToString() => _green?.ToFullString() ?? string.Empty;

    internal static GreenNode? CreateGreen(IEnumerable<SyntaxTrivia> trivia)
    {
        var list = new List<GreenNode>();
        foreach (var item in trivia)
        {
            if (item.Green is not null)
            {
                list.Add(item.Green);
            }
        }

        return list.Count switch
        {
            0 => null,
            1 => list[0],
            _ => GreenList.From([.. list]),
        };
    }
}
