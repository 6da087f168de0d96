using ReportSdk.Syntax;

namespace ReportSdk.Tests.Properties;

/// <summary>
/// The invariants every parse must satisfy, for any input string. Each check returns null when the
/// property holds and a description of the first violation otherwise; none of them throws.
/// </summary>
internal static class TreeInvariants
{
    public const string NeverThrows = "parsing never throws";
    public const string RoundTrip = "ToFullString equals input";
    public const string Tiling = "children tile their parent's full span";
    public const string FindToken = "FindToken(token.Span.Start) finds the token";
    public const string LinePositions = "line positions agree with a naive line count";
    public const string Deterministic = "parsing twice gives equivalent trees and diagnostics";
    public const string ConcurrentRealization = "concurrent red-tree realization gives the same node instances";
    public const string DiagnosticsOnNodes = "each diagnostic lies in the full span of the node holding it, and the flags say where they are";

    public static readonly string[] All = [NeverThrows, RoundTrip, Tiling, FindToken, LinePositions, Deterministic, ConcurrentRealization, DiagnosticsOnNodes];

    /// <summary>Checks every property on <paramref name="text"/>; returns the first that fails and why, or null.</summary>
    public static (string Property, string Message)? CheckAll(string text, int sampleSeed)
    {
        SyntaxTree tree;
        try
        {
            tree = SyntaxTree.ParseText(text);
        }
        catch (Exception e)
        {
            return (NeverThrows, Describe(e));
        }

        foreach (string property in All.AsSpan(1))
        {
            string? message = Guard(() => Check(property, tree, text, sampleSeed));
            if (message is not null)
            {
                return (property, message);
            }
        }

        return null;
    }

    /// <summary>Checks one property on <paramref name="text"/> (parsing afresh); used by the minimizer.</summary>
    public static string? CheckOne(string property, string text, int sampleSeed)
    {
        SyntaxTree tree;
        try
        {
            tree = SyntaxTree.ParseText(text);
        }
        catch (Exception e)
        {
            return property == NeverThrows ? Describe(e) : null;
        }

        return property == NeverThrows ? null : Guard(() => Check(property, tree, text, sampleSeed));
    }

    private static string? Check(string property, SyntaxTree tree, string text, int sampleSeed) => property switch
    {
        RoundTrip => CheckRoundTrip(tree, text),
        Tiling => CheckTiling(tree, text),
        FindToken => CheckFindToken(tree),
        LinePositions => CheckLinePositions(tree, text, sampleSeed),
        Deterministic => CheckDeterministic(tree, text),
        ConcurrentRealization => CheckConcurrentRealization(text),
        DiagnosticsOnNodes => CheckDiagnosticsOnNodes(tree),
        _ => throw new ArgumentOutOfRangeException(nameof(property)),
    };

    private static string? Guard(Func<string?> check)
    {
        try
        {
            return check();
        }
        catch (Exception e)
        {
            return "the check itself threw: " + Describe(e);
        }
    }

    private static string Describe(Exception e)
    {
        string trace = e.StackTrace ?? string.Empty;
        int cut = 0;
        for (int i = 0; i < 6 && cut >= 0; i++)
        {
            cut = trace.IndexOf('\n', cut + 1);
        }

        return $"{e.GetType().FullName}: {e.Message}\n{(cut > 0 ? trace[..cut] : trace)}";
    }

    public static string? CheckRoundTrip(SyntaxTree tree, string text)
    {
        string full = tree.GetRoot().ToFullString();
        if (full == text)
        {
            return null;
        }

        int i = 0;
        while (i < full.Length && i < text.Length && full[i] == text[i])
        {
            i++;
        }

        return $"output length {full.Length} vs input {text.Length}; first difference at {i}";
    }

    public static string? CheckTiling(SyntaxTree tree, string text)
    {
        var root = tree.GetRoot();
        if (root.FullSpan.Start != 0 || root.FullSpan.Length != text.Length)
        {
            return $"root full span {root.FullSpan} does not cover [0..{text.Length})";
        }

        foreach (var node in root.DescendantNodes(includeSelf: true))
        {
            int position = node.FullSpan.Start;
            foreach (var child in node.ChildNodesAndTokens())
            {
                var span = child.FullSpan;
                if (span.Start != position)
                {
                    return $"{node.Kind} {node.FullSpan}: child {child.Kind} starts at {span.Start}, expected {position} ({(span.Start > position ? "gap" : "overlap")})";
                }

                position = span.End;
                if (child.IsToken)
                {
                    string? trivia = CheckTokenTrivia(child.AsToken());
                    if (trivia is not null)
                    {
                        return trivia;
                    }
                }
            }

            if (position != node.FullSpan.End)
            {
                return $"{node.Kind} {node.FullSpan}: children end at {position}";
            }

            var span2 = node.Span;
            if (span2.Start < node.FullSpan.Start || span2.End > node.FullSpan.End)
            {
                return $"{node.Kind}: span {span2} outside full span {node.FullSpan}";
            }
        }

        return null;
    }

    private static string? CheckTokenTrivia(SyntaxToken token)
    {
        int position = token.FullSpan.Start;
        foreach (var trivia in token.LeadingTrivia)
        {
            if (trivia.FullSpan.Start != position)
            {
                return $"token {token.Kind} {token.FullSpan}: leading trivia {trivia.Kind} at {trivia.FullSpan.Start}, expected {position}";
            }

            position = trivia.FullSpan.End;
        }

        if (token.Span.Start != position)
        {
            return $"token {token.Kind} {token.FullSpan}: text starts at {token.Span.Start}, leading trivia ends at {position}";
        }

        position = token.Span.End;
        foreach (var trivia in token.TrailingTrivia)
        {
            if (trivia.FullSpan.Start != position)
            {
                return $"token {token.Kind} {token.FullSpan}: trailing trivia {trivia.Kind} at {trivia.FullSpan.Start}, expected {position}";
            }

            position = trivia.FullSpan.End;
        }

        return position == token.FullSpan.End ? null : $"token {token.Kind} {token.FullSpan}: trivia ends at {position}";
    }

    public static string? CheckFindToken(SyntaxTree tree)
    {
        var root = tree.GetRoot();
        foreach (var token in root.DescendantTokens())
        {
            if (token.Span.Length == 0)
            {
                continue;
            }

            var found = root.FindToken(token.Span.Start);
            if (found != token)
            {
                return $"FindToken({token.Span.Start}) returned {found.Kind} {found.FullSpan} instead of {token.Kind} {token.FullSpan}";
            }
        }

        return null;
    }

    public static string? CheckLinePositions(SyntaxTree tree, string text, int sampleSeed)
    {
        var lines = tree.GetText().Lines;
        var naiveStarts = NaiveLineStarts(text);
        if (lines.Count != naiveStarts.Count)
        {
            return $"Lines.Count {lines.Count}, naive count {naiveStarts.Count}";
        }

        var r = new PropertyRandom((ulong)sampleSeed);
        var positions = new List<int> { 0, text.Length };
        for (int i = 0; i < 24; i++)
        {
            positions.Add(r.Next(text.Length + 1));
        }

        int tokenSamples = 0;
        foreach (var token in tree.GetRoot().DescendantTokens())
        {
            if (tokenSamples++ % 7 == 0)
            {
                positions.Add(token.Span.Start);
                positions.Add(token.Span.End);
            }
        }

        foreach (int position in positions)
        {
            var (line, character) = NaiveLinePosition(naiveStarts, text, position);
            var actual = lines.GetLinePosition(position);
            if (actual.Line != line || actual.Character != character)
            {
                return $"position {position}: Lines gives ({actual.Line},{actual.Character}), naive count gives ({line},{character})";
            }

            if (lines.GetPosition(actual) != position)
            {
                return $"position {position}: GetPosition(GetLinePosition) = {lines.GetPosition(actual)}";
            }
        }

        foreach (var diagnostic in tree.GetDiagnostics())
        {
            var span = diagnostic.Location.SourceSpan;
            if (span.End > text.Length)
            {
                return $"{diagnostic.Id} span {span} extends past the text ({text.Length})";
            }

            var lineSpan = diagnostic.Location.GetLineSpan().Span;
            var (line, character) = NaiveLinePosition(naiveStarts, text, span.Start);
            if (lineSpan.Start.Line != line || lineSpan.Start.Character != character)
            {
                return $"{diagnostic.Id} at {span.Start}: line span ({lineSpan.Start.Line},{lineSpan.Start.Character}), naive ({line},{character})";
            }
        }

        return null;
    }

    /// <summary>Line starts by a character-by-character count: CRLF, CR, LF, U+0085, U+2028, U+2029 end a line.</summary>
    public static List<int> NaiveLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
                starts.Add(i + 1);
            }
            else if (c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static (int Line, int Character) NaiveLinePosition(List<int> starts, string text, int position)
    {
        // The last line start at or before the position; a position between CR and LF belongs to the line the CRLF ends.
        int index = starts.BinarySearch(position);
        int line = index >= 0 ? index : ~index - 1;
        _ = text;
        return (line, position - starts[line]);
    }

    /// <summary>
    /// Every diagnostic a green node holds lies in that node's full span (relative offsets are what make reused subtrees
    /// carry them), the green flags agree with where the diagnostics are, and the tree's list is what its nodes hold.
    /// </summary>
    public static string? CheckDiagnosticsOnNodes(SyntaxTree tree)
    {
        var root = tree.GetRoot().Green;
        int held = 0;
        var stack = new Stack<(ReportSdk.Syntax.InternalSyntax.GreenNode Node, int Position)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, position) = stack.Pop();
            foreach (var diagnostic in node.GetDiagnostics())
            {
                held++;
                if (diagnostic.Offset < 0 || diagnostic.Length < 0 || diagnostic.Offset + diagnostic.Length > node.FullWidth)
                {
                    return $"{node.Kind} at {position} (width {node.FullWidth}) holds {diagnostic.Descriptor.Id} at offset {diagnostic.Offset}, length {diagnostic.Length}";
                }

                // Where the parser puts each kind (the table the JSON reader places them by); a report's finding past its
                // text is the root's.
                var holder = ReportSdk.Syntax.InternalSyntax.DiagnosticHolders.HolderKind(diagnostic.Descriptor.Id);
                bool expected = holder == SyntaxKind.None ? node.IsToken : node.Kind == holder || (holder == SyntaxKind.Report && node.Kind == SyntaxKind.Document);
                if (!expected)
                {
                    return $"{node.Kind} at {position} holds {diagnostic.Descriptor.Id}, which belongs on a {(holder == SyntaxKind.None ? "token" : holder)}";
                }
            }

            bool childContains = false;
            int childPosition = position;
            for (int i = 0; i < node.SlotCount; i++)
            {
                var child = node.GetSlot(i);
                if (child is not null)
                {
                    childContains |= child.ContainsDiagnostics;
                    stack.Push((child, childPosition));
                    childPosition += child.FullWidth;
                }
            }

            if (node.ContainsDiagnostics != (node.HasDiagnosticsDirectly || childContains) || node.HasDiagnosticsDirectly != node.GetDiagnostics().Length > 0)
            {
                return $"{node.Kind} at {position}: flags say contains {node.ContainsDiagnostics}, directly {node.HasDiagnosticsDirectly}";
            }
        }

        return held == tree.GetDiagnostics().Count ? null : $"the nodes hold {held} diagnostics, the tree reports {tree.GetDiagnostics().Count}";
    }

    public static string? CheckDeterministic(SyntaxTree first, string text)
    {
        var second = SyntaxTree.ParseText(text);
        if (!first.GetRoot().IsEquivalentTo(second.GetRoot()))
        {
            return "the second parse is not equivalent to the first";
        }

        var a = first.GetDiagnostics();
        var b = second.GetDiagnostics();
        if (a.Count != b.Count)
        {
            return $"{a.Count} diagnostics, then {b.Count}";
        }

        for (int i = 0; i < a.Count; i++)
        {
            if (a[i].Id != b[i].Id || a[i].Location.SourceSpan != b[i].Location.SourceSpan || a[i].GetMessage() != b[i].GetMessage())
            {
                return $"diagnostic {i}: {a[i].Id} {a[i].Location.SourceSpan} then {b[i].Id} {b[i].Location.SourceSpan}";
            }
        }

        return null;
    }

    /// <summary>
    /// Parses once, then walks the fresh (unrealized) red tree from 8 workers at once; every worker must
    /// see the same node instance at each place, and a later sequential walk too.
    /// </summary>
    public static string? CheckConcurrentRealization(string text)
    {
        var tree = SyntaxTree.ParseText(text);
        var root = tree.GetRoot();
        const int Workers = 8;
        var walks = new List<SyntaxNode>[Workers];
        Parallel.For(0, Workers, new ParallelOptions { MaxDegreeOfParallelism = Workers }, w =>
        {
            var walk = new List<SyntaxNode>();
            if (w % 2 == 0)
            {
                walk.AddRange(root.DescendantNodes(includeSelf: true));
            }
            else
            {
                // Descend to tokens first from the end, so realization starts at a different place.
                foreach (var token in root.DescendantTokens().Reverse())
                {
                    _ = token.Parent?.Parent;
                }

                walk.AddRange(root.DescendantNodes(includeSelf: true));
            }

            walks[w] = walk;
        });

        var sequential = root.DescendantNodes(includeSelf: true).ToList();
        for (int w = 0; w < Workers; w++)
        {
            var walk = walks[w];
            if (walk.Count != sequential.Count)
            {
                return $"worker {w} saw {walk.Count} nodes, a sequential walk {sequential.Count}";
            }

            for (int i = 0; i < walk.Count; i++)
            {
                if (!ReferenceEquals(walk[i], sequential[i]))
                {
                    return $"worker {w}, node {i} ({walk[i].Kind} at {walk[i].FullSpan}): a different instance than {sequential[i].Kind} at {sequential[i].FullSpan}";
                }
            }
        }

        return null;
    }
}
