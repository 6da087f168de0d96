namespace ReportSdk.Cli;

/// <summary>How inputs are read: the size limit per input.</summary>
/// <param name="MaxBytes">The largest input accepted, in bytes (<c>--max-input-size</c>); larger ones are an input error before any read.</param>
internal sealed record InputReadOptions(long MaxBytes)
{
    /// <summary>Bytes in a mebibyte, the unit of <c>--max-input-size</c>.</summary>
    public const long BytesPerMebibyte = 1024 * 1024;

    /// <summary>
    /// The default size limit per input, in MiB. Real reports are well under 1 MiB; a parse needs several times its
    /// input in memory (the text as UTF-16, the tree, the output), so this keeps a run far from exhausting memory.
    /// </summary>
    public const int DefaultMaxMebibytes = 256;

    /// <summary>
    /// The highest value <c>--max-input-size</c> accepts, in MiB: the decoded text must fit in one .NET string
    /// (about 2^30 characters), and one byte can become one character.
    /// </summary>
    public const int MaxMebibytesCeiling = 1023;

    /// <summary>The defaults: inputs up to <see cref="DefaultMaxMebibytes"/> MiB.</summary>
    public static InputReadOptions Default { get; } = new(DefaultMaxMebibytes * BytesPerMebibyte);
}
