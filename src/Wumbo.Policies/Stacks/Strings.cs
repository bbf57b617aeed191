using System.Collections.Immutable;
using Wumbo.Cdktf.Json;

namespace Wumbo.Policies.Stacks;

/// <summary>Values that may be written as one item or a list of them, as policy documents and container fields are.</summary>
public static class Strings
{
    public static ImmutableArray<JsonValue> Items(JsonValue? value) => value switch
    {
        null or JsonNull => [],
        JsonArray a => a.Items,
        _ => [value],
    };

    public static ImmutableArray<string> Of(JsonValue? value) => [.. Items(value).OfType<JsonString>().Select(s => s.Value)];
}
