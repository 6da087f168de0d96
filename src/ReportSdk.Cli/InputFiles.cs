using ReportSdk.Text;

namespace ReportSdk.Cli;

/// <summary>Reads input files, turning every I/O failure into a one-line message naming the file.</summary>
internal static class InputFiles
{
    public static bool TryRead(FileInfo file, TextWriter error, out SourceText text)
    {
        text = SourceText.From(string.Empty);
        try
        {
            if (Directory.Exists(file.FullName))
            {
                error.WriteLine($"reportsdk: '{file}' is a directory, not a file.");
                return false;
            }

            if (!file.Exists)
            {
                error.WriteLine($"reportsdk: '{file}' does not exist.");
                return false;
            }

            text = SourceText.From(File.ReadAllBytes(file.FullName));
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            error.WriteLine($"reportsdk: cannot read '{file}': {exception.Message}");
            return false;
        }
    }
}
