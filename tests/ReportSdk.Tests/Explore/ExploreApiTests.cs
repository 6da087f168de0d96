using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using ReportSdk.Cli;
using ReportSdk.Cli.Explore;
using ReportSdk.Semantics.Outline;
using ReportSdk.Serialization;
using ReportSdk.Tests.Cli;

namespace ReportSdk.Tests.Explore;

/// <summary>
/// The explorer's HTTP API, in-process on a free port: the sample and files load, and hostile requests (a foreign Host,
/// a foreign Origin, paths, oversized bodies, malformed JSON, garbage on the socket) get a clean error, never a stack trace.
/// </summary>
public sealed class ExploreApiTests : IDisposable
{
    private readonly CliTempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Sample_loads_with_lines_decisions_nodes_and_outline()
    {
        await using var host = await ExploreHost.StartAsync(null);
        using var list = await GetJsonAsync(host, "/api/reports");
        var reports = list.RootElement.GetProperty("reports");
        Assert.Equal("sample", Assert.Single(reports.EnumerateArray()).GetProperty("id").GetString());

        using var report = await GetJsonAsync(host, "/api/reports/sample");
        var root = report.RootElement;
        Assert.Contains(CliInputs.Seed002Title, root.GetProperty("text").GetString(), StringComparison.Ordinal);
        var lines = root.GetProperty("lines").GetArrayLength();
        Assert.True(lines > 100, $"{lines} lines");
        Assert.Equal(lines, root.GetProperty("decisions").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("decisionsError").ValueKind);
        var decision = root.GetProperty("decisions")[0];
        Assert.True(decision.GetProperty("candidates").GetArrayLength() >= 1);
        Assert.Contains(root.GetProperty("decisions").EnumerateArray(), d => d.GetProperty("role").GetString() == "title");
        Assert.Equal("Document", root.GetProperty("kinds")[root.GetProperty("nodes")[0][0].GetInt32()].GetString());
        Assert.Equal(DocumentOutline.CurrentSchemaVersion, root.GetProperty("outline").GetProperty("schemaVersion").GetInt32());
        Assert.True(root.GetProperty("diagnostics").GetArrayLength() >= 0);
    }

    [Fact]
    public async Task The_page_and_its_assets_are_served_with_a_strict_content_security_policy()
    {
        await using var host = await ExploreHost.StartAsync(null);
        using var page = await host.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var csp = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("explorer.js", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var asset in new[] { "/explorer.js", "/explorer.css" })
        {
            using var response = await host.Client.GetAsync(asset);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000, asset);
        }

        var script = await host.Client.GetStringAsync("/explorer.js");
        Assert.DoesNotContain("eval(", script, StringComparison.Ordinal);
        Assert.DoesNotContain("innerHTML", script, StringComparison.Ordinal);
        Assert.DoesNotContain("new Function", script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:{port}")]
    [InlineData("127.0.0.1.evil.example:{port}")]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.1:1")]
    [InlineData("[::1]:{port}")]
    public async Task A_foreign_host_header_is_refused(string hostHeader)
    {
        await using var host = await ExploreHost.StartAsync(null);
        foreach (var path in new[] { "/", "/api/reports", "/api/reports/sample" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Host = hostHeader.Replace("{port}", host.Server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            using var response = await host.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.Contains("Host header was refused", body, StringComparison.Ordinal);
            Assert.DoesNotContain(CliInputs.Seed002Title, body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("LOCALHOST")]
    public async Task The_own_host_names_are_accepted(string name)
    {
        await using var host = await ExploreHost.StartAsync(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/reports");
        request.Headers.Host = name + ":" + host.Server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/reports/f9")]
    [InlineData("/api/reports/..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/reports/%2Fetc%2Fpasswd")]
    [InlineData("/api/reports/secret.txt")]
    [InlineData("/api/reports/f0%2F..%2Fsecret.txt")]
    [InlineData("/api/reports/secret.txt/render/markdown")]
    [InlineData("/api/reports/secret.txt/download/tree")]
    [InlineData("/../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("/secret.txt")]
    [InlineData("/api/reports?path=../secret.txt")]
    public async Task Paths_not_listed_are_not_found(string path)
    {
        _temp.Write(Path.Combine("reports", "a.txt"), File.ReadAllBytes(CliInputs.SeedPath(CliInputs.Seed002)));
        _temp.Write("secret.txt", Encoding.UTF8.GetBytes("TOP-SECRET 政府工作报告"));
        await using var host = await ExploreHost.StartAsync(_temp.Combine("reports"));
        using var response = await host.Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("TOP-SECRET", body, StringComparison.Ordinal);
        if (path.StartsWith("/api/reports?", StringComparison.Ordinal))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode); // the list ignores the query: still only a.txt
            Assert.DoesNotContain("secret", body, StringComparison.Ordinal);
            return;
        }

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("\"error\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_lists_only_its_own_txt_files_and_a_file_only_itself()
    {
        var seed = File.ReadAllBytes(CliInputs.SeedPath(CliInputs.Seed002));
        _temp.Write(Path.Combine("reports", "b.txt"), seed);
        _temp.Write(Path.Combine("reports", "a.txt"), seed);
        _temp.Write(Path.Combine("reports", "notes.md"), seed);
        _temp.Write(Path.Combine("reports", "sub", "c.txt"), seed);
        await using (var host = await ExploreHost.StartAsync(_temp.Combine("reports")))
        {
            using var list = await GetJsonAsync(host, "/api/reports");
            var names = list.RootElement.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("name").GetString()!).ToArray();
            Assert.Equal(["a.txt", "b.txt"], names);
            Assert.DoesNotContain(_temp.Path, list.RootElement.GetRawText(), StringComparison.Ordinal);
            using var report = await GetJsonAsync(host, "/api/reports/f1");
            Assert.Equal("b.txt", report.RootElement.GetProperty("name").GetString());
        }

        await using (var host = await ExploreHost.StartAsync(_temp.Combine("reports", "b.txt")))
        {
            using var list = await GetJsonAsync(host, "/api/reports");
            Assert.Equal("b.txt", Assert.Single(list.RootElement.GetProperty("reports").EnumerateArray()).GetProperty("name").GetString());
        }
    }

    [Theory]
    [InlineData("/api/upload?name=big.txt", "application/octet-stream")]
    [InlineData("/api/paste", "application/json")]
    public async Task An_oversized_body_is_refused_with_413_and_a_message(string path, string contentType)
    {
        await using var host = await ExploreHost.StartAsync(null);
        var big = new byte[ExploreServer.MaxUploadBytes + 1];
        big.AsSpan().Fill((byte)'a');
        using var content = new ByteArrayContent(big);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        using var response = await host.Client.PostAsync(path, content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("at most 5 MB", body.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);

        // The server is still there.
        using var list = await host.Client.GetAsync("/api/reports");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }

    [Fact]
    public async Task A_chunked_body_without_a_length_is_also_capped()
    {
        await using var host = await ExploreHost.StartAsync(null);
        using var content = new StreamContent(new EndlessStream(ExploreServer.MaxUploadBytes + (2L << 20)));
        using var response = await host.Client.PostAsync("/api/upload?name=x.txt", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("at most 5 MB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{bad json")]
    [InlineData("")]
    [InlineData("[1,2,3]")]
    [InlineData("\"just a string\"")]
    [InlineData("{\"name\":\"x\"}")]
    [InlineData("{\"text\":42}")]
    [InlineData("{\"text\":\"a\"")]
    [InlineData("{\"text\":\"\\ud800 lone surrogate\",\"x\":[[[[[[[[[[[[1]]]]]]]]]]]]}")]
    public async Task Malformed_json_gets_400_with_a_message(string json)
    {
        await using var host = await ExploreHost.StartAsync(null);
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await host.Client.PostAsync("/api/paste", content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        using var error = JsonDocument.Parse(body);
        Assert.False(string.IsNullOrWhiteSpace(error.RootElement.GetProperty("error").GetString()));
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_paste_and_an_upload_become_reports_with_opaque_ids()
    {
        await using var host = await ExploreHost.StartAsync(null);
        var text = File.ReadAllText(CliInputs.SeedPath(CliInputs.Seed002));
        using var paste = await host.Client.PostAsync("/api/paste", new StringContent(
            JsonSerializer.Serialize(new Dictionary<string, string> { ["name"] = "../../etc/passwd", ["text"] = text }), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, paste.StatusCode);
        var id = JsonDocument.Parse(await paste.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        using var report = await GetJsonAsync(host, "/api/reports/" + id);
        Assert.Equal(text, report.RootElement.GetProperty("text").GetString());
        Assert.Equal("passwd", report.RootElement.GetProperty("name").GetString()); // only a leaf name is kept

        using var upload = await host.Client.PostAsync("/api/upload?name=gb.txt", new ByteArrayContent(CliInputs.Gb18030(text)));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var uploadId = JsonDocument.Parse(await upload.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        using var decoded = await GetJsonAsync(host, "/api/reports/" + uploadId);
        Assert.Equal(text, decoded.RootElement.GetProperty("text").GetString());

        using var list = await GetJsonAsync(host, "/api/reports");
        Assert.Equal(["sample", id, uploadId], list.RootElement.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_post_from_another_origin_is_refused()
    {
        await using var host = await ExploreHost.StartAsync(null);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/paste")
        {
            Content = new StringContent("{\"text\":\"x\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", "http://evil.example");
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Renders_and_downloads_use_the_library_serializers()
    {
        await using var host = await ExploreHost.StartAsync(CliInputs.SeedPath(CliInputs.Seed002));
        using var markdown = await host.Client.GetAsync("/api/reports/f0/render/markdown");
        Assert.Equal(HttpStatusCode.OK, markdown.StatusCode);
        Assert.Contains(CliInputs.Seed002Title, await markdown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var html = await host.Client.GetAsync("/api/reports/f0/render/html");
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("sandbox", html.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        using var unknown = await host.Client.GetAsync("/api/reports/f0/render/pdf");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        using var tree = await host.Client.GetAsync("/api/reports/f0/download/tree");
        Assert.Contains("attachment", tree.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var parsed = SyntaxTreeJson.Deserialize(await tree.Content.ReadAsStringAsync());
        Assert.Equal(File.ReadAllText(CliInputs.SeedPath(CliInputs.Seed002)), parsed.GetRoot().ToFullString());

        var outline = await host.Client.GetStringAsync("/api/reports/f0/download/outline");
        Assert.Equal(CliInputs.Seed002Title, OutlineJson.Deserialize(outline).Reports[0].Title);
    }

    [Fact]
    public async Task Garbage_on_the_socket_does_not_stop_the_server()
    {
        await using var host = await ExploreHost.StartAsync(null);
        foreach (var garbage in new[] { "GARBAGE\r\n\r\n", "GET / HTTP/1.1\r\nHost: 127.0.0.1:" + host.Server.Port + "\r\nContent-Length: -5\r\n\r\n", "\0\0\0\0\r\n\r\n" })
        {
            using var socket = new TcpClient();
            await socket.ConnectAsync(IPAddress.Loopback, host.Server.Port);
            var stream = socket.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes(garbage));
            var buffer = new byte[4096];
            var read = await stream.ReadAsync(buffer);
            Assert.StartsWith("HTTP/1.1 400", Encoding.ASCII.GetString(buffer, 0, read), StringComparison.Ordinal);
        }

        using var response = await host.Client.GetAsync("/api/reports/sample");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_file_that_disappears_gives_an_error_message_not_a_stack_trace()
    {
        var path = _temp.Write("gone.txt", Encoding.UTF8.GetBytes("政府工作报告"));
        await using var host = await ExploreHost.StartAsync(path);
        File.Delete(path);
        using var response = await host.Client.GetAsync("/api/reports/f0");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("no such file", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cli_reports_a_missing_path_a_bad_port_and_a_taken_port()
    {
        CliRun.InProcess("explore", _temp.Combine("missing.txt")).AssertOneLineError(ExitCodes.InputError, "missing.txt");
        Assert.Equal(ExitCodes.UsageError, CliRun.InProcess("explore", "--port", "70000").ExitCode);
        Assert.Equal(ExitCodes.UsageError, CliRun.InProcess("explore", "--port", "abc").ExitCode);

        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var result = CliRun.InProcess("explore", CliInputs.SeedPath(CliInputs.Seed002), "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        result.AssertOneLineError(ExitCodes.ServerError, port.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_tool_prints_its_url_serves_the_page_and_stops_cleanly_on_ctrl_c()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // SIGINT is sent with kill(1) below.
        }

        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { CliRun.ToolPath, "explore", CliInputs.SeedPath(CliInputs.Seed002) })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        try
        {
            var firstLine = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)) ?? string.Empty;
            var match = System.Text.RegularExpressions.Regex.Match(firstLine, @"http://127\.0\.0\.1:(\d+)/");
            Assert.True(match.Success, "first line: " + firstLine);
            using (var client = new HttpClient { BaseAddress = new Uri(match.Value) })
            {
                Assert.Contains("ReportSdk explorer", await client.GetStringAsync("/"), StringComparison.Ordinal);
                using var report = await client.GetAsync("/api/reports/f0");
                Assert.Equal(HttpStatusCode.OK, report.StatusCode);
            }

            // The client is gone (no kept-alive connection for the server to wait for); SIGINT as Ctrl+C sends it.
            ReportSdk.Tests.Cli.CliProcessControl.Signal(process, "INT");

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(wait.Token);
            var rest = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            Assert.Equal(ExitCodes.Success, process.ExitCode);
            Assert.Contains("stopped", rest, StringComparison.Ordinal);
            Assert.Equal(string.Empty, error);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public void Help_documents_the_command_with_examples()
    {
        var result = CliRun.InProcess("explore", "--help");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("reportsdk explore seeds/ --port 8080", result.Output, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1", result.Output, StringComparison.Ordinal);
        Assert.Contains("--open", result.Output, StringComparison.Ordinal);
    }

    private static async Task<JsonDocument> GetJsonAsync(ExploreHost host, string path)
    {
        using var response = await host.Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body);
    }

    /// <summary>
    /// A stream of <c>a</c> bytes whose length the caller cannot know, so the body is chunked. It stays under Kestrel's own cap
    /// (twice the limit), so Kestrel drains it after our 413 and the client reliably reads the answer.
    /// </summary>
    private sealed class EndlessStream(long length) : Stream
    {
        private long _left = length;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, _left);
            buffer.AsSpan(offset, n).Fill((byte)'a');
            _left -= n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
