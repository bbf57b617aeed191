using System.Text;

namespace Wumbo.Cdktf.Tests.Fuzz;

/// <summary>One change to an environment file's bytes, as a person or a broken tool might make it.</summary>
internal abstract record Mutation
{
    public abstract byte[] Apply(byte[] file);

    protected static List<string> Lines(byte[] file) => [.. Encoding.UTF8.GetString(file).Split('\n')];

    protected static byte[] Join(List<string> lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines));

    protected static int At(int index, int count) => count == 0 ? 0 : index % count;
}

internal sealed record DeleteLine(int Line) : Mutation
{
    public override byte[] Apply(byte[] file) => Edit(file, lines => lines.RemoveAt(At(Line, lines.Count)));

    private static byte[] Edit(byte[] file, Action<List<string>> edit)
    {
        var lines = Lines(file);
        edit(lines);
        return Join(lines);
    }
}

internal sealed record DuplicateLine(int Line) : Mutation
{
    public override byte[] Apply(byte[] file)
    {
        var lines = Lines(file);
        var at = At(Line, lines.Count);
        lines.Insert(at, lines[at]);
        return Join(lines);
    }
}

/// <summary>Replaces the value after a line's first ": " (a retyped key), or appends one.</summary>
internal sealed record ReplaceValue(int Line, string Value) : Mutation
{
    public override byte[] Apply(byte[] file)
    {
        var lines = Lines(file);
        var at = At(Line, lines.Count);
        var colon = lines[at].IndexOf(": ", StringComparison.Ordinal);
        lines[at] = (colon < 0 ? lines[at] + ": " : lines[at][..(colon + 2)]) + Value;
        return Join(lines);
    }
}

internal sealed record IndentWithTab(int Line) : Mutation
{
    public override byte[] Apply(byte[] file)
    {
        var lines = Lines(file);
        var at = At(Line, lines.Count);
        lines[at] = "\t" + lines[at].TrimStart(' ');
        return Join(lines);
    }
}

internal sealed record SwapLines(int First, int Second) : Mutation
{
    public override byte[] Apply(byte[] file)
    {
        var lines = Lines(file);
        var (a, b) = (At(First, lines.Count), At(Second, lines.Count));
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return Join(lines);
    }
}

internal sealed record Truncate(int Length) : Mutation
{
    public override byte[] Apply(byte[] file) => file[..At(Length, file.Length + 1)];
}

/// <summary>Raw bytes, not necessarily UTF-8, at a byte position.</summary>
internal sealed record InsertBytes(int Position, byte[] Bytes) : Mutation
{
    public override byte[] Apply(byte[] file)
    {
        var at = At(Position, file.Length + 1);
        return [.. file[..at], .. Bytes, .. file[at..]];
    }

    public override string ToString() => $"InsertBytes({Position}, [{string.Join(' ', Bytes.Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)))}])";
}

/// <summary>Appends a whole hostile document part: an alias bomb, deep nesting, a huge line.</summary>
internal sealed record AppendText(string Name, string Text) : Mutation
{
    public override byte[] Apply(byte[] file) => [.. file, .. Encoding.UTF8.GetBytes(Text)];

    public override string ToString() => $"AppendText({Name}, {Text.Length} characters)";
}
