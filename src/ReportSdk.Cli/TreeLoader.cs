using System.Text.Json;
using ReportSdk.Serialization;
using ReportSdk.Syntax;
using ReportSdk.Text;

namespace ReportSdk.Cli;

/// <summary>Loads a syntax tree from a report text file or, where allowed, from a syntax-tree JSON file.</summary>
internal static class TreeLoader
{
    /// <summary>Reads and parses a report text file (UTF-8, UTF-16 with BOM or GB18030, detected from the bytes).</summary>
    public static SyntaxTree ParseReport(InputFile input, InputReadOptions options)
    {
        using var bytes = InputFiles.ReadPooled(input, options);
        return SyntaxTree.ParseText(SourceText.From(bytes.Span), path: input.DisplayPath);
    }

    /// <summary>
    /// Loads a tree from a file that is either a syntax-tree JSON document (<c>reportsdk parse</c> output) or report text.
    /// A file is taken as JSON when its name ends in <c>.json</c> or its content starts with <c>{</c> after whitespace.
    /// A <c>.json</c> file that is not a valid tree is an input error naming the JSON path; any other file whose
    /// content merely looks like JSON but is not a tree is parsed as report text.
    /// </summary>
    public static SyntaxTree LoadTreeOrReport(InputFile input, InputReadOptions options)
    {
        using var bytes = InputFiles.ReadPooled(input, options);
        var hasJsonExtension = string.Equals(Path.GetExtension(input.FullPath), ".json", StringComparison.OrdinalIgnoreCase);
        if (hasJsonExtension || StartsLikeJsonObject(bytes.Span))
        {
            try
            {
                using var stream = bytes.OpenRead();
                return SyntaxTreeJson.Deserialize(stream);
            }
            catch (ReportJsonException exception) when (hasJsonExtension)
            {
                throw CliFailure.Input(input.DisplayPath, $"not a valid syntax-tree JSON document at {exception.JsonPath}: {ErrorText.Reason(exception)}");
            }
            catch (JsonException exception) when (hasJsonExtension)
            {
                throw CliFailure.Input(input.DisplayPath, $"not a valid syntax-tree JSON document at {exception.Path ?? "$"}: {ErrorText.Reason(exception)}");
            }
            catch (JsonException)
            {
                // Content that only looks like JSON: it is report text (or anything else) and is parsed as such.
            }
        }

        return SyntaxTree.ParseText(SourceText.From(bytes.Span), path: input.DisplayPath);
    }

    private static bool StartsLikeJsonObject(ReadOnlySpan<byte> bytes)
    {
        var span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        foreach (var b in span)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                continue;
            }

            return b == (byte)'{';
        }

        return false;
    }
}
