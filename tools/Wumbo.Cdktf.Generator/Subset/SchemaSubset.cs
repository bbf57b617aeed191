using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Wumbo.Cdktf.Generator.Subset;

/// <summary>
/// Cuts the types of a <see cref="TypeList"/> (and the provider configuration) out of the full output of
/// <c>terraform providers schema -json</c>, keeping Terraform's structure. The text is deterministic: keys sorted
/// ordinally, LF, one final newline; the outer structure one key a line, and each type's schema minified on one
/// line, so a diff names the types that changed (aws_wafv2_web_acl alone is about 2 MB minified).
/// </summary>
internal static class SchemaSubset
{
    private static readonly JsonWriterOptions Minified = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Extract(string fullSchemaJson, TypeList types)
    {
        var root = JsonNode.Parse(fullSchemaJson)!.AsObject();
        var providers = root["provider_schemas"]!.AsObject();
        if (providers.Count != 1)
        {
            throw new InvalidDataException($"the schema holds {providers.Count} providers; the subset keeps exactly one");
        }

        var (address, provider) = (providers.First().Key, providers.First().Value!.AsObject());
        var resources = Pick(provider, "resource_schemas", "resource", types.Resources);
        var dataSources = Pick(provider, "data_source_schemas", "data", types.DataSources);
        var missing = resources.Missing.Concat(dataSources.Missing).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException("not in the provider's schema: " + string.Join(", ", missing));
        }

        var text = new StringBuilder();
        text.Append("{\n");
        text.Append("  \"format_version\": ").Append(Minify(root["format_version"])).Append(",\n");
        text.Append("  \"provider_schemas\": {\n");
        text.Append("    ").Append(Minify(JsonValue.Create(address))).Append(": {\n");
        AppendTypes(text, "data_source_schemas", dataSources.Found);
        text.Append(",\n      \"provider\": ").Append(Minify(provider["provider"])).Append(",\n");
        AppendTypes(text, "resource_schemas", resources.Found);
        text.Append("\n    }\n  }\n}\n");
        return text.ToString();
    }

    private static (List<KeyValuePair<string, JsonNode?>> Found, List<string> Missing) Pick(
        JsonObject provider, string key, string kind, IEnumerable<string> names)
    {
        var all = provider[key]?.AsObject();
        var found = new List<KeyValuePair<string, JsonNode?>>();
        var missing = new List<string>();
        foreach (var name in names)
        {
            if (all?[name] is { } schema)
            {
                found.Add(KeyValuePair.Create(name, (JsonNode?)schema));
            }
            else
            {
                missing.Add(kind + " " + name);
            }
        }

        return (found, missing);
    }

    private static void AppendTypes(StringBuilder text, string key, List<KeyValuePair<string, JsonNode?>> types)
    {
        text.Append("      \"").Append(key).Append("\": {");
        for (var i = 0; i < types.Count; i++)
        {
            text.Append(i == 0 ? "\n" : ",\n");
            text.Append("        ").Append(Minify(JsonValue.Create(types[i].Key))).Append(": ").Append(Minify(types[i].Value));
        }

        text.Append(types.Count == 0 ? "}" : "\n      }");
    }

    private static string Minify(JsonNode? node)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Minified))
        {
            WriteSorted(writer, node);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteSorted(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (name, value) in obj.OrderBy(m => m.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(name);
                    WriteSorted(writer, value);
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteSorted(writer, item);
                }

                writer.WriteEndArray();
                break;
            case null:
                writer.WriteNullValue();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
