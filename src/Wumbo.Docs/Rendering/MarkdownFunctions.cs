using System.Collections;
using Scriban.Runtime;

namespace Wumbo.Docs.Rendering;

/// <summary>
/// The functions the templates may call besides Scriban's built-ins: <c>md_cell</c> makes text safe for one cell of
/// a Markdown table, where a <c>|</c> would end the cell and a line break the row; <c>md_code_list</c> prints
/// names as code spans joined by commas ("none" for an empty list).
/// </summary>
internal static class MarkdownFunctions
{
    public static ScriptObject Create()
    {
        // Typed delegate functions: Import(name, Delegate) would reflect over the method, which trimming cannot follow.
        var functions = new ScriptObject();
        functions.SetValue("md_cell", DelegateCustomFunction.CreateFunc<string, string>(Cell), readOnly: true);
        functions.SetValue("md_code_list", DelegateCustomFunction.CreateFunc<IEnumerable, string>(CodeList), readOnly: true);
        return functions;
    }

    public static string Cell(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r\n", "<br>", StringComparison.Ordinal)
            .Replace('\r', '\n')
            .Replace("\n", "<br>", StringComparison.Ordinal);

    public static string CodeList(IEnumerable items)
    {
        var codes = items.Cast<object>().Select(item => "`" + item + "`").ToList();
        return codes.Count == 0 ? "none" : string.Join(", ", codes);
    }
}
