using ReportSdk.Syntax;

namespace ReportSdk.Parsing;

/// <summary>
/// A top-level section heading: numbered (<c>一、2022年工作回顾</c>, <c>（一）…</c>) or unnumbered
/// (<c>2021 年工作回顾</c>, <c>关于国内建设</c>). It proposes; <see cref="BodyStructureDecoder"/>
/// decides which proposals form the report's sections, since a heading is known by its siblings.
/// </summary>
internal sealed class SectionHeadingRecognizer : LineRecognizer
{
    public override string Name => "sectionHeading";


    public override void Propose(in LineContext line, CandidateSink sink)
    {
        if (IsNumberedHeading(line) || IsUnnumberedHeading(line))
        {
            var text = line.Info.Marker.Style == NumberingStyle.None ? line.Normalized : line.AfterMarker;
            sink.Add(new Candidate(LineRole.SectionHeading, LayoutZone.Body, GenreProfile.Scores.Body) { Section = GenreLexicon.ClassifyHeading(text) });
        }
    }

    /// <summary>
    /// Where a page number left after a heading's text starts, with the spaces or leader dots before it
    /// (<c>2025年工作回顾  3</c>, <c>2025年工作回顾……3</c>), or -1: one to
    /// <see cref="GenreProfile.HeadingPageNumberMaxDigits"/> digits at the end, after a gap of at least
    /// <see cref="GenreProfile.HeadingPageGapMinLength"/> spaces or leaders (or a tab; one space is part of the words:
    /// <c>三、附件 2</c>), after at least <see cref="GenreProfile.HeadingTextBeforePageMinLength"/> characters of text that
    /// do not end in a digit (so <c>增长6.5</c> keeps its number).
    /// </summary>
    public static int TrailingPageNumberStart(ReadOnlySpan<char> heading)
    {
        int end = heading.Length;
        int digits = end;
        while (digits > 0 && CharClasses.IsDigit(heading[digits - 1]) && end - digits < GenreProfile.HeadingPageNumberMaxDigits)
        {
            digits--;
        }

        if (digits == end || digits == 0 || CharClasses.IsDigit(heading[digits - 1]))
        {
            return -1;
        }

        int gap = digits;
        bool tab = false;
        while (gap > 0 && (CharClasses.IsSpace(heading[gap - 1]) || GenreProfile.PageLeaderCharacters.Contains(heading[gap - 1])))
        {
            tab |= heading[gap - 1] == '\t';
            gap--;
        }

        bool isGap = tab || digits - gap >= GenreProfile.HeadingPageGapMinLength;
        return isGap && gap >= GenreProfile.HeadingTextBeforePageMinLength && !CharClasses.IsDigit(heading[gap - 1]) ? gap : -1;
    }

    /// <summary>A marker of a top-level style (<c>一、</c>, <c>（一）</c>) and a short heading text after it, or a bare section numeral.</summary>
    public static bool IsNumberedHeading(in LineContext line)
    {
        var style = line.Info.Marker.Style;
        if (style is not (NumberingStyle.ChineseComma or NumberingStyle.ChineseParenthesized))
        {
            return false;
        }

        var rest = line.AfterMarker;
        if (rest.IsEmpty && BareNumeralHeadings.IsBare(line.Text, line.Info))
        {
            // 一 alone on its line, in a run of bare numerals: the section's number, its text below.
            return line.StartsBlock;
        }

        if (rest.Length is > 1 and <= GenreProfile.SectionHeadingMaxLength && rest.IndexOf('。') < 0
            && rest[^1] is not ('；' or ';' or '，' or ',' or '、' or '：' or ':') && line.StartsBlock)
        {
            return true;
        }

        return (EndsLikeASentenceButNamesASection(rest) || MergedHeadingLength(rest) > 0) && line.StartsBlock;
    }

    /// <summary>
    /// The length of a heading merged with its paragraph (<c>2025年工作回顾。2025年是…</c>): its first sentence, up to
    /// and with the full stop, when that sentence is short, has no other punctuation and names a section kind, and
    /// text follows it; 0 otherwise. The tree builder splits the line there: heading, then the paragraph.
    /// </summary>
    public static int MergedHeadingLength(ReadOnlySpan<char> rest)
    {
        int stop = rest.IndexOf('。');
        if (stop < 2 || stop >= GenreProfile.SectionHeadingMaxLength || stop == rest.Length - 1)
        {
            return 0;
        }

        var heading = rest[..stop];
        return !LayoutText.HasSentencePunctuation(heading) && heading.IndexOfAny('，', ',', '、') < 0
            && GenreLexicon.ClassifyHeading(heading) != SectionKind.Other ? stop + 1 : 0;
    }

    /// <summary>
    /// <c>一、2025年工作回顾。</c>, <c>二、2026年工作安排：</c>: a heading closed by a full stop or a colon, with no other
    /// sentence punctuation, whose words name a section kind (an item that ends so names none).
    /// </summary>
    private static bool EndsLikeASentenceButNamesASection(ReadOnlySpan<char> rest)
    {
        if (rest.Length is < 3 || rest.Length > GenreProfile.SectionHeadingMaxLength + 1 || rest[^1] is not ('。' or '：' or ':'))
        {
            return false;
        }

        var heading = rest[..^1];
        return !LayoutText.HasSentencePunctuation(heading) && heading.IndexOfAny('，', ',', '；') < 0
            && GenreLexicon.ClassifyHeading(heading) != SectionKind.Other;
    }

    /// <summary>
    /// A short line without sentence punctuation that names a section (kind words, or heading-shape
    /// words such as 工作, 关于), opens a block and is not a fragment of a broken paragraph (nor ends on a
    /// function word that needs what follows, such as 的).
    /// </summary>
    public static bool IsUnnumberedHeading(in LineContext line)
    {
        ref readonly var info = ref line.Info;
        if (info.Marker.Style != NumberingStyle.None || info.LabelKind != NoteLabelKind.None
            || info.ContentLength > GenreProfile.UnnumberedHeadingMaxLength * 2)
        {
            return false;
        }

        var text = line.Normalized;
        if (text.Length < GenreProfile.UnnumberedHeadingMinLength || text.Length > GenreProfile.UnnumberedHeadingMaxLength)
        {
            return false;
        }

        if (LayoutText.HasSentencePunctuation(text) || GenreProfile.DanglingEndings.Contains(text[^1], StringComparison.Ordinal)
            || GenreLexicon.StartsWithSalutation(text) || GenreLexicon.IsNotesHeading(text)
            || !line.StartsBlock || ContinuesOnNextLine(line))
        {
            return false;
        }

        return GenreLexicon.ClassifyHeading(text) != SectionKind.Other || GenreLexicon.LooksLikeSectionHeading(text);
    }

    /// <summary>True when the next line, with no blank between, continues this one (<c>、缅甸共同倡议…</c>).</summary>
    private static bool ContinuesOnNextLine(in LineContext line)
    {
        int next = line.Index + 1;
        if (next >= line.Lines.Length || line.Lines[next].IsBlank)
        {
            return false;
        }

        // A short fragment right below (今年是我国与 / 印度 / 、缅甸…) is a paragraph broken at a link, not a heading's body.
        ref var below = ref line.Lines[next];
        var text = line.Text.AsSpan(below.ContentStart, below.ContentLength);
        return LayoutText.IsContinuationPunctuation(text[0])
            || (below.Marker.Style == NumberingStyle.None && text.Length < GenreProfile.UnnumberedHeadingMinLength && !LayoutText.HasSentencePunctuation(text));
    }
}
