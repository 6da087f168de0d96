using System.Buffers;
using System.Globalization;

namespace ReportSdk.Cli;

/// <summary>Reads input files, turning every I/O failure into a <see cref="CliFailure"/> whose message names the file.</summary>
internal static class InputFiles
{
    /// <summary>Reads all bytes of <paramref name="input"/>, refusing a file larger than <see cref="InputReadOptions.MaxBytes"/> before reading it.</summary>
    /// <param name="input">The file.</param>
    /// <param name="options">The size limit, and the hint for a directory.</param>
    /// <exception cref="CliFailure">The file is missing, a directory, not a regular file, too large, or cannot be read.</exception>
    public static byte[] ReadAllBytes(InputFile input, InputReadOptions options) =>
        Read(input, options, length => new byte[length]).ToArray();

    /// <summary>
    /// Reads all bytes of <paramref name="input"/> like <see cref="ReadAllBytes"/>, into a buffer rented from
    /// <see cref="ArrayPool{T}.Shared"/>: dispose the result to return it. A batch then reads every input into the
    /// same few buffers instead of allocating one array per file.
    /// </summary>
    /// <exception cref="CliFailure">As for <see cref="ReadAllBytes"/>.</exception>
    public static PooledBytes ReadPooled(InputFile input, InputReadOptions options)
    {
        byte[]? rented = null;
        try
        {
            var bytes = Read(input, options, length => rented = ArrayPool<byte>.Shared.Rent(length));
            var result = new PooledBytes(rented!, bytes.Count);
            rented = null;
            return result;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static ArraySegment<byte> Read(InputFile input, InputReadOptions options, Func<int, byte[]> allocate)
    {
        try
        {
            if (Directory.Exists(input.FullPath))
            {
                throw CliFailure.Input(input.DisplayPath, "is a directory, not a file");
            }

            if (!File.Exists(input.FullPath))
            {
                throw CliFailure.Input(input.DisplayPath, "no such file");
            }

            if (FileKind.IsSpecialFile(input.FullPath))
            {
                throw CliFailure.Input(input.DisplayPath, "cannot be read: not a regular file (a FIFO, socket or device)");
            }

            using var stream = new FileStream(input.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            long length = stream.Length;
            if (length > options.MaxBytes)
            {
                throw TooLarge(input, length, options);
            }

            var bytes = new ArraySegment<byte>(allocate((int)length), 0, (int)length);
            stream.ReadExactly(bytes);
            if (stream.ReadByte() >= 0)
            {
                // The file grew after its size was checked: what was read is not the whole file.
                throw CliFailure.Input(input.DisplayPath, "cannot be read: the file changed while it was read");
            }

            return bytes;
        }
        catch (EndOfStreamException)
        {
            throw CliFailure.Input(input.DisplayPath, "cannot be read: the file changed while it was read");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException or NotSupportedException)
        {
            throw CliFailure.Input(input.DisplayPath, "cannot be read: " + ErrorText.Reason(exception));
        }
    }

    private static CliFailure TooLarge(InputFile input, long length, InputReadOptions options)
    {
        long limitMebibytes = options.MaxBytes / InputReadOptions.BytesPerMebibyte;
        string size = length >= InputReadOptions.BytesPerMebibyte
            ? string.Create(CultureInfo.InvariantCulture, $"{length / (double)InputReadOptions.BytesPerMebibyte:F0} MiB")
            : string.Create(CultureInfo.InvariantCulture, $"{length} bytes");
        string hint = limitMebibytes < InputReadOptions.MaxMebibytesCeiling
            ? $"; raise it with --max-input-size (at most {InputReadOptions.MaxMebibytesCeiling})"
            : string.Empty;
        return CliFailure.Input(input.DisplayPath, $"is too large: {size}, above the limit of {limitMebibytes} MiB per input{hint}");
    }
}
