using Scriban.Runtime;

namespace Wumbo.Docs.Rendering;

/// <summary>
/// Builds the objects a template sees, member by member, so that each document's factory states exactly what
/// its template may read. Nulls are refused: a template says "none" because the view model says so.
/// </summary>
internal static class ScriptModel
{
    public static ScriptObject Object(params ReadOnlySpan<(string Name, object Value)> members)
    {
        var result = new ScriptObject();
        foreach (var (name, value) in members)
        {
            result.Add(name, value ?? throw new ArgumentException($"'{name}' is null; a view model states an explicit value", nameof(members)));
        }

        return result;
    }

    public static ScriptArray List<T>(IEnumerable<T> items, Func<T, object> item) => [.. items.Select(item)];

    public static ScriptArray Texts(IEnumerable<string> items) => [.. items];
}
