using ReportSdk.SyntaxGenerator;

// Regenerates src/ReportSdk/Syntax/Generated from src/ReportSdk/Syntax/Syntax.xml.
// Usage: dotnet run --project src/ReportSdk.SyntaxGenerator [-- <repository root>]
string root = args.Length > 0 ? args[0] : FindRepositoryRoot(Directory.GetCurrentDirectory());
string syntaxDirectory = Path.Combine(root, "src", "ReportSdk", "Syntax");
string xml = File.ReadAllText(Path.Combine(syntaxDirectory, "Syntax.xml"));
string outputDirectory = Path.Combine(syntaxDirectory, "Generated");
Directory.CreateDirectory(outputDirectory);
foreach (var (name, content) in SyntaxCodeGenerator.Generate(xml))
{
    File.WriteAllText(Path.Combine(outputDirectory, name), content);
    Console.WriteLine($"wrote {Path.Combine(outputDirectory, name)}");
}

string schemaPath = Path.Combine(root, TreeSchemaGenerator.RelativePath);
File.WriteAllText(schemaPath, TreeSchemaGenerator.Generate(xml));
Console.WriteLine($"wrote {schemaPath}");

return 0;

static string FindRepositoryRoot(string start)
{
    for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "ReportSdk.sln")))
        {
            return directory.FullName;
        }
    }

    throw new DirectoryNotFoundException("ReportSdk.sln not found above " + start);
}
