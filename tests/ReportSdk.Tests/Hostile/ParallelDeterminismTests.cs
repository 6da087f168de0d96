using System.Text;
using ReportSdk.Syntax;
using ReportSdk.Tests.Properties;

namespace ReportSdk.Tests.Hostile;

/// <summary>1 000 parses in parallel (seeds and mutants) give the same trees and diagnostics as sequential parses.</summary>
public class ParallelDeterminismTests
{
    [Fact]
    public void ThousandParallelParsesEqualSequentialOnes()
    {
        const int Count = 1_000;
        var inputs = new string[Count];
        for (int i = 0; i < Count; i++)
        {
            var r = new PropertyRandom(PropertyRandom.CaseSeed(99, "parallel", i));
            inputs[i] = i % 50 < SeedMutator.Seeds.Count
                ? SeedMutator.Seeds[i % 50]
                : SeedMutator.Mutant(r, out _);
        }

        var sequential = inputs.Select(text => SyntaxTree.ParseText(text)).ToArray();
        var parallel = new SyntaxTree[Count];
        Parallel.For(0, Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount * 2) }, i => parallel[i] = SyntaxTree.ParseText(inputs[i]));

        for (int i = 0; i < Count; i++)
        {
            Assert.Equal(inputs[i], parallel[i].GetRoot().ToFullString());
            Assert.True(sequential[i].GetRoot().IsEquivalentTo(parallel[i].GetRoot()), $"input {i}: parallel tree differs");
            Assert.Equal(Describe(sequential[i]), Describe(parallel[i]));
        }
    }

    private static string Describe(SyntaxTree tree)
    {
        var sb = new StringBuilder();
        foreach (var d in tree.GetDiagnostics())
        {
            sb.Append(d.Id).Append(' ').Append(d.Location.SourceSpan).Append(' ').Append(d.GetMessage()).Append('\n');
        }

        return sb.ToString();
    }
}
