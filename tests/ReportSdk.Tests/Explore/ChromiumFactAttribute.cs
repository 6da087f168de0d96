namespace ReportSdk.Tests.Explore;

/// <summary>
/// A fact that needs a real Chromium: skipped, with the reason, when <see cref="Path"/> is not installed.
/// <c>.ci/run</c> installs Debian's <c>chromium</c> package; locally, <c>apt-get install chromium</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(Path))
        {
            Skip = $"Chromium is not installed at {Path} (apt-get install chromium; .ci/run installs it): the browser test cannot run.";
        }
    }

    /// <summary>The browser: <c>REPORTSDK_CHROMIUM</c> when set, else Debian's <c>/usr/bin/chromium</c>.</summary>
    public static string Path { get; } = Environment.GetEnvironmentVariable("REPORTSDK_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
}
