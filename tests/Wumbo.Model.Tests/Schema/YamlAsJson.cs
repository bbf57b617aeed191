using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Wumbo.Model.Yaml;

namespace Wumbo.Model.Tests.Schema;

/// <summary>
/// A YAML tree as the JSON an editor's schema checker sees: plain scalars typed by the YAML 1.2 core schema
/// (null, booleans, integers, floats), quoted and block scalars as strings.
/// </summary>
internal static partial class YamlAsJson
{
    public static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMapping mapping => new JsonObject(mapping.Entries.Select(e => KeyValuePair.Create(e.Key.Value, Convert(e.Value)))),
        YamlSequence sequence => new JsonArray([.. sequence.Items.Select(Convert)]),
        YamlScalar { IsNull: true } => null,
        YamlScalar { IsPlain: true, Value: "true" or "True" or "TRUE" } => JsonValue.Create(true),
        YamlScalar { IsPlain: true, Value: "false" or "False" or "FALSE" } => JsonValue.Create(false),
        YamlScalar { IsPlain: true } scalar when Integer().IsMatch(scalar.Value) => JsonValue.Create(long.Parse(scalar.Value, CultureInfo.InvariantCulture)),
        YamlScalar { IsPlain: true } scalar when Float().IsMatch(scalar.Value) => JsonValue.Create(double.Parse(scalar.Value, CultureInfo.InvariantCulture)),
        YamlScalar scalar => JsonValue.Create(scalar.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
