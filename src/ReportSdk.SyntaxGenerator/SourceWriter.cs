using System.Text;

namespace ReportSdk.SyntaxGenerator;

/// <summary>A small indenting writer for generated C#.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length == 0)
        {
            _builder.Append('\n');
            return this;
        }

        if (text.StartsWith('}'))
        {
            _indent--;
        }

        _builder.Append(' ', _indent * 4).Append(text).Append('\n');
        if (text.EndsWith('{'))
        {
            _indent++;
        }

        return this;
    }

    public SourceWriter Open(string text) => Line(text).Line("{");

    public SourceWriter Close() => Line("}");

    public SourceWriter Doc(string summary)
    {
        Line("/// <summary>" + summary + "</summary>");
        return this;
    }

    public override string ToString() => _builder.ToString();
}
