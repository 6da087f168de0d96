using System.Buffers;

namespace ReportSdk.Cli;

/// <summary>An input's bytes in a buffer rented from <see cref="ArrayPool{T}.Shared"/>; <see cref="Dispose"/> returns it.</summary>
internal sealed class PooledBytes(byte[] buffer, int length) : IDisposable
{
    private byte[]? _buffer = buffer;

    /// <summary>The bytes read (the rented buffer may be longer).</summary>
    public ReadOnlySpan<byte> Span => (_buffer ?? throw new ObjectDisposedException(nameof(PooledBytes))).AsSpan(0, length);

    /// <summary>The bytes as a read-only stream over the buffer (valid until disposed).</summary>
    public MemoryStream OpenRead() => new(_buffer ?? throw new ObjectDisposedException(nameof(PooledBytes)), 0, length, writable: false);

    public void Dispose()
    {
        if (_buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = null;
        }
    }
}
