using System.Text.Json;
using System.Text.Json.Nodes;

namespace Wumbo.Testing.Schema;

/// <summary>
/// Compares a JSON value with a Terraform type as the schema writes it (<c>"string"</c>, <c>["list","string"]</c>,
/// <c>["object",{…},["optional"]]</c>), recursively. Strict about JSON types: a number written as a string is
/// reported, although Terraform would convert it, because the stacks should hand in what the schema says
/// (CONTRACT §4.5). A string holding an expression fits any type (only Terraform knows its value), and
/// <c>null</c> fits any type (it means unset; required arguments are checked elsewhere).
/// </summary>
internal static class ValueTypeCheck
{
    public static void Check(string path, JsonNode? value, JsonNode type, List<SchemaViolation> violations)
    {
        if (value is null || (value.GetValueKind() == JsonValueKind.String && TemplateText.HasExpression(value.GetValue<string>())))
        {
            return;
        }

        if (type is JsonValue primitive)
        {
            CheckPrimitive(path, value, primitive.GetValue<string>(), violations);
            return;
        }

        var constructor = type.AsArray();
        switch (constructor[0]!.GetValue<string>())
        {
            case "list" or "set" when value is JsonArray items:
                for (var i = 0; i < items.Count; i++)
                {
                    Check($"{path}[{i}]", items[i], constructor[1]!, violations);
                }

                break;
            case "map" when value is JsonObject members:
                foreach (var (key, member) in members)
                {
                    Check($"{path}[\"{key}\"]", member, constructor[1]!, violations);
                }

                break;
            case "object" when value is JsonObject fields:
                CheckObject(path, fields, constructor, violations);
                break;
            case "tuple" when value is JsonArray items && items.Count == constructor[1]!.AsArray().Count:
                for (var i = 0; i < items.Count; i++)
                {
                    Check($"{path}[{i}]", items[i], constructor[1]![i]!, violations);
                }

                break;
            case var kind:
                violations.Add(new(path, $"expected a {kind}, found {Describe(value)}"));
                break;
        }
    }

    private static void CheckPrimitive(string path, JsonNode value, string type, List<SchemaViolation> violations)
    {
        var fits = type switch
        {
            "string" => value.GetValueKind() == JsonValueKind.String,
            "number" => value.GetValueKind() == JsonValueKind.Number,
            "bool" => value.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
            _ => true,
        };
        if (!fits)
        {
            violations.Add(new(path, $"expected a {type}, found {Describe(value)}"));
        }
    }

    // Terraform needs every field of an object value, unless the type marks it optional.
    private static void CheckObject(string path, JsonObject value, JsonArray type, List<SchemaViolation> violations)
    {
        var fields = type[1]!.AsObject();
        var optional = type.Count > 2 ? type[2]!.AsArray().Select(o => o!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) : [];
        foreach (var (name, field) in value)
        {
            if (fields[name] is { } fieldType)
            {
                Check($"{path}.{name}", field, fieldType, violations);
            }
            else
            {
                violations.Add(new($"{path}.{name}", "not a field of this object type"));
            }
        }

        foreach (var (name, _) in fields)
        {
            if (!value.ContainsKey(name) && !optional.Contains(name))
            {
                violations.Add(new($"{path}.{name}", "missing: an object value lists every field, unset ones as null"));
            }
        }
    }

    public static string Describe(JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a bool",
        JsonValueKind.Array => "an array",
        _ => "an object",
    };
}
