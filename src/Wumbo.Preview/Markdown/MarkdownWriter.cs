using System.Globalization;
using System.Text;

namespace Wumbo.Preview.Markdown;

/// <summary>Builds a Markdown document line by line, LF only; tables longer than a PR comment should hold are cut with a count.</summary>
internal sealed class MarkdownWriter
{
    private readonly StringBuilder _text = new();

    public void Line(string line = "") => _text.Append(line).Append('\n');

    /// <summary>A table of at most <paramref name="maxRows"/> rows, then a line saying how many were left out.</summary>
    public void Table(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, int maxRows)
    {
        Line("| " + string.Join(" | ", header) + " |");
        Line("|" + string.Concat(header.Select(_ => " --- |")));
        foreach (var row in rows.Take(maxRows))
        {
            Line("| " + string.Join(" | ", row) + " |");
        }

        if (rows.Count > maxRows)
        {
            Line();
            Line(string.Create(CultureInfo.InvariantCulture, $"… and {rows.Count - maxRows} more, left out to keep the comment short: run the preview locally for all of them."));
        }
    }

    /// <summary>A collapsed block: GitHub renders the Markdown inside only with a blank line after the summary.</summary>
    public void Details(string summary, Action<MarkdownWriter> body)
    {
        Line("<details><summary>" + summary + "</summary>");
        Line();
        body(this);
        Line();
        Line("</details>");
    }

    public override string ToString() => _text.ToString();
}
