using System.Text.Json;

namespace ReportSdk.Serialization;

/// <summary>
/// Thrown when JSON given to <see cref="SyntaxTreeJson"/> is not a valid syntax tree document: the bytes are not
/// JSON, the input is truncated, a kind is unknown or in the wrong place, a node has the wrong slots, a field is
/// missing, a string or the nesting exceeds its limit, or the stored spans do not tile the text.
/// </summary>
/// <remarks>
/// Derives from <see cref="JsonException"/>, so code that already catches <see cref="JsonException"/> sees it too.
/// <see cref="JsonPath"/> (also in <see cref="JsonException.Path"/>) names the offending value, such as
/// <c>$.root.children[1][0].children[2].kind</c>.
/// </remarks>
public sealed class ReportJsonException : JsonException
{
    /// <summary>Creates an exception with a message and the JSON path of the offending value.</summary>
    /// <param name="message">What is wrong, in words.</param>
    /// <param name="jsonPath">The JSON path of the offending value, such as <c>$.root.children[0]</c>.</param>
    /// <param name="lineNumber">The 0-based line of the input where the error was found, when known.</param>
    /// <param name="bytePositionInLine">The 0-based byte position in that line, when known.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public ReportJsonException(string message, string jsonPath, long? lineNumber = null, long? bytePositionInLine = null, Exception? innerException = null)
        : base(message, jsonPath, lineNumber, bytePositionInLine, innerException)
    {
        JsonPath = jsonPath ?? "$";
    }

    /// <summary>The JSON path of the offending value, such as <c>$.root.children[2].children[0].kind</c>; <c>$</c> for the whole input.</summary>
    public string JsonPath { get; }
}
