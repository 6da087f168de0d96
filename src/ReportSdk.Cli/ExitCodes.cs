namespace ReportSdk.Cli;

/// <summary>The documented exit codes of <c>reportsdk</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>The command line was wrong (unknown command, missing argument).</summary>
    public const int UsageError = 2;

    /// <summary>An input file was missing, a directory, or unreadable.</summary>
    public const int InputError = 3;

    /// <summary>An output could not be written.</summary>
    public const int OutputError = 4;
}
