namespace Wumbo.Preview.Markdown;

/// <summary>
/// Two versions of a value, short enough for a table cell: a long value (a task definition's
/// <c>jsonencode(...)</c>, a policy) is cut to the part that differs, with some context around it.
/// </summary>
internal static class ValueExcerpt
{
    public const int MaxWhole = 60;
    private const int Context = 20;
    private const int MaxMiddle = 60;
    private const string Ellipsis = "…";

    public static (string? Before, string? After) Of(string? before, string? after)
    {
        if (Math.Max(before?.Length ?? 0, after?.Length ?? 0) <= MaxWhole)
        {
            return (before, after);
        }

        if (before is null || after is null)
        {
            return (Head(before), Head(after));
        }

        var prefix = 0;
        while (prefix < before.Length && prefix < after.Length && before[prefix] == after[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < before.Length - prefix && suffix < after.Length - prefix && before[^(suffix + 1)] == after[^(suffix + 1)])
        {
            suffix++;
        }

        var start = Math.Max(0, prefix - Context);
        return (Window(before, start, suffix), Window(after, start, suffix));
    }

    private static string? Head(string? value) => value is null || value.Length <= MaxWhole ? value : Cut(value, 0, MaxWhole) + Ellipsis;

    private static string Window(string value, int start, int commonSuffix)
    {
        var end = Math.Min(value.Length, value.Length - commonSuffix + Context);
        var cut = end - start > MaxMiddle + (2 * Context);
        var text = Cut(value, start, cut ? MaxMiddle + (2 * Context) : end - start);
        return (start > 0 ? Ellipsis : string.Empty) + text + (cut || end < value.Length ? Ellipsis : string.Empty);
    }

    // Never splits a surrogate pair.
    private static string Cut(string value, int start, int length)
    {
        if (start > 0 && char.IsLowSurrogate(value[start]))
        {
            start--;
            length++;
        }

        var end = Math.Min(value.Length, start + length);
        if (end < value.Length && char.IsLowSurrogate(value[end]))
        {
            end++;
        }

        return value[start..end];
    }
}
