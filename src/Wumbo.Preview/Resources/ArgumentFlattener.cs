using System.Globalization;
using System.Text.Json;

namespace Wumbo.Preview.Resources;

/// <summary>
/// A resource's body as leaf paths and their values (strings quoted, other values as JSON), so two bodies compare value by value and a change names
/// exactly what moved (<c>ingress[1].cidr_blocks[0]</c>). The synthesizer's <c>"//"</c> metadata and
/// <c>depends_on</c> are left out: neither is a value Terraform plans a change for.
/// </summary>
internal static class ArgumentFlattener
{
    private static readonly HashSet<string> NotArguments = new(StringComparer.Ordinal) { "//", "depends_on" };

    public static SortedDictionary<string, string> Flatten(JsonElement body)
    {
        var leaves = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (body.ValueKind == JsonValueKind.Object)
        {
            foreach (var argument in body.EnumerateObject().Where(a => !NotArguments.Contains(a.Name)))
            {
                Add(leaves, argument.Name, argument.Value);
            }
        }

        return leaves;
    }

    private static void Add(SortedDictionary<string, string> leaves, string path, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object when value.EnumerateObject().Any():
                foreach (var member in value.EnumerateObject())
                {
                    Add(leaves, path + "." + member.Name, member.Value);
                }

                break;
            case JsonValueKind.Array when value.GetArrayLength() > 0:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Add(leaves, path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", item);
                    index++;
                }

                break;
            case JsonValueKind.String:
                // Decoded, so a jsonencode(...) reads as Terraform shows it rather than with every quote escaped.
                leaves[path] = "\"" + value.GetString() + "\"";
                break;
            default:
                leaves[path] = value.GetRawText();
                break;
        }
    }
}
