namespace ReportSdk.Serialization.Rendering;

/// <summary>Writes text HTML-encoded: markup characters become entities, control characters U+FFFD.</summary>
internal static class HtmlText
{
    /// <summary>Writes <paramref name="text"/> encoded for element content and quoted attribute values.</summary>
    public static void Write(TextWriter writer, string text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            string? replacement = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\t' or '\n' => null,
                '\r' => "\n",
                < ' ' or '\u007F' => "\uFFFD",
                _ => null,
            };

            if (replacement is null)
            {
                continue;
            }

            if (i > start)
            {
                writer.Write(text.AsSpan(start, i - start));
            }

            writer.Write(replacement);
            start = i + 1;
        }

        if (start < text.Length)
        {
            writer.Write(text.AsSpan(start));
        }
    }
}
