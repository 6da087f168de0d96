using ReportSdk.Syntax;
using static ReportSdk.Syntax.SyntaxFactory;

namespace ReportSdk.Tests.Syntax;

/// <summary>
/// Annotations live on green nodes, so they survive the rewrites a tool makes; tracking finds a node's new self;
/// <c>ReplaceTrivia</c>, <c>ReplaceTokens</c> and <c>RemoveNodes</c> change only what they are given.
/// </summary>
public sealed class AnnotationAndEditTests
{
    private static DocumentSyntax Seed(int index = 0) => SyntaxTree.ParseFile(TestPaths.SeedFiles.ElementAt(index)).GetRoot();

    /// <summary>The seed with the most footnote references, for tests that need several.</summary>
    private static DocumentSyntax SeedWithReferences() =>
        TestPaths.SeedFiles.Select(f => SyntaxTree.ParseFile(f).GetRoot())
            .OrderByDescending(r => r.DescendantNodes().OfType<FootnoteReferenceSyntax>().Count()).First();

    [Fact]
    public void AnnotatedNode_IsFoundAgain_AfterRewritesAroundAndInsideIt()
    {
        var root = Seed();
        var paragraph = root.DescendantNodes().OfType<ParagraphSyntax>().Skip(3).First();
        var marked = new SyntaxAnnotation("review", "checked");
        Assert.False(root.ContainsAnnotations);

        var annotated = root.ReplaceNode(paragraph, paragraph.WithAdditionalAnnotations(marked));
        Assert.Equal(root.ToFullString(), annotated.ToFullString());
        Assert.True(annotated.IsEquivalentTo(root));
        Assert.True(annotated.ContainsAnnotations);

        // A rewrite elsewhere, then one inside the annotated paragraph (its Update makes a new node).
        var title = annotated.Reports[0].Preamble.Title.TextToken;
        var step1 = annotated.ReplaceToken(title, TextToken("新标题"));
        var found = Assert.Single(step1.GetAnnotatedNodes(marked));
        var firstText = found.DescendantTokens().First(t => t.Kind == SyntaxKind.TextToken);
        var step2 = step1.ReplaceToken(firstText, firstText.WithLeadingTrivia([Whitespace("\u3000\u3000")]));
        var again = Assert.IsType<ParagraphSyntax>(Assert.Single(step2.GetAnnotatedNodes(marked)));
        Assert.StartsWith("\u3000\u3000", again.ToFullString(), StringComparison.Ordinal);
        Assert.True(again.HasAnnotation(marked));
        Assert.Equal("checked", Assert.Single(again.GetAnnotations("review")).Data);
        Assert.Single(step2.GetAnnotatedNodes("review"));
        Assert.Empty(step2.GetAnnotatedNodes("other"));

        // Through NormalizeWhitespace and a user rewriter as well.
        Assert.Single(step2.NormalizeWhitespace().GetAnnotatedNodes(marked));
        Assert.Single(new UpperCaseRewriter().Visit(step2)!.GetAnnotatedNodes(marked));

        var cleared = step2.ReplaceNode(again, again.WithoutAnnotations(marked));
        Assert.Empty(cleared.GetAnnotatedNodes(marked));
        Assert.False(cleared.ContainsAnnotations);
    }

    [Fact]
    public void AnnotatedToken_KeepsItsAnnotation_ThroughTriviaChanges()
    {
        var root = Seed();
        var marker = root.DescendantTokens().First(t => t.Kind == SyntaxKind.NumberingMarkerToken);
        var flag = new SyntaxAnnotation("marker");
        var annotated = root.ReplaceToken(marker, marker.WithAdditionalAnnotations(flag));
        var token = Assert.Single(annotated.GetAnnotatedTokens(flag));
        Assert.Equal(marker.Text, token.Text);
        Assert.Equal(marker.Span, token.Span);
        Assert.True(token.HasAnnotation(flag));

        var moved = annotated.ReplaceToken(token, token.WithLeadingTrivia([Whitespace(" ")]));
        Assert.True(Assert.Single(moved.GetAnnotatedTokens(flag)).HasAnnotation(flag));
        Assert.False(moved.GetAnnotatedTokens(flag).Single().WithoutAnnotations(flag).HasAnnotation(flag));
        Assert.Equal(token, Assert.Single(annotated.GetAnnotatedNodesAndTokens(flag)).AsToken());
    }

    [Fact]
    public void Annotations_CompareByIdentity()
    {
        var a = new SyntaxAnnotation("k", "d");
        var b = new SyntaxAnnotation("k", "d");
        Assert.NotEqual(a, b);
        var same = a;
        Assert.True(a == same);
        Assert.False(a == b);
        var node = SyntaxFactory.Title(TextToken("标题")).WithAdditionalAnnotations(a, a);
        Assert.Single(node.GetAnnotations());
        Assert.True(node.HasAnnotation(a));
        Assert.False(node.HasAnnotation(b));
        Assert.True(node.HasAnnotations("k"));
    }

    [Fact]
    public void TrackedNodes_AreFoundAfterEdits_AndARemovedOneIsNull()
    {
        var root = SeedWithReferences();
        var paragraphs = root.DescendantNodes().OfType<ParagraphSyntax>().Take(3).ToList();
        var tracked = root.TrackNodes(paragraphs);
        Assert.Equal(root.ToFullString(), tracked.ToFullString());

        var first = tracked.GetCurrentNode(paragraphs[0])!;
        var token = first.DescendantTokens().First(t => t.Kind == SyntaxKind.TextToken);
        var edited = tracked.ReplaceToken(token, Token(token.LeadingTrivia, SyntaxKind.TextToken, "改写后的段落", token.TrailingTrivia));
        edited = edited.RemoveNode(edited.GetCurrentNode(paragraphs[1])!);

        Assert.Equal("改写后的段落", edited.GetCurrentNode(paragraphs[0])!.DescendantTokens().First(t => t.Kind == SyntaxKind.TextToken).Text);
        Assert.Null(edited.GetCurrentNode(paragraphs[1]));
        Assert.Equal(paragraphs[2].ToFullString(), edited.GetCurrentNode(paragraphs[2])!.ToFullString());
        Assert.Null(edited.GetCurrentNode(root.DescendantNodes().OfType<TitleSyntax>().First()));
        Assert.Throws<ArgumentException>(() => root.TrackNodes(SyntaxFactory.Title(TextToken("别处"))));
    }

    [Fact]
    public void ReplaceTrivia_ReplacesOrRemovesOnlyTheGivenTrivia()
    {
        var root = Seed();
        var lineBreaks = root.DescendantTrivia().Where(t => t.Kind == SyntaxKind.EndOfLineTrivia).ToList();
        Assert.NotEmpty(lineBreaks);
        var crlf = root.ReplaceTrivia(lineBreaks, (_, _) => EndOfLine("\r\n"));
        Assert.Equal(root.ToFullString().Replace("\n", "\r\n", StringComparison.Ordinal), crlf.ToFullString());

        var spaces = root.DescendantTrivia().Where(t => t.Kind == SyntaxKind.WhitespaceTrivia).ToList();
        var removed = root.ReplaceTrivia(spaces, (_, _) => default);
        Assert.Equal(root.ToFullString().Length - spaces.Sum(s => s.Span.Length), removed.ToFullString().Length);
        Assert.DoesNotContain(removed.DescendantTrivia(), t => t.Kind == SyntaxKind.WhitespaceTrivia);

        var single = root.ReplaceTrivia(lineBreaks[0], EndOfLine("\r"));
        Assert.Equal(lineBreaks[0].Span.Start, single.ToFullString().IndexOf('\r', StringComparison.Ordinal));
        Assert.Same(root.Reports[0].Sections.Last().Green, single.Reports[0].Sections.Last().Green);
    }

    [Fact]
    public void ReplaceTokens_RebuildsEveryGivenToken_AndChecksTheirKinds()
    {
        var root = SeedWithReferences();
        var marks = root.DescendantTokens().Where(t => t.Kind == SyntaxKind.FootnoteMarkToken).ToList();
        Assert.True(marks.Count >= 2, "the seeds have footnote references");
        var renumbered = root.ReplaceTokens(marks, (original, _) =>
            Token(original.LeadingTrivia, SyntaxKind.FootnoteMarkToken, "[" + original.ValueText + "]", original.TrailingTrivia));
        Assert.Equal(marks.Select(m => "[" + m.ValueText + "]"), renumbered.DescendantTokens().Where(t => t.Kind == SyntaxKind.FootnoteMarkToken).Select(t => t.Text));
        Assert.Equal(marks.Select(m => m.ValueText), renumbered.DescendantTokens().Where(t => t.Kind == SyntaxKind.FootnoteMarkToken).Select(t => t.ValueText));

        var error = Assert.Throws<ArgumentException>(() => root.ReplaceTokens(marks, (_, _) => TextToken("注")));
        Assert.Equal("markToken", error.ParamName);
    }

    [Fact]
    public void RemoveNodes_RemovesListElementsAndOptionalNodes_NotRequiredOnes()
    {
        var root = SeedWithReferences();
        var references = root.DescendantNodes().OfType<FootnoteReferenceSyntax>().ToList();
        var without = root.RemoveNodes(references);
        Assert.Empty(without.DescendantNodes().OfType<FootnoteReferenceSyntax>());
        Assert.Equal(root.ToFullString().Length - references.Sum(r => r.FullSpan.Length), without.ToFullString().Length);

        // A node inside another removed node goes with it.
        var paragraph = references[0].FirstAncestorOrSelf<ParagraphSyntax>()!;
        var both = root.RemoveNodes([paragraph, references[0]]);
        Assert.Equal(root.ToFullString().Length - paragraph.FullSpan.Length, both.ToFullString().Length);

        var report = root.Reports[0];
        Assert.Throws<InvalidOperationException>(() => root.RemoveNodes([report.Preamble]));
        if (report.Preamble.MeetingLine is { } meeting)
        {
            Assert.Null(root.RemoveNodes([meeting]).Reports[0].Preamble.MeetingLine);
        }
    }

    private sealed class UpperCaseRewriter : SyntaxRewriter
    {
        public override SyntaxToken VisitToken(SyntaxToken token) =>
            token.Kind == SyntaxKind.TextToken && token.Text.Any(char.IsAsciiLetterLower)
                ? Token(token.LeadingTrivia, SyntaxKind.TextToken, token.Text.ToUpperInvariant(), token.TrailingTrivia)
                : token;
    }
}
