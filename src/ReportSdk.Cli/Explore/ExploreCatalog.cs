using System.Collections.Concurrent;
using System.Globalization;
using ReportSdk.Text;

namespace ReportSdk.Cli.Explore;

/// <summary>One report the explorer can show: a file named on the command line (or found in its folder), the embedded sample, or a paste/upload.</summary>
/// <param name="Id">The opaque id requests use (<c>f0</c>, <c>f1</c>…, <c>sample</c>, <c>u1</c>…); never a path.</param>
/// <param name="Name">The name shown on the page (a file name, never a full path).</param>
/// <param name="Kind"><c>file</c>, <c>sample</c> or <c>upload</c>.</param>
internal sealed record ExploreEntry(string Id, string Name, string Kind)
{
    /// <summary>The absolute path of a file entry; null for the sample and uploads.</summary>
    public string? FullPath { get; init; }

    /// <summary>The text of the sample or of an upload; null for a file entry (read when asked for).</summary>
    public SourceText? Text { get; init; }
}

/// <summary>
/// The reports a running explorer may read. It is fixed when the server starts from the command line's path
/// (a file, or a folder's <c>*.txt</c> files directly in it), plus the embedded sample and what the page uploads.
/// Requests name reports only by <see cref="ExploreEntry.Id"/>, so no request can reach a path of its choosing.
/// </summary>
internal sealed class ExploreCatalog
{
    /// <summary>How many pasted or uploaded reports are kept in memory; the oldest is forgotten first.</summary>
    public const int MaxUploads = 16;

    private readonly List<ExploreEntry> _files;
    private readonly ExploreEntry? _sample;
    private readonly ConcurrentDictionary<string, ExploreEntry> _uploads = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _uploadOrder = new();
    private int _uploadCounter;

    private ExploreCatalog(List<ExploreEntry> files, ExploreEntry? sample, string source)
    {
        _files = files;
        _sample = sample;
        Source = source;
    }

    /// <summary>What the explorer was started on, for the page's header (a file or folder name, or "sample").</summary>
    public string Source { get; }

    /// <summary>The files and the sample, in the order the page lists them (uploads come after).</summary>
    public IReadOnlyList<ExploreEntry> Entries
    {
        get
        {
            var list = new List<ExploreEntry>(_files);
            if (_sample is not null)
            {
                list.Add(_sample);
            }

            foreach (var id in _uploadOrder)
            {
                if (_uploads.TryGetValue(id, out var upload))
                {
                    list.Add(upload);
                }
            }

            return list;
        }
    }

    /// <summary>
    /// The catalog for <paramref name="path"/>: a file (that file only), a folder (its <c>*.txt</c> files,
    /// ordinal order, not recursive) or null (the embedded sample only).
    /// </summary>
    /// <exception cref="CliFailure">The path does not exist or is neither a regular file nor a folder.</exception>
    public static ExploreCatalog Create(string? path)
    {
        if (path is null)
        {
            return new ExploreCatalog([], LoadSample(), "sample");
        }

        var input = InputFile.FromArgument(path);
        try
        {
            if (Directory.Exists(input.FullPath))
            {
                var files = Directory.EnumerateFiles(input.FullPath, "*.txt", SearchOption.TopDirectoryOnly)
                    .Where(f => !FileKind.IsSpecialFile(f))
                    .Order(StringComparer.Ordinal)
                    .Select((f, i) => new ExploreEntry("f" + i.ToString(CultureInfo.InvariantCulture), Path.GetFileName(f), "file") { FullPath = f })
                    .ToList();
                var name = Path.GetFileName(input.FullPath.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
                return new ExploreCatalog(files, files.Count == 0 ? LoadSample() : null, name + "/");
            }

            if (!File.Exists(input.FullPath))
            {
                throw CliFailure.Input(input.DisplayPath, "no such file or folder");
            }

            if (FileKind.IsSpecialFile(input.FullPath))
            {
                throw CliFailure.Input(input.DisplayPath, "cannot be read: not a regular file (a FIFO, socket or device)");
            }

            var entry = new ExploreEntry("f0", Path.GetFileName(input.FullPath), "file") { FullPath = input.FullPath };
            return new ExploreCatalog([entry], null, entry.Name);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException or NotSupportedException)
        {
            throw CliFailure.Input(input.DisplayPath, "cannot be read: " + ErrorText.Reason(exception));
        }
    }

    /// <summary>Finds an entry by its id; null when the id is unknown (the caller answers 404).</summary>
    public ExploreEntry? Find(string id)
    {
        if (_sample is not null && id == _sample.Id)
        {
            return _sample;
        }

        if (_uploads.TryGetValue(id, out var upload))
        {
            return upload;
        }

        return _files.FirstOrDefault(f => f.Id == id);
    }

    /// <summary>Adds a pasted or uploaded report and returns its entry; the oldest upload is dropped past <see cref="MaxUploads"/>.</summary>
    public ExploreEntry AddUpload(string name, SourceText text)
    {
        var id = "u" + Interlocked.Increment(ref _uploadCounter).ToString(CultureInfo.InvariantCulture);
        var entry = new ExploreEntry(id, name, "upload") { Text = text };
        _uploads[id] = entry;
        _uploadOrder.Enqueue(id);
        while (_uploadOrder.Count > MaxUploads && _uploadOrder.TryDequeue(out var old))
        {
            _uploads.TryRemove(old, out _);
        }

        return entry;
    }

    private static ExploreEntry LoadSample()
    {
        using var stream = typeof(ExploreCatalog).Assembly.GetManifestResourceStream("ReportSdk.Cli.Sample.txt")
            ?? throw new InvalidOperationException("The embedded sample report is missing from the tool.");
        return new ExploreEntry("sample", "sample (embedded, seeds/002)", "sample") { Text = SourceText.From(stream) };
    }
}
