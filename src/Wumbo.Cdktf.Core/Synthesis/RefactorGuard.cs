using System.Collections.Immutable;
using Wumbo.Cdktf.Json;
using Wumbo.Diagnostics;

namespace Wumbo.Cdktf.Synthesis;

/// <summary>
/// Compares a committed stack snapshot with new output: a stateful resource whose address disappeared,
/// without a <c>moved</c> block from it, would be destroyed by the next apply. Each one is an error
/// that names the <c>moved</c> block to add.
/// </summary>
public static class RefactorGuard
{
    public static ImmutableArray<Diagnostic> Check(string oldStackJson, string newStackJson, IReadOnlySet<string> statefulTypes)
    {
        if (!TryRead(oldStackJson, "old", out var old, out var oldError) | !TryRead(newStackJson, "new", out var current, out var newError))
        {
            return [.. new[] { oldError, newError }.OfType<Diagnostic>()];
        }

        var before = Addresses(old, statefulTypes);
        var after = Addresses(current, statefulTypes);
        var movedFrom = MovedFrom(current);
        return [.. before.Except(after).Where(a => !movedFrom.Contains(a)).Order(StringComparer.Ordinal)
            .Select(address => Finding(address, after.Except(before).Where(a => TypeOf(a) == TypeOf(address)).ToList()))];
    }

    private static Diagnostic Finding(string removed, List<string> candidates)
    {
        var message = candidates.Count switch
        {
            0 => $"'{removed}' is gone from the new stack and would be destroyed; if it was renamed, add a moved block {{\"from\": \"{removed}\", \"to\": \"<new address>\"}}",
            1 => $"'{removed}' is gone from the new stack and would be destroyed; add the moved block {MovedBlock(removed, candidates[0])}",
            _ => $"'{removed}' is gone from the new stack and would be destroyed; add one of the moved blocks {string.Join(", ", candidates.Select(c => MovedBlock(removed, c)))}",
        };
        return SynthesisDiagnostics.StatefulResourceRemoved.At(null, message, removed);
    }

    private static string MovedBlock(string from, string to) => $"{{\"from\": \"{from}\", \"to\": \"{to}\"}}";

    private static string TypeOf(string address) => address[..address.IndexOf('.', StringComparison.Ordinal)];

    private static SortedSet<string> Addresses(JsonObject stack, IReadOnlySet<string> statefulTypes)
    {
        var resources = stack["resource"] as JsonObject ?? JsonObject.Empty;
        return new SortedSet<string>(
            resources.Members.Where(t => statefulTypes.Contains(t.Key) && t.Value is JsonObject)
                .SelectMany(t => ((JsonObject)t.Value).Members.Keys.Select(name => t.Key + "." + name)),
            StringComparer.Ordinal);
    }

    private static HashSet<string> MovedFrom(JsonObject stack) =>
        (stack["moved"] as JsonArray)?.Items.OfType<JsonObject>().Select(m => m["from"]).OfType<JsonString>()
            .Select(s => s.Value).ToHashSet(StringComparer.Ordinal) ?? new HashSet<string>(StringComparer.Ordinal);

    private static bool TryRead(string text, string which, out JsonObject stack, out Diagnostic? error)
    {
        if (JsonText.TryParse(text, out var value, out var message) && value is JsonObject obj)
        {
            stack = obj;
            error = null;
            return true;
        }

        stack = JsonObject.Empty;
        error = SynthesisDiagnostics.InvalidStackJson.At(null, $"The {which} stack JSON is not a JSON object: {message ?? "another JSON value"}");
        return false;
    }
}
