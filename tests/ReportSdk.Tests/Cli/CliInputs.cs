using System.Diagnostics;
using System.Text;

namespace ReportSdk.Tests.Cli;

/// <summary>Inputs for the CLI tests: seeds, GB18030 bytes, binary bytes, FIFOs.</summary>
internal static class CliInputs
{
    public const string Seed002 = "002_4e4f3f491fbc5ac3.txt";
    public const string Seed002Title = "2023年乐平市政府工作报告";

    public static string SeedPath(string name) => Path.Combine(TestPaths.Seeds, name);

    public static IEnumerable<object[]> SeedNames => TestPaths.SeedFiles.Select(path => new object[] { Path.GetFileName(path) });

    public static byte[] Gb18030(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030").GetBytes(text);
    }

    /// <summary>Deterministic bytes that are not text: NULs, control bytes, invalid UTF-8.</summary>
    public static byte[] Binary(int length = 4096)
    {
        var random = new Random(20240229);
        var bytes = new byte[length];
        random.NextBytes(bytes);
        bytes[0] = 0x7F;
        bytes[1] = (byte)'E';
        bytes[2] = (byte)'L';
        bytes[3] = (byte)'F';
        bytes[4] = 0;
        return bytes;
    }

    /// <summary>Makes a FIFO with <c>mkfifo</c>; false where that is impossible (Windows, no mkfifo).</summary>
    public static bool TryMakeFifo(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            using var process = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { path }, UseShellExecute = false });
            process!.WaitForExit();
            return process.ExitCode == 0 && File.Exists(path);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
