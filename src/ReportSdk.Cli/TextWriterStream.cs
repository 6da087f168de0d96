using System.Text;

namespace ReportSdk.Cli;

/// <summary>
/// A write-only stream that decodes the UTF-8 written to it and passes the characters to a <see cref="TextWriter"/>
/// (standard output), remembering the last character so a batch can end each output with a line break.
/// </summary>
internal sealed class TextWriterStream(TextWriter writer) : Stream
{
    private const int CharBufferSize = 4096;

    private readonly Decoder _decoder = Utf8Output.Encoding.GetDecoder();
    private readonly char[] _chars = new char[CharBufferSize];

    /// <summary>The last character written, or null before the first.</summary>
    public char? LastChar { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer) => Decode(buffer, flush: false);

    /// <summary>Passes on any incomplete UTF-8 sequence held back (as U+FFFD) and flushes the writer.</summary>
    public override void Flush()
    {
        Decode([], flush: true);
        writer.Flush();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Decode(ReadOnlySpan<byte> bytes, bool flush)
    {
        while (true)
        {
            _decoder.Convert(bytes, _chars, flush, out int bytesUsed, out int charsUsed, out bool completed);
            if (charsUsed > 0)
            {
                writer.Write(_chars, 0, charsUsed);
                LastChar = _chars[charsUsed - 1];
            }

            bytes = bytes[bytesUsed..];

            // Done when every byte is used and the character buffer was not the limit (a partial sequence may stay held).
            if (bytes.IsEmpty && (completed || charsUsed < _chars.Length))
            {
                return;
            }
        }
    }
}
