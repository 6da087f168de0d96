using ReportSdk.Cli.Explore;

namespace ReportSdk.Tests.Explore;

/// <summary>An explorer server started in-process on a free port, with an <see cref="HttpClient"/> pointed at it.</summary>
internal sealed class ExploreHost : IAsyncDisposable
{
    private ExploreHost(ExploreServer server)
    {
        Server = server;
        Client = new HttpClient { BaseAddress = new Uri(server.Url), Timeout = TimeSpan.FromSeconds(60) };
    }

    public ExploreServer Server { get; }

    public HttpClient Client { get; }

    public string Url => Server.Url;

    /// <summary>Starts a server on <paramref name="path"/> (a file or folder; null for the embedded sample).</summary>
    public static async Task<ExploreHost> StartAsync(string? path)
    {
        var server = await ExploreServer.StartAsync(ExploreCatalog.Create(path), port: 0);
        return new ExploreHost(server);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.StopAsync();
        await Server.DisposeAsync();
    }
}
