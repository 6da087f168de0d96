using System.Globalization;
using System.Text;

namespace ReportSdk.Cli;

/// <summary>
/// Formats the one-line messages that <c>reportsdk</c> writes to stderr. Nothing from the input reaches the terminal
/// raw: control characters (C0, DEL, C1, such as the ESC of an ANSI sequence) and the characters that reorder or
/// break text (bidirectional controls, line and paragraph separators) are written as escapes (<c>\x1B</c>, <c>\u202E</c>).
/// </summary>
internal static class ErrorText
{
    public const string Prefix = "reportsdk: ";

    private const string NoMessage = "(no message)";

    /// <summary>Quotes a path for a message: <c>'my report.txt'</c>; a line break in the path is shown as <c>\n</c>.</summary>
    public static string Quote(string path) => "'" + Escape(path, lineBreaksAsSpace: false) + "'";

    /// <summary>Makes <paramref name="text"/> safe and one line: line breaks become spaces, other controls escapes; trimmed.</summary>
    public static string OneLine(string? text) =>
        string.IsNullOrEmpty(text) ? NoMessage : Escape(text, lineBreaksAsSpace: true).Trim() is { Length: > 0 } line ? line : NoMessage;

    /// <summary>Escapes control and reordering characters (<c>\x1B</c>, <c>\u202E</c>, <c>\n</c>) without quoting or trimming.</summary>
    public static string EscapeControls(string text) => Escape(text, lineBreaksAsSpace: false);

    /// <summary>An exception's message without a trailing period, for embedding after a colon.</summary>
    public static string Reason(Exception exception) => OneLine(exception.Message).TrimEnd('.');

    public static void Write(TextWriter error, string message) => error.WriteLine(Prefix + OneLine(message));

    public static void WriteInternal(TextWriter error, string message) => error.WriteLine(Prefix + "internal error: " + OneLine(message));

    /// <summary>Whether <paramref name="c"/> may not be written to a terminal as it is.</summary>
    public static bool NeedsEscape(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F' || c is '\u2028' or '\u2029' || c is >= '\u200E' and <= '\u200F'
        || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';

    private static string Escape(string text, bool lineBreaksAsSpace)
    {
        if (!HasEscapable(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            if (!NeedsEscape(c))
            {
                builder.Append(c);
            }
            else if (lineBreaksAsSpace && c is '\r' or '\n' or '\t' or '\u0085' or '\u2028' or '\u2029')
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(c switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    <= '\u00FF' => "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture),
                    _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                });
            }
        }

        return builder.ToString();
    }

    private static bool HasEscapable(string text)
    {
        foreach (char c in text)
        {
            if (NeedsEscape(c))
            {
                return true;
            }
        }

        return false;
    }
}
