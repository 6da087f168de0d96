using ReportSdk.Semantics.Outline;
using ReportSdk.Serialization;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.Corpus;

/// <summary>
/// Every corpus file's outline equals its approved snapshot (<c>Corpus/Snapshots/*.outline.json</c>, read
/// against the text), and every corpus file round-trips exactly. On a difference the test writes
/// <c>*.received.json</c> beside the snapshot (git-ignored); review it against the text before approving.
/// </summary>
public sealed class CorpusSnapshotTests
{
    public static TheoryData<string> Files() => CorpusFiles.All();

    [CorpusTheory]
    [MemberData(nameof(Files))]
    public void OutlineMatchesApprovedSnapshot(string name)
    {
        var tree = SyntaxTree.ParseText(CorpusFiles.Read(name), path: "corpus/" + name);
        string received = OutlineJson.Serialize(OutlineBuilder.Build(tree)).ReplaceLineEndings("\n") + "\n";
        string approvedPath = CorpusFiles.SnapshotPath(name);
        string receivedPath = Path.ChangeExtension(approvedPath, ".received.json");
        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (approved != received)
        {
            File.WriteAllText(receivedPath, received);
            Assert.Fail($"The outline of corpus/{name} differs from {approvedPath}; see {receivedPath}.");
        }

        if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }
    }

    [CorpusTheory]
    [MemberData(nameof(Files))]
    public void RoundTripsExactly(string name)
    {
        string text = CorpusFiles.Read(name);
        Assert.Equal(text, SyntaxTree.ParseText(text).GetRoot().ToFullString());
    }

    [CorpusFact]
    public void EveryCorpusFileHasASnapshotAndNoSnapshotIsOrphaned()
    {
        var expected = CorpusFiles.Names.Select(CorpusFiles.SnapshotPath).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        var present = Directory.GetFiles(TestPaths.CorpusSnapshots, "*.outline.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, present);
    }
}
