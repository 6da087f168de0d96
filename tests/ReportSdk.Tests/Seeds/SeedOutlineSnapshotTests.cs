using ReportSdk.Semantics.Outline;
using ReportSdk.Serialization;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.Seeds;

/// <summary>
/// Compares each seed's outline JSON with the approved snapshot under Snapshots/. Each approved file
/// was checked by reading it against its seed. On a difference the test writes
/// <c>*.received.json</c> beside it and fails; approve by reading the diff and renaming.
/// </summary>
public class SeedOutlineSnapshotTests
{
    public static TheoryData<string> Seeds() => SeedRoundTripTests.Seeds();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void OutlineMatchesApprovedSnapshot(string seed)
    {
        var tree = SyntaxTree.ParseText(TestPaths.ReadSeed(seed), path: "seeds/" + seed);
        string received = OutlineJson.Serialize(OutlineBuilder.Build(tree)).ReplaceLineEndings("\n") + "\n";
        string name = Path.GetFileNameWithoutExtension(seed);
        string approvedPath = Path.Combine(TestPaths.Snapshots, name + ".outline.approved.json");
        string receivedPath = Path.Combine(TestPaths.Snapshots, name + ".outline.received.json");
        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (approved != received)
        {
            File.WriteAllText(receivedPath, received);
            Assert.Fail($"The outline of {seed} differs from {approvedPath}; see {receivedPath}.");
        }

        if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }
    }
}
