using System.Diagnostics;
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using ReportSdk.Semantics.Outline;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.Packaging;

/// <summary>
/// Packs ReportSdk and ReportSdk.Cli into a temporary feed as <c>dotnet pack -c Release</c> does
/// (in CI mode, with its own artifacts folder so it never touches the repository's bin/obj), checks
/// the package metadata, XML docs, symbols and SourceLink, then uses the packages as a stranger
/// would: a fresh console project that references ReportSdk from that feed only, and the tool
/// installed with <c>dotnet tool install --tool-path</c>.
/// </summary>
/// <remarks>
/// Slow (about a minute: two packs, a restore and a build). Restores use a private
/// <c>NUGET_PACKAGES</c> folder, so the machine's package cache neither serves a stale ReportSdk
/// nor keeps the test's packages; Sprache comes from nuget.org.
/// </remarks>
[Trait("Category", "Slow")]
public sealed class PackageTests : IClassFixture<PackageTests.PackedFeed>
{
    private const string Seed = "002_4e4f3f491fbc5ac3.txt";
    private static readonly Guid SourceLinkGuid = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    private readonly PackedFeed _feed;

    public PackageTests(PackedFeed feed)
    {
        _feed = feed;
    }

    [Fact]
    public void Pack_ProducesThePackageTheSymbolsPackageAndTheToolPackages()
    {
        var files = Directory.GetFiles(_feed.Feed).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        List<string> expected = [$"ReportSdk.{_feed.Version}.nupkg", $"ReportSdk.{_feed.Version}.snupkg", $"ReportSdk.Cli.{_feed.Version}.nupkg", $"ReportSdk.Cli.any.{_feed.Version}.nupkg"];
        if (PackedFeed.PacksNativeTool)
        {
            expected.Add($"ReportSdk.Cli.{PackedFeed.NativeToolRuntimeIdentifier}.{_feed.Version}.nupkg");
        }

        Assert.Equal(expected.Order(StringComparer.Ordinal), files);
    }

    [Fact]
    public void LibraryPackage_HasMetadataReadmeAndXmlDocs()
    {
        using var package = ZipFile.OpenRead(_feed.LibraryPackage);
        var metadata = Nuspec(package, "ReportSdk.nuspec");
        XNamespace ns = metadata.Name.Namespace;

        Assert.Equal("ReportSdk", (string?)metadata.Element(ns + "id"));
        Assert.Equal(_feed.Version, (string?)metadata.Element(ns + "version"));
        Assert.Contains("政府工作报告", (string?)metadata.Element(ns + "description"), StringComparison.Ordinal);
        Assert.Contains("parser", ((string?)metadata.Element(ns + "tags"))!.Split(' '));
        var license = metadata.Element(ns + "license")!;
        Assert.Equal("expression", (string?)license.Attribute("type"));
        Assert.Equal("MIT", license.Value);
        Assert.Equal("README.md", (string?)metadata.Element(ns + "readme"));
        var repository = metadata.Element(ns + "repository")!;
        Assert.Equal("git", (string?)repository.Attribute("type"));
        Assert.Equal("https://github.com/reportsdk/reportsdk", (string?)repository.Attribute("url"));
        Assert.Matches("^[0-9a-f]{40}$", (string?)repository.Attribute("commit") ?? string.Empty);

        var dependency = Assert.Single(metadata.Descendants(ns + "dependency"));
        Assert.Equal("Sprache", (string?)dependency.Attribute("id"));

        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("README.md", entries);
        Assert.Contains("lib/net10.0/ReportSdk.dll", entries);
        Assert.Contains("lib/net10.0/ReportSdk.xml", entries);
        Assert.DoesNotContain(entries, e => e.EndsWith(".pdb", StringComparison.Ordinal));

        string docs = ReadEntry(package, "lib/net10.0/ReportSdk.xml");
        Assert.Contains("M:ReportSdk.Syntax.SyntaxTree.ParseText(System.String,ReportSdk.Syntax.ParseOptions,System.String)", docs, StringComparison.Ordinal);
    }

    [Fact]
    public void SymbolsPackage_HasAPortablePdbWithSourceLinkToTheRepository_AndTheDllIsDeterministic()
    {
        using var symbols = ZipFile.OpenRead(_feed.SymbolsPackage);
        using var pdbStream = new MemoryStream();
        using (var entry = symbols.GetEntry("lib/net10.0/ReportSdk.pdb")!.Open())
        {
            entry.CopyTo(pdbStream);
        }

        pdbStream.Position = 0;
        using var pdbProvider = MetadataReaderProvider.FromPortablePdbStream(pdbStream);
        var pdb = pdbProvider.GetMetadataReader();

        string? sourceLink = null;
        foreach (var handle in pdb.CustomDebugInformation)
        {
            var information = pdb.GetCustomDebugInformation(handle);
            if (pdb.GetGuid(information.Kind) == SourceLinkGuid)
            {
                sourceLink = Encoding.UTF8.GetString(pdb.GetBlobBytes(information.Value));
            }
        }

        Assert.NotNull(sourceLink);
        using (var json = JsonDocument.Parse(sourceLink))
        {
            var map = json.RootElement.GetProperty("documents").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
            Assert.True(map.TryGetValue("/_/*", out var target), "SourceLink map: " + sourceLink);
            Assert.Matches("^https://raw\\.githubusercontent\\.com/reportsdk/reportsdk/[0-9a-f]{40}/\\*$", target);
        }

        // ContinuousIntegrationBuild maps the build machine's paths away.
        var documents = pdb.Documents.Select(d => pdb.GetString(pdb.GetDocument(d).Name)).ToList();
        Assert.Contains("/_/src/ReportSdk/Syntax/SyntaxTree.cs", documents);
        Assert.DoesNotContain(documents, d => d.StartsWith(TestPaths.RepositoryRoot, StringComparison.Ordinal));

        using var package = ZipFile.OpenRead(_feed.LibraryPackage);
        using var dll = new MemoryStream();
        using (var entry = package.GetEntry("lib/net10.0/ReportSdk.dll")!.Open())
        {
            entry.CopyTo(dll);
        }

        dll.Position = 0;
        using var pe = new PEReader(dll);
        var debugDirectory = pe.ReadDebugDirectory();
        Assert.Contains(debugDirectory, d => d.Type == DebugDirectoryEntryType.Reproducible);
        var codeView = pe.ReadCodeViewDebugDirectoryData(debugDirectory.First(d => d.Type == DebugDirectoryEntryType.CodeView));
        Assert.Equal(pdb.DebugMetadataHeader!.Id.Take(16).ToArray(), codeView.Guid.ToByteArray());
    }

    [Fact]
    public void ToolPackage_IsADotnetToolThatPointsToItsPlatformPackages()
    {
        using var package = ZipFile.OpenRead(_feed.ToolPackage);
        var metadata = Nuspec(package, "ReportSdk.Cli.nuspec");
        XNamespace ns = metadata.Name.Namespace;
        Assert.Equal("ReportSdk.Cli", (string?)metadata.Element(ns + "id"));
        Assert.Equal("DotnetTool", (string?)metadata.Descendants(ns + "packageType").Single().Attribute("name"));
        Assert.Equal("MIT", metadata.Element(ns + "license")?.Value);
        Assert.Equal("README.md", (string?)metadata.Element(ns + "readme"));

        var settings = XDocument.Parse(ReadEntry(package, "tools/any/any/DotnetToolSettings.xml"));
        Assert.Equal("reportsdk", (string?)settings.Descendants("Command").Single().Attribute("Name"));
        var pointers = settings.Descendants("RuntimeIdentifierPackage")
            .ToDictionary(p => (string?)p.Attribute("RuntimeIdentifier") ?? string.Empty, p => (string?)p.Attribute("Id"), StringComparer.Ordinal);
        Assert.Equal("ReportSdk.Cli.any", pointers["any"]);
        if (PackedFeed.PacksNativeTool)
        {
            Assert.Equal($"ReportSdk.Cli.{PackedFeed.NativeToolRuntimeIdentifier}", pointers[PackedFeed.NativeToolRuntimeIdentifier]);
        }

        // A pointer only: the implementation is in the platform packages.
        Assert.DoesNotContain(package.Entries, e => e.FullName.EndsWith(".dll", StringComparison.Ordinal));
    }

    [Fact]
    public void AnyPlatformToolPackage_IsTheFrameworkDependentBuild()
    {
        using var package = ZipFile.OpenRead(_feed.RidToolPackage("any"));
        var metadata = Nuspec(package, "ReportSdk.Cli.any.nuspec");
        XNamespace ns = metadata.Name.Namespace;
        Assert.Equal("DotnetToolRidPackage", (string?)metadata.Descendants(ns + "packageType").Single().Attribute("name"));

        var command = XDocument.Parse(ReadEntry(package, "tools/net10.0/any/DotnetToolSettings.xml")).Descendants("Command").Single();
        Assert.Equal("reportsdk", (string?)command.Attribute("Name"));
        Assert.Equal("ReportSdk.Cli.dll", (string?)command.Attribute("EntryPoint"));
        Assert.Equal("dotnet", (string?)command.Attribute("Runner"));
        Assert.NotNull(package.GetEntry("tools/net10.0/any/ReportSdk.dll"));
        Assert.NotNull(package.GetEntry("tools/net10.0/any/Sprache.dll"));
    }

    [Fact]
    public void NativeToolPackage_IsOneNativeExecutable()
    {
        if (!PackedFeed.PacksNativeTool)
        {
            return; // Native AOT is packed on its own platform only (see ReportSdk.Cli.csproj).
        }

        string rid = PackedFeed.NativeToolRuntimeIdentifier;
        using var package = ZipFile.OpenRead(_feed.RidToolPackage(rid));
        var metadata = Nuspec(package, $"ReportSdk.Cli.{rid}.nuspec");
        XNamespace ns = metadata.Name.Namespace;
        Assert.Equal("DotnetToolRidPackage", (string?)metadata.Descendants(ns + "packageType").Single().Attribute("name"));

        var command = XDocument.Parse(ReadEntry(package, $"tools/any/{rid}/DotnetToolSettings.xml")).Descendants("Command").Single();
        Assert.Equal("ReportSdk.Cli", (string?)command.Attribute("EntryPoint"));
        Assert.Equal("executable", (string?)command.Attribute("Runner"));

        var tools = package.Entries.Where(e => e.FullName.StartsWith("tools/", StringComparison.Ordinal)).Select(e => e.FullName).Order(StringComparer.Ordinal);
        Assert.Equal([$"tools/any/{rid}/DotnetToolSettings.xml", $"tools/any/{rid}/ReportSdk.Cli"], tools);
        using var executable = package.GetEntry($"tools/any/{rid}/ReportSdk.Cli")!.Open();
        var magic = new byte[4];
        executable.ReadExactly(magic);
        Assert.Equal("\u007fELF"u8.ToArray(), magic);
    }

    [Fact]
    public void ConsumerProject_ReferencesThePackageFromTheFeed_AndParsesASeed()
    {
        string project = Path.Combine(_feed.Root, "consumer");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="reportsdk-feed" value="{_feed.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="reportsdk-feed">
                  <package pattern="ReportSdk" />
                  <package pattern="ReportSdk.*" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ReportSdk" Version="[{_feed.Version}]" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using ReportSdk.Syntax;

            var tree = SyntaxTree.ParseFile(args[0]);
            var root = tree.GetRoot();
            Console.WriteLine($"reports: {root.Reports.Count}");
            Console.WriteLine($"title: {root.Reports[0].Preamble.Title.TextToken.Text}");
            Console.WriteLine($"sections: {string.Join(",", root.Reports[0].Sections.Select(s => s.Kind))}");
            Console.WriteLine($"roundtrip: {root.ToFullString() == tree.GetText().ToString()}");
            """);

        var build = _feed.Dotnet(project, "build", "-c", "Release", "-o", Path.Combine(project, "out"));
        Assert.True(build.ExitCode == 0, "consumer build failed:\n" + build.Output);

        // The restored package is byte for byte the one in the feed, not something from a cache.
        string restored = Path.Combine(_feed.Packages, "reportsdk", _feed.Version, $"reportsdk.{_feed.Version}.nupkg");
        Assert.True(File.Exists(restored), "not restored into the private package folder: " + restored);
        Assert.Equal(Sha512(_feed.LibraryPackage), Sha512(restored));

        string seed = Path.Combine(TestPaths.Seeds, Seed);
        var run = _feed.Dotnet(project, Path.Combine(project, "out", "Consumer.dll"), seed);
        Assert.True(run.ExitCode == 0, "consumer run failed:\n" + run.Output);

        var expected = SyntaxTree.ParseFile(seed).GetRoot();
        Assert.Contains($"reports: {expected.Reports.Count}", run.Output, StringComparison.Ordinal);
        Assert.Contains("reports: 1", run.Output, StringComparison.Ordinal);
        Assert.Contains("title: 2023年乐平市政府工作报告", run.Output, StringComparison.Ordinal);
        Assert.Contains("sections: " + string.Join(",", expected.Reports[0].Sections.Select(s => s.Kind)), run.Output, StringComparison.Ordinal);
        Assert.Contains("roundtrip: True", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Tool_InstallsWithToolPath_AndPrintsTheJsonOutline()
    {
        string shim = _feed.InstalledTool.Value;
        string work = _feed.ToolWork;
        string seed = Path.Combine(TestPaths.Seeds, Seed);
        if (PackedFeed.PacksNativeTool)
        {
            // 'dotnet tool install' chose the platform's native package over the framework-dependent one.
            Assert.True(Directory.Exists(Path.Combine(_feed.Root, "tools", ".store", "reportsdk.cli", _feed.Version, $"reportsdk.cli.{PackedFeed.NativeToolRuntimeIdentifier}")),
                "the native package was not installed: " + string.Join(", ", Directory.GetFileSystemEntries(Path.Combine(_feed.Root, "tools"), "*", SearchOption.AllDirectories).Take(20)));
        }

        var run = _feed.Run(work, shim, "outline", seed, "--json");
        Assert.True(run.ExitCode == 0, "reportsdk outline failed:\n" + run.Output);

        var expected = OutlineBuilder.Build(SyntaxTree.ParseFile(seed));
        using var json = JsonDocument.Parse(run.StandardOutput);
        var outline = json.RootElement;
        Assert.Equal(DocumentOutline.CurrentSchemaVersion, outline.GetProperty("schemaVersion").GetInt32());
        var reports = outline.GetProperty("reports");
        Assert.Equal(expected.Reports.Count, reports.GetArrayLength());
        Assert.Equal("2023年乐平市政府工作报告", reports[0].GetProperty("title").GetString());
        Assert.Equal(
            expected.Reports[0].Sections.Select(s => JsonNamingPolicy.CamelCase.ConvertName(s.Kind.ToString()) + ":" + s.Heading + ":" + s.Items.Count),
            reports[0].GetProperty("sections").EnumerateArray().Select(s =>
                s.GetProperty("kind").GetString() + ":" + s.GetProperty("heading").GetString() + ":" + s.GetProperty("items").GetArrayLength()));
    }

    [Fact]
    public void InstalledTool_ExportsTheSameParquetFilesAsTheCliInProcess()
    {
        string seed = Path.Combine(TestPaths.Seeds, Seed);
        string installed = Path.Combine(_feed.Root, "export-installed") + Path.DirectorySeparatorChar;
        string inProcess = Path.Combine(_feed.Root, "export-in-process") + Path.DirectorySeparatorChar;

        var run = _feed.Run(_feed.ToolWork, _feed.InstalledTool.Value, "export", seed, "-o", installed);
        Assert.True(run.ExitCode == 0, "reportsdk export failed:\n" + run.Output);
        Assert.Equal(0, ReportSdk.Cli.CliApplication.Run(["export", seed, "-o", inProcess], new StringWriter(), new StringWriter()));

        var names = Directory.GetFiles(inProcess).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("targets.parquet", names);
        Assert.Equal(names, Directory.GetFiles(installed).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));
        foreach (string name in names)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(inProcess, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(installed, name))), name + " differs");
        }
    }

    [Fact]
    public void AnyPlatformPackage_RunsWithDotnet_AndPrintsWhatTheInstalledToolPrints()
    {
        string folder = Path.Combine(_feed.Root, "any-tool");
        ZipFile.ExtractToDirectory(_feed.RidToolPackage("any"), folder);
        string dll = Path.Combine(folder, "tools", "net10.0", "any", "ReportSdk.Cli.dll");
        string seed = Path.Combine(TestPaths.Seeds, Seed);

        foreach (string[] command in new[] { new[] { "outline", seed, "--json" }, new[] { "model", seed }, new[] { "check", seed } })
        {
            _ = _feed.InstalledTool.Value;
            var portable = _feed.Dotnet(_feed.ToolWork, [dll, .. command]);
            var installed = _feed.Run(_feed.ToolWork, _feed.InstalledTool.Value, command);
            Assert.Equal(installed.ExitCode, portable.ExitCode);
            Assert.True(installed.StandardOutput.Length > 0, string.Join(' ', command) + " printed nothing:\n" + installed.Output);
            Assert.Equal(installed.StandardOutput, portable.StandardOutput);
        }
    }

    private static XElement Nuspec(ZipArchive package, string name) =>
        XDocument.Parse(ReadEntry(package, name)).Root!.Elements().Single(e => e.Name.LocalName == "metadata");

    private static string ReadEntry(ZipArchive package, string name)
    {
        var entry = package.GetEntry(name) ?? throw new Xunit.Sdk.XunitException($"{name} is not in the package; it has: {string.Join(", ", package.Entries.Select(e => e.FullName))}");
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string Sha512(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexString(SHA512.HashData(stream));
    }

    /// <summary>Packs both projects once for all the tests of the class, into a temporary folder deleted afterwards.</summary>
    public sealed class PackedFeed : IDisposable
    {
        /// <summary>The platform whose tool package is Native AOT, as ReportSdk.Cli.csproj's NativeToolRuntimeIdentifier.</summary>
        public const string NativeToolRuntimeIdentifier = "linux-x64";

        // A Native AOT pack compiles the whole tool to machine code: minutes on a loaded 2-core machine.
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);

        public PackedFeed()
        {
            Root = Path.Combine(Path.GetTempPath(), "reportsdk-pack-" + Guid.NewGuid().ToString("N"));
            Feed = Path.Combine(Root, "feed");
            Packages = Path.Combine(Root, "packages");
            Directory.CreateDirectory(Feed);
            Version = (string?)XDocument.Load(Path.Combine(TestPaths.RepositoryRoot, "Directory.Build.props")).Descendants("Version").FirstOrDefault()
                ?? throw new InvalidOperationException("No <Version> in Directory.Build.props.");

            string artifacts = Path.Combine(Root, "artifacts");
            foreach (string project in new[] { "src/ReportSdk/ReportSdk.csproj", "src/ReportSdk.Cli/ReportSdk.Cli.csproj" })
            {
                var pack = Dotnet(TestPaths.RepositoryRoot, "pack", Path.Combine(TestPaths.RepositoryRoot, project), "-c", "Release", "-o", Feed,
                    "--artifacts-path", artifacts, "-p:ContinuousIntegrationBuild=true");
                if (pack.ExitCode != 0)
                {
                    throw new InvalidOperationException($"dotnet pack {project} failed:\n{pack.Output}");
                }
            }

            ToolWork = Path.Combine(Root, "tool-work");
            InstalledTool = new Lazy<string>(Install, LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public string Root { get; }

        public string Feed { get; }

        /// <summary>The private NUGET_PACKAGES folder of every restore the tests run.</summary>
        public string Packages { get; }

        public string Version { get; }

        public string LibraryPackage => Path.Combine(Feed, $"ReportSdk.{Version}.nupkg");

        public string SymbolsPackage => Path.Combine(Feed, $"ReportSdk.{Version}.snupkg");

        public string ToolPackage => Path.Combine(Feed, $"ReportSdk.Cli.{Version}.nupkg");

        /// <summary>Whether this machine packs the native tool package (only its own platform can: see ReportSdk.Cli.csproj).</summary>
        public static bool PacksNativeTool => System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier == NativeToolRuntimeIdentifier;

        /// <summary>A working folder whose empty nuget.config keeps the repository's and the user's package sources out.</summary>
        public string ToolWork { get; }

        /// <summary>The <c>reportsdk</c> command installed from the feed with <c>dotnet tool install --tool-path</c>, once.</summary>
        public Lazy<string> InstalledTool { get; }

        /// <summary>The tool package for one runtime identifier (<c>any</c>: the framework-dependent one).</summary>
        public string RidToolPackage(string rid) => Path.Combine(Feed, $"ReportSdk.Cli.{rid}.{Version}.nupkg");

        public ProcessResult Dotnet(string workingDirectory, params string[] arguments) => Run(workingDirectory, "dotnet", arguments);

        public ProcessResult Run(string workingDirectory, string fileName, params string[] arguments)
        {
            var start = new ProcessStartInfo(fileName)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            // The test host's MSBuild settings must not leak into the nested builds.
            foreach (string name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" })
            {
                start.Environment.Remove(name);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            start.Environment["NUGET_PACKAGES"] = Packages;
            if (!start.Environment.TryGetValue("DOTNET_ROOT", out var dotnetRoot) || string.IsNullOrEmpty(dotnetRoot))
            {
                start.Environment["DOTNET_ROOT"] = DotnetRoot();
            }

            var stdout = new StringBuilder();
            var stderr = new StringBuilder();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (stdout) { stdout.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (stderr) { stderr.AppendLine(e.Data); } } };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {Timeout}.\n{stdout}\n{stderr}");
            }

            process.WaitForExit();
            return new ProcessResult(process.ExitCode, stdout.ToString(), stderr.ToString());
        }

        private string Install()
        {
            string tools = Path.Combine(Root, "tools");
            Directory.CreateDirectory(ToolWork);
            File.WriteAllText(Path.Combine(ToolWork, "nuget.config"), """
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                  </packageSources>
                </configuration>
                """);

            var install = Dotnet(ToolWork, "tool", "install", "--tool-path", tools, "--add-source", Feed, "ReportSdk.Cli", "--version", Version);
            if (install.ExitCode != 0)
            {
                throw new InvalidOperationException("dotnet tool install failed:\n" + install.Output);
            }

            return Path.Combine(tools, OperatingSystem.IsWindows() ? "reportsdk.exe" : "reportsdk");
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is not a test failure.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        /// <summary>The folder of the running .NET installation (…/shared/Microsoft.NETCore.App/x.y.z → …).</summary>
        private static string DotnetRoot()
        {
            var runtime = new DirectoryInfo(Path.TrimEndingDirectorySeparator(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory()));
            return runtime.Parent?.Parent?.Parent?.FullName ?? string.Empty;
        }
    }

    public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
    {
        public string Output => StandardOutput + StandardError;
    }
}
