using System.Text;

namespace ReportSdk.Cli;

/// <summary>Helpers for writing outputs as UTF-8 without a byte order mark.</summary>
internal static class Utf8Output
{
    /// <summary>UTF-8 without a byte order mark: outputs are exactly what was produced.</summary>
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private const int WriterBufferSize = 1 << 16;

    /// <summary>Runs <paramref name="write"/> on a text writer over <paramref name="destination"/>, flushing it at the end; the stream stays open.</summary>
    public static void WriteText(Stream destination, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(destination, Encoding, WriterBufferSize, leaveOpen: true);
        write(writer);
        writer.Flush();
    }

    /// <summary>Writes <see cref="Environment.NewLine"/> as UTF-8.</summary>
    public static void WriteNewLine(Stream destination) => destination.Write(Encoding.GetBytes(Environment.NewLine));
}
