using System.Runtime.InteropServices;

namespace ReportSdk.Cli;

/// <summary>
/// On SIGINT (Ctrl+C) or SIGTERM: deletes the temporary output files being written (<see cref="TemporaryOutputs"/>),
/// says so in one line on stderr and exits with <see cref="ExitCodes.Interrupted"/> or <see cref="ExitCodes.Terminated"/>.
/// Outputs already renamed into place stay; no final name is left with a partial document.
/// </summary>
internal static class InterruptCleanup
{
    /// <summary>
    /// Set by a command that stops cleanly on its own (the explorer's server): SIGINT and SIGTERM then call it
    /// instead of discarding outputs and exiting. Null for the file commands.
    /// </summary>
    public static Action? Override { get; set; }

    /// <summary>Installs the handlers for the life of the process; dispose the result to remove them.</summary>
    public static IDisposable Install(TextWriter error)
    {
        var registrations = new List<PosixSignalRegistration>();
        foreach (var (signal, exitCode, name) in new[] { (PosixSignal.SIGINT, ExitCodes.Interrupted, "SIGINT"), (PosixSignal.SIGTERM, ExitCodes.Terminated, "SIGTERM") })
        {
            try
            {
                registrations.Add(PosixSignalRegistration.Create(signal, context =>
                {
                    context.Cancel = true;
                    if (Override is { } stop)
                    {
                        stop();
                        return;
                    }

                    TemporaryOutputs.DiscardAllForShutdown();
                    try
                    {
                        ErrorText.Write(error, $"interrupted by {name}; unfinished outputs were removed");
                    }
                    catch (Exception exception) when (exception is IOException or ObjectDisposedException)
                    {
                        // stderr is gone: the exit code still says it.
                    }

                    Environment.Exit(exitCode);
                }));
            }
            catch (Exception exception) when (exception is PlatformNotSupportedException or IOException)
            {
                // No such signal here: the temporary files are still never renamed unless complete.
            }
        }

        return new Registrations(registrations);
    }

    private sealed class Registrations(List<PosixSignalRegistration> registrations) : IDisposable
    {
        public void Dispose()
        {
            foreach (var registration in registrations)
            {
                registration.Dispose();
            }
        }
    }
}
