using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Wumbo.Model.Shapes;

namespace Wumbo.Model.Schema;

/// <summary>
/// Generates <c>environments/schema.json</c> (JSON Schema draft-07, which yaml-language-server reads best)
/// from the same <see cref="ModelShapes"/> the binder uses. Records become definitions referenced by name;
/// properties keep the records' parameter order so the schema reads like the files.
/// </summary>
public static class EnvironmentSchema
{
    public static string Generate()
    {
        var definitions = new SortedDictionary<string, RecordShape>(StringComparer.Ordinal);
        foreach (var member in ModelShapes.Environment.Members)
        {
            Collect(member.Shape, definitions);
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a file for editors, never embedded in HTML
        }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            json.WriteString("title", "Wumbo environment");
            WriteRecordBody(json, ModelShapes.Environment);
            json.WriteStartObject("definitions");
            foreach (var (name, record) in definitions)
            {
                json.WriteStartObject(name);
                WriteRecordBody(json, record);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Collect(TypeShape shape, SortedDictionary<string, RecordShape> definitions)
    {
        switch (shape)
        {
            case RecordShape record when definitions.TryAdd(record.Type.Name, record):
                foreach (var member in record.Members)
                {
                    Collect(member.Shape, definitions);
                }

                break;
            case ListShape list:
                Collect(list.Element, definitions);
                break;
            case UnionShape union:
                foreach (var unionCase in union.Cases)
                {
                    Collect(unionCase.Shape, definitions);
                }

                break;
        }
    }

    private static void WriteRecordBody(Utf8JsonWriter json, RecordShape record)
    {
        if (record.Description is { } description)
        {
            json.WriteString("description", description);
        }

        json.WriteString("type", "object");
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartArray("required");
        foreach (var member in record.Members.Where(m => m.IsRequired))
        {
            json.WriteStringValue(member.WireName);
        }

        json.WriteEndArray();
        json.WriteStartObject("properties");
        foreach (var member in record.Members)
        {
            json.WriteStartObject(member.WireName);
            if (member.Description is { } memberDescription)
            {
                json.WriteString("description", memberDescription);
            }

            if (member.IsNullable)
            {
                json.WriteStartArray("anyOf");
                json.WriteStartObject();
                WriteType(json, member.Shape, member);
                json.WriteEndObject();
                json.WriteStartObject();
                json.WriteString("type", "null");
                json.WriteEndObject();
                json.WriteEndArray();
            }
            else
            {
                WriteType(json, member.Shape, member);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteType(Utf8JsonWriter json, TypeShape shape, MemberShape? member)
    {
        switch (shape)
        {
            case StringShape:
                json.WriteString("type", "string");
                if (member?.Pattern is { } pattern)
                {
                    json.WriteString("pattern", pattern.ToString());
                }

                break;
            case IntegerShape:
                json.WriteString("type", "integer");
                if (member?.Minimum is { } minimum && member.Maximum is { } maximum)
                {
                    json.WriteNumber("minimum", minimum);
                    json.WriteNumber("maximum", maximum);
                }

                break;
            case BooleanShape:
                json.WriteString("type", "boolean");
                break;
            case EnumShape choices:
                json.WriteStartArray("enum");
                foreach (var choice in choices.Choices)
                {
                    json.WriteStringValue(choice.WireName);
                }

                json.WriteEndArray();
                break;
            case WireValueShape wire:
                json.WriteString("type", "string");
                json.WriteString("$comment", wire.FormatDescription);
                break;
            case ListShape list:
                json.WriteString("type", "array");
                json.WriteStartObject("items");
                WriteType(json, list.Element, member: null);
                json.WriteEndObject();
                break;
            case StringMapShape:
                json.WriteString("type", "object");
                json.WriteStartObject("additionalProperties");
                json.WriteString("type", "string");
                json.WriteEndObject();
                break;
            case RecordShape record:
                json.WriteString("$ref", "#/definitions/" + record.Type.Name);
                break;
            case UnionShape union:
                WriteUnion(json, union);
                break;
        }
    }

    // One key names the case; `local:` with no settings is allowed, as the binder allows it.
    private static void WriteUnion(Utf8JsonWriter json, UnionShape union)
    {
        json.WriteString("type", "object");
        json.WriteNumber("minProperties", 1);
        json.WriteNumber("maxProperties", 1);
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");
        foreach (var unionCase in union.Cases)
        {
            json.WriteStartObject(unionCase.WireName);
            json.WriteStartArray("anyOf");
            json.WriteStartObject();
            json.WriteString("$ref", "#/definitions/" + unionCase.Shape.Type.Name);
            json.WriteEndObject();
            json.WriteStartObject();
            json.WriteString("type", "null");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
