using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ReportSdk.Text;

/// <summary>
/// Decodes raw bytes of a report into text, choosing the encoding by BOM, UTF-16 heuristics, strict
/// UTF-8 validation and finally GB18030 (the superset of GB2312/GBK used by older Chinese documents).
/// </summary>
internal static class EncodingDetector
{
    /// <summary>UTF-8 that reports a BOM preamble; used when the input carried a UTF-8 BOM.</summary>
    private static readonly Encoding s_utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>UTF-8 without a preamble; used for BOM-less UTF-8 input and empty input.</summary>
    private static readonly Encoding s_utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private static readonly Encoding s_strictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    /// <summary>The share of zero bytes (at even or odd offsets) in the first 4 KB above which BOM-less UTF-16 is assumed.</summary>
    private const double Utf16ZeroByteThreshold = 0.30;

    private const int SniffLength = 4096;

    /// <summary>Inputs up to this size are decoded through a pooled buffer (see <see cref="TryDecodeValidUtf8"/>).</summary>
    private const int PooledDecodeMaxBytes = 4 * 1024 * 1024;

    /// <summary>Decodes <paramref name="bytes"/> into a string.</summary>
    /// <param name="bytes">The raw bytes.</param>
    /// <param name="encoding">The encoding that was used to decode.</param>
    /// <param name="wasGuessed">True when the encoding was a heuristic guess or decoding had to insert U+FFFD.</param>
    /// <returns>The decoded text, without any byte order mark.</returns>
    public static string Decode(ReadOnlySpan<byte> bytes, out Encoding encoding, out bool wasGuessed)
    {
        wasGuessed = false;
        if (bytes.IsEmpty)
        {
            encoding = s_utf8NoBom;
            return string.Empty;
        }

        // 1. Byte order marks. The BOM is encoding, not text, so it is stripped from the result.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            encoding = s_utf8WithBom;
            return TryDecodeValidUtf8(bytes[3..]) ?? DecodeStrictOrReplace(bytes[3..], s_strictUtf8, s_utf8WithBom, ref wasGuessed);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            encoding = Encoding.Unicode;
            return DecodeStrictOrReplace(bytes[2..], new UnicodeEncoding(false, false, true), encoding, ref wasGuessed);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            encoding = Encoding.BigEndianUnicode;
            return DecodeStrictOrReplace(bytes[2..], new UnicodeEncoding(true, false, true), encoding, ref wasGuessed);
        }

        // 2. BOM-less UTF-16 (checked before UTF-8 because NUL bytes are valid UTF-8).
        if (LooksLikeUtf16(bytes, out bool bigEndian))
        {
            wasGuessed = true;
            encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false);
            return encoding.GetString(bytes);
        }

        // 3. UTF-8, validated and transcoded in one pass.
        if (TryDecodeValidUtf8(bytes) is { } text)
        {
            encoding = s_utf8NoBom;
            return text;
        }

        // A few bad sequences in otherwise valid UTF-8 (a download cut inside a character, one
        // corrupted byte) are damage, not another encoding: keep UTF-8 and mark the guess.
        // A sample decides first, so text in another encoding is not decoded twice in full.
        string sample = s_utf8NoBom.GetString(bytes[..Math.Min(bytes.Length, 65536)]);
        string repaired = sample.AsSpan().Count('\uFFFD') * 200 > sample.Length ? string.Empty
            : bytes.Length <= 65536 ? sample : s_utf8NoBom.GetString(bytes);
        if (repaired.Length > 0 && repaired.AsSpan().Count('\uFFFD') * 200 <= repaired.Length)
        {
            wasGuessed = true;
            encoding = s_utf8NoBom;
            return repaired;
        }

        // 4. BOM-less UTF-16 of mostly Chinese text has few zero bytes: compare how plausible the
        //    text looks when read as UTF-16 (either order) and as GB18030, on a sample.
        if (bytes.Length % 2 == 0 && bytes.Length >= 64 && BestUtf16ByPlausibility(bytes) is { } utf16)
        {
            wasGuessed = true;
            encoding = utf16;
            return utf16.GetString(bytes);
        }

        // 5. GB18030 fallback.
        encoding = Gb18030.Replacing;
        return DecodeStrictOrReplace(bytes, Gb18030.Strict, Gb18030.Replacing, ref wasGuessed);
    }

    /// <summary>
    /// The text of <paramref name="bytes"/> when they are valid UTF-8, else null. Validation and transcoding are one
    /// pass (<see cref="Utf8.ToUtf16(ReadOnlySpan{byte}, Span{char}, out int, out int, bool, bool)"/> stops at the first
    /// invalid sequence): into a pooled buffer, then the string is created once, for inputs up to
    /// <see cref="PooledDecodeMaxBytes"/>; a larger input is counted and transcoded straight into its string by the
    /// strict decoder (two passes), so that no buffer of twice its size stays in the pool.
    /// </summary>
    private static string? TryDecodeValidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length <= PooledDecodeMaxBytes)
        {
            // One UTF-16 code unit per byte at most.
            char[] buffer = ArrayPool<char>.Shared.Rent(bytes.Length);
            try
            {
                return Utf8.ToUtf16(bytes, buffer, out _, out int written, replaceInvalidSequences: false) == OperationStatus.Done
                    ? new string(buffer, 0, written)
                    : null;
            }
            finally
            {
                ArrayPool<char>.Shared.Return(buffer);
            }
        }

        try
        {
            return s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static Encoding? BestUtf16ByPlausibility(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        double gb = Plausibility(Gb18030.Replacing.GetString(sample));
        var little = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        var big = new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
        double le = Plausibility(little.GetString(sample));
        double be = Plausibility(big.GetString(sample));
        var (best, score) = le >= be ? (little, le) : (big, be);
        return score >= 0.9 && score > gb + 0.1 ? best : null;
    }

    /// <summary>The share of characters a Chinese report is made of: CJK ideographs and punctuation, full-width forms, ASCII text and white space.</summary>
    private static double Plausibility(string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        int good = 0;
        foreach (char c in text)
        {
            if (c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFFEF')
                or (>= ' ' and <= '~') or '\n' or '\r' or '\t' or (>= '\u2000' and <= '\u206F') or (>= '\u2460' and <= '\u24FF'))
            {
                good++;
            }
        }

        return (double)good / text.Length;
    }

    private static string DecodeStrictOrReplace(ReadOnlySpan<byte> bytes, Encoding strict, Encoding replacing, ref bool wasGuessed)
    {
        try
        {
            return strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            wasGuessed = true;
            return replacing.GetString(bytes);
        }
    }

    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        ReadOnlySpan<byte> sample = bytes[..Math.Min(bytes.Length, SniffLength)];
        int pairs = sample.Length / 2;
        if (pairs == 0)
        {
            return false;
        }

        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] == 0)
            {
                evenZeros++;
            }

            if (sample[i + 1] == 0)
            {
                oddZeros++;
            }
        }

        bool evenHigh = evenZeros >= pairs * Utf16ZeroByteThreshold;
        bool oddHigh = oddZeros >= pairs * Utf16ZeroByteThreshold;
        if (evenHigh == oddHigh)
        {
            // Neither (ordinary 8-bit text) or both (binary/NUL-filled data): not UTF-16.
            return false;
        }

        // ASCII in UTF-16 LE is "a\0", so zeros at odd offsets mean little endian.
        bigEndian = evenHigh;
        return true;
    }

    /// <summary>Lazily registers the code-pages provider and creates GB18030 instances on first use.</summary>
    private static class Gb18030
    {
        static Gb18030()
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            Strict = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            Replacing = Encoding.GetEncoding("GB18030", new EncoderReplacementFallback("?"), new DecoderReplacementFallback("\uFFFD"));
        }

        public static Encoding Strict { get; }

        public static Encoding Replacing { get; }
    }
}
