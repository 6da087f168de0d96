using ReportSdk.Semantics.Model;
using ReportSdk.Serialization.Model;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.Seeds;

/// <summary>
/// Compares each seed's model JSON (<c>reportsdk model --json</c>) with the approved snapshot under Snapshots/.
/// The metadata and the targets of each approved file were read against its seed; values known to be wrong are
/// listed in docs/model.md ("Known limits") rather than approved silently. On a difference the test writes
/// <c>*.model.received.json</c> beside it and fails; approve by reading the diff and renaming.
/// </summary>
public class SeedModelSnapshotTests
{
    public static TheoryData<string> Seeds() => SeedRoundTripTests.Seeds();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ModelMatchesApprovedSnapshot(string seed)
    {
        var tree = SyntaxTree.ParseText(TestPaths.ReadSeed(seed), path: "seeds/" + seed);
        string received = ModelJson.Serialize(tree.GetDocumentModel()).ReplaceLineEndings("\n") + "\n";
        string name = Path.GetFileNameWithoutExtension(seed);
        string approvedPath = Path.Combine(TestPaths.Snapshots, name + ".model.approved.json");
        string receivedPath = Path.Combine(TestPaths.Snapshots, name + ".model.received.json");
        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (approved != received)
        {
            File.WriteAllText(receivedPath, received);
            Assert.Fail($"The model of {seed} differs from {approvedPath}; see {receivedPath}.");
        }

        if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }
    }

    [Fact]
    public void ModelCommandJsonIsTheSnapshotForm()
    {
        // The CLI prints the same JSON as the snapshots (given the same path), so the snapshots document 'model --json'.
        var seed = Path.GetFileName(TestPaths.SeedFiles.First());
        var result = ReportSdk.Tests.Cli.CliRun.InProcess("model", Path.Combine(TestPaths.Seeds, seed), "--json");
        Assert.Equal(0, result.ExitCode);
        var tree = SyntaxTree.ParseText(TestPaths.ReadSeed(seed), path: Path.Combine(TestPaths.Seeds, seed));
        Assert.Equal(ModelJson.Serialize(tree.GetDocumentModel()).ReplaceLineEndings("\n") + "\n", result.Output.ReplaceLineEndings("\n"));
    }
}
