using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ReportSdk.Semantics.Model;
using ReportSdk.Semantics.Outline;
using ReportSdk.Serialization;
using ReportSdk.Serialization.Model;
using ReportSdk.Serialization.Rendering;
using ReportSdk.Text;

namespace ReportSdk.Cli.Explore;

/// <summary>
/// The explorer's web server: an ASP.NET Core minimal API bound to 127.0.0.1 only, serving the embedded page and
/// a small JSON API over the reports of an <see cref="ExploreCatalog"/>.
/// </summary>
/// <remarks>
/// Security model: loopback only; every request's <c>Host</c> must be <c>127.0.0.1:port</c> or <c>localhost:port</c>
/// (a DNS-rebinding page gets 400); a POST with a foreign <c>Origin</c> gets 403; reports are named by opaque ids of
/// the catalog, never by path; bodies are capped at <see cref="MaxUploadBytes"/> (413 with a message); every error
/// is a JSON <c>{"error": "..."}</c> without a stack trace; the page is served with a strict Content-Security-Policy.
/// </remarks>
internal sealed class ExploreServer : IAsyncDisposable
{
    /// <summary>The largest paste or upload accepted, in bytes (5 MiB).</summary>
    public const int MaxUploadBytes = 5 * 1024 * 1024;

    private const string PageCsp =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    // A rendered HTML report is shown in a sandboxed frame: no scripts, its own inline styles only. (No frame-ancestors
    // 'self': a sandboxed document has an opaque origin, so 'self' would match no ancestor and blank the frame.)
    private const string RenderedHtmlCsp = "sandbox; default-src 'none'; style-src 'unsafe-inline'";

    private readonly WebApplication _app;
    private readonly ExploreCatalog _catalog;
    private readonly ConcurrentDictionary<string, (string Stamp, Lazy<ExploreAnalysis> Analysis)> _cache = new(StringComparer.Ordinal);

    private ExploreServer(WebApplication app, ExploreCatalog catalog)
    {
        _app = app;
        _catalog = catalog;
    }

    /// <summary>The port the server listens on.</summary>
    public int Port { get; private set; }

    /// <summary>The page's address, <c>http://127.0.0.1:port/</c>.</summary>
    public string Url => "http://127.0.0.1:" + Port.ToString(CultureInfo.InvariantCulture) + "/";

    /// <summary>Cancelled when the server begins to stop.</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <summary>Starts a server for <paramref name="catalog"/> on 127.0.0.1:<paramref name="port"/> (0 = a free port).</summary>
    /// <exception cref="CliFailure">The port is taken or cannot be bound.</exception>
    public static async Task<ExploreServer> StartAsync(ExploreCatalog catalog, int port, CancellationToken cancellationToken = default)
    {
        // An empty builder: no configuration files, no environment-variable URLs, no logging to the console,
        // no developer exception page. Only Kestrel and routing.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(options =>
        {
            options.AddServerHeader = false;
            options.Listen(IPAddress.Loopback, port);

            // A safety net above our own check (which answers 413 with a message at MaxUploadBytes).
            options.Limits.MaxRequestBodySize = MaxUploadBytes * 2L;
            options.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        var server = new ExploreServer(app, catalog);
        server.Configure();
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException exception)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new CliFailure(ExitCodes.ServerError, $"cannot listen on 127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}: {ErrorText.Reason(exception)}");
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Port = new Uri(address).Port;
        return server;
    }

    /// <summary>Stops the server, letting requests in flight finish for up to two seconds.</summary>
    public async Task StopAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(timeout.Token).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync() => await _app.DisposeAsync().ConfigureAwait(false);

    private void Configure()
    {
        _app.Use(GuardAsync);
        _app.MapGet("/", context => ServeResourceAsync(context, "index.html", "text/html; charset=utf-8"));
        _app.MapGet("/explorer.css", context => ServeResourceAsync(context, "explorer.css", "text/css; charset=utf-8"));
        _app.MapGet("/explorer.js", context => ServeResourceAsync(context, "explorer.js", "text/javascript; charset=utf-8"));
        _app.MapGet("/api/info", InfoAsync);
        _app.MapGet("/api/reports", ListAsync);
        _app.MapGet("/api/reports/{id}", AnalysisAsync);
        _app.MapGet("/api/reports/{id}/model", ModelAsync);
        _app.MapGet("/api/reports/{id}/render/{format}", RenderAsync);
        _app.MapGet("/api/reports/{id}/download/{what}", DownloadAsync);
        _app.MapPost("/api/paste", PasteAsync);
        _app.MapPost("/api/upload", UploadAsync);
        // "{*path}", not the default "{*path:nonfile}", so that /name.txt also gets the JSON 404.
        _app.MapFallback("{*path}", context => ErrorAsync(context, StatusCodes.Status404NotFound, "Not found."));
    }

    /// <summary>The host check, the security headers and the catch-all error handler, in front of every request.</summary>
    private async Task GuardAsync(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";

        if (!IsOwnHost(context.Request.Headers.Host.ToString()))
        {
            await ErrorAsync(context, StatusCodes.Status400BadRequest,
                $"This explorer answers only to 127.0.0.1:{Port} or localhost:{Port}; the request's Host header was refused.").ConfigureAwait(false);
            return;
        }

        if (HttpMethods.IsPost(context.Request.Method)
            && context.Request.Headers.Origin.ToString() is { Length: > 0 } origin
            && !IsOwnOrigin(origin))
        {
            await ErrorAsync(context, StatusCodes.Status403Forbidden, "Requests from other sites are refused.").ConfigureAwait(false);
            return;
        }

        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
        {
            var status = exception.StatusCode == StatusCodes.Status413PayloadTooLarge ? exception.StatusCode : StatusCodes.Status400BadRequest;
            await ErrorAsync(context, status, status == StatusCodes.Status413PayloadTooLarge ? TooLargeMessage : "Malformed request.").ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The browser went away; nothing to answer.
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            await ErrorAsync(context, StatusCodes.Status500InternalServerError, "Internal error: " + ErrorText.Reason(exception)).ConfigureAwait(false);
        }
    }

    private static string TooLargeMessage =>
        $"The report is too large: the explorer accepts pastes and uploads of at most {MaxUploadBytes / (1024 * 1024)} MB. " +
        "Run 'reportsdk explore <file>' on a larger file instead.";

    private bool IsOwnHost(string host) =>
        string.Equals(host, "127.0.0.1:" + Port.ToString(CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase)
        || string.Equals(host, "localhost:" + Port.ToString(CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase);

    private bool IsOwnOrigin(string origin) =>
        string.Equals(origin, "http://127.0.0.1:" + Port.ToString(CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase)
        || string.Equals(origin, "http://localhost:" + Port.ToString(CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase);

    private static async Task ServeResourceAsync(HttpContext context, string name, string contentType)
    {
        using var stream = typeof(ExploreServer).Assembly.GetManifestResourceStream("ReportSdk.Cli.Explore." + name)
            ?? throw new InvalidOperationException($"The page resource '{name}' is missing from the tool.");
        context.Response.ContentType = contentType;
        context.Response.Headers.ContentSecurityPolicy = PageCsp;
        context.Response.Headers["X-Frame-Options"] = "DENY";
        await stream.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    private Task InfoAsync(HttpContext context) => JsonAsync(context, StatusCodes.Status200OK, writer =>
    {
        writer.WriteString("source", _catalog.Source);
        writer.WriteString("version", typeof(ExploreServer).Assembly.GetName().Version?.ToString(3));
        writer.WriteNumber("maxUploadBytes", MaxUploadBytes);
    });

    private Task ListAsync(HttpContext context) => JsonAsync(context, StatusCodes.Status200OK, writer =>
    {
        writer.WriteString("source", _catalog.Source);
        writer.WriteStartArray("reports");
        foreach (var entry in _catalog.Entries)
        {
            WriteEntry(writer, entry);
        }

        writer.WriteEndArray();
    });

    private static void WriteEntry(Utf8JsonWriter writer, ExploreEntry entry)
    {
        writer.WriteStartObject();
        writer.WriteString("id", entry.Id);
        writer.WriteString("name", entry.Name);
        writer.WriteString("kind", entry.Kind);
        writer.WriteEndObject();
    }

    private async Task AnalysisAsync(HttpContext context)
    {
        if (await LoadAsync(context).ConfigureAwait(false) is not { } analysis)
        {
            return;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.Body.WriteAsync(analysis.Json, context.RequestAborted).ConfigureAwait(false);
    }

    private async Task RenderAsync(HttpContext context)
    {
        var format = context.Request.RouteValues["format"] as string;
        RenderFormat? chosen = format switch
        {
            "markdown" => RenderFormat.Markdown,
            "html" => RenderFormat.Html,
            "text" => RenderFormat.Text,
            _ => null,
        };
        if (chosen is null)
        {
            await ErrorAsync(context, StatusCodes.Status404NotFound, "Unknown render format; use markdown, html or text.").ConfigureAwait(false);
            return;
        }

        if (await LoadAsync(context).ConfigureAwait(false) is not { } analysis)
        {
            return;
        }

        var rendered = ReportRenderer.Render(analysis.Tree, chosen.Value);
        if (chosen == RenderFormat.Html)
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.ContentSecurityPolicy = RenderedHtmlCsp;
        }
        else
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
        }

        await context.Response.WriteAsync(rendered, Encoding.UTF8, context.RequestAborted).ConfigureAwait(false);
    }

    private async Task ModelAsync(HttpContext context)
    {
        if (await LoadAsync(context).ConfigureAwait(false) is not { } analysis)
        {
            return;
        }

        byte[] json;
        try
        {
            json = await Task.Run(() => analysis.ModelJson, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or OperationCanceledException))
        {
            await ErrorAsync(context, StatusCodes.Status500InternalServerError, ModelFailure(exception)).ConfigureAwait(false);
            return;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.Body.WriteAsync(json, context.RequestAborted).ConfigureAwait(false);
    }

    private static string ModelFailure(Exception exception) => "The report model could not be computed: " + ErrorText.Reason(exception);

    private async Task DownloadAsync(HttpContext context)
    {
        var what = context.Request.RouteValues["what"] as string;
        var (suffix, contentType) = what switch
        {
            "tree" => (".tree.json", "application/json; charset=utf-8"),
            "outline" => (".outline.json", "application/json; charset=utf-8"),
            "model" => (".model.json", "application/json; charset=utf-8"),
            "targets" => (".targets.csv", "text/csv; charset=utf-8; header=present"),
            _ => (null, null),
        };
        if (suffix is null)
        {
            await ErrorAsync(context, StatusCodes.Status404NotFound, "Unknown download; use tree, outline, model or targets.").ConfigureAwait(false);
            return;
        }

        if (await LoadAsync(context).ConfigureAwait(false) is not { } analysis)
        {
            return;
        }

        string? text = null;
        if (what is "model" or "targets")
        {
            // The same model JSON and CSV as `reportsdk model --json` and `--targets-csv`.
            try
            {
                text = await Task.Run(
                    () =>
                    {
                        var model = SemanticModel.For(analysis.Tree);
                        return what == "model" ? ModelJson.Serialize(model) + "\n" : TargetCsv.Write(model);
                    },
                    context.RequestAborted).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not (OutOfMemoryException or OperationCanceledException))
            {
                await ErrorAsync(context, StatusCodes.Status500InternalServerError, ModelFailure(exception)).ConfigureAwait(false);
                return;
            }
        }

        var stem = Path.GetFileNameWithoutExtension(analysis.Tree.FilePath);
        var fileName = SafeFileName(stem.Length == 0 ? "report" : stem) + suffix;
        context.Response.ContentType = contentType;
        context.Response.Headers.ContentDisposition = "attachment; filename=\"" + fileName + "\"";
        if (what == "tree")
        {
            // Kestrel refuses synchronous writes: serialize to memory, then copy.
            using var json = new MemoryStream();
            SyntaxTreeJson.Serialize(json, analysis.Tree, new SyntaxTreeJsonOptions { Indented = true });
            await context.Response.Body.WriteAsync(json.GetBuffer().AsMemory(0, (int)json.Length), context.RequestAborted).ConfigureAwait(false);
        }
        else
        {
            text ??= OutlineJson.Serialize(OutlineBuilder.Build(analysis.Tree));
            await context.Response.WriteAsync(text, Encoding.UTF8, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private async Task PasteAsync(HttpContext context)
    {
        if (await ReadBodyAsync(context).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        string? name;
        string? text;
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 8 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                await ErrorAsync(context, StatusCodes.Status400BadRequest, "Expected a JSON object {\"text\": \"...\", \"name\": \"...\"}.").ConfigureAwait(false);
                return;
            }

            text = textElement.GetString();
            name = root.TryGetProperty("name", out var nameElement) && nameElement.ValueKind == JsonValueKind.String ? nameElement.GetString() : null;
        }
        catch (JsonException)
        {
            await ErrorAsync(context, StatusCodes.Status400BadRequest, "The request is not valid JSON; expected {\"text\": \"...\"}.").ConfigureAwait(false);
            return;
        }

        var entry = _catalog.AddUpload(CleanName(name, "pasted report"), SourceText.From(text ?? string.Empty));
        await JsonAsync(context, StatusCodes.Status201Created, writer => writer.WriteString("id", entry.Id)).ConfigureAwait(false);
    }

    private async Task UploadAsync(HttpContext context)
    {
        if (await ReadBodyAsync(context).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        // Raw bytes: the encoding (UTF-8, UTF-16 with BOM, GB18030) is detected as for files on the command line.
        var entry = _catalog.AddUpload(CleanName(context.Request.Query["name"].ToString(), "uploaded report"), SourceText.From(body));
        await JsonAsync(context, StatusCodes.Status201Created, writer => writer.WriteString("id", entry.Id)).ConfigureAwait(false);
    }

    /// <summary>Reads the request body up to <see cref="MaxUploadBytes"/>; answers 413 and returns null past it.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxUploadBytes)
        {
            await ErrorAsync(context, StatusCodes.Status413PayloadTooLarge, TooLargeMessage).ConfigureAwait(false);
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxUploadBytes)
            {
                await ErrorAsync(context, StatusCodes.Status413PayloadTooLarge, TooLargeMessage).ConfigureAwait(false);
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The analysis of the report named by the route's id; answers 404 or 500 (with a message) and returns null when there is none.</summary>
    private async Task<ExploreAnalysis?> LoadAsync(HttpContext context)
    {
        var id = context.Request.RouteValues["id"] as string ?? string.Empty;
        if (_catalog.Find(id) is not { } entry)
        {
            await ErrorAsync(context, StatusCodes.Status404NotFound, "No such report in this explorer. Reports are the files given on the command line.").ConfigureAwait(false);
            return null;
        }

        try
        {
            return await Task.Run(() => Analyze(entry), context.RequestAborted).ConfigureAwait(false);
        }
        catch (CliFailure failure)
        {
            await ErrorAsync(context, StatusCodes.Status500InternalServerError, failure.Message).ConfigureAwait(false);
            return null;
        }
    }

    private ExploreAnalysis Analyze(ExploreEntry entry)
    {
        var stamp = string.Empty;
        if (entry.FullPath is not null)
        {
            // A file that changed on disk is parsed again.
            var info = new FileInfo(entry.FullPath);
            stamp = info.Exists ? info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture) + "/" + info.Length.ToString(CultureInfo.InvariantCulture) : "missing";
        }

        var cached = _cache.AddOrUpdate(
            entry.Id,
            _ => (stamp, new Lazy<ExploreAnalysis>(() => Build(entry))),
            (_, old) => old.Stamp == stamp ? old : (stamp, new Lazy<ExploreAnalysis>(() => Build(entry))));
        try
        {
            return cached.Analysis.Value;
        }
        catch (CliFailure)
        {
            _cache.TryRemove(entry.Id, out _);
            throw;
        }
    }

    private static ExploreAnalysis Build(ExploreEntry entry)
    {
        var text = entry.Text ?? SourceText.From(InputFiles.ReadAllBytes(new InputFile(entry.Name, entry.FullPath!), InputReadOptions.Default));
        return ExploreAnalysis.Build(entry, text);
    }

    private static string CleanName(string? name, string fallback)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return fallback;
        }

        // Only a file name, one line, at most 120 characters: it is shown on the page and used in download names.
        var leaf = name.Replace('\\', '/');
        leaf = leaf[(leaf.LastIndexOf('/') + 1)..];
        leaf = ErrorText.OneLine(leaf);
        return leaf.Length == 0 ? fallback : leaf.Length > 120 ? leaf[..120] : leaf;
    }

    private static string SafeFileName(string stem)
    {
        var builder = new StringBuilder(stem.Length);
        foreach (var c in stem)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        return builder.ToString();
    }

    private static Task ErrorAsync(HttpContext context, int status, string message) =>
        JsonAsync(context, status, writer => writer.WriteString("error", message));

    private static async Task JsonAsync(HttpContext context, int status, Action<Utf8JsonWriter> write)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        await context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted).ConfigureAwait(false);
    }
}
