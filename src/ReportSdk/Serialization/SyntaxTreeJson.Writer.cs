using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportSdk.Diagnostics;
using ReportSdk.Syntax;
using ReportSdk.Syntax.InternalSyntax;
using ReportSdk.Text;

namespace ReportSdk.Serialization;

// Writing: the tree as JSON, streamed through a Utf8JsonWriter with an explicit stack (no recursion).
public static partial class SyntaxTreeJson
{
    private static bool IsNamed(SyntaxTreeJsonOptions? options) => (options?.SchemaVersion ?? SchemaVersion) >= 2;

    private static JsonWriterOptions WriterOptions(SyntaxTreeJsonOptions? options) => new()
    {
        Indented = options?.Indented ?? false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
        MaxDepth = int.MaxValue,
    };

    private static void WriteDocument(Utf8JsonWriter writer, SyntaxTree tree, bool flush, bool named)
    {
        var root = tree.GetRoot();
        writer.WriteStartObject();
        writer.WriteNumber(SchemaVersionName, named ? 2 : 1);
        writer.WritePropertyName(PathName);
        WriteText(writer, tree.FilePath);
        writer.WriteNumber(LengthName, root.Green.FullWidth);
        writer.WritePropertyName(RootName);
        WriteGreenTree(writer, root.Green, flush, named);
        writer.WriteStartArray(DiagnosticsName);
        foreach (var diagnostic in tree.GetDiagnostics())
        {
            writer.WriteStartObject();
            writer.WritePropertyName(IdName);
            WriteText(writer, diagnostic.Id);
            writer.WriteString(SeverityName, SeverityNames[(int)diagnostic.Severity & 3]);
            writer.WriteNumber(StartName, diagnostic.Location.SourceSpan.Start);
            writer.WriteNumber(LengthName, diagnostic.Location.SourceSpan.Length);
            writer.WritePropertyName(MessageName);
            WriteText(writer, diagnostic.GetMessage());
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    private static readonly string[] SeverityNames = ["hidden", "info", "warning", "error"];

    private struct WriteFrame
    {
        public GreenNode Node;
        public SlotShape[]? Shapes;
        public int Next;
        public bool IsList;
        public bool Inline;
        public bool Named;
    }

    /// <summary>Writes a green subtree with an explicit stack: no recursion, whatever the depth.</summary>
    private static void WriteGreenTree(Utf8JsonWriter writer, GreenNode root, bool flush, bool named)
    {
        int offset = 0;
        var stack = new List<WriteFrame>(32);
        WriteElement(writer, root, stack, ref offset, named);
        while (stack.Count > 0)
        {
            if (flush && writer.BytesPending > FlushThreshold)
            {
                writer.Flush();
            }

            int top = stack.Count - 1;
            var frame = stack[top];
            if (frame.Next >= frame.Node.SlotCount)
            {
                if (frame.Named)
                {
                    writer.WriteEndObject();
                }
                else if (!frame.Inline)
                {
                    writer.WriteEndArray();
                    if (!frame.IsList)
                    {
                        writer.WriteEndObject();
                    }
                }

                stack.RemoveAt(top);
                continue;
            }

            int index = frame.Next++;
            stack[top] = frame;
            var slot = frame.Node.GetSlot(index);
            if (frame.IsList)
            {
                if (slot is null)
                {
                    continue;
                }

                if (slot.IsList)
                {
                    stack.Add(new WriteFrame { Node = slot, IsList = true, Inline = true });
                    continue;
                }

                WriteElement(writer, slot, stack, ref offset, named);
                continue;
            }

            if (frame.Named)
            {
                writer.WritePropertyName(JsonSlotNames[(int)frame.Node.Kind][index]);
            }

            var shape = frame.Shapes is { } shapes && index < shapes.Length ? shapes[index] : null;
            if (shape?.Type == SlotType.List)
            {
                writer.WriteStartArray();
                if (slot is null)
                {
                    writer.WriteEndArray();
                }
                else if (slot.IsList)
                {
                    stack.Add(new WriteFrame { Node = slot, IsList = true });
                }
                else
                {
                    // A list slot holding a single node directly: write it as a one-element list.
                    var single = GreenList.From([slot]);
                    stack.Add(new WriteFrame { Node = single, IsList = true });
                }

                continue;
            }

            if (slot is null)
            {
                writer.WriteNullValue();
                continue;
            }

            WriteElement(writer, slot, stack, ref offset, named);
        }
    }

    /// <summary>Writes a token whole, or opens a node (pushing its frame).</summary>
    private static void WriteElement(Utf8JsonWriter writer, GreenNode node, List<WriteFrame> stack, ref int offset, bool named)
    {
        writer.WriteStartObject();
        writer.WriteString(KindName, KindNames[(int)node.Kind]);
        writer.WriteNumber(StartName, offset);
        writer.WriteNumber(WidthName, node.FullWidth);
        if (node is GreenToken token)
        {
            writer.WritePropertyName(TextName);
            WriteText(writer, token.AsSpan());
            if (token.IsMissing)
            {
                writer.WriteBoolean(MissingName, true);
            }

            if (token.Leading is not null)
            {
                writer.WriteStartArray(LeadingName);
                WriteTrivia(writer, token.Leading);
                writer.WriteEndArray();
            }

            if (token.Trailing is not null)
            {
                writer.WriteStartArray(TrailingName);
                WriteTrivia(writer, token.Trailing);
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            offset += token.FullWidth;
            return;
        }

        if (!named)
        {
            writer.WriteStartArray(ChildrenName);
        }

        stack.Add(new WriteFrame { Node = node, Shapes = SlotShapes.Get(node.Kind), Named = named });
    }

    /// <summary>Writes trivia, flattening nested trivia lists without recursion.</summary>
    private static void WriteTrivia(Utf8JsonWriter writer, GreenNode trivia)
    {
        if (trivia is GreenTrivia single)
        {
            WriteOneTrivia(writer, single);
            return;
        }

        var stack = new Stack<(GreenNode List, int Next)>();
        stack.Push((trivia, 0));
        while (stack.Count > 0)
        {
            var (list, next) = stack.Pop();
            if (next >= list.SlotCount)
            {
                continue;
            }

            stack.Push((list, next + 1));
            var child = list.GetSlot(next);
            if (child is GreenTrivia piece)
            {
                WriteOneTrivia(writer, piece);
            }
            else if (child is not null && child.IsList)
            {
                stack.Push((child, 0));
            }
        }
    }

    private static void WriteOneTrivia(Utf8JsonWriter writer, GreenTrivia trivia)
    {
        writer.WriteStartObject();
        writer.WriteString(KindName, KindNames[(int)trivia.Kind]);
        writer.WritePropertyName(TextName);
        WriteText(writer, trivia.AsSpan());
        writer.WriteEndObject();
    }

    /// <summary>Writes a string value; text with unpaired surrogates (which UTF-8 cannot carry) is written with <c>\uXXXX</c> escapes.</summary>
    private static void WriteText(Utf8JsonWriter writer, ReadOnlySpan<char> text)
    {
        if (!HasUnpairedSurrogate(text))
        {
            if (text.Length <= StringSegmentChars)
            {
                writer.WriteStringValue(text);
                return;
            }

            // In segments (a segment may end inside a surrogate pair; the writer joins the halves).
            for (int start = 0; start < text.Length; start += StringSegmentChars)
            {
                int length = Math.Min(StringSegmentChars, text.Length - start);
                writer.WriteStringValueSegment(text.Slice(start, length), isFinalSegment: start + length == text.Length);
            }

            return;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < 0x20 || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        writer.WriteRawValue(builder.ToString(), skipInputValidation: true);
    }

    private static bool HasUnpairedSurrogate(ReadOnlySpan<char> text)
    {
        int i = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (i >= 0 && i < text.Length)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i += 2;
                int next = text[i..].IndexOfAnyInRange('\uD800', '\uDFFF');
                i = next < 0 ? -1 : i + next;
                continue;
            }

            return true;
        }

        return false;
    }
}
