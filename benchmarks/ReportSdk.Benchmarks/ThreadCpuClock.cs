using System.Runtime.InteropServices;

namespace ReportSdk.Benchmarks;

/// <summary>
/// The calling thread's CPU time (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>, nanosecond resolution):
/// on a machine shared with other processes it leaves out the time the thread waited for a core, which wall
/// time counts. Elsewhere <see cref="IsAvailable"/> is false and callers fall back to wall time.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ThreadCpuTimeClock = 3;

    /// <summary>True when the thread CPU clock can be read on this platform.</summary>
    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>The calling thread's CPU time in milliseconds.</summary>
    public static double Milliseconds()
    {
        TryRead(out double ms);
        return ms;
    }

    private static bool TryRead(out double milliseconds)
    {
        milliseconds = 0;
        try
        {
            if (ClockGetTime(ThreadCpuTimeClock, out var time) != 0)
            {
                return false;
            }

            milliseconds = time.Seconds * 1000.0 + time.Nanoseconds / 1_000_000.0;
            return true;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
