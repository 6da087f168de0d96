using System.Diagnostics;

namespace ReportSdk.Cli.Explore;

/// <summary>
/// <c>reportsdk explore [&lt;file or folder&gt;] [--port N] [--open]</c>: serves the explorer page on 127.0.0.1 until Ctrl+C.
/// </summary>
internal static class ExploreCommand
{
    /// <summary>Runs the explorer until Ctrl+C (or SIGTERM); returns the exit code.</summary>
    public static int Run(string? path, int port, bool open, TextWriter output, TextWriter error)
    {
        if (port is < 0 or > 65535)
        {
            throw new CliFailure(ExitCodes.UsageError, $"--port {port}: not a port number (0 to 65535; 0 picks a free port)");
        }

        var catalog = ExploreCatalog.Create(path);
        var server = ExploreServer.StartAsync(catalog, port).GetAwaiter().GetResult();
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        EventHandler onExit = (_, _) => stop.Cancel();
        Console.CancelKeyPress += onCancel;
        AppDomain.CurrentDomain.ProcessExit += onExit;
        // Signal handlers run on their own thread, possibly after this method returned: the override stays
        // for the rest of the process and ignores a source already disposed.
        InterruptCleanup.Override = () =>
        {
            try
            {
                stop.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Already stopped.
            }
        };
        try
        {
            output.WriteLine($"ReportSdk explorer: {server.Url}  ({Describe(catalog)})");
            output.WriteLine("Listening on 127.0.0.1 only. Press Ctrl+C to stop.");
            output.Flush();
            if (open)
            {
                OpenBrowser(server.Url, error);
            }

            WaitHandle.WaitAny([stop.Token.WaitHandle, server.Stopping.WaitHandle]);
            output.WriteLine("ReportSdk explorer: stopped.");
            output.Flush();
            return ExitCodes.Success;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
            AppDomain.CurrentDomain.ProcessExit -= onExit;
            server.StopAsync().GetAwaiter().GetResult();
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static string Describe(ExploreCatalog catalog)
    {
        var files = catalog.Entries.Count(e => e.Kind == "file");
        return catalog.Source switch
        {
            "sample" => "the embedded sample report; paste or upload your own on the page",
            _ when files == 0 => $"{catalog.Source} has no *.txt reports; showing the embedded sample",
            _ when files == 1 && !catalog.Source.EndsWith('/') => catalog.Source,
            _ => $"{files} report{(files == 1 ? string.Empty : "s")} in {catalog.Source}",
        };
    }

    private static void OpenBrowser(string url, TextWriter error)
    {
        try
        {
            var start = OperatingSystem.IsWindows() ? new ProcessStartInfo(url) { UseShellExecute = true }
                : OperatingSystem.IsMacOS() ? new ProcessStartInfo("open", url)
                : new ProcessStartInfo("xdg-open", url);
            start.RedirectStandardError = !OperatingSystem.IsWindows();
            start.RedirectStandardOutput = !OperatingSystem.IsWindows();
            using var process = Process.Start(start);
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            ErrorText.Write(error, $"--open: no browser could be started ({ErrorText.Reason(exception)}); open {url} yourself");
        }
    }
}
