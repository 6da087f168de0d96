using System.Diagnostics;

namespace ReportSdk.Tests.Cli;

/// <summary>Starts the built tool as a process that a test can watch and signal (SIGKILL, SIGINT, SIGTERM), and makes hard links.</summary>
internal static class CliProcessControl
{
    /// <summary>Starts <c>dotnet ReportSdk.Cli.dll args</c> in <paramref name="workingDirectory"/> with stdout and stderr redirected.</summary>
    public static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliRun.ToolPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    /// <summary>
    /// Sends <paramref name="signal"/> (<c>INT</c>, <c>TERM</c> or <c>KILL</c>) to the process with the <c>kill</c> system call, at
    /// once: starting the <c>kill</c> program took tens of milliseconds on a loaded machine, long enough for a write the test
    /// meant to interrupt to finish first.
    /// </summary>
    public static void Signal(Process process, string signal)
    {
        int number = signal switch
        {
            "INT" => 2,
            "KILL" => 9,
            "TERM" => 15,
            _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, "INT, TERM or KILL"),
        };
        if (SystemKill(process.Id, number) != 0)
        {
            throw new InvalidOperationException($"kill({process.Id}, SIG{signal}) failed: errno {System.Runtime.InteropServices.Marshal.GetLastPInvokeError()}");
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SystemKill(int pid, int signal);

    /// <summary>Makes <paramref name="link"/> a hard link to <paramref name="target"/> with <c>ln</c>.</summary>
    public static void HardLink(string target, string link) => RunTool("ln", target, link);

    /// <summary>Waits until a file matching <paramref name="pattern"/> in <paramref name="folder"/> has at least <paramref name="minBytes"/> bytes; false if the process ended first.</summary>
    public static bool WaitForFile(Process process, string folder, string pattern, long minBytes)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (process.HasExited)
            {
                return false;
            }

            foreach (var file in Directory.GetFiles(folder, pattern, new EnumerationOptions { AttributesToSkip = 0 }))
            {
                try
                {
                    if (new FileInfo(file).Length >= minBytes)
                    {
                        return true;
                    }
                }
                catch (IOException)
                {
                }
            }

            Thread.Sleep(5);
        }

        return false;
    }

    private static void RunTool(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException(tool + " did not start");
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', args)} failed");
    }
}
