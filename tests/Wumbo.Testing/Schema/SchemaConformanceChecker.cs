using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Wumbo.Testing.Schema;

/// <summary>
/// Checks a synthesized stack against a provider schema (the checked-in subset, or any output of
/// <c>terraform providers schema -json</c>) without Terraform. For every provider configuration, resource and data
/// source it reports: a type or argument the schema does not have; a computed-only attribute that is set; a
/// required attribute or block that is missing; a block written in the wrong shape (cdktf writes a block of at
/// most one instance as an object, any other block and every provider block as an array, CONTRACT §4.5) or with
/// too few or too many instances; and a literal value of the wrong type (<see cref="ValueTypeCheck"/>).
/// Meta-arguments (<c>count</c>, <c>for_each</c>, <c>depends_on</c>, <c>lifecycle</c>, <c>provider</c>, <c>"//"</c>;
/// <c>alias</c> on providers) are allowed.
/// </summary>
public sealed class SchemaConformanceChecker
{
    private static readonly Lazy<SchemaConformanceChecker> CheckedInAws = new(() => new(File.ReadAllText(RepositoryPaths.AwsSchemaSubset)));
    private static readonly FrozenSet<string> ElementMetaArguments = FrozenSet.Create(StringComparer.Ordinal, "count", "depends_on", "for_each", "lifecycle", "provider", "//");
    private static readonly FrozenSet<string> ProviderMetaArguments = FrozenSet.Create(StringComparer.Ordinal, "alias");
    private static readonly FrozenSet<string> NoMetaArguments = FrozenSet<string>.Empty;

    private readonly string _providerName;
    private readonly JsonObject _provider;
    private readonly JsonObject _resources;
    private readonly JsonObject _dataSources;

    public SchemaConformanceChecker(string schemaJson)
    {
        var (address, schema) = JsonNode.Parse(schemaJson)!["provider_schemas"]!.AsObject().Single();
        _providerName = address[(address.LastIndexOf('/') + 1)..];
        _provider = schema!["provider"]!["block"]!.AsObject();
        _resources = schema["resource_schemas"]?.AsObject() ?? [];
        _dataSources = schema["data_source_schemas"]?.AsObject() ?? [];
    }

    /// <summary>The checker of the hashicorp/aws subset that <c>src/Wumbo.Cdktf.Aws</c> is generated from.</summary>
    public static SchemaConformanceChecker CheckedInAwsSchema => CheckedInAws.Value;

    public IReadOnlyList<SchemaViolation> Check(string stackJson)
    {
        var stack = JsonNode.Parse(stackJson)!.AsObject();
        var violations = new List<SchemaViolation>();
        foreach (var (name, configurations) in stack["provider"]?.AsObject() ?? [])
        {
            if (name != _providerName)
            {
                violations.Add(new($"provider.{name}", $"not the provider of this schema ({_providerName})"));
                continue;
            }

            var items = configurations as JsonArray ?? [];
            for (var i = 0; i < items.Count; i++)
            {
                CheckBody($"provider.{name}[{i}]", items[i]!.AsObject(), _provider, ProviderMetaArguments, inProvider: true, violations);
            }
        }

        CheckElements("resource", stack["resource"]?.AsObject(), _resources, violations);
        CheckElements("data", stack["data"]?.AsObject(), _dataSources, violations);
        return violations;
    }

    private static void CheckElements(string kind, JsonObject? elements, JsonObject schemas, List<SchemaViolation> violations)
    {
        foreach (var (type, instances) in elements ?? [])
        {
            if (schemas[type]?["block"] is not JsonObject block)
            {
                violations.Add(new($"{kind}.{type}", "a type the schema does not have (is it in Schema/types.txt?)"));
                continue;
            }

            foreach (var (name, body) in instances!.AsObject())
            {
                CheckBody($"{kind}.{type}.{name}", body!.AsObject(), block, ElementMetaArguments, inProvider: false, violations);
            }
        }
    }

    private static void CheckBody(string path, JsonObject body, JsonObject block, FrozenSet<string> metaArguments, bool inProvider, List<SchemaViolation> violations)
    {
        var attributes = block["attributes"]?.AsObject() ?? [];
        var blockTypes = block["block_types"]?.AsObject() ?? [];
        foreach (var (name, value) in body)
        {
            if (metaArguments.Contains(name))
            {
                continue;
            }

            if (attributes[name] is JsonObject attribute)
            {
                CheckAttribute($"{path}.{name}", value, attribute, violations);
            }
            else if (blockTypes[name] is JsonObject blockType)
            {
                CheckBlock($"{path}.{name}", value, blockType, inProvider, violations);
            }
            else
            {
                violations.Add(new($"{path}.{name}", "not an argument or block of this schema"));
            }
        }

        foreach (var (name, attribute) in attributes)
        {
            if (Flag(attribute!, "required") && body[name] is null)
            {
                violations.Add(new($"{path}.{name}", "a required argument is missing"));
            }
        }

        foreach (var (name, blockType) in blockTypes)
        {
            if ((int?)blockType!["min_items"] >= 1 && body[name] is null)
            {
                violations.Add(new($"{path}.{name}", "a required block is missing"));
            }
        }
    }

    private static void CheckAttribute(string path, JsonNode? value, JsonObject attribute, List<SchemaViolation> violations)
    {
        if (Flag(attribute, "computed") && !Flag(attribute, "optional") && !Flag(attribute, "required"))
        {
            violations.Add(new(path, "computed only: Terraform sets it, a configuration cannot"));
            return;
        }

        ValueTypeCheck.Check(path, value, TypeOf(attribute), violations);
    }

    private static void CheckBlock(string path, JsonNode? value, JsonObject blockType, bool inProvider, List<SchemaViolation> violations)
    {
        var nesting = blockType["nesting_mode"]!.GetValue<string>();
        var max = (int?)blockType["max_items"] ?? (nesting is "single" or "group" ? 1 : int.MaxValue);
        var min = (int?)blockType["min_items"] ?? 0;
        var oneObject = !inProvider && max == 1;
        var instances = (value, nesting) switch
        {
            (null, _) => [],
            (JsonObject labelled, "map") => [.. labelled.Select(l => ($"{path}[\"{l.Key}\"]", l.Value))],
            (JsonObject one, _) when oneObject => [(path, (JsonNode?)one)],
            (JsonArray many, not "map") when !oneObject => many.Select((item, i) => ($"{path}[{i}]", item)).ToList(),
            _ => (List<(string Path, JsonNode? Body)>?)null,
        };
        if (instances is null)
        {
            violations.Add(new(path, $"a {nesting} block (max_items {(max == int.MaxValue ? "unbounded" : max)}) is written as {(oneObject ? "an object" : "an array of objects")}, not as {ValueTypeCheck.Describe(value!)}"));
            return;
        }

        if (instances.Count < min || instances.Count > max)
        {
            violations.Add(new(path, $"{instances.Count} instances; the schema takes {min} to {(max == int.MaxValue ? "any number" : max)}"));
        }

        foreach (var (instancePath, body) in instances)
        {
            if (body is JsonObject instance)
            {
                CheckBody(instancePath, instance, blockType["block"]!.AsObject(), NoMetaArguments, inProvider, violations);
            }
            else
            {
                violations.Add(new(instancePath, "a block instance is written as an object"));
            }
        }
    }

    // Protocol 6 attributes may have a nested_type instead of a type: the same as an object type (or a collection of one).
    private static JsonNode TypeOf(JsonObject attribute)
    {
        if (attribute["type"] is { } type)
        {
            return type;
        }

        var nested = attribute["nested_type"]!.AsObject();
        var fields = new JsonObject();
        var optional = new JsonArray();
        foreach (var (name, field) in nested["attributes"]!.AsObject())
        {
            fields[name] = TypeOf(field!.AsObject()).DeepClone();
            if (!Flag(field!, "required"))
            {
                optional.Add(name);
            }
        }

        var obj = new JsonArray("object", fields, optional);
        var mode = nested["nesting_mode"]!.GetValue<string>();
        return mode == "single" ? obj : new JsonArray(mode, obj);
    }

    private static bool Flag(JsonNode node, string key) => node[key]?.GetValueKind() == JsonValueKind.True;
}
