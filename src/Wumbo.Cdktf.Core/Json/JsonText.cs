using System.Text.Json;

namespace Wumbo.Cdktf.Json;

/// <summary>Parses JSON text into <see cref="JsonValue"/>; malformed text yields an error message, not an exception.</summary>
public static class JsonText
{
    public static bool TryParse(string text, out JsonValue value, out string? error)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            value = Convert(document.RootElement);
            error = null;
            return true;
        }
        catch (JsonException ex)
        {
            value = JsonValue.Null;
            error = ex.Message;
            return false;
        }
    }

    private static JsonValue Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new JsonObject(element.EnumerateObject()
            .Aggregate(JsonObject.Empty.Members, (members, p) => members.SetItem(p.Name, Convert(p.Value)))),
        JsonValueKind.Array => new JsonArray([.. element.EnumerateArray().Select(Convert)]),
        JsonValueKind.String => new JsonString(element.GetString() ?? string.Empty),
        JsonValueKind.Number => new JsonNumber(element.GetDouble()),
        JsonValueKind.True => new JsonBool(true),
        JsonValueKind.False => new JsonBool(false),
        _ => JsonValue.Null,
    };
}
