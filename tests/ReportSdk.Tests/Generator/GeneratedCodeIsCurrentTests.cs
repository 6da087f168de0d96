using ReportSdk.SyntaxGenerator;

namespace ReportSdk.Tests.Generator;

public class GeneratedCodeIsCurrentTests
{
    [Fact]
    public void CheckedInGeneratedFilesMatchTheGeneratorOutput()
    {
        string syntax = Path.Combine(TestPaths.RepositoryRoot, "src", "ReportSdk", "Syntax");
        var expected = SyntaxCodeGenerator.Generate(File.ReadAllText(Path.Combine(syntax, "Syntax.xml")));
        var generatedDirectory = Path.Combine(syntax, "Generated");
        var actualFiles = Directory.GetFiles(generatedDirectory, "*.g.cs").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal).ToList(), actualFiles);
        foreach (var (name, content) in expected)
        {
            string actual = File.ReadAllText(Path.Combine(generatedDirectory, name)).ReplaceLineEndings("\n");
            Assert.True(actual == content, $"{name} is stale: run 'dotnet run --project src/ReportSdk.SyntaxGenerator' and commit the result.");
        }
    }

    [Fact]
    public void CheckedInTreeSchemaMatchesTheGeneratorOutput()
    {
        string xml = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "src", "ReportSdk", "Syntax", "Syntax.xml"));
        string actual = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, TreeSchemaGenerator.RelativePath)).ReplaceLineEndings("\n");
        Assert.True(actual == TreeSchemaGenerator.Generate(xml), "docs/schema/syntax-tree.schema.json is stale: run 'dotnet run --project src/ReportSdk.SyntaxGenerator' and commit the result.");
    }

    [Fact]
    public void EveryConcreteNodeKindHasAGeneratedClassAndVisitorMethod()
    {
        string xml = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "src", "ReportSdk", "Syntax", "Syntax.xml"));
        var model = SyntaxModel.Load(xml);
        var assembly = typeof(ReportSdk.Syntax.SyntaxNode).Assembly;
        foreach (var node in model.Concrete)
        {
            var type = assembly.GetType("ReportSdk.Syntax." + node.Name);
            Assert.NotNull(type);
            Assert.NotNull(typeof(ReportSdk.Syntax.SyntaxVisitor).GetMethod("Visit" + node.ShortName));
            Assert.NotNull(typeof(ReportSdk.Syntax.SyntaxFactory).GetMethod(node.ShortName));
            Assert.True(Enum.IsDefined(typeof(ReportSdk.Syntax.SyntaxKind), Enum.Parse<ReportSdk.Syntax.SyntaxKind>(node.Kind!)));
        }
    }
}
