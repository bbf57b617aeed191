using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Wumbo.Testing.Stacks;

/// <summary>
/// Expected properties, written as a C# anonymous object with Terraform's wire names, compared with a block
/// of the synthesized JSON: objects match when every expected member matches (others may be present), arrays
/// element by element, values exactly, and a <see cref="Match"/> by its own rule.
/// </summary>
internal abstract record Expectation
{
    public static Expectation From(object? value) => value switch
    {
        Match match => new MatchExpectation(match),
        JsonElement element => new ValueExpectation(element),
        null or string or bool or int or long or double or decimal => new ValueExpectation(JsonSerializer.SerializeToElement(value)),
        IDictionary dictionary => new ObjectExpectation([.. dictionary.Keys.Cast<object>().Select(k => (Convert.ToString(k, CultureInfo.InvariantCulture)!, From(dictionary[k])))]),
        IEnumerable items => new ArrayExpectation([.. items.Cast<object?>().Select(From)]),
        _ => new ObjectExpectation([.. value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (p.Name, From(p.GetValue(value))))]),
    };

    /// <summary>Where <paramref name="actual"/> first differs, as <c>path: expected …, got …</c>; null when it matches.</summary>
    public abstract string? FirstDifference(JsonElement? actual, string path);

    public abstract string Describe();

    private static string Show(JsonElement? actual) => actual is { } value ? value.GetRawText() : "absent";

    private sealed record MatchExpectation(Match Match) : Expectation
    {
        public override string? FirstDifference(JsonElement? actual, string path) =>
            Match.Matches(actual) ? null : $"{path}: expected {Match.Describe()}, got {Show(actual)}";

        public override string Describe() => "<" + Match.Describe() + ">";
    }

    private sealed record ValueExpectation(JsonElement Value) : Expectation
    {
        public override string? FirstDifference(JsonElement? actual, string path) =>
            actual is { } value && JsonElement.DeepEquals(value, Value) ? null : $"{path}: expected {Value.GetRawText()}, got {Show(actual)}";

        public override string Describe() => Value.GetRawText();
    }

    private sealed record ArrayExpectation(IReadOnlyList<Expectation> Items) : Expectation
    {
        public override string? FirstDifference(JsonElement? actual, string path)
        {
            if (actual is not { ValueKind: JsonValueKind.Array } array || array.GetArrayLength() != Items.Count)
            {
                return $"{path}: expected an array of {Items.Count}, got {Show(actual)}";
            }

            return Items.Select((item, i) => item.FirstDifference(array[i], $"{path}[{i}]")).FirstOrDefault(d => d is not null);
        }

        public override string Describe() => "[" + string.Join(", ", Items.Select(i => i.Describe())) + "]";
    }

    private sealed record ObjectExpectation(IReadOnlyList<(string Name, Expectation Value)> Members) : Expectation
    {
        public override string? FirstDifference(JsonElement? actual, string path)
        {
            if (actual is not { ValueKind: JsonValueKind.Object } obj)
            {
                return $"{path}: expected an object, got {Show(actual)}";
            }

            return Members
                .Select(m => m.Value.FirstDifference(obj.TryGetProperty(m.Name, out var member) ? member : null, path.Length == 0 ? m.Name : path + "." + m.Name))
                .FirstOrDefault(d => d is not null);
        }

        public override string Describe() => "{ " + string.Join(", ", Members.Select(m => m.Name + " = " + m.Value.Describe())) + " }";
    }
}
