using System.Collections.Concurrent;
using Sprache;

using ReportSdk.Syntax;

namespace ReportSdk.Parsing;

/// <summary>
/// Memoizes a Sprache grammar's results by the exact text it looks at. The genre repeats the same
/// few hundred markers and marks (<c>一、</c>, <c>（三）</c>, <c>&lt;sup&gt;7&lt;/sup&gt;</c>) thousands of times, and a
/// Sprache run allocates a few kilobytes, so each distinct window is parsed once per process. The
/// caller passes the window the grammar can consume, which makes the result depend on the
/// window's text alone. Lookups use the span, so a hit allocates nothing. Thread-safe; bounded.
/// </summary>
internal sealed class GrammarMemo<T>
{
    private const int MaxEntries = 16_384;
    private readonly Parser<T> _parser;
    private readonly ConcurrentDictionary<string, (bool Ok, T Value, int Consumed)> _results = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (bool Ok, T Value, int Consumed)>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public GrammarMemo(Parser<T> parser)
    {
        _parser = parser;
        _lookup = _results.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Parses <c>source[start..windowEnd)</c>; <paramref name="next"/> is the absolute position after the match.</summary>
    public bool TryParse(string source, int start, int windowEnd, out T value, out int next)
    {
        var window = source.AsSpan(start, windowEnd - start);
        if (!_lookup.TryGetValue(window, out var result))
        {
            bool ok = LineGrammar.TryParse(_parser, source, start, windowEnd, out var parsed, out int end);
            result = (ok, parsed, ok ? end - start : 0);
            if (_results.Count >= MaxEntries)
            {
                // Full (hostile or very varied input): start over rather than stop learning, so the
                // windows that matter now are cached again.
                _results.Clear();
            }

            _lookup.TryAdd(window, result);
        }

        value = result.Value;
        next = start + result.Consumed;
        return result.Ok;
    }
}
