using ReportSdk.Parsing;
using ReportSdk.Syntax;
using ReportSdk.Tests.Corpus;

namespace ReportSdk.Tests.Layout;

/// <summary>
/// The decoder stops asking the preamble-only recognizers once no line can be in the preamble any more (after a numbered
/// line); a trace asks every recognizer of every line. Both must decide the same roles and zones for every line: the
/// shortcut saves work and changes nothing.
/// </summary>
public sealed class DecoderShortcutTests
{
    public static TheoryData<string> Files() => CorpusFiles.All();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ASeedIsDecodedAlikeWithAndWithoutEveryProposal(string path) => AssertAlike(File.ReadAllText(path));

    [CorpusTheory]
    [MemberData(nameof(Files))]
    public void ACorpusFileIsDecodedAlikeWithAndWithoutEveryProposal(string name) => AssertAlike(CorpusFiles.Read(name));

    public static TheoryData<string> Seeds() => [.. TestPaths.SeedFiles];

    private static void AssertAlike(string text)
    {
        var shortcut = LineScanner.Scan(text);
        DocumentLayout.Analyze(text, shortcut, new ParseOptions());
        var traced = LineScanner.Scan(text);
        DocumentLayout.Analyze(text, traced, new ParseOptions(), new LayoutTrace(traced.Length));

        Assert.Equal(traced.Length, shortcut.Length);
        for (int i = 0; i < traced.Length; i++)
        {
            Assert.True(
                traced[i].Role == shortcut[i].Role && traced[i].Section == shortcut[i].Section && traced[i].EndsLists == shortcut[i].EndsLists,
                $"line {i + 1}: {traced[i].Role} with every proposal, {shortcut[i].Role} without");
        }
    }
}
