using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ReportSdk.Parsing;

/// <summary>
/// Finds the first character of a fixed set in a text, for sets that mix ASCII with CJK punctuation. The set is
/// kept as its runs of consecutive code units, and a vector of characters is tested against every run at once
/// (one comparison per single character, a subtraction, a minimum and a comparison per longer run). Runs in a
/// Unicode block that running report text does not use (circled numbers, enclosed CJK) are tested by their block
/// alone — one comparison of the high byte for all the set's runs there — and a hit is verified in a bitmap.
/// <see cref="System.Buffers.SearchValues{T}"/> handles such sets with a probabilistic map whose false positives
/// on Han text cost a verification each. Built once per set (a static field), immutable, thread-safe.
/// </summary>
internal sealed class CharSetSearch
{
    /// <summary>More runs than this make the per-vector test slower than a scalar bitmap lookup.</summary>
    private const int MaxVectorRuns = 16;

    /// <summary>
    /// The 256-character blocks (high bytes) that running report text uses for its own characters and punctuation
    /// (ASCII, general punctuation, CJK symbols, full-width forms): a run there is tested exactly, since a block
    /// test would stop at every comma. Han blocks are never tested by block either (a set's runs are not Han).
    /// </summary>
    private static readonly byte[] RunningTextBlocks = [0x00, 0x20, 0x30, 0xFF];

    /// <summary>The blocks of the CJK unified ideographs (extension A to the end of the basic block).</summary>
    private const int FirstHanBlock = 0x34, LastHanBlock = 0x9F;

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
    private readonly Vector256<ushort>[] _blocks256;
    private readonly Vector128<ushort>[] _blocks128;

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

        // A block holding only runs of the set, none of them crossing into another block, and not a block of running
        // text, is tested by its high byte.
        int Block(int r) => starts[r] >> 8;
        var blocks = ranges
            .GroupBy(Block)
            .Where(g => !RunningTextBlocks.Contains((byte)g.Key) && g.Key is < FirstHanBlock or > LastHanBlock
                && g.All(r => (starts[r] + lengths[r]) >> 8 == g.Key)
                && !singles.Any(c => c >> 8 == g.Key))
            .Select(g => g.Key)
            .ToArray();
        ranges = [.. ranges.Where(r => !blocks.Contains(Block(r)))];
        _blocks256 = [.. blocks.Select(b => Vector256.Create((ushort)b))];
        _blocks128 = [.. blocks.Select(b => Vector128.Create((ushort)b))];
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
                    if (hits != 0 && FirstVerified(text, i, hits) is int found and >= 0)
                    {
                        return found;
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
                    if (hits != 0 && FirstVerified(text, i, hits) is int found and >= 0)
                    {
                        return found;
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

    /// <summary>The first lane of <paramref name="hits"/> (a vector at <paramref name="offset"/>) whose character is in the set, or -1: block tests can hit characters outside it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FirstVerified(ReadOnlySpan<char> text, int offset, uint hits)
    {
        if (_blocks256.Length == 0)
        {
            return offset + BitOperations.TrailingZeroCount(hits);
        }

        do
        {
            int at = offset + BitOperations.TrailingZeroCount(hits);
            if (Contains(text[at]))
            {
                return at;
            }

            hits &= hits - 1;
        }
        while (hits != 0);
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

        if (_blocks256.Length > 0)
        {
            var block = Vector256.ShiftRightLogical(characters, 8);
            foreach (var b in _blocks256)
            {
                hit |= Vector256.Equals(block, b);
            }
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

        if (_blocks128.Length > 0)
        {
            var block = Vector128.ShiftRightLogical(characters, 8);
            foreach (var b in _blocks128)
            {
                hit |= Vector128.Equals(block, b);
            }
        }

        return hit.ExtractMostSignificantBits();
    }
}
