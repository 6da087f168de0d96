using System.Text;
using ReportSdk.Syntax;
using ReportSdk.Text;

namespace ReportSdk.Tests.Seeds;

public class SeedRoundTripTests
{
    public static TheoryData<string> Seeds() => TestPaths.SeedNames();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void FullStringEqualsInput(string seed)
    {
        string text = TestPaths.ReadSeed(seed);
        var tree = SyntaxTree.ParseText(text, path: seed);
        Assert.Equal(text, tree.GetRoot().ToFullString());
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RoundTripsFromBytesWithEncodingDetection(string seed)
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(TestPaths.Seeds, seed));
        var tree = SyntaxTree.ParseText(SourceText.From(bytes), path: seed);
        Assert.Equal(Encoding.UTF8.GetString(bytes), tree.GetRoot().ToFullString());
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TokensTileTheTextWithoutGapsOrOverlaps(string seed)
    {
        string text = TestPaths.ReadSeed(seed);
        var root = SyntaxTree.ParseText(text).GetRoot();
        int position = 0;
        foreach (var token in root.DescendantTokens())
        {
            Assert.Equal(position, token.FullSpan.Start);
            position = token.FullSpan.End;
        }

        Assert.Equal(text.Length, position);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ChildrenTileTheirParent(string seed)
    {
        var root = SyntaxTree.ParseText(TestPaths.ReadSeed(seed)).GetRoot();
        foreach (var node in root.DescendantNodes(includeSelf: true))
        {
            int position = node.FullSpan.Start;
            foreach (var child in node.ChildNodesAndTokens())
            {
                Assert.Equal(position, child.FullSpan.Start);
                position = child.FullSpan.End;
            }

            Assert.Equal(node.FullSpan.End, position);
        }
    }
}
