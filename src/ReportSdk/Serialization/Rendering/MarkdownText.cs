namespace ReportSdk.Serialization.Rendering;

/// <summary>
/// Writes report text into CommonMark so that it reads back as the same text: ASCII punctuation that
/// could open markup is backslash-escaped, and a line start that would open a block (a list marker,
/// indentation) is neutralised.
/// </summary>
internal sealed class MarkdownText(TextWriter writer)
{
    private const string Escaped = "\\`*_[]<>&#!|~";

    /// <summary>True when nothing has been written on the current line.</summary>
    public bool AtLineStart { get; private set; } = true;

    /// <summary>The underlying writer.</summary>
    public TextWriter Writer => writer;

    /// <summary>Writes markup as is (heading marks, <c>**</c>, <c>[^1]</c>).</summary>
    public void Raw(string markup)
    {
        if (markup.Length == 0)
        {
            return;
        }

        writer.Write(markup);
        AtLineStart = markup[^1] == '\n';
    }

    /// <summary>
    /// Treats what follows as the start of block content (after a list bullet or a footnote label), so
    /// that text which would open a nested block is escaped.
    /// </summary>
    public void BlockContent() => AtLineStart = true;

    /// <summary>Ends the current line.</summary>
    public void Line()
    {
        writer.Write('\n');
        AtLineStart = true;
    }

    /// <summary>Writes report text, escaped; line breaks inside it become spaces.</summary>
    public void Text(string text)
    {
        int i = 0;
        if (AtLineStart)
        {
            while (i < text.Length && IsSpace(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                return;
            }

            i = EscapeLineStart(text, i);
        }

        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\r' or '\n')
            {
                writer.Write(' ');
            }
            else if (c < ' ' || c == '\u007F')
            {
                writer.Write('\uFFFD');
            }
            else
            {
                if (Escaped.Contains(c))
                {
                    writer.Write('\\');
                }

                writer.Write(c);
            }

            AtLineStart = false;
        }
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u3000' or '\r' or '\n';

    /// <summary>Writes what would open a block at a line start, escaped; returns the index after it.</summary>
    private int EscapeLineStart(string text, int i)
    {
        char c = text[i];
        if (c is '-' or '+' or '=')
        {
            writer.Write('\\');
            writer.Write(c);
            AtLineStart = false;
            return i + 1;
        }

        int digits = i;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits > i && digits < text.Length && text[digits] is '.' or ')')
        {
            writer.Write(text.AsSpan(i, digits - i));
            writer.Write('\\');
            writer.Write(text[digits]);
            AtLineStart = false;
            return digits + 1;
        }

        return i;
    }
}
