using System.Text;
using ReportSdk.Cli;

// Redirected output (a file or a pipe) is written as UTF-8 without a BOM whatever the locale, so that
// 'render --to source > copy.txt' is byte-identical to a UTF-8 input; a terminal keeps the console's writers.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var output = Console.IsOutputRedirected ? new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16) : Console.Out;
var error = Console.IsErrorRedirected ? new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true } : Console.Error;
var exitCode = CliApplication.Run(args, output, error, stderrIsTerminal: !Console.IsErrorRedirected);
try
{
    output.Flush();
}
catch (IOException exception)
{
    error.WriteLine("reportsdk: standard output cannot be written: " + exception.Message);
    exitCode = exitCode == ExitCodes.Success ? ExitCodes.OutputError : exitCode;
}

return exitCode;
