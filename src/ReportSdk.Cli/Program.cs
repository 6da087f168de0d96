using System.Text;
using Microsoft.Win32.SafeHandles;
using ReportSdk.Cli;

// Redirected output (a file or a pipe) is written as UTF-8 without a BOM whatever the locale, so that
// 'render --to source > copy.txt' is byte-identical to a UTF-8 input; a terminal keeps the console's writers.
// Redirected stdout is a FileStream on descriptor 1, not the console stream: the console stream ignores EPIPE,
// so a reader that exits early ('| head') would go unnoticed and the run would end with 0.
const int StandardOutputDescriptor = 1;
const int StdoutBufferSize = 1 << 16;
// A FileStream over a seekable descriptor (stdout redirected to a regular file) writes at its own position and
// leaves the shared file offset behind, so a later writer to the same file ('(tool; echo) > out') would
// overwrite the output: regular files keep the console stream, which moves the offset; pipes get the FileStream.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
bool stdoutIsPipe = Console.IsOutputRedirected && !OperatingSystem.IsWindows() && !IsSeekable(StandardOutputDescriptor);
var output = stdoutIsPipe
    ? new StreamWriter(new FileStream(new SafeFileHandle(StandardOutputDescriptor, ownsHandle: false), FileAccess.Write, bufferSize: 0), utf8, StdoutBufferSize)
    : Console.IsOutputRedirected ? new StreamWriter(Console.OpenStandardOutput(), utf8, StdoutBufferSize) : Console.Out;
var error = Console.IsErrorRedirected ? new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true } : Console.Error;
using var interrupts = InterruptCleanup.Install(error);
var exitCode = CliApplication.Run(args, output, error, stderrIsTerminal: !Console.IsErrorRedirected);
try
{
    output.Flush();
}
catch (IOException exception)
{
    if (exitCode is ExitCodes.Success or ExitCodes.BatchPartialFailure)
    {
        ErrorText.Write(error, CliFailure.StandardOutput(exception).Message);
        exitCode = ExitCodes.OutputError;
    }
}

return exitCode;

static bool IsSeekable(int descriptor)
{
    using var stream = new FileStream(new SafeFileHandle(descriptor, ownsHandle: false), FileAccess.Write, bufferSize: 0);
    return stream.CanSeek;
}
