using System.Diagnostics;
using System.Globalization;
using System.Text;
using ReportSdk.Cli;

namespace ReportSdk.Tests.Cli;

/// <summary>The result of one <c>reportsdk</c> run: exit code, stdout (as text and, for a process, as bytes) and stderr lines.</summary>
internal sealed record CliResult(int ExitCode, string Output, byte[] OutputBytes, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToArray();

    /// <summary>Asserts the run failed with <paramref name="exitCode"/>, one error line that names <paramref name="fileName"/>, and no stack trace.</summary>
    public void AssertOneLineError(int exitCode, string fileName)
    {
        Assert.True(ExitCode == exitCode, $"exit code {ExitCode}, expected {exitCode}; stderr:\n{Error}");
        var line = Assert.Single(ErrorLines);
        Assert.StartsWith("reportsdk: ", line, StringComparison.Ordinal);
        Assert.Contains(fileName, line, StringComparison.Ordinal);
        AssertNoStackTrace();
    }

    public void AssertNoStackTrace()
    {
        Assert.DoesNotContain("   at ", Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", Error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("internal error", Error, StringComparison.Ordinal);
    }
}

/// <summary>Runs <c>reportsdk</c> in-process through <see cref="CliApplication.Run(string[], TextWriter, TextWriter)"/>, or as a real process.</summary>
internal static class CliRun
{
    public static CliResult InProcess(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = CliApplication.Run(args, output, error);
        var text = output.ToString();
        return new CliResult(exitCode, text, new UTF8Encoding(false).GetBytes(text), error.ToString());
    }

    /// <summary>Runs the built tool: <c>dotnet ReportSdk.Cli.dll args</c>, with stdout and stderr redirected.</summary>
    public static CliResult AsProcess(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(ToolPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var errorTask = process.StandardError.ReadToEndAsync();
        using var bytes = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(bytes);
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("reportsdk " + string.Join(' ', args) + " did not finish within 2 minutes");
        }

        var outputBytes = bytes.ToArray();
        return new CliResult(process.ExitCode, new UTF8Encoding(false).GetString(outputBytes), outputBytes, errorTask.GetAwaiter().GetResult());
    }

    /// <summary>The built <c>ReportSdk.Cli.dll</c>: next to the tests when it can run there, else in the CLI project's output.</summary>
    public static string ToolPath { get; } = FindTool();

    private static string FindTool()
    {
        var local = Path.Combine(AppContext.BaseDirectory, "ReportSdk.Cli.dll");
        if (File.Exists(local) && File.Exists(Path.Combine(AppContext.BaseDirectory, "ReportSdk.Cli.runtimeconfig.json")))
        {
            return local;
        }

        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var built = Path.Combine(TestPaths.RepositoryRoot, "src", "ReportSdk.Cli", "bin", configuration, "net10.0", "ReportSdk.Cli.dll");
        return File.Exists(built) ? built : throw new FileNotFoundException("The built ReportSdk.Cli.dll was not found", built);
    }

    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
        if (!string.IsNullOrEmpty(root))
        {
            var candidate = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return "dotnet";
    }
}
