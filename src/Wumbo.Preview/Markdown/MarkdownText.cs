namespace Wumbo.Preview.Markdown;

/// <summary>Text made safe for GitHub Markdown: a cell of a table, and a code span that may sit in one.</summary>
internal static class MarkdownText
{
    /// <summary>A <c>|</c> would end the cell and a line break the row.</summary>
    public static string Cell(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>A code span; one holding a backtick is fenced with two, as CommonMark allows.</summary>
    public static string Code(string text)
    {
        var cell = Cell(text);
        return cell.Contains('`', StringComparison.Ordinal) ? "`` " + cell + " ``" : "`" + cell + "`";
    }
}
