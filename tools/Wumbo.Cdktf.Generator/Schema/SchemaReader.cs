using System.Collections.Immutable;
using System.Text.Json;

namespace Wumbo.Cdktf.Generator.Schema;

/// <summary>
/// Reads the JSON of <c>terraform providers schema -json</c> (or its checked-in subset) into the model. The JSON
/// holds exactly one provider. Attributes with a <c>nested_type</c> (protocol 6) are read as the equivalent
/// object type: <c>single</c> → object, <c>list</c>/<c>set</c>/<c>map</c> → a collection of objects.
/// </summary>
internal static class SchemaReader
{
    private const string RegistryHost = "registry.terraform.io/";

    public static ProviderSchema Read(string json, string version)
    {
        using var document = JsonDocument.Parse(json);
        var providers = document.RootElement.GetProperty("provider_schemas").EnumerateObject().ToList();
        if (providers.Count != 1)
        {
            throw new InvalidDataException($"the schema holds {providers.Count} providers; the generator reads exactly one");
        }

        var (address, provider) = (providers[0].Name, providers[0].Value);
        return new ProviderSchema(
            address.StartsWith(RegistryHost, StringComparison.Ordinal) ? address[RegistryHost.Length..] : address,
            version,
            ReadBlock(provider.GetProperty("provider").GetProperty("block")),
            ReadTypes(provider, "resource_schemas"),
            ReadTypes(provider, "data_source_schemas"));
    }

    private static ImmutableSortedDictionary<string, BlockSchema> ReadTypes(JsonElement provider, string key) =>
        provider.TryGetProperty(key, out var types)
            ? types.EnumerateObject().ToImmutableSortedDictionary(t => t.Name, t => ReadBlock(t.Value.GetProperty("block")), StringComparer.Ordinal)
            : ImmutableSortedDictionary.Create<string, BlockSchema>(StringComparer.Ordinal);

    private static BlockSchema ReadBlock(JsonElement block) => new(
        [.. Members(block, "attributes").Select(a => ReadAttribute(a.Name, a.Value))],
        [.. Members(block, "block_types").Select(b => ReadNestedBlock(b.Name, b.Value))],
        Flag(block, "deprecated"),
        Text(block, "description"));

    private static AttributeSchema ReadAttribute(string name, JsonElement attribute) => new(
        name,
        attribute.TryGetProperty("nested_type", out var nested) ? ReadNestedType(nested) : ReadType(attribute.GetProperty("type")),
        Flag(attribute, "required"),
        Flag(attribute, "optional"),
        Flag(attribute, "computed"),
        Flag(attribute, "deprecated"),
        Text(attribute, "description"));

    private static NestedBlockSchema ReadNestedBlock(string name, JsonElement nested) => new(
        name,
        ParseNesting(nested.GetProperty("nesting_mode").GetString()),
        nested.TryGetProperty("min_items", out var min) ? min.GetInt32() : 0,
        nested.TryGetProperty("max_items", out var max) ? max.GetInt32() : null,
        ReadBlock(nested.GetProperty("block")));

    private static TerraformType ReadType(JsonElement type)
    {
        if (type.ValueKind == JsonValueKind.String)
        {
            return type.GetString() switch
            {
                "string" => TerraformType.String,
                "number" => TerraformType.Number,
                "bool" => TerraformType.Bool,
                "dynamic" => TerraformType.Dynamic,
                var other => throw new InvalidDataException($"unknown primitive type '{other}'"),
            };
        }

        var kind = type[0].GetString();
        return kind switch
        {
            "list" => new CollectionType(CollectionKind.List, ReadType(type[1])),
            "set" => new CollectionType(CollectionKind.Set, ReadType(type[1])),
            "map" => new CollectionType(CollectionKind.Map, ReadType(type[1])),
            "object" => ReadObjectType(type),
            _ => throw new InvalidDataException($"unsupported type constructor '{kind}'"),
        };
    }

    private static ObjectType ReadObjectType(JsonElement type)
    {
        var optional = type.GetArrayLength() > 2 ? type[2].EnumerateArray().Select(o => o.GetString()).ToHashSet(StringComparer.Ordinal) : [];
        return new ObjectType([.. type[1].EnumerateObject()
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => new ObjectField(f.Name, ReadType(f.Value), optional.Contains(f.Name)))]);
    }

    private static TerraformType ReadNestedType(JsonElement nested)
    {
        var fields = new ObjectType([.. Members(nested, "attributes")
            .Select(a => ReadAttribute(a.Name, a.Value))
            .Select(a => new ObjectField(a.Name, a.Type, !a.Required))]);
        return ParseNesting(nested.GetProperty("nesting_mode").GetString()) switch
        {
            NestingMode.Single => fields,
            NestingMode.List => new CollectionType(CollectionKind.List, fields),
            NestingMode.Set => new CollectionType(CollectionKind.Set, fields),
            NestingMode.Map => new CollectionType(CollectionKind.Map, fields),
            var other => throw new InvalidDataException($"nesting mode '{other}' is not valid for a nested attribute type"),
        };
    }

    private static NestingMode ParseNesting(string? mode) => mode switch
    {
        "single" => NestingMode.Single,
        "group" => NestingMode.Group,
        "list" => NestingMode.List,
        "set" => NestingMode.Set,
        "map" => NestingMode.Map,
        _ => throw new InvalidDataException($"unknown nesting mode '{mode}'"),
    };

    private static IEnumerable<JsonProperty> Members(JsonElement element, string key) =>
        element.TryGetProperty(key, out var members)
            ? members.EnumerateObject().OrderBy(m => m.Name, StringComparer.Ordinal)
            : [];

    private static bool Flag(JsonElement element, string key) =>
        element.TryGetProperty(key, out var value) && value.GetBoolean();

    private static string? Text(JsonElement element, string key) =>
        element.TryGetProperty(key, out var value) && value.GetString() is { Length: > 0 } text ? text : null;
}
