using System.Text;
using System.Text.Json;

namespace Wumbo.Testing.Tools;

/// <summary>
/// Writes the <c>.tftest.hcl</c> file for a plan against mocked providers: one <c>mock_provider</c> per provider
/// configuration in the stack (aliases too, or the real provider would try to reach AWS), a value for every
/// variable without a default, and one <c>run "plan" { command = plan }</c>. A mocked data source returns
/// empty lists unless it is given data: <c>mockData</c> maps a data source type to the HCL object of its values.
/// </summary>
public static class MockPlanTestFile
{
    /// <summary><paramref name="variables"/> holds HCL expressions by variable name; they win over the placeholders.</summary>
    public static string Render(
        string stackJson,
        IReadOnlyDictionary<string, string>? variables = null,
        IReadOnlyDictionary<string, string>? mockData = null)
    {
        using var stack = JsonDocument.Parse(stackJson);
        var root = stack.RootElement;
        var text = new StringBuilder("# Written by Wumbo.Testing: plan with every provider mocked, fully offline.\n");
        foreach (var (type, alias) in Providers(root))
        {
            var body = new StringBuilder();
            if (alias is not null)
            {
                body.Append("  alias = \"").Append(alias).Append("\"\n");
            }

            foreach (var (dataType, defaults) in (mockData ?? new Dictionary<string, string>()).OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                body.Append("  mock_data \"").Append(dataType).Append("\" {\n    defaults = ").Append(defaults).Append("\n  }\n");
            }

            text.Append("mock_provider \"").Append(type).Append(body.Length == 0 ? "\" {}\n" : "\" {\n" + body + "}\n");
        }

        var values = RequiredVariables(root).ToDictionary(v => v.Name, v => v.Placeholder, StringComparer.Ordinal);
        foreach (var (name, value) in variables ?? new Dictionary<string, string>())
        {
            values[name] = value;
        }

        text.Append("\nvariables {\n");
        foreach (var (name, value) in values.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            text.Append("  ").Append(name).Append(" = ").Append(value).Append('\n');
        }

        return text.Append("}\n\nrun \"plan\" {\n  command = plan\n}\n").ToString();
    }

    private static IEnumerable<(string Type, string? Alias)> Providers(JsonElement root)
    {
        var required = Members(Member(Member(root, "terraform"), "required_providers")).Select(p => (p.Name, (string?)null));
        var configured = Members(Member(root, "provider")).SelectMany(p =>
            (p.Value.ValueKind == JsonValueKind.Array ? p.Value.EnumerateArray().ToList() : [p.Value])
                .Select(instance => (p.Name, Member(instance, "alias").ValueKind == JsonValueKind.String ? Member(instance, "alias").GetString() : null)));
        return required.Concat(configured)
            .Distinct()
            .OrderBy(p => p.Item1, StringComparer.Ordinal)
            .ThenBy(p => p.Item2 ?? string.Empty, StringComparer.Ordinal);
    }

    private static IEnumerable<(string Name, string Placeholder)> RequiredVariables(JsonElement root) =>
        Members(Member(root, "variable"))
            .Where(v => Member(v.Value, "default").ValueKind == JsonValueKind.Undefined)
            .Select(v => (v.Name, Placeholder(Member(v.Value, "type"))));

    private static string Placeholder(JsonElement type)
    {
        var name = type.ValueKind == JsonValueKind.String ? type.GetString()!.Trim('$', '{', '}') : "string";
        return name switch
        {
            "number" => "0",
            "bool" => "false",
            _ when name.StartsWith("list(", StringComparison.Ordinal) || name.StartsWith("set(", StringComparison.Ordinal) => "[]",
            _ when name.StartsWith("map(", StringComparison.Ordinal) => "{}",
            _ => "\"mock\"",
        };
    }

    private static JsonElement Member(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    private static IEnumerable<(string Name, JsonElement Value)> Members(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object ? element.EnumerateObject().Select(p => (p.Name, p.Value)) : [];
}
