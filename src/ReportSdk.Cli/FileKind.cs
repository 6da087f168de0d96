using System.Runtime.InteropServices;

namespace ReportSdk.Cli;

/// <summary>
/// Tells regular files from FIFOs, sockets and devices without opening them: opening a FIFO that has no
/// writer blocks forever, so such paths are refused before any read is attempted.
/// </summary>
internal static class FileKind
{
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const int Directory = 0x4000;

    /// <summary>
    /// True when <paramref name="fullPath"/> is known to exist and not to be a regular file or a directory.
    /// False when it is one, or when the type cannot be determined (then the read itself reports any problem).
    /// </summary>
    public static bool IsSpecialFile(string fullPath)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            // FileStatus of the .NET runtime's own native shim (pal_io.h): int32 Flags, int32 Mode, ...; the
            // layout is the same on every Unix platform. 256 bytes is larger than the whole structure.
            var status = new byte[256];
            if (SystemNativeStat(fullPath, status) != 0)
            {
                return false;
            }

            var type = BitConverter.ToInt32(status, 4) & TypeMask;
            return type is not RegularFile and not Directory;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException or MarshalDirectiveException)
        {
            return false;
        }
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int SystemNativeStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
}
