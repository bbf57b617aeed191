using System.Text;

namespace Wumbo.Cdktf.Generator.Emit;

/// <summary>C# text with four-space indentation, LF line ends and no trailing white space.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _depth;

    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _depth * 4).Append(line);
        }

        _text.Append('\n');
        return this;
    }

    public CodeWriter Open(string header)
    {
        Line(header).Line("{");
        _depth++;
        return this;
    }

    public CodeWriter Close()
    {
        _depth--;
        return Line("}");
    }

    public override string ToString() => _text.ToString();
}
