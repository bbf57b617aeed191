using System.Collections.Immutable;
using Wumbo.Cdktf.Json;

namespace Wumbo.Policies.Stacks;

/// <summary>
/// One managed resource of a stack: its Terraform address, the construct path synthesis recorded in its
/// <c>"//"</c> metadata, and typed reads of its arguments. Nested blocks are read whether written as one object
/// or as a list of objects, as Terraform JSON allows both.
/// </summary>
public sealed record StackResource(string Type, string Name, JsonObject Body)
{
    public string Address => Type + "." + Name;

    /// <summary>The construct path, e.g. <c>production/database/instance</c>; the address when none was recorded.</summary>
    public string ConstructPath =>
        ((Body["//"] as JsonObject)?["metadata"] as JsonObject)?["path"] is JsonString path ? path.Value : Address;

    /// <summary>The value at a dotted path (<c>access_logs.enabled</c>), through the first object of each block.</summary>
    public JsonValue? Get(string path)
    {
        JsonValue? value = Body;
        foreach (var segment in path.Split('.'))
        {
            value = First(value) is JsonObject o ? o[segment] : null;
        }

        return value;
    }

    /// <summary>A boolean argument; Terraform also reads the strings "true" and "false" as booleans (some schemas type them so).</summary>
    public bool? Bool(string path) => Get(path) switch
    {
        JsonBool b => b.Value,
        JsonString { Value: "true" } => true,
        JsonString { Value: "false" } => false,
        _ => null,
    };

    public double? Number(string path) => Get(path) is JsonNumber n ? n.Value : null;

    public string? Text(string path) => Get(path) is JsonString s ? s.Value : null;

    /// <summary>Whether the argument is written with a value other than null, false, an empty string or an empty list.</summary>
    public bool IsSet(string path) => Get(path) switch
    {
        null or JsonNull or JsonBool { Value: false } => false,
        JsonString s => s.Value.Length > 0,
        JsonArray a => a.Items.Length > 0,
        _ => true,
    };

    /// <summary>The objects of a nested block, whether written as an object or a list of them.</summary>
    public ImmutableArray<JsonObject> Blocks(string path) => Get(path) switch
    {
        JsonObject o => [o],
        JsonArray a => [.. a.Items.OfType<JsonObject>()],
        _ => [],
    };

    /// <summary>A string argument holding <c>jsonencode(…)</c> (a policy, container definitions), decoded.</summary>
    public JsonValue? Document(string path) => Get(path) is { } value ? JsonencodeDecoder.Decode(value) : null;

    /// <summary>Every string in the resource's arguments, for reference and secret scans.</summary>
    public IEnumerable<string> Strings() => StringsOf(Body.Members.Where(m => m.Key != "//").Select(m => m.Value));

    private static JsonValue? First(JsonValue? value) => value is JsonArray a ? a.Items.FirstOrDefault() : value;

    private static IEnumerable<string> StringsOf(IEnumerable<JsonValue> values) => values.SelectMany(value => value switch
    {
        JsonString s => [s.Value],
        JsonArray a => StringsOf(a.Items),
        JsonObject o => StringsOf(o.Members.Values),
        _ => [],
    });
}
