using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Wumbo.Testing.Markdown;

/// <summary>
/// The <c>```mermaid</c> code blocks of a Markdown text, found as CommonMark finds fenced code blocks (which GitHub
/// follows): a fence of three or more backticks or tildes indented at most three spaces, closed by a fence of the same
/// character at least as long, or by the end of the text. Blocks inside block quotes are not looked for.
/// </summary>
public static partial class MermaidBlocks
{
    public static ImmutableArray<MermaidBlock> Extract(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = ImmutableArray.CreateBuilder<MermaidBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            var opening = Fence().Match(lines[i]);
            if (!opening.Success || (opening.Groups["fence"].Value[0] == '`' && opening.Groups["info"].Value.Contains('`', StringComparison.Ordinal)))
            {
                continue;
            }

            var fence = opening.Groups["fence"].Value;
            var indent = opening.Groups["indent"].Value.Length;
            var body = new List<string>();
            var start = i;
            for (i++; i < lines.Length && !Closes(lines[i], fence); i++)
            {
                body.Add(Unindent(lines[i], indent));
            }

            if (opening.Groups["info"].Value.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() == "mermaid")
            {
                blocks.Add(new MermaidBlock(start + 1, string.Concat(body.Select(line => line + "\n"))));
            }
        }

        return blocks.ToImmutable();
    }

    private static bool Closes(string line, string fence)
    {
        var closing = Fence().Match(line);
        return closing.Success
            && closing.Groups["fence"].Value[0] == fence[0]
            && closing.Groups["fence"].Value.Length >= fence.Length
            && closing.Groups["info"].Value.Length == 0;
    }

    // A content line loses as many leading spaces as the opening fence was indented, where it has them.
    private static string Unindent(string line, int indent)
    {
        var spaces = 0;
        while (spaces < indent && spaces < line.Length && line[spaces] == ' ')
        {
            spaces++;
        }

        return line[spaces..];
    }

    [GeneratedRegex(@"^(?<indent> {0,3})(?<fence>`{3,}|~{3,})[ \t]*(?<info>.*?)[ \t]*$")]
    private static partial Regex Fence();
}
