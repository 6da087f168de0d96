using System.Text;
using ReportSdk.Syntax;

namespace ReportSdk.Tests.PublicApi;

/// <summary>
/// The public API of ReportSdk.dll, written by <see cref="PublicApiGenerator"/>, must equal the
/// checked-in <c>PublicApi.approved.txt</c>. On a difference the test writes
/// <c>PublicApi.received.txt</c> beside it (git-ignored) and fails with the first differing lines.
/// When the change is intended, review the diff and copy the received file over the approved one.
/// </summary>
public sealed class PublicApiTests
{
    private const int MaxDiffLines = 40;

    private static string Folder => Path.Combine(TestPaths.RepositoryRoot, "tests", "ReportSdk.Tests", "PublicApi");

    private static string ApprovedPath => Path.Combine(Folder, "PublicApi.approved.txt");

    private static string ReceivedPath => Path.Combine(Folder, "PublicApi.received.txt");

    private static string Generate() => PublicApiGenerator.Generate(typeof(SyntaxTree).Assembly.Location);

    [Fact]
    public void PublicApi_MatchesTheApprovedFile()
    {
        string received = Generate();
        string approved = File.Exists(ApprovedPath) ? Normalize(File.ReadAllText(ApprovedPath)) : string.Empty;
        if (approved == received)
        {
            if (File.Exists(ReceivedPath))
            {
                File.Delete(ReceivedPath);
            }

            return;
        }

        File.WriteAllText(ReceivedPath, received, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var message = new StringBuilder()
            .Append("The public API of ReportSdk.dll differs from ").Append(Relative(ApprovedPath)).Append('.').Append('\n')
            .Append("Received: ").Append(Relative(ReceivedPath)).Append(". If the change is intended, copy it over the approved file.").Append('\n')
            .Append("(- approved, + received, first ").Append(MaxDiffLines).Append(" differing lines)").Append('\n')
            .Append(LineDiff.Describe(approved, received, MaxDiffLines));
        Assert.Fail(message.ToString());
    }

    [Fact]
    public void Generator_IsDeterministic()
    {
        Assert.Equal(Generate(), Generate());
    }

    [Fact]
    public void Generator_ShowsTheShapesItPromises()
    {
        string api = Generate();

        // Type kinds, bases and interfaces.
        Assert.Contains("public readonly struct SyntaxToken : IEquatable<SyntaxToken>", api, StringComparison.Ordinal);
        Assert.Contains("public abstract class SyntaxWalker : SyntaxVisitor", api, StringComparison.Ordinal);
        Assert.Contains("public static class SyntaxFactory", api, StringComparison.Ordinal);

        // Generic constraints, extension methods, nullable annotations, defaults and enum-typed defaults.
        Assert.Contains("public static TRoot ReplaceNode<TRoot>(this TRoot root, SyntaxNode oldNode, SyntaxNode newNode) where TRoot : SyntaxNode;", api, StringComparison.Ordinal);
        Assert.Contains("public static SyntaxTree ParseText(string text, ParseOptions? options = null, string? path = null);", api, StringComparison.Ordinal);
        Assert.Contains("public static SyntaxToken NumberingMarker(NumberingStyle style, int number, MarkerWidth width = MarkerWidth.FullWidth);", api, StringComparison.Ordinal);

        // Enums with values, operators, protected members of unsealed types.
        Assert.Contains("HalfWidth = 1,", api, StringComparison.Ordinal);
        Assert.Contains("public static bool operator ==(SyntaxToken left, SyntaxToken right);", api, StringComparison.Ordinal);
        Assert.Contains("protected SyntaxWalkerDepth Depth { get; }", api, StringComparison.Ordinal);

        // Nothing internal: green nodes and parser internals are not part of the API text.
        Assert.DoesNotContain("GreenNode", api, StringComparison.Ordinal);
        Assert.DoesNotContain("class LineScanner", api, StringComparison.Ordinal);
        Assert.DoesNotContain("class TreeBuilder", api, StringComparison.Ordinal);
    }

    [Fact]
    public void LineDiff_ShowsRemovedAndAddedLines()
    {
        string diff = LineDiff.Describe("a\nb\nc\n", "a\nB\nc\nd\n", 40);
        Assert.Contains("- 2: b", diff, StringComparison.Ordinal);
        Assert.Contains("+ 2: B", diff, StringComparison.Ordinal);
        Assert.Contains("+ 4: d", diff, StringComparison.Ordinal);
        Assert.DoesNotContain(": a", diff, StringComparison.Ordinal);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Relative(string path) => Path.GetRelativePath(TestPaths.RepositoryRoot, path);

    /// <summary>A small line diff (longest common subsequence) for test failure messages.</summary>
    internal static class LineDiff
    {
        public static string Describe(string expected, string actual, int maxLines)
        {
            string[] a = expected.Split('\n');
            string[] b = actual.Split('\n');
            if (a.Length > 20_000 || b.Length > 20_000)
            {
                return "(files too large to diff)";
            }

            // lcs[i, j] = length of the LCS of a[i..] and b[j..].
            var lcs = new int[a.Length + 1, b.Length + 1];
            for (int i = a.Length - 1; i >= 0; i--)
            {
                for (int j = b.Length - 1; j >= 0; j--)
                {
                    lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
                }
            }

            var output = new StringBuilder();
            int shown = 0;
            int total = 0;
            int x = 0;
            int y = 0;
            while (x < a.Length || y < b.Length)
            {
                if (x < a.Length && y < b.Length && a[x] == b[y])
                {
                    x++;
                    y++;
                }
                else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
                {
                    total++;
                    if (shown++ < maxLines)
                    {
                        output.Append("- ").Append(x + 1).Append(": ").Append(a[x]).Append('\n');
                    }

                    x++;
                }
                else
                {
                    total++;
                    if (shown++ < maxLines)
                    {
                        output.Append("+ ").Append(y + 1).Append(": ").Append(b[y]).Append('\n');
                    }

                    y++;
                }
            }

            if (total > maxLines)
            {
                output.Append("… and ").Append(total - maxLines).Append(" more differing lines\n");
            }

            return output.ToString();
        }
    }
}
