using System.Text;
using ReportSdk.Syntax;
using Xunit.Abstractions;

namespace ReportSdk.Tests.Properties;

// The property streams live in separate classes (separate xunit collections), so they run in parallel
// with each other. Shares of PropertyRunner.TotalCases: 40% + 15% + 40% + 5% = 100%.

/// <summary>Properties over generated report-like text (skeletons and piece soups, mostly a few hundred characters).</summary>
public class GeneratedTextProperties(ITestOutputHelper output)
{
    [Fact]
    public void InvariantsHoldForGeneratedReports() =>
        PropertyRunner.Run(output, "generated", PropertyRunner.CasesFor(0.40), r =>
        {
            int size = r.Chance(0.02) ? r.Next(3) : r.SkewedSize(20, r.Chance(0.05) ? 20_000 : 1_200);
            return (ReportTextGenerator.Generate(r, size), $"generated, target {size}");
        });

    [Fact]
    public void InvariantsHoldForRandomCharacterSoup() =>
        PropertyRunner.Run(output, "soup", PropertyRunner.CasesFor(0.15), r =>
        {
            int size = r.SkewedSize(1, 600);
            return (Soup(r, size), $"soup of {size}");
        });

    /// <summary>Short strings over an alphabet dense in characters the scanner reacts to.</summary>
    internal static string Soup(PropertyRandom r, int size)
    {
        const string Alphabet = "一二三十百零〇、，,.．。（）()①⑪⑳第是<sup></sup>[]［］〔〕#*&;:：—-―各位代表注释名词解释政府工作报告年回顾安排 \t\u3000\u00A0\r\n\u2028\u0085\0０１２３４５６７８９0123456789\uD800\uDC00\uFFFD\uFEFF“”\"";
        var sb = new StringBuilder(size);
        while (sb.Length < size)
        {
            switch (r.Next(6))
            {
                case 0:
                    sb.Append(ReportTextGenerator.Marker(r));
                    break;
                case 1:
                    sb.Append(ReportTextGenerator.NoteMark(r));
                    break;
                case 2:
                    sb.Append(ReportTextGenerator.Line(r));
                    break;
                default:
                    for (int i = r.Next(1, 12); i > 0; i--)
                    {
                        sb.Append(Alphabet[r.Next(Alphabet.Length)]);
                    }

                    break;
            }
        }

        return sb.ToString();
    }
}

/// <summary>Properties over mutants of the seed reports.</summary>
public class SeedMutantProperties(ITestOutputHelper output)
{
    [Fact]
    public void InvariantsHoldForSeedMutants() =>
        PropertyRunner.Run(output, "mutant", PropertyRunner.CasesFor(0.40), r =>
        {
            string text = SeedMutator.Mutant(r, out string description);
            return (text, description);
        });

    [Fact]
    public void InvariantsHoldForMutatedGeneratedReports() =>
        PropertyRunner.Run(output, "generated-mutant", PropertyRunner.CasesFor(0.05), r =>
        {
            string text = ReportTextGenerator.Generate(r, r.SkewedSize(50, 3_000));
            var log = new StringBuilder("generated then");
            for (int i = r.Next(1, 6); i > 0; i--)
            {
                text = SeedMutator.MutateOnce(r, text, log);
            }

            return (text, log.ToString());
        });

    [Fact]
    public void InvariantsHoldForEveryWholeSeed()
    {
        for (int i = 0; i < SeedMutator.Seeds.Count; i++)
        {
            string seed = SeedMutator.Seeds[i];
            foreach (string variant in new[] { seed, seed.Replace("\n", "\r\n", StringComparison.Ordinal), seed.Replace('\n', '\r') })
            {
                var failure = TreeInvariants.CheckAll(variant, i);
                Assert.True(failure is null, $"seed {i}: {failure?.Property}: {failure?.Message}");
            }
        }
    }
}

/// <summary>Red-tree realization from many threads at once, with real threads released together, on whole seeds and large mutants.</summary>
public class ConcurrentRealizationProperties
{
    [Fact]
    public void ThreadsReleasedTogetherSeeTheSameNodes()
    {
        var inputs = new List<string>(SeedMutator.Seeds);
        var r = new PropertyRandom(7);
        for (int i = 0; i < 10; i++)
        {
            var log = new StringBuilder();
            string text = SeedMutator.Seeds[i % SeedMutator.Seeds.Count];
            for (int m = 0; m < 4; m++)
            {
                text = SeedMutator.MutateOnce(r, text, log);
            }

            inputs.Add(text);
        }

        const int Threads = 8;
        foreach (string input in inputs)
        {
            for (int round = 0; round < 3; round++)
            {
                var root = SyntaxTree.ParseText(input).GetRoot();
                var walks = new List<SyntaxNode>[Threads];
                var tokens = new List<(int, SyntaxKind, SyntaxNode?)>[Threads];
                using var start = new Barrier(Threads);
                var threads = new Thread[Threads];
                for (int t = 0; t < Threads; t++)
                {
                    int id = t;
                    threads[t] = new Thread(() =>
                    {
                        start.SignalAndWait();
                        if (id % 3 == 1)
                        {
                            // Start realizing from the far end of the document.
                            for (int p = input.Length; p > 0; p -= Math.Max(1, input.Length / 200))
                            {
                                _ = root.FindToken(p - 1).Parent;
                            }
                        }

                        walks[id] = root.DescendantNodes(includeSelf: true).ToList();
                        tokens[id] = root.DescendantTokens().Select(tk => (tk.Position, tk.Kind, tk.Parent)).ToList();
                    }, maxStackSize: 256 * 1024);
                    threads[t].Start();
                }

                foreach (var thread in threads)
                {
                    thread.Join();
                }

                for (int t = 1; t < Threads; t++)
                {
                    Assert.Equal(walks[0].Count, walks[t].Count);
                    for (int i = 0; i < walks[0].Count; i++)
                    {
                        Assert.Same(walks[0][i], walks[t][i]);
                    }

                    Assert.Equal(tokens[0].Count, tokens[t].Count);
                    for (int i = 0; i < tokens[0].Count; i++)
                    {
                        Assert.Equal(tokens[0][i].Item1, tokens[t][i].Item1);
                        Assert.Equal(tokens[0][i].Item2, tokens[t][i].Item2);
                        Assert.Same(tokens[0][i].Item3, tokens[t][i].Item3);
                    }
                }
            }
        }
    }
}
