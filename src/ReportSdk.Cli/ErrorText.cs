namespace ReportSdk.Cli;

/// <summary>Formats the one-line messages that <c>reportsdk</c> writes to stderr.</summary>
internal static class ErrorText
{
    public const string Prefix = "reportsdk: ";

    /// <summary>Quotes a path for a message: <c>'my report.txt'</c>.</summary>
    public static string Quote(string path) => "'" + OneLine(path) + "'";

    /// <summary>Collapses line breaks and trims, so that a message always stays on one line.</summary>
    public static string OneLine(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "(no message)";
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is '\r' or '\n' or '\t' or '\u0085' or '\u2028' or '\u2029')
            {
                chars[i] = ' ';
            }
        }

        return new string(chars).Trim();
    }

    /// <summary>An exception's message without a trailing period, for embedding after a colon.</summary>
    public static string Reason(Exception exception) => OneLine(exception.Message).TrimEnd('.');

    public static void Write(TextWriter error, string message) => error.WriteLine(Prefix + OneLine(message));

    public static void WriteInternal(TextWriter error, string message) => error.WriteLine(Prefix + "internal error: " + OneLine(message));
}
