using System.Runtime.InteropServices;

namespace ReportSdk.Cli;

/// <summary>
/// <c>stat(2)</c> of a path (following symbolic links) through the .NET runtime's own native shim
/// (<c>SystemNative_Stat</c> in <c>libSystem.Native</c>, which every .NET installation on Unix carries): the file type,
/// size, device and inode. Null where it is not available (Windows) or the path cannot be stat'ed.
/// </summary>
internal readonly record struct NativeFileStatus(int Mode, long Size, long Device, long Inode)
{
    // FileStatus of pal_io.h, the same on every Unix platform: int32 Flags, int32 Mode, uint32 Uid, uint32 Gid,
    // int64 Size, then eight int64 times (atime, mtime, ctime, birthtime, each with nanoseconds), int64 Dev,
    // int64 RDev, int64 Ino, uint32 UserFlags.
    private const int ModeOffset = 4;
    private const int SizeOffset = 16;
    private const int DeviceOffset = 88;
    private const int InodeOffset = 104;

    /// <summary>Larger than the whole native structure, so the shim never writes past the buffer.</summary>
    private const int BufferSize = 256;

    private const int TypeMask = 0xF000;
    private const int RegularFileType = 0x8000;
    private const int DirectoryType = 0x4000;

    /// <summary>True for a regular file.</summary>
    public bool IsRegularFile => (Mode & TypeMask) == RegularFileType;

    /// <summary>True for a directory.</summary>
    public bool IsDirectory => (Mode & TypeMask) == DirectoryType;

    /// <summary>The status of <paramref name="path"/> (links followed), or null when it cannot be had.</summary>
    public static NativeFileStatus? TryGet(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        try
        {
            var status = new byte[BufferSize];
            if (SystemNativeStat(path, status) != 0)
            {
                return null;
            }

            return new NativeFileStatus(
                BitConverter.ToInt32(status, ModeOffset),
                BitConverter.ToInt64(status, SizeOffset),
                BitConverter.ToInt64(status, DeviceOffset),
                BitConverter.ToInt64(status, InodeOffset));
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException or MarshalDirectiveException)
        {
            return null;
        }
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int SystemNativeStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
}
