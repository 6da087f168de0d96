namespace ReportSdk.Cli;

/// <summary>Writes one input's whole output, as UTF-8, to <paramref name="destination"/> (a file or standard output). Leaves it open.</summary>
/// <param name="destination">Where to write.</param>
internal delegate void OutputWriter(Stream destination);
