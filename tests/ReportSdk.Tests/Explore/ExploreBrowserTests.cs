using System.Globalization;
using System.Text;
using System.Text.Json;
using PuppeteerSharp;
using Xunit.Abstractions;
using ReportSdk.Tests.Cli;

namespace ReportSdk.Tests.Explore;

/// <summary>
/// The explorer page in a real, headless Chromium (Debian's, driven by PuppeteerSharp over the DevTools protocol; no
/// browser download): tinted lines, tree ⇄ text selection, a line's layout decision, the panels, no console errors,
/// the Model tab (metadata, targets, glossary linked to their spans), a narrow window, and a 500 KB report. Screenshots go to the system temp folder (<c>reportsdk-explore-*.png</c>), or to <c>REPORTSDK_SCREENSHOT_DIR</c> when it is set.
/// </summary>
public sealed class ExploreBrowserTests
{
    private readonly ITestOutputHelper _output;

    public ExploreBrowserTests(ITestOutputHelper output) => _output = output;

    [ChromiumFact]
    public async Task The_page_shows_tinted_lines_a_tree_synced_with_the_text_and_layout_decisions()
    {
        await using var host = await ExploreHost.StartAsync(CliInputs.SeedPath(CliInputs.Seed002));
        await using var browser = await LaunchAsync();
        await using var page = await browser.NewPageAsync();
        var problems = WatchForErrors(page);
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 800 });
        await page.GoToAsync(host.Url, WaitUntilNavigation.Load);
        await page.WaitForSelectorAsync("body[data-loaded='f0']", new WaitForSelectorOptions { Timeout = 30_000 });
        await page.WaitForSelectorAsync(".tn[data-kind='ReviewSection']");

        // Lines are tinted by role, and the legend names the roles.
        Assert.True(await page.EvaluateExpressionAsync<int>("document.querySelectorAll('.ln.g-title').length") >= 1);
        Assert.True(await page.EvaluateExpressionAsync<int>("document.querySelectorAll('.ln.g-section').length") >= 2);
        Assert.True(await page.EvaluateExpressionAsync<int>("document.querySelectorAll('.ln.g-item').length") >= 5);
        var titleBackground = await page.EvaluateExpressionAsync<string>("getComputedStyle(document.querySelector('.ln.g-title')).backgroundColor");
        var paragraphBackground = await page.EvaluateExpressionAsync<string>("getComputedStyle(document.querySelector('.ln.g-paragraph')).backgroundColor");
        Assert.NotEqual(paragraphBackground, titleBackground);
        var legend = await page.EvaluateExpressionAsync<string>("document.getElementById('legend').textContent");
        Assert.Contains("sectionHeading", legend, StringComparison.Ordinal);

        // Tree → text: open the review section, click its first numbered item; its lines are highlighted.
        await page.ClickAsync(".tn[data-kind='ReviewSection'] .tw");
        await page.WaitForSelectorAsync(".tn[data-kind='NumberedItem']");
        await page.ClickAsync(".tn[data-kind='NumberedItem'] .k");
        var selected = await page.EvaluateExpressionAsync<JsonElement>(
            """
            (() => {
              const row = document.querySelector('.tn.sel');
              const span = row.querySelector('.sp').textContent.match(/\[(\d+)\.\.(\d+)\)/);
              const hl = [...document.querySelectorAll('.ln.hl')].map(l => Number(l.dataset.line));
              const h = CSS.highlights.get('node');
              const first = h ? [...h][0].toString() : null;
              return { kind: row.dataset.kind, start: Number(span[1]), end: Number(span[2]), lines: hl, first, preview: row.querySelector('.pv').textContent };
            })()
            """);
        Assert.Equal("NumberedItem", selected.GetProperty("kind").GetString());
        var text = File.ReadAllText(CliInputs.SeedPath(CliInputs.Seed002));
        var source = ReportSdk.Text.SourceText.From(text);
        int start = selected.GetProperty("start").GetInt32(), end = selected.GetProperty("end").GetInt32();
        var expectedLines = Enumerable.Range(source.Lines.IndexOf(start), source.Lines.IndexOf(end - 1) - source.Lines.IndexOf(start) + 1).ToArray();
        Assert.Equal(expectedLines, selected.GetProperty("lines").EnumerateArray().Select(l => l.GetInt32()).ToArray());
        var firstLine = source.Lines[expectedLines[0]];
        Assert.Equal(text[start..Math.Min(end, firstLine.End)], selected.GetProperty("first").GetString());
        Assert.StartsWith(selected.GetProperty("preview").GetString()!.TrimEnd('…'), text[start..], StringComparison.Ordinal);
        Assert.StartsWith("(一)", text[start..], StringComparison.Ordinal);

        // Text → tree: click inside a section heading's text; the innermost node is selected in the tree.
        await page.ClickAsync(".ln.g-section .tx");
        var fromText = await page.EvaluateExpressionAsync<string>("document.querySelector('.tn.sel').dataset.kind");
        Assert.NotEqual("Document", fromText);
        Assert.Contains("Heading", fromText, StringComparison.Ordinal);

        // A line's layout decision: hover shows it in the tooltip, click in the side panel.
        await page.HoverAsync(".ln[data-role='title'] .tx");
        var tooltip = await page.EvaluateExpressionAsync<string>("document.querySelector(\".ln[data-role='title']\").title");
        Assert.Contains("title", tooltip, StringComparison.Ordinal);
        Assert.Contains("zone", tooltip, StringComparison.Ordinal);
        await page.ClickAsync(".ln[data-role='title'] .tx");
        Assert.Equal("title", await page.EvaluateExpressionAsync<string>("document.getElementById('decision-role').textContent"));
        Assert.True(await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#decision table tr').length") >= 2);
        await ScreenshotAsync(page, "1280x800");

        // The other panels: outline entries, diagnostics, the model's empty state, the renders.
        await page.ClickAsync("[data-tab='outline']");
        Assert.Contains(CliInputs.Seed002Title, await page.EvaluateExpressionAsync<string>("document.getElementById('outline').textContent"), StringComparison.Ordinal);
        await page.ClickAsync("[data-tab='diagnostics']");
        Assert.True(await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#diagnostics li').length") >= 1);
        await ModelTabAsync(page, text, source);
        await page.ClickAsync("[data-tab='markdown']");
        await page.WaitForFunctionAsync("() => document.getElementById('markdown').textContent.includes('" + CliInputs.Seed002Title + "')");
        await page.ClickAsync("[data-tab='html']");
        await page.WaitForFunctionAsync("() => document.getElementById('html-frame').getAttribute('src').endsWith('/render/html')");
        var frame = await WaitForFrameAsync(page, "/render/html");
        await frame.WaitForFunctionAsync("() => document.body && document.body.textContent.includes('" + CliInputs.Seed002Title + "')", new WaitForFunctionOptions { Timeout = 15_000 });
        await ScreenshotAsync(page, "1280x800-markdown-html");
        Assert.Equal(
            "/api/reports/f0/download/tree",
            await page.EvaluateExpressionAsync<string>("new URL(document.getElementById('download-tree').href).pathname"));

        // A narrow window: no horizontal scrolling, the side panel under the text.
        await page.SetViewportAsync(new ViewPortOptions { Width = 420, Height = 800 });
        await page.ClickAsync("[data-tab='tree']");
        Assert.True(await page.EvaluateExpressionAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"));
        Assert.True(await page.EvaluateExpressionAsync<bool>(
            "document.getElementById('side').getBoundingClientRect().top >= document.getElementById('source-pane').getBoundingClientRect().bottom - 1"));
        await ScreenshotAsync(page, "420x800");
        await page.ClickAsync("[data-tab='model']");
        Assert.True(await page.EvaluateExpressionAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1"));
        Assert.True(await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#model tr[data-figure]').length") >= 1);
        await ScreenshotAsync(page, "420x800-model");

        Assert.True(problems.Count == 0, "console errors: " + string.Join(" | ", problems));
    }

    [ChromiumFact]
    public async Task Errors_are_shown_on_the_page_and_a_500_KB_paste_stays_responsive()
    {
        await using var host = await ExploreHost.StartAsync(null);
        await using var browser = await LaunchAsync();
        await using var page = await browser.NewPageAsync();
        var problems = WatchForErrors(page);
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 800 });
        await page.GoToAsync(host.Url + "#nope", WaitUntilNavigation.Load);
        await page.WaitForSelectorAsync("body[data-loaded='sample']", new WaitForSelectorOptions { Timeout = 30_000 });

        // An unknown report: the message is on the page.
        await page.EvaluateExpressionAsync("document.getElementById('report-select').appendChild(new Option('x', 'f42')); document.getElementById('report-select').value = 'f42'; document.getElementById('report-select').dispatchEvent(new Event('change'))");
        await page.WaitForFunctionAsync("() => !document.getElementById('error').hidden");
        Assert.Contains("No such report", await page.EvaluateExpressionAsync<string>("document.getElementById('error-text').textContent"), StringComparison.Ordinal);

        // A 500 KB report (the seeds repeated) pasted through the page's dialog.
        var big = new StringBuilder();
        var seeds = TestPaths.SeedFiles.Select(File.ReadAllText).ToArray();
        for (var k = 0; Encoding.UTF8.GetByteCount(big.ToString()) < 500 * 1024; k++)
        {
            big.Append(seeds[k % seeds.Length]).Append('\n');
        }

        var started = DateTime.UtcNow;
        await page.ClickAsync("#paste-button");
        await page.EvaluateFunctionAsync("t => { document.getElementById('paste-text').value = t; }", big.ToString());
        await page.ClickAsync("#paste-submit");
        await page.WaitForSelectorAsync("body[data-loaded^='u']", new WaitForSelectorOptions { Timeout = 60_000 });
        var loaded = DateTime.UtcNow - started;

        // Interactive while the rest renders: the click handler on a line (decision panel, innermost node, highlight) is quick.
        var clickMs = await page.EvaluateExpressionAsync<double>(
            "(() => { const t = performance.now(); document.querySelector(\".ln[data-line='5'] .no\").click(); return performance.now() - t; })()");
        Assert.NotNull(await page.QuerySelectorAsync("#decision h3"));
        var status = await page.EvaluateExpressionAsync<string>("document.getElementById('status').textContent");
        var expectedLines = ReportSdk.Text.SourceText.From(big.ToString()).Lines.Count;
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#lines .ln').length === " +
            expectedLines.ToString(CultureInfo.InvariantCulture), new WaitForFunctionOptions { Timeout = 60_000 });
        var all = DateTime.UtcNow - started;
        var lastLineMs = await page.EvaluateExpressionAsync<double>(
            "(() => { const t = performance.now(); document.querySelector('#lines .ln:last-child .no').click(); return performance.now() - t; })()");
        _output.WriteLine($"{Encoding.UTF8.GetByteCount(big.ToString()) / 1024} KB paste: page ready {loaded.TotalMilliseconds:F0} ms after submit (status: {status}); " +
            $"click handler {clickMs:F0} ms; all {expectedLines} lines rendered {all.TotalMilliseconds:F0} ms after submit; click on the last line {lastLineMs:F0} ms");
        Assert.True(loaded < TimeSpan.FromSeconds(30), $"loaded in {loaded}");
        Assert.True(clickMs < 1000, $"click handler took {clickMs} ms");
        Assert.True(lastLineMs < 1000, $"click on the last line took {lastLineMs} ms");
        await ScreenshotAsync(page, "500KB");

        // The Model tab on the 500 KB report: the meaning layer runs when the tab is opened, and the page stays usable.
        var modelStarted = DateTime.UtcNow;
        await page.ClickAsync("[data-tab='model']");
        await page.WaitForSelectorAsync("#model .model-figures", new WaitForSelectorOptions { Timeout = 60_000 });
        var modelLoaded = DateTime.UtcNow - modelStarted;
        var modelSummary = await page.EvaluateExpressionAsync<string>("document.querySelector('#model .model-summary').textContent");
        var figureRows = await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#model tr[data-figure]').length");
        var filterMs = await page.EvaluateExpressionAsync<double>(
            "(() => { const t = performance.now(); const s = document.querySelector('#model .kind-filter'); s.value = 'all'; s.dispatchEvent(new Event('input', { bubbles: true })); return performance.now() - t; })()");
        var modelClickMs = await page.EvaluateExpressionAsync<double>(
            "(() => { const t = performance.now(); [...document.querySelectorAll('#model tr[data-figure] .mlink')].at(-1).click(); return performance.now() - t; })()");
        _output.WriteLine($"Model tab on the 500 KB paste: shown {modelLoaded.TotalMilliseconds:F0} ms after the click ({modelSummary}); " +
            $"{figureRows} figure rows; kind filter to 'all' {filterMs:F0} ms; click on the last row {modelClickMs:F0} ms");
        Assert.True(modelLoaded < TimeSpan.FromSeconds(30), $"model shown in {modelLoaded}");
        Assert.True(filterMs < 1000, $"filter took {filterMs} ms");
        Assert.True(modelClickMs < 1000, $"click took {modelClickMs} ms");
        Assert.NotNull(await page.EvaluateExpressionAsync<string>("document.body.dataset.modelSelection"));
        await ScreenshotAsync(page, "500KB-model");

        // Too large for a paste: the page says so before sending.
        await page.EvaluateExpressionAsync("document.getElementById('paste-dialog').close(); document.getElementById('paste-dialog').showModal()");
        await page.EvaluateExpressionAsync("document.getElementById('paste-text').value = 'a'.repeat(6 * 1024 * 1024)");
        await page.ClickAsync("#paste-submit");
        await page.WaitForFunctionAsync("() => document.getElementById('error-text').textContent.includes('at most 5 MB')");

        Assert.True(problems.Count == 0, "console errors: " + string.Join(" | ", problems));
    }

    /// <summary>
    /// The Model tab on seeds/002: the metadata table names the speaker, a target row is there, a click on a value
    /// selects its span in the text, the kind filter and sorting work, the downloads point at the model endpoints.
    /// </summary>
    private async Task ModelTabAsync(IPage page, string text, ReportSdk.Text.SourceText source)
    {
        await page.ClickAsync("[data-tab='model']");
        await page.WaitForSelectorAsync("#model .model-meta", new WaitForSelectorOptions { Timeout = 30_000 });
        Assert.Equal("吴艳", await page.EvaluateExpressionAsync<string>("document.querySelector(\"#model tr[data-field='speakerName'] .mlink\").textContent"));
        Assert.Equal("乐平市", await page.EvaluateExpressionAsync<string>("document.querySelector(\"#model tr[data-field='region'] .mlink\").textContent"));
        Assert.Contains("not stated", await page.EvaluateExpressionAsync<string>("document.querySelector(\"#model tr[data-field='status']\").textContent"), StringComparison.Ordinal);

        // The targets table starts on this year's targets; the GDP target is a row.
        Assert.Equal("target", await page.EvaluateExpressionAsync<string>("document.querySelector('#model .kind-filter').value"));
        var targets = await page.EvaluateExpressionAsync<JsonElement>(
            "[...document.querySelectorAll('#model tr[data-figure]')].map(r => ({ kind: r.dataset.kind, cells: [...r.cells].map(c => c.textContent) }))");
        Assert.True(targets.GetArrayLength() >= 5, targets.ToString());
        Assert.All(targets.EnumerateArray(), t => Assert.Equal("target", t.GetProperty("kind").GetString()));
        Assert.Contains(targets.EnumerateArray(), t =>
            t.GetProperty("cells")[0].GetString()!.StartsWith("地区生产总值", StringComparison.Ordinal)
            && t.GetProperty("cells")[1].GetString() == "7" && t.GetProperty("cells")[2].GetString() == "%"
            && t.GetProperty("cells")[3].GetString() == "atLeast");

        // A click on the speaker's name selects exactly those characters on the speaker line, like a diagnostic.
        await page.ClickAsync("#model tr[data-field='speakerName'] .mlink");
        var selection = await SelectionAsync(page, "model");
        var speakerStart = text.IndexOf("市长 吴艳", StringComparison.Ordinal) + 3;
        Assert.Equal("吴艳", selection.GetProperty("first").GetString());
        Assert.Equal([source.Lines.IndexOf(speakerStart)], selection.GetProperty("lines").EnumerateArray().Select(l => l.GetInt32()).ToArray());
        Assert.Equal(source.Lines.IndexOf(speakerStart), selection.GetProperty("current").GetInt32());

        // A target row: its value as written is selected.
        await page.ClickAsync("#model tr[data-figure] td.num");
        var row = await page.EvaluateExpressionAsync<JsonElement>(
            "(() => { const r = document.querySelector('#model tr.active'); return { start: Number(r.dataset.start), end: Number(r.dataset.end) }; })()");
        selection = await SelectionAsync(page, "model");
        Assert.Equal(text[row.GetProperty("start").GetInt32()..row.GetProperty("end").GetInt32()], selection.GetProperty("first").GetString());
        await ScreenshotAsync(page, "1280x800-model");

        // Filter by kind, then sort by value (descending on the second click).
        await page.SelectAsync("#model .kind-filter", "achieved");
        var kinds = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#model tr[data-figure]')].map(r => r.dataset.kind)");
        Assert.NotEmpty(kinds);
        Assert.All(kinds, k => Assert.Equal("achieved", k));
        await page.SelectAsync("#model .kind-filter", "all");
        await page.ClickAsync("#model button.sort[data-sort='line']");
        var lines = await page.EvaluateExpressionAsync<int[]>("[...document.querySelectorAll('#model tr[data-figure]')].map(r => Number(r.cells[6].textContent))");
        Assert.Equal(lines.OrderByDescending(l => l).ToArray(), lines);

        // The glossary: a term links to its note.
        await page.ClickAsync("#model .model-glossary .term .mlink");
        var term = await page.EvaluateExpressionAsync<string>("document.querySelector('#model .model-glossary .term .mlink').textContent");
        Assert.Contains(term, (await SelectionAsync(page, "model")).GetProperty("first").GetString(), StringComparison.Ordinal);

        Assert.Equal("/api/reports/f0/download/model", await page.EvaluateExpressionAsync<string>("new URL(document.getElementById('download-model').href).pathname"));
        Assert.Equal("/api/reports/f0/download/targets", await page.EvaluateExpressionAsync<string>("new URL(document.getElementById('download-targets').href).pathname"));
    }

    /// <summary>The highlighted lines, the current line and the first range of the named CSS highlight.</summary>
    private static Task<JsonElement> SelectionAsync(IPage page, string highlight) => page.EvaluateExpressionAsync<JsonElement>(
        """
        (() => {
          const h = CSS.highlights.get('HIGHLIGHT');
          const cur = document.querySelector('.ln.cur');
          return {
            lines: [...document.querySelectorAll('.ln.hl')].map(l => Number(l.dataset.line)),
            current: cur ? Number(cur.dataset.line) : -1,
            first: h ? [...h][0].toString() : null,
          };
        })()
        """.Replace("HIGHLIGHT", highlight, StringComparison.Ordinal));

    private static async Task<IFrame> WaitForFrameAsync(IPage page, string urlEnd)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (page.Frames.FirstOrDefault(f => f.Url.EndsWith(urlEnd, StringComparison.Ordinal)) is { } frame)
            {
                return frame;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("no frame loaded " + urlEnd);
    }

    private static async Task<IBrowser> LaunchAsync() => await Puppeteer.LaunchAsync(new LaunchOptions
    {
        ExecutablePath = ChromiumFactAttribute.Path,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--lang=zh-CN"],
        Timeout = 60_000,
    });

    private static List<string> WatchForErrors(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, e) =>
        {
            // The page's own 404 on the unknown report id is expected in the error test; anything else is a failure.
            if (e.Message.Type == ConsoleType.Error && !e.Message.Text.Contains("404", StringComparison.Ordinal))
            {
                lock (problems)
                {
                    problems.Add(e.Message.Text);
                }
            }
        };
        page.PageError += (_, e) =>
        {
            lock (problems)
            {
                problems.Add(e.Message);
            }
        };
        return problems;
    }

    private async Task ScreenshotAsync(IPage page, string name)
    {
        // REPORTSDK_SCREENSHOT_DIR=docs/images regenerates the screenshots shown in docs/explorer.md.
        var folder = Environment.GetEnvironmentVariable("REPORTSDK_SCREENSHOT_DIR") is { Length: > 0 } requested
            ? Directory.CreateDirectory(requested).FullName
            : Path.GetTempPath();
        var path = Path.Combine(folder, $"reportsdk-explore-{name}.png");
        await page.ScreenshotAsync(path);
        _output.WriteLine("screenshot: " + path);
    }
}
