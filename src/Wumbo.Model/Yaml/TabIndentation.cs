namespace Wumbo.Model.Yaml;

/// <summary>
/// Finds a tab used for indentation. YamlDotNet reports it at the start of the enclosing mapping or scalar,
/// often (1,1), which points at nothing a reader can fix; the tab itself is what to show.
/// </summary>
internal static class TabIndentation
{
    /// <summary>The 1-based line and column of the first tab in a line's leading white space, if any.</summary>
    public static (int Line, int Column)? First(string text)
    {
        var line = 1;
        var column = 1;
        var leading = true;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                (line, column, leading) = (line + 1, 1, true);
                continue;
            }

            if (leading && c == '\t')
            {
                return (line, column);
            }

            leading &= c is ' ' or '\r';
            column++;
        }

        return null;
    }
}
