using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ReportSdk.Parsing;

/// <summary>
/// Finds the first character of a fixed set in a text, for sets that mix ASCII with CJK punctuation. The set is
/// kept as its runs of consecutive code units, and a vector of characters is tested against every run at once
/// (one comparison per single character, a subtraction, a minimum and a comparison per longer run). <see cref="System.Buffers.SearchValues{T}"/> handles
/// such sets with a probabilistic map whose false positives on Han text cost a verification each; this is exact.
/// Built once per set (a static field), immutable, thread-safe.
/// </summary>
internal sealed class CharSetSearch
{
    /// <summary>More runs than this make the per-vector test slower than a scalar bitmap lookup.</summary>
    private const int MaxVectorRuns = 16;

    private readonly ushort[] _runStarts;
    private readonly ulong[] _bitmap = new ulong[65536 / 64];

    // The runs as broadcast vectors, made once: single characters are compared for equality (one instruction),
    // longer runs by an unsigned range test (subtract, minimum, compare).
    private readonly Vector256<ushort>[] _singles256;
    private readonly Vector256<ushort>[] _rangeStarts256;
    private readonly Vector256<ushort>[] _rangeLengths256;
    private readonly Vector128<ushort>[] _singles128;
    private readonly Vector128<ushort>[] _rangeStarts128;
    private readonly Vector128<ushort>[] _rangeLengths128;

    /// <summary>Makes a search for the characters of <paramref name="characters"/> (order and repeats do not matter).</summary>
    public CharSetSearch(string characters)
    {
        var sorted = characters.Distinct().Order().ToArray();
        var starts = new List<ushort>();
        var lengths = new List<ushort>();
        for (int i = 0; i < sorted.Length; i++)
        {
            char c = sorted[i];
            _bitmap[c >> 6] |= 1UL << (c & 63);
            if (i > 0 && sorted[i - 1] + 1 == c)
            {
                lengths[^1]++;
            }
            else
            {
                starts.Add(c);
                lengths.Add(0);
            }
        }

        _runStarts = [.. starts];
        var singles = Enumerable.Range(0, starts.Count).Where(r => lengths[r] == 0).Select(r => starts[r]).ToArray();
        var ranges = Enumerable.Range(0, starts.Count).Where(r => lengths[r] > 0).ToArray();
        _singles256 = [.. singles.Select(c => Vector256.Create(c))];
        _rangeStarts256 = [.. ranges.Select(r => Vector256.Create(starts[r]))];
        _rangeLengths256 = [.. ranges.Select(r => Vector256.Create(lengths[r]))];
        _singles128 = [.. singles.Select(c => Vector128.Create(c))];
        _rangeStarts128 = [.. ranges.Select(r => Vector128.Create(starts[r]))];
        _rangeLengths128 = [.. ranges.Select(r => Vector128.Create(lengths[r]))];
    }

    /// <summary>Whether <paramref name="c"/> is in the set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(char c) => (_bitmap[c >> 6] & (1UL << (c & 63))) != 0;

    /// <summary>Whether <paramref name="text"/> holds a character of the set.</summary>
    public bool ContainsAny(ReadOnlySpan<char> text) => IndexOfAny(text) >= 0;

    /// <summary>The index of the first character of the set in <paramref name="text"/>, or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<char> text)
    {
        int i = 0;
        if (_runStarts.Length <= MaxVectorRuns)
        {
            ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            if (Vector256.IsHardwareAccelerated && text.Length >= Vector256<ushort>.Count)
            {
                int lastVector = text.Length - Vector256<ushort>.Count;
                while (true)
                {
                    uint hits = Hits256(Vector256.LoadUnsafe(ref start, (nuint)i));
                    if (hits != 0)
                    {
                        return i + BitOperations.TrailingZeroCount(hits);
                    }

                    if (i == lastVector)
                    {
                        return -1;
                    }

                    // The last vector overlaps the one before instead of leaving a scalar tail.
                    i = Math.Min(i + Vector256<ushort>.Count, lastVector);
                }
            }

            if (Vector128.IsHardwareAccelerated && text.Length >= Vector128<ushort>.Count)
            {
                int lastVector = text.Length - Vector128<ushort>.Count;
                while (true)
                {
                    uint hits = Hits128(Vector128.LoadUnsafe(ref start, (nuint)i));
                    if (hits != 0)
                    {
                        return i + BitOperations.TrailingZeroCount(hits);
                    }

                    if (i == lastVector)
                    {
                        return -1;
                    }

                    i = Math.Min(i + Vector128<ushort>.Count, lastVector);
                }
            }
        }

        for (; i < text.Length; i++)
        {
            if (Contains(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint Hits256(Vector256<ushort> characters)
    {
        var hit = Vector256<ushort>.Zero;
        foreach (var single in _singles256)
        {
            hit |= Vector256.Equals(characters, single);
        }

        for (int r = 0; r < _rangeStarts256.Length; r++)
        {
            var offset = characters - _rangeStarts256[r];
            hit |= Vector256.Equals(Vector256.Min(offset, _rangeLengths256[r]), offset);
        }

        return hit.ExtractMostSignificantBits();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint Hits128(Vector128<ushort> characters)
    {
        var hit = Vector128<ushort>.Zero;
        foreach (var single in _singles128)
        {
            hit |= Vector128.Equals(characters, single);
        }

        for (int r = 0; r < _rangeStarts128.Length; r++)
        {
            var offset = characters - _rangeStarts128[r];
            hit |= Vector128.Equals(Vector128.Min(offset, _rangeLengths128[r]), offset);
        }

        return hit.ExtractMostSignificantBits();
    }
}
