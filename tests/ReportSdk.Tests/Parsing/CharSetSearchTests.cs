using ReportSdk.Parsing;

namespace ReportSdk.Tests.Parsing;

/// <summary>
/// <see cref="CharSetSearch"/> tests a vector of characters against the set's runs at once, and overlaps its last
/// vector instead of a scalar tail: it must find what a character-by-character search finds, at every length.
/// </summary>
public sealed class CharSetSearchTests
{
    private const string MixedSet = "<[［〔【*”\"’」』》①②③④⑤⑥⑦⑧⑨⑩㉑㊱";

    private static int Reference(string set, ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (set.Contains(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    [Fact]
    public void EveryCodeUnitIsInTheSetExactlyWhenItsCharacterIs()
    {
        var search = new CharSetSearch(MixedSet);
        for (int c = 0; c <= char.MaxValue; c++)
        {
            bool expected = MixedSet.Contains((char)c);
            Assert.Equal(expected, search.Contains((char)c));
            // At the end of the last (overlapping) vector, at the start of the first vector, and alone (the scalar loop).
            string probe = new string('政', 40) + (char)c;
            Assert.Equal(expected ? 40 : -1, search.IndexOfAny(probe));
            Assert.Equal(expected ? 0 : -1, search.IndexOfAny((char)c + new string('政', 40)));
            Assert.Equal(expected ? 0 : -1, search.IndexOfAny(((char)c).ToString()));
        }
    }

    [Fact]
    public void RandomTextsOfEveryLengthGiveTheFirstMatch()
    {
        var search = new CharSetSearch(MixedSet);
        var random = new Random(20261205);
        // Han text with CJK punctuation, digits, near misses (“ 《 「 are next to members of the set; ⑴ ⓪ ㈠ ㊣ share the
        // block of a block-tested run) and rare members.
        const string Alphabet = "政府工作报告，。、；：“《「0123456789%（）—⑴⓪㈠㊣";
        for (int round = 0; round < 5000; round++)
        {
            int length = random.Next(0, 70);
            var chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = random.Next(40) == 0 ? MixedSet[random.Next(MixedSet.Length)] : Alphabet[random.Next(Alphabet.Length)];
            }

            var text = new string(chars);
            Assert.Equal(Reference(MixedSet, text), search.IndexOfAny(text));
            Assert.Equal(Reference(MixedSet, text) >= 0, search.ContainsAny(text));
        }
    }

    [Fact]
    public void ABlockTestedRunSkipsTheOtherCharactersOfItsBlock()
    {
        // As the inline scanner's openers: ①–⑳ (U+24xx) and ㉑–㉟, ㊱–㊿ (two runs of U+32xx) are tested by their blocks;
        // ⑴ and ㈠ hit the block test and must be passed over.
        var search = new CharSetSearch("<[*" + "①②③④⑤⑥⑦⑧⑨⑩" + "㉑㉒㉓㉔㉕" + "㊱㊲㊳");
        Assert.Equal(-1, search.IndexOfAny(new string('⑴', 20) + new string('㈠', 20)));
        Assert.Equal(37, search.IndexOfAny(new string('⑴', 20) + new string('㈠', 17) + "①政"));
        Assert.Equal(3, search.IndexOfAny("⑴㈠⑴㊱"));
        Assert.Equal(20, search.IndexOfAny(new string('㈠', 20) + "㉓" + new string('政', 20)));
        Assert.Equal(-1, search.IndexOfAny("㉖㊴⑪政府"[..2] + new string('㈡', 30)));
    }

    [Fact]
    public void ASetOfManyRunsFallsBackToTheBitmapAndStaysExact()
    {
        // Every other character: more runs than the vector test takes.
        var set = new string(Enumerable.Range(0, 40).Select(k => (char)('\u4E00' + (2 * k))).ToArray());
        var search = new CharSetSearch(set);
        Assert.Equal(-1, search.IndexOfAny("\u4E01\u4E03\u4E05" + new string('x', 30)));
        Assert.Equal(33, search.IndexOfAny(new string('x', 33) + "\u4E02"));
    }
}
