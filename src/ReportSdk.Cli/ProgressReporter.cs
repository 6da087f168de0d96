namespace ReportSdk.Cli;

/// <summary>Writes <c>[3/120] path</c> to stderr before each input of a batch, when enabled.</summary>
internal sealed class ProgressReporter(TextWriter error, int total, bool enabled)
{
    /// <summary>Automatic progress needs more inputs than this (and stderr being a terminal).</summary>
    public const int AutomaticThreshold = 10;

    public static ProgressReporter Create(TextWriter error, int total, bool requested, bool stderrIsTerminal) =>
        new(error, total, requested || (stderrIsTerminal && total > AutomaticThreshold));

    public void Report(int index, InputFile input)
    {
        if (enabled)
        {
            error.WriteLine($"[{index + 1}/{total}] {ErrorText.OneLine(input.DisplayPath)}");
        }
    }
}
