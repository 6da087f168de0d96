namespace ReportSdk.Tests.Properties;

/// <summary>
/// A small, fast, seeded random source (SplitMix64). Unlike <see cref="Random"/> its sequence is fixed
/// by this file, so a seed printed by a failing case reproduces the same input on every runtime.
/// </summary>
internal sealed class PropertyRandom
{
    private ulong _state;

    public PropertyRandom(ulong seed) => _state = seed;

    /// <summary>The seed of case <paramref name="caseIndex"/> of a run with base seed <paramref name="baseSeed"/> and stream <paramref name="stream"/>.</summary>
    public static ulong CaseSeed(ulong baseSeed, string stream, int caseIndex)
    {
        ulong h = baseSeed ^ 0x9E3779B97F4A7C15UL;
        foreach (char c in stream)
        {
            h = Mix(h ^ c);
        }

        return Mix(h ^ (ulong)caseIndex);
    }

    public ulong NextULong()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>A value in <c>[0, maxExclusive)</c>; 0 when <paramref name="maxExclusive"/> ≤ 0.</summary>
    public int Next(int maxExclusive) => maxExclusive <= 0 ? 0 : (int)(NextULong() % (ulong)maxExclusive);

    /// <summary>A value in <c>[min, maxExclusive)</c>.</summary>
    public int Next(int min, int maxExclusive) => maxExclusive <= min ? min : min + Next(maxExclusive - min);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => (NextULong() >> 11) * (1.0 / (1UL << 53)) < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A size drawn so that most values are small and a few are large (log-uniform in <c>[min, max]</c>).</summary>
    public int SkewedSize(int min, int max)
    {
        double lo = Math.Log(Math.Max(1, min));
        double hi = Math.Log(Math.Max(min + 1, max));
        double u = (NextULong() >> 11) * (1.0 / (1UL << 53));
        return Math.Clamp((int)Math.Exp(lo + (u * (hi - lo))), min, max);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
