namespace ReportSdk.Tests.Cli;

/// <summary>A fresh temporary directory for one test, deleted afterwards.</summary>
internal sealed class CliTempDirectory : IDisposable
{
    public CliTempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reportsdk-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public string Write(string name, byte[] bytes)
    {
        var path = Combine(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
