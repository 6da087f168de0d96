using System.Reflection;
using ReportSdk.Syntax;
using ReportSdk.Text;
using static ReportSdk.Syntax.SyntaxFactory;

namespace ReportSdk.Tests.Factory;

/// <summary>
/// The factory builds only trees the parser could have made: every generated method (and so every <c>With*</c>) takes
/// exactly the token kind Syntax.xml gives its slot and names the slot otherwise; <see cref="SyntaxFactory.Token(SyntaxKind, string)"/>
/// takes only token kinds and text such a token can hold; a built node has a usable tree; a missing token prints nothing
/// after <see cref="SyntaxNodeExtensions.NormalizeWhitespace{TNode}"/>.
/// </summary>
public sealed class CheckedConstructionTests
{
    /// <summary>One well-formed token of each token kind.</summary>
    private static readonly (SyntaxKind Kind, Func<SyntaxToken> Make)[] SampleTokens =
    [
        (SyntaxKind.TextToken, () => TextToken("文本")),
        (SyntaxKind.NumberingMarkerToken, () => Token(SyntaxKind.NumberingMarkerToken, "一、")),
        (SyntaxKind.FootnoteMarkToken, () => FootnoteMark(1)),
        (SyntaxKind.FootnoteLabelToken, () => FootnoteLabel(1)),
        (SyntaxKind.BoldMarkerToken, () => BoldMarker()),
        (SyntaxKind.EntryNumberToken, () => Token(SyntaxKind.EntryNumberToken, "1.")),
        (SyntaxKind.PageNumberToken, () => Token(SyntaxKind.PageNumberToken, "2")),
        (SyntaxKind.EndOfFileToken, () => Token(SyntaxKind.EndOfFileToken, string.Empty)),
    ];

    private static IEnumerable<MethodInfo> NodeFactories() => typeof(SyntaxFactory)
        .GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(m => typeof(SyntaxNode).IsAssignableFrom(m.ReturnType) && !m.IsGenericMethod && m.GetParameters().Any(p => p.ParameterType == typeof(SyntaxToken) || typeof(SyntaxNode).IsAssignableFrom(p.ParameterType) || p.ParameterType.IsGenericType));

    public static TheoryData<string> FactoryNames() => new(NodeFactories().Select(m => m.Name).Distinct());

    [Theory]
    [MemberData(nameof(FactoryNames))]
    public void EveryTokenSlot_TakesExactlyItsKind_AndNamesTheSlotOtherwise(string factory)
    {
        var method = NodeFactories().Single(m => m.Name == factory);
        var parameters = method.GetParameters();
        var tokenSlots = parameters.Where(p => p.ParameterType == typeof(SyntaxToken)).ToList();
        foreach (var slot in tokenSlots)
        {
            var accepted = new List<SyntaxKind>();
            foreach (var (kind, make) in SampleTokens)
            {
                var arguments = ValidArguments(parameters);
                arguments[slot.Position] = make();
                try
                {
                    var node = (SyntaxNode)method.Invoke(null, arguments)!;
                    accepted.Add(kind);
                    var property = node.GetType().GetProperty(char.ToUpperInvariant(slot.Name![0]) + slot.Name[1..])!;
                    Assert.Equal(kind, ((SyntaxToken)property.GetValue(node)!).Kind);
                }
                catch (TargetInvocationException exception)
                {
                    var argument = Assert.IsType<ArgumentException>(exception.InnerException);
                    Assert.Equal(slot.Name, argument.ParamName);
                    Assert.Contains(method.Name + "." + char.ToUpperInvariant(slot.Name![0]) + slot.Name[1..], argument.Message, StringComparison.Ordinal);
                    Assert.Contains(kind.ToString(), argument.Message, StringComparison.Ordinal);
                }
            }

            Assert.Single(accepted);
        }
    }

    [Fact]
    public void With_RejectsATokenOfAnotherKind_AndAcceptsItsOwn()
    {
        var title = SyntaxFactory.Title(TextToken("政府工作报告"));
        var error = Assert.Throws<ArgumentException>(() => title.WithTextToken(BoldMarker()));
        Assert.Equal("textToken", error.ParamName);
        Assert.Contains("Title.TextToken", error.Message, StringComparison.Ordinal);
        Assert.Equal("新标题", title.WithTextToken(TextToken("新标题")).TextToken.Text);

        var heading = SectionHeading(NumberingMarker(NumberingStyle.ChineseComma, 1), TextToken("工作回顾"));
        SectionSyntax section = ReviewSection(heading, default);
        Assert.Equal("markerToken", Assert.Throws<ArgumentException>(() => heading.WithMarkerToken(TextToken("一、"))).ParamName);
        Assert.Equal("textToken", Assert.Throws<ArgumentException>(() =>
            section.WithHeading(heading.WithTextToken(FootnoteMark(2)))).ParamName);

        var item = NumberedItem(NumberingMarker(NumberingStyle.Arabic, 1), default, default);
        Assert.Equal("markerToken", Assert.Throws<ArgumentException>(() => item.Update(FootnoteLabel(1), item.Title, item.Body)).ParamName);
    }

    [Fact]
    public void Factories_KeepTheirDefaults_MissingForRequiredTokens_EmptyForOptionalOnes()
    {
        var heading = SectionHeading(default, default);
        Assert.True(heading.TextToken.IsMissing);
        Assert.Equal(SyntaxKind.TextToken, heading.TextToken.Kind);
        Assert.Equal(SyntaxKind.None, heading.MarkerToken.Kind);
        Assert.Throws<ArgumentNullException>(() => ReviewSection(null!, default));
    }

    [Theory]
    [InlineData(SyntaxKind.None)]
    [InlineData(SyntaxKind.Document)]
    [InlineData(SyntaxKind.Paragraph)]
    [InlineData(SyntaxKind.WhitespaceTrivia)]
    [InlineData(SyntaxKind.List)]
    public void Token_RejectsKindsThatAreNotTokens(SyntaxKind kind)
    {
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => Token(kind, "x")).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => Token([], kind, "x", [])).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => MissingToken(kind)).ParamName);
    }

    [Theory]
    [InlineData(SyntaxKind.TextToken, "第一行\n第二行")]
    [InlineData(SyntaxKind.TextToken, "第一行\r\n")]
    [InlineData(SyntaxKind.TextToken, "\u2028")]
    [InlineData(SyntaxKind.TextToken, "行\u0085")]
    [InlineData(SyntaxKind.TextToken, "")]
    [InlineData(SyntaxKind.NumberingMarkerToken, "\n一、")]
    [InlineData(SyntaxKind.NumberingMarkerToken, "工作回顾")]
    [InlineData(SyntaxKind.FootnoteMarkToken, "[x]")]
    [InlineData(SyntaxKind.FootnoteLabelToken, "注")]
    [InlineData(SyntaxKind.BoldMarkerToken, "*")]
    [InlineData(SyntaxKind.EndOfFileToken, "尾")]
    [InlineData(SyntaxKind.PageNumberToken, "页")]
    public void Token_RejectsTextThatCannotBeThatToken(SyntaxKind kind, string text)
    {
        var error = Assert.Throws<ArgumentException>(() => Token(kind, text));
        Assert.Equal("text", error.ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => Token([Whitespace(" ")], kind, text, [EndOfLine()])).ParamName);
    }

    [Fact]
    public void Token_AcceptsWhatTheMarkerHelpersAndTheParserMake()
    {
        // The dash lead carries no number: one text whatever the number and width.
        Assert.Equal("——", NumberingMarker(NumberingStyle.Dash, 3).Text);
        Assert.Null(NumberingMarker(NumberingStyle.Dash, 3).ValueText);
        Assert.Equal("——", NumberingMarker(NumberingStyle.Dash, 0).Text);
        Assert.Equal("——", Token(SyntaxKind.NumberingMarkerToken, "——").Text);
        Assert.Equal("――", Token(SyntaxKind.NumberingMarkerToken, "――").Text);
        Assert.Throws<ArgumentException>(() => Token(SyntaxKind.NumberingMarkerToken, "————"));

        // A bracket lead is its phrase: made with Token, never by number.
        Assert.Equal("【稳增长】", Token(SyntaxKind.NumberingMarkerToken, "【稳增长】").Text);
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberingMarker(NumberingStyle.BracketLead, 1));

        foreach (var style in Enum.GetValues<NumberingStyle>().Where(s => s is not NumberingStyle.None and not NumberingStyle.Dash and not NumberingStyle.BracketLead))
        {
            foreach (var width in Enum.GetValues<MarkerWidth>())
            {
                foreach (int number in new[] { 1, 9, 10, 21, 50 })
                {
                    var marker = NumberingMarker(style, number, width);
                    Assert.Equal(number.ToString(System.Globalization.CultureInfo.InvariantCulture), marker.ValueText);
                    Assert.Equal(marker.Text, Token(SyntaxKind.NumberingMarkerToken, marker.Text).Text);
                }
            }
        }

        // Every token of the parsed seeds can be rebuilt with the factory.
        foreach (string seed in TestPaths.SeedFiles)
        {
            foreach (var token in SyntaxTree.ParseFile(seed).GetRoot().DescendantTokens().Where(t => !t.IsMissing))
            {
                Assert.Equal(token.Text, Token(token.Kind, token.Text).Text);
            }
        }
    }

    [Fact]
    public void Trivia_RejectsTextOfAnotherKind()
    {
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => Whitespace("字")).ParamName);
        Assert.Throws<ArgumentException>(() => Whitespace(string.Empty));
        Assert.Throws<ArgumentException>(() => Whitespace(" \n"));
        Assert.Throws<ArgumentException>(() => EndOfLine("\n\n"));
        Assert.Throws<ArgumentException>(() => EndOfLine(" "));
        Assert.Throws<ArgumentException>(() => SkippedText("导航\n首页"));
        Assert.Equal("\u3000 \t", Whitespace("\u3000 \t").ToString());
        Assert.Equal("\r\n", EndOfLine("\r\n").ToString());
    }

    [Fact]
    public void ABuiltNode_HasATreeMadeOnDemand()
    {
        var title = SyntaxFactory.Title(TextToken("政府工作报告"));
        var tree = title.SyntaxTree;

        Assert.Same(tree, title.SyntaxTree);
        Assert.Same(tree, title.TextToken.SyntaxTree);
        Assert.False(tree.HasDocumentRoot);
        Assert.True(tree.TryGetRoot(out var root));
        Assert.Same(title, root);
        Assert.Equal("政府工作报告", tree.GetText().ToString());
        Assert.Equal(new LinePosition(0, 6), tree.GetLineSpan(title.Span).EndLinePosition);
        Assert.Equal(new LinePosition(0, 6), title.GetLocation().GetLineSpan().EndLinePosition);
        Assert.Empty(title.GetDiagnostics());
        Assert.Contains("TryGetRoot", Assert.Throws<InvalidOperationException>(() => tree.GetRoot()).Message, StringComparison.Ordinal);

        var paragraph = Paragraph(List<InlineSyntax>(SyntaxFactory.Text(TextToken("正文。"))));
        var document = Document(null, List(Report(Preamble(title, null, null, null, List<BlockSyntax>(paragraph)), default, null, null, default)), default);
        var builtParagraph = document.DescendantNodes().OfType<ParagraphSyntax>().Single();
        Assert.True(builtParagraph.SyntaxTree.HasDocumentRoot);
        Assert.Same(document, builtParagraph.SyntaxTree.GetRoot());
        Assert.Equal(new LinePosition(0, 6), builtParagraph.GetLocation().GetLineSpan().StartLinePosition);
    }

    [Fact]
    public void MissingTokens_PrintNothing_AfterNormalizeWhitespace()
    {
        Assert.Equal(string.Empty, SyntaxFactory.Title(MissingToken(SyntaxKind.TextToken)).NormalizeWhitespace().ToFullString());
        Assert.Equal(string.Empty, SectionHeading(default, MissingToken(SyntaxKind.TextToken)).NormalizeWhitespace().ToFullString());
        Assert.Equal("一、\n", SectionHeading(NumberingMarker(NumberingStyle.ChineseComma, 1), MissingToken(SyntaxKind.TextToken)).NormalizeWhitespace().ToFullString());
        Assert.Equal("［1］\n", FootnoteDefinition(FootnoteLabel(1), default).NormalizeWhitespace().ToFullString());
        Assert.Equal(string.Empty, Notes(MissingToken(SyntaxKind.TextToken), default).NormalizeWhitespace().ToFullString());
        var missing = SyntaxFactory.Title(MissingToken(SyntaxKind.TextToken)).NormalizeWhitespace().TextToken;
        Assert.True(missing.IsMissing);
        Assert.False(missing.HasTrailingTrivia);
    }

    [Fact]
    public void AReportWithAMissingTitle_NormalizedAndPrinted_ParsesBackWithTheTitleMissing()
    {
        var preamble = Preamble(
            SyntaxFactory.Title(MissingToken(SyntaxKind.TextToken)),
            null,
            null,
            Salutation(TextToken("各位代表：")),
            List<BlockSyntax>(Paragraph(List<InlineSyntax>(SyntaxFactory.Text(TextToken("现在，我代表市人民政府，向大会报告工作，请予审议。"))))));
        var review = ReviewSection(
            SectionHeading(NumberingMarker(NumberingStyle.ChineseComma, 1), TextToken("2023年工作回顾")),
            List<BlockSyntax>(Paragraph(List<InlineSyntax>(SyntaxFactory.Text(TextToken("过去一年，经济运行持续向好。"))))));
        var built = Document(null, List(Report(preamble, List<SectionSyntax>(review), null, null, default)), default).NormalizeWhitespace();
        string text = built.ToFullString();
        Assert.StartsWith("各位代表：\n", text, StringComparison.Ordinal);

        var tree = SyntaxTree.ParseText(text);
        var report = Assert.Single(tree.GetRoot().Reports);
        Assert.True(report.Preamble.Title.TextToken.IsMissing);
        Assert.Contains(tree.GetDiagnostics(), d => d.Id == "RPT0001");
        Assert.Equal("一、2023年工作回顾", Assert.Single(report.Sections).Heading.ToString());
    }

    /// <summary>Arguments that the factory accepts: default tokens and lists, null optional nodes, sample required nodes.</summary>
    private static object?[] ValidArguments(ParameterInfo[] parameters) =>
        parameters.Select(p => p.ParameterType == typeof(SyntaxToken) || p.ParameterType.IsValueType
            ? Activator.CreateInstance(p.ParameterType)
            : IsNullable(p) ? null : Sample(p.ParameterType)).ToArray();

    private static bool IsNullable(ParameterInfo parameter) =>
        new NullabilityInfoContext().Create(parameter).WriteState == NullabilityState.Nullable;

    private static SyntaxNode Sample(Type type)
    {
        var method = NodeFactories().First(m => type.IsAssignableFrom(m.ReturnType));
        return (SyntaxNode)method.Invoke(null, ValidArguments(method.GetParameters()))!;
    }
}
