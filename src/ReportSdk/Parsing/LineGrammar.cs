using Sprache;

using ReportSdk.Syntax;

namespace ReportSdk.Parsing;

/// <summary>
/// The Sprache grammars for the shapes of line heads and marks: numbering markers, note labels and
/// note marks. Built once into static fields; applied only to the short head of a
/// line the scanner has already judged likely (see <see cref="LineScanner"/>), through a
/// <see cref="LineHeadInput"/> window, so the parse stays linear.
/// </summary>
internal static class LineGrammar
{
    private static readonly Parser<char> Space = Parse.Char(CharClasses.IsSpace, "space");

    private static readonly Parser<char> AsciiOrWideDigit = Parse.Char(CharClasses.IsDigit, "digit");

    private static readonly Parser<char> ChineseNumeral = Parse.Char(CharClasses.IsChineseNumeral, "Chinese numeral");

    private static readonly Parser<char> OpenParen = Parse.Char(CharClasses.IsOpenParen, "(");

    private static readonly Parser<char> CloseParen = Parse.Char(CharClasses.IsCloseParen, ")");

    /// <summary>Up to three digits, as a number (never more: a year is not a marker).</summary>
    private static readonly Parser<int> ArabicNumber =
        AsciiOrWideDigit.Repeat(1, 3).Select(digits => digits.Aggregate(0, (n, c) => n * 10 + CharClasses.DigitValue(c)));

    private static readonly Parser<int> ChineseNumber =
        ChineseNumeral.Repeat(1, 4).Select(chars => CharClasses.ParseChineseNumber(new string(chars.ToArray())));

    /// <summary><c>一、</c> (also <c>一，</c>, <c>一．</c>), or the ordinal clause <c>一是</c> / <c>一要</c> (<see cref="GenreProfile.OrdinalClauseVerbs"/>).</summary>
    private static readonly Parser<MarkerShape> ChineseComma =
        ChineseNumber.Then(number =>
            Parse.Chars('、', '，', '．', '.').Return(new MarkerShape(NumberingStyle.ChineseComma, number))
                .XOr(Parse.Chars(GenreProfile.OrdinalClauseVerbs).Return(new MarkerShape(NumberingStyle.OrdinalClause, number))));

    /// <summary>
    /// A bare section numeral that is a whole marker token (<c>一</c>, <c>十二</c>: a section number alone on its line, see
    /// <see cref="BareNumeralHeadings"/>); read as <see cref="NumberingStyle.ChineseComma"/>. Only token texts are read
    /// with it: in a line head a numeral without punctuation opens a sentence (一九五六年…).
    /// </summary>
    private static readonly Parser<MarkerShape> BareNumeral =
        ChineseNumber.End().Select(number => new MarkerShape(NumberingStyle.ChineseComma, number));

    /// <summary><c>第一，</c> / <c>第一、</c> / <c>第一：</c>.</summary>
    private static readonly Parser<MarkerShape> ChineseOrdinal =
        from di in Parse.Char('第')
        from number in ChineseNumber
        from punct in Parse.Chars('，', ',', '、', '：', ':')
        select new MarkerShape(NumberingStyle.ChineseOrdinal, number);

    /// <summary><c>(一)</c> / <c>（一）</c>, <c>(1)</c> / <c>（1）</c>.</summary>
    private static readonly Parser<MarkerShape> Parenthesized =
        OpenParen.Then(_ =>
            ChineseNumber.Select(n => new MarkerShape(NumberingStyle.ChineseParenthesized, n))
                .XOr(ArabicNumber.Select(n => new MarkerShape(NumberingStyle.ArabicParenthesized, n))))
        .Then(shape => CloseParen.Return(shape));

    /// <summary><c>1.</c> / <c>1、</c> / <c>1．</c>, not a decimal (<c>3. 5 公里</c>) or a percentage.</summary>
    private static readonly Parser<MarkerShape> Arabic =
        from number in ArabicNumber
        from punct in Parse.Chars('.', '、', '．')
        from notDecimal in Space.Many().Then(_ => AsciiOrWideDigit.Or(Parse.Chars('%', '％'))).Not()
        select new MarkerShape(NumberingStyle.Arabic, number);

    /// <summary><c>①</c>.</summary>
    private static readonly Parser<MarkerShape> Circled =
        Parse.Char(CharClasses.IsCircled, "circled number").Select(c => new MarkerShape(NumberingStyle.Circled, CharClasses.CircledValue(c)));

    /// <summary>Any numbering marker, without the space that may follow it.</summary>
    public static readonly Parser<MarkerShape> NumberingMarker =
        ChineseComma.Or(ChineseOrdinal).Or(Parenthesized).Or(Arabic).Or(Circled);

    /// <summary>
    /// Parses a numbering marker at <paramref name="start"/>, choosing the one grammar its first
    /// character can open (like Sprache's <c>XOr</c>, without trying and failing the others, which
    /// costs allocations on every line).
    /// </summary>
    public static bool TryParseMarker(string source, int start, int end, out MarkerShape marker, out int next)
    {
        marker = default;
        next = start;
        if (start >= end)
        {
            return false;
        }

        char first = source[start];
        if (IsDashLead(first))
        {
            return TryParseDashLead(source, start, end, out marker, out next);
        }

        if (first == GenreProfile.BracketLeadOpen)
        {
            return TryParseBracketLead(source, start, end, out marker, out next);
        }

        GrammarMemo<MarkerShape>? memo =
            CharClasses.IsChineseNumeral(first) ? Memos.ChineseComma
            : first == '第' ? Memos.ChineseOrdinal
            : CharClasses.IsOpenParen(first) ? Memos.Parenthesized
            : CharClasses.IsDigit(first) ? Memos.Arabic
            : CharClasses.IsCircled(first) ? Memos.Circled
            : null;
        return memo is not null && memo.TryParse(source, start, MarkerWindowEnd(source, start, end), out marker, out next);
    }

    /// <summary>
    /// Reads a whole marker token's text: a numbering marker (<see cref="TryParseMarker"/>), a dash lead, or a bare section
    /// numeral (<c>三</c>) that the layout made a marker.
    /// </summary>
    public static bool TryParseMarkerToken(string text, out MarkerShape marker)
    {
        if (TryParseMarker(text, 0, text.Length, out marker, out _))
        {
            return true;
        }

        var result = text.Length is > 0 and <= 4 && CharClasses.IsChineseNumeral(text[0]) ? BareNumeral.TryParse(text) : null;
        marker = result is { WasSuccessful: true } ? result.Value : default;
        return result is { WasSuccessful: true };
    }

    /// <summary>True for a character of a dash lead (<see cref="GenreProfile.DashLeadCharacters"/>).</summary>
    public static bool IsDashLead(char c) => GenreProfile.DashLeadCharacters.Contains(c);

    /// <summary>
    /// A dash lead <c>——</c> (one to <see cref="GenreProfile.DashLeadMaxLength"/> dash characters):
    /// <see cref="NumberingStyle.Dash"/>, number 0. Read by hand: the shape is one character class, and the scanner never
    /// asks for it (a dash lead is a marker only when the body's structure says so).
    /// </summary>
    public static bool TryParseDashLead(string source, int start, int end, out MarkerShape marker, out int next)
    {
        marker = default;
        next = start;
        int i = start;
        while (i < end && IsDashLead(source[i]))
        {
            i++;
        }

        if (i == start || i - start > GenreProfile.DashLeadMaxLength)
        {
            return false;
        }

        marker = new MarkerShape(NumberingStyle.Dash, 0);
        next = i;
        return true;
    }

    /// <summary>
    /// A bracketed lead phrase <c>【稳增长】</c> (up to <see cref="GenreProfile.BracketLeadMaxLength"/> characters inside,
    /// without sentence punctuation, not a note number such as <c>【3】</c> or <c>【１】</c>, not blank): <see cref="NumberingStyle.BracketLead"/>,
    /// number 0. Read by hand, and, like a dash lead, never asked for by the scanner: a bracket lead is a marker only
    /// when the body's structure says so.
    /// </summary>
    public static bool TryParseBracketLead(string source, int start, int end, out MarkerShape marker, out int next)
    {
        marker = default;
        next = start;
        if (start >= end || source[start] != GenreProfile.BracketLeadOpen)
        {
            return false;
        }

        int limit = Math.Min(end, start + 2 + GenreProfile.BracketLeadMaxLength);
        int close = source.AsSpan(start + 1, limit - start - 1).IndexOf(GenreProfile.BracketLeadClose);
        if (close <= 0)
        {
            return false;
        }

        var inside = source.AsSpan(start + 1, close);
        if (LayoutText.HasSentencePunctuation(inside) || !HasPhraseCharacter(inside) || inside.IndexOfAny('【', '[', '［') >= 0)
        {
            return false;
        }

        marker = new MarkerShape(NumberingStyle.BracketLead, 0);
        next = start + 1 + close + 1;
        return true;
    }

    /// <summary>
    /// True when a bracket holds something besides digits (of any width) and spaces: <c>【3】</c>, <c>【１】</c> are note
    /// numbers and <c>【 】</c> is empty, none of them a lead phrase.
    /// </summary>
    private static bool HasPhraseCharacter(ReadOnlySpan<char> inside)
    {
        foreach (char c in inside)
        {
            if (!CharClasses.IsDigit(c) && !CharClasses.IsSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Superscript marks, memoized by their window (see <see cref="SuperscriptWindowEnd"/>).</summary>
    public static bool TryParseSuperscript(string source, int start, int end, out int number, out int next)
    {
        // The canonical <sup>12</sup> is read by hand: note numbers are unbounded, so memoizing them
        // would fill the memo; every other form (broken escapes) goes to the grammar.
        if (TryCanonicalMark(source, start, end, "<sup>", "</sup>", 4, out number, out next))
        {
            return true;
        }

        return Memos.Superscript.TryParse(source, start, SuperscriptWindowEnd(source, start, end), out number, out next);
    }

    /// <summary><paramref name="open"/>, one to <paramref name="maxDigits"/> ASCII digits, <paramref name="close"/>.</summary>
    private static bool TryCanonicalMark(string source, int start, int end, string open, string close, int maxDigits, out int number, out int next)
    {
        number = 0;
        next = start;
        if (end - start < open.Length + 1 + close.Length || !source.AsSpan(start, open.Length).SequenceEqual(open))
        {
            return false;
        }

        int i = start + open.Length;
        int digitsStart = i;
        while (i < end && i - digitsStart < maxDigits && source[i] is >= '0' and <= '9')
        {
            number = number * 10 + (source[i] - '0');
            i++;
        }

        if (i == digitsStart || end - i < close.Length || !source.AsSpan(i, close.Length).SequenceEqual(close))
        {
            return false;
        }

        // What may follow a closing tag as escape debris (lt;sup>…) is the grammar's to read.
        int after = i + close.Length;
        if (after < end && source[after] is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
        {
            return false;
        }

        next = after;
        return true;
    }

    /// <summary>Bracketed note numbers, memoized by their window (up to the closing bracket).</summary>
    public static bool TryParseBracketed(string source, int start, int end, out int number, out int next) =>
        TryCanonicalMark(source, start, end, "[", "]", 3, out number, out next)
        || Memos.Bracketed.TryParse(source, start, BracketWindowEnd(source, start, end), out number, out next);


    /// <summary>
    /// The end of the text a marker grammar can look at: through the first character that cannot
    /// continue a marker (its punctuation or closing bracket), plus, after Arabic digits and their
    /// point, the spaces and one following character the not-a-decimal check reads.
    /// </summary>
    private static int MarkerWindowEnd(string source, int start, int end)
    {
        int limit = Math.Min(end, start + 8);
        int i = start;
        if (CharClasses.IsCircled(source[i]))
        {
            return i + 1;
        }

        if (source[i] == '第' || CharClasses.IsOpenParen(source[i]))
        {
            i++;
        }

        while (i < limit && (CharClasses.IsChineseNumeral(source[i]) || CharClasses.IsDigit(source[i])))
        {
            i++;
        }

        if (i >= limit)
        {
            return limit;
        }

        i++; // the punctuation or closing bracket
        if (CharClasses.IsDigit(source[start]) && !CharClasses.IsOpenParen(source[start]))
        {
            int j = i;
            while (j < end && j - i < 4 && CharClasses.IsSpace(source[j]))
            {
                j++;
            }

            if (j < end && (CharClasses.IsDigit(source[j]) || source[j] is '%' or '％'))
            {
                return j + 1;
            }
        }

        return i;
    }

    private static int SuperscriptWindowEnd(string source, int start, int end)
    {
        int close = source.IndexOf("</sup>", start, Math.Min(end - start, 32), StringComparison.Ordinal);
        if (close < 0)
        {
            return Math.Min(end, start + 32);
        }

        int i = close + 6;
        int letters = i;
        while (letters < end && letters - i < 6 && source[letters] is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
        {
            letters++;
        }

        if (letters == i || letters >= end || source[letters] != ';')
        {
            return i;
        }

        i = letters + 1;
        if (end - i >= 4 && source.AsSpan(i, 4).Equals("sup>", StringComparison.OrdinalIgnoreCase))
        {
            int second = source.IndexOf("</sup>", i, Math.Min(end - i, 24), StringComparison.Ordinal);
            if (second >= 0)
            {
                return second + 6;
            }
        }

        return i;
    }

    private static int BracketWindowEnd(string source, int start, int end)
    {
        for (int i = start + 1; i < end && i - start <= 8; i++)
        {
            if (source[i] is ']' or '］' or '〕' or '】')
            {
                return i + 1;
            }
        }

        return Math.Min(end, start + 9);
    }

    /// <summary>Bracketed note numbers: <c>[1]</c>, <c>［1］</c>, <c>〔1〕</c>, <c>【1】</c>.</summary>
    public static readonly Parser<int> BracketedNoteNumber =
        from open in Parse.Chars('[', '［', '〔', '【')
        from spaces in Space.Many()
        from number in ArabicNumber
        from spaces2 in Space.Many()
        from close in Parse.Chars(']', '］', '〕', '】')
        select number;

    /// <summary>
    /// <c>&lt;sup&gt;…&lt;/sup&gt;</c> as PDF and HTML conversions leave it, including broken escapes
    /// (<c>&lt;sup&gt;&amp;&lt;/sup&gt;lt;sup&gt;1&lt;/sup&gt;</c>, <c>&lt;sup&gt;&amp;&lt;/sup&gt;quot;</c>). The number is the first run of
    /// digits inside, or -1 when the number was lost.
    /// </summary>
    public static readonly Parser<int> SuperscriptMark =
        from open in Parse.IgnoreCase("<sup>")
        from inner in Parse.AnyChar.Except(Parse.String("</sup>")).Many().Text()
        from close in Parse.String("</sup>")
        from debris in SupDebris.Optional()
        select debris.IsDefined && debris.Get() >= 0 ? debris.Get() : FirstNumber(inner);

    /// <summary>What follows a broken <c>&lt;sup&gt;&amp;&lt;/sup&gt;</c>: an entity tail such as <c>lt;sup&gt;1&lt;/sup&gt;</c> or <c>quot;</c>.</summary>
    private static Parser<int> SupDebris =>
        from entity in Parse.Char(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'), "entity letter").Repeat(2, 6).Text()
        from semicolon in Parse.Char(';')
        from rest in
            (from tag in Parse.IgnoreCase("sup>")
             from inner in Parse.AnyChar.Except(Parse.String("</sup>")).Many().Text()
             from close in Parse.String("</sup>")
             select FirstNumber(inner)).Optional()
        select rest.IsDefined ? rest.Get() : -1;

    /// <summary>Runs <paramref name="parser"/> over <c>source[start..end)</c>; returns the result and the position after it.</summary>
    public static bool TryParse<T>(Parser<T> parser, string source, int start, int end, out T value, out int next)
    {
        var result = parser(new LineHeadInput(source, start, end));
        if (result.WasSuccessful)
        {
            value = result.Value;
            next = result.Remainder.Position;
            return true;
        }

        value = default!;
        next = start;
        return false;
    }

    /// <summary>The memoized grammars; a nested class so they are built after the parsers above.</summary>
    private static class Memos
    {
        public static readonly GrammarMemo<MarkerShape> ChineseComma = new(LineGrammar.ChineseComma);
        public static readonly GrammarMemo<MarkerShape> ChineseOrdinal = new(LineGrammar.ChineseOrdinal);
        public static readonly GrammarMemo<MarkerShape> Parenthesized = new(LineGrammar.Parenthesized);
        public static readonly GrammarMemo<MarkerShape> Arabic = new(LineGrammar.Arabic);
        public static readonly GrammarMemo<MarkerShape> Circled = new(LineGrammar.Circled);
        public static readonly GrammarMemo<int> Superscript = new(SuperscriptMark);
        public static readonly GrammarMemo<int> Bracketed = new(BracketedNoteNumber);
    }

    private static int FirstNumber(string text)
    {
        int value = -1;
        foreach (char c in text)
        {
            if (CharClasses.IsDigit(c))
            {
                value = (value < 0 ? 0 : value * 10) + CharClasses.DigitValue(c);
                if (value > 9999)
                {
                    return -1;
                }
            }
            else if (value >= 0)
            {
                break;
            }
        }

        return value;
    }
}

/// <summary>A parsed numbering marker: its style and number.</summary>
internal readonly record struct MarkerShape(NumberingStyle Style, int Number);
