using System.Collections.Immutable;

namespace Wumbo.Cdktf.Json;

/// <summary>
/// cdktf's deep merge of element fragments: objects merge member by member, arrays concatenate
/// (so several providers of one type become one array), anything else is replaced by the later value.
/// </summary>
public static class JsonMerge
{
    public static JsonObject Merge(JsonObject target, JsonObject source)
    {
        var members = target.Members;
        foreach (var (key, value) in source.Members)
        {
            members = members.SetItem(key, members.TryGetValue(key, out var existing) ? MergeValue(existing, value) : value);
        }

        return new JsonObject(members);
    }

    public static JsonObject MergeAll(IEnumerable<JsonObject> fragments) => fragments.Aggregate(JsonObject.Empty, Merge);

    /// <summary>Sets a value at a dotted path, creating objects on the way: the escape hatch of <c>addOverride</c>.</summary>
    public static JsonObject SetAtPath(JsonObject target, ImmutableArray<string> path, JsonValue value)
    {
        if (path.Length == 1)
        {
            return target.With(path[0], value);
        }

        var child = target[path[0]] as JsonObject ?? JsonObject.Empty;
        return target.With(path[0], SetAtPath(child, path[1..], value));
    }

    private static JsonValue MergeValue(JsonValue existing, JsonValue value) => (existing, value) switch
    {
        (JsonObject a, JsonObject b) => Merge(a, b),
        (JsonArray a, JsonArray b) => new JsonArray(a.Items.AddRange(b.Items)),
        _ => value,
    };
}
