using ReportSdk.Parsing;

namespace ReportSdk.Tests.Parsing;

/// <summary>
/// <see cref="PhraseMatcher"/> skips positions by a first-character bitmap and then by a hashed bitmap of the first two
/// characters (their invariant cases admitted when the phrase compares without case): whatever it skips, it must answer
/// as a substring search per phrase does.
/// </summary>
public sealed class PhraseMatcherTests
{
    /// <summary>Phrases sharing first characters, one of a single character, some with ASCII letters (compared without case).</summary>
    private static readonly string[] Phrases = ["本文", "本站", "中国政府网", "打印", "关闭窗口", "注", "www.gov", "PDF下载", "【字号", "aＢc"];

    private static bool Reference(ReadOnlySpan<char> text, bool ignoreAsciiCase)
    {
        foreach (string phrase in Phrases)
        {
            var comparison = ignoreAsciiCase && phrase.Any(char.IsAsciiLetter) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            if (text.IndexOf(phrase, comparison) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    [Theory]
    [InlineData("本", false)] // a phrase's first character alone at the end: no room for its second
    [InlineData("本文", true)]
    [InlineData("根本上改变", false)] // the first character, followed by one no phrase continues with
    [InlineData("这是本站的内容", true)]
    [InlineData("注", true)] // a phrase of one character
    [InlineData("加注释", true)]
    [InlineData("访问WWW.GOV.CN", true)] // ASCII letters without case, the second character too
    [InlineData("pdf下载", true)]
    [InlineData("Pdf上传", false)]
    [InlineData("xAｂCx", true)] // a full-width letter second: OrdinalIgnoreCase folds it too
    [InlineData("xAbCx", false)]
    [InlineData("【字号：大", true)]
    [InlineData("", false)]
    public void Answers_as_a_substring_search_does(string text, bool expected)
    {
        var matcher = new PhraseMatcher(Phrases);
        Assert.Equal(expected, Reference(text, ignoreAsciiCase: true));
        Assert.Equal(expected, matcher.ContainsAny(text));
    }

    [Fact]
    public void Random_texts_of_the_phrases_characters_agree_with_the_reference()
    {
        string alphabet = string.Concat(Phrases.SelectMany(p => p)) + "的是在了中国人大会政府工作报告wWgGoOvVAｂC.";
        var random = new Random(20261205);
        var ordinal = PhraseMatcher.Ordinal(Phrases);
        var folding = new PhraseMatcher(Phrases);
        for (int round = 0; round < 20_000; round++)
        {
            var text = new char[random.Next(0, 12)];
            for (int i = 0; i < text.Length; i++)
            {
                text[i] = alphabet[random.Next(alphabet.Length)];
            }

            Assert.True(Reference(text, ignoreAsciiCase: false) == ordinal.ContainsAny(text), $"ordinal, \"{new string(text)}\"");
            Assert.True(Reference(text, ignoreAsciiCase: true) == folding.ContainsAny(text), $"ignoring ASCII case, \"{new string(text)}\"");
        }
    }

    [Fact]
    public void Counts_each_distinct_phrase_once_and_stops_at_enough()
    {
        var matcher = PhraseMatcher.Ordinal(Phrases);
        Assert.Equal(3, matcher.CountDistinct("本文本文本站注注", enough: 10));
        Assert.Equal(2, matcher.CountDistinct("本文本文本站注注", enough: 2));
        Assert.Equal(0, matcher.CountDistinct("根本上", enough: 10));
    }

    [Fact]
    public void Finds_every_phrase_as_a_bit_of_its_id_as_a_substring_search_does()
    {
        var matcher = PhraseMatcher.Ordinal(Phrases);
        Assert.Equal(0, matcher.IdOf("本文"));
        Assert.Equal(Phrases.Length - 1, matcher.IdOf("aＢc"));
        string alphabet = string.Concat(Phrases.SelectMany(p => p)) + "的是在了中国人大会政府工作报告.";
        var random = new Random(20261206);
        for (int round = 0; round < 5_000; round++)
        {
            var text = new char[random.Next(0, 24)];
            for (int i = 0; i < text.Length; i++)
            {
                text[i] = alphabet[random.Next(alphabet.Length)];
            }

            ulong expected = 0;
            foreach (string phrase in Phrases)
            {
                if (text.AsSpan().IndexOf(phrase, StringComparison.Ordinal) >= 0)
                {
                    expected |= 1UL << matcher.IdOf(phrase);
                }
            }

            Assert.True(expected == matcher.FindAll(text), $"\"{new string(text)}\"");
        }
    }
}
