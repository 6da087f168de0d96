using System.Text;
using ReportSdk.Parsing;

namespace ReportSdk.Tests.Layout;

/// <summary>
/// The normalized view: <see cref="LineNormalizer.Normalize"/> copies runs of unchanged characters in one go and
/// the layout decoder hands out the line's own text when nothing needs folding; both must give what a
/// character-by-character reading gives.
/// </summary>
public sealed class LineNormalizerTests
{
    /// <summary>The view read one character at a time: spaces and zero-width characters dropped, escapes skipped, the rest folded.</summary>
    private static string Reference(string text)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (CharClasses.IsSpace(c) || c is >= '\u200B' and <= '\u200F' or '\u2060')
            {
                continue;
            }

            if (c == '<' && i + 8 <= text.Length && text[i + 1] is 'U' or 'u' && text[i + 2] == '+')
            {
                int close = text.AsSpan(i).IndexOf('>');
                if (close is > 3 and <= 9)
                {
                    i += close;
                    continue;
                }
            }

            if (c == '&' && text.AsSpan(i).StartsWith("&nbsp;", StringComparison.OrdinalIgnoreCase))
            {
                i += 5;
                continue;
            }

            builder.Append(LineNormalizer.Fold(c));
        }

        return builder.ToString();
    }

    private static string Normalize(string text)
    {
        var buffer = new char[text.Length];
        return new string(buffer, 0, LineNormalizer.Normalize(text, buffer));
    }

    [Theory]
    [InlineData("政府工作报告", "政府工作报告")]
    [InlineData("政 府 工 作 报 告", "政府工作报告")]
    [InlineData("２０２３年　工作回顧", "2023年工作回顾")]
    [InlineData("a<U+00A0>b&nbsp;c", "abc")]
    [InlineData("<U+00A0>", "")]
    [InlineData("各位代表：", "各位代表：")]
    [InlineData("", "")]
    public void Normalize_FoldsDropsAndSkips(string text, string expected)
    {
        Assert.Equal(expected, Normalize(text));
        Assert.Equal(LineNormalizer.IndexOfSpecial(text) < 0, Normalize(text) == text);
    }

    [Fact]
    public void Fold_MapsEveryTraditionalCharacterOfTheProfile_AndLeavesEveryOtherHanCharacterAsIs()
    {
        // The bit table of special characters is built from the table of traditional characters, not by asking it for every code unit.
        var pairs = new Dictionary<char, char>();
        for (int i = 0; i < TraditionalCharacters.Traditional.Length; i++)
        {
            pairs.TryAdd(TraditionalCharacters.Traditional[i], TraditionalCharacters.Simplified[i]);
        }

        Assert.True(pairs.Count > 100);
        for (char c = '\u3400'; c <= '\u9FFF'; c++)
        {
            Assert.Equal(pairs.TryGetValue(c, out char simplified) ? simplified : c, LineNormalizer.Fold(c));
        }

        Assert.Equal('A', LineNormalizer.Fold('Ａ'));
        Assert.Equal('：', LineNormalizer.Fold('：'));
        Assert.Equal('—', LineNormalizer.Fold('―'));
    }

    [Fact]
    public void Normalize_EqualsTheCharacterByCharacterReading_OnRandomMixes()
    {
        // Runs of plain Han text between special characters of every kind, escapes included.
        string[] pieces = ["政府", "工作报告", "。", "，", " ", "\u3000", "\u200B", "２", "Ａ", "（", "（", "國", "會", "―", "<U+00A0>", "<U+", "&nbsp;", "&", "<", "abc", "Ｚ"];
        var random = new Random(20261204);
        for (int round = 0; round < 20_000; round++)
        {
            var builder = new StringBuilder();
            int count = random.Next(0, 12);
            for (int k = 0; k < count; k++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            string text = builder.ToString();
            Assert.Equal(Reference(text), Normalize(text));
        }
    }

    [Fact]
    public void DecoderView_EqualsNormalize_OnEveryLineOfTheSeeds()
    {
        foreach (string file in TestPaths.SeedFiles)
        {
            string text = File.ReadAllText(file);
            var lines = LineScanner.Scan(text);
            var decoder = new LayoutDecoder(text, lines);
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].IsBlank)
                {
                    continue;
                }

                var head = text.AsSpan(lines[i].ContentStart, Math.Min(lines[i].ContentLength, GenreProfile.NormalizeLimit)).ToString();
                string expected = Reference(head);
                Assert.Equal(expected.Length > 0 ? expected[0] : -1, decoder.FirstNormalized(i));
                Assert.Equal(expected, decoder.Normalized(i).ToString());
                Assert.Equal(expected.Length > 0 ? expected[0] : -1, decoder.FirstNormalized(i));
            }
        }
    }

    [Fact]
    public void LayoutAndMeaningLayerFoldTraditionalCharactersWithOneTable()
    {
        Assert.Equal(TraditionalCharacters.Traditional.Length, TraditionalCharacters.Simplified.Length);
        Assert.Equal(TraditionalCharacters.Traditional.Length, TraditionalCharacters.Traditional.Distinct().Count());
        for (int i = 0; i < TraditionalCharacters.Traditional.Length; i++)
        {
            char traditional = TraditionalCharacters.Traditional[i];
            char simplified = TraditionalCharacters.Simplified[i];
            Assert.NotEqual(traditional, simplified);
            Assert.Equal(simplified, LineNormalizer.Fold(traditional));
            Assert.Equal(simplified.ToString(), ReportSdk.Semantics.MeaningProfile.Fold(traditional.ToString()));
        }

        var buffer = new char[32];
        int length = LineNormalizer.Normalize("國務院總理　政府工作報告", buffer);
        Assert.Equal("国务院总理政府工作报告", new string(buffer, 0, length));
        Assert.Equal("计划产量", ReportSdk.Semantics.MeaningProfile.Fold("計劃產量"));
    }
}
