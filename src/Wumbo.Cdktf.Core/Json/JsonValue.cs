using System.Collections.Immutable;

namespace Wumbo.Cdktf.Json;

/// <summary>
/// The JSON value model synthesis produces. Objects keep their keys sorted ordinally, which is the
/// order <see cref="TerraformJsonWriter"/> writes, so building and writing agree by construction.
/// </summary>
public abstract record JsonValue
{
    public static readonly JsonValue Null = new JsonNull();

    public static JsonValue From(string value) => new JsonString(value);

    public static JsonValue From(double value) => new JsonNumber(value);

    public static JsonValue From(bool value) => new JsonBool(value);
}

public sealed record JsonNull : JsonValue;

public sealed record JsonBool(bool Value) : JsonValue;

public sealed record JsonNumber(double Value) : JsonValue;

public sealed record JsonString(string Value) : JsonValue;

public sealed record JsonArray(ImmutableArray<JsonValue> Items) : JsonValue
{
    public static readonly JsonArray Empty = new(ImmutableArray<JsonValue>.Empty);
}

public sealed record JsonObject(ImmutableSortedDictionary<string, JsonValue> Members) : JsonValue
{
    public static readonly JsonObject Empty = new(ImmutableSortedDictionary.Create<string, JsonValue>(StringComparer.Ordinal));

    public static JsonObject Of(params ReadOnlySpan<(string Key, JsonValue? Value)> members)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, JsonValue>(StringComparer.Ordinal);
        foreach (var (key, value) in members)
        {
            // An absent value is JavaScript's undefined: the member is left out.
            if (value is not null)
            {
                builder[key] = value;
            }
        }

        return new JsonObject(builder.ToImmutable());
    }

    public JsonValue? this[string key] => Members.GetValueOrDefault(key);

    public JsonObject With(string key, JsonValue value) => new(Members.SetItem(key, value));
}
