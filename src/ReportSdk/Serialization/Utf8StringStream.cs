using System.Text;

namespace ReportSdk.Serialization;

/// <summary>
/// A read-only stream of the UTF-8 bytes of a string, encoded chunk by chunk on demand, so reading a large JSON
/// string does not first copy it whole into a byte array. Unpaired surrogates become U+FFFD.
/// </summary>
internal sealed class Utf8StringStream : Stream
{
    private readonly string _text;
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetEncoder();
    private int _position;
    private long _bytes;
    private readonly byte[] _pending = new byte[16];
    private int _pendingStart;
    private int _pendingCount;

    public Utf8StringStream(string text)
    {
        _text = text;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _bytes;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_pendingCount > 0)
        {
            int n = Math.Min(_pendingCount, buffer.Length);
            _pending.AsSpan(_pendingStart, n).CopyTo(buffer);
            _pendingStart += n;
            _pendingCount -= n;
            _bytes += n;
            return n;
        }

        if (buffer.Length < 8 && buffer.Length > 0 && _position < _text.Length)
        {
            // Too small to encode into directly: encode into a scratch buffer and hand it out in pieces.
            _pendingStart = 0;
            _pendingCount = Read(_pending.AsSpan());
            _bytes -= _pendingCount;
            return Read(buffer);
        }

        int total = 0;
        while (total == 0 && _position < _text.Length)
        {
            // At most 3 bytes per UTF-16 char (a surrogate pair is 4 bytes for 2 chars); a high surrogate at the end
            // of a chunk is held by the encoder and written with the next chunk.
            int chars = Math.Min(_text.Length - _position, buffer.Length / 3);
            bool flush = _position + chars >= _text.Length;
            _encoder.Convert(_text.AsSpan(_position, chars), buffer, flush, out int charsUsed, out int bytesUsed, out _);
            _position += charsUsed;
            total = bytesUsed;
        }

        _bytes += total;
        return total;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
