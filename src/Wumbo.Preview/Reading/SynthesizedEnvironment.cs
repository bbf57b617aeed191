using System.Collections.Immutable;
using System.Text.Json;
using Wumbo.Docs.Stacks;

namespace Wumbo.Preview.Reading;

/// <summary>One environment's synthesized stack in a checkout: its resources (as the docs read them) and its <c>moved</c> blocks.</summary>
public sealed record SynthesizedEnvironment(string Environment, StackFacts Facts, ImmutableArray<DeclaredMove> Moves)
{
    /// <summary>
    /// Reads a <c>cdk.tf.json</c>. Throws <see cref="JsonException"/> on text that is not JSON, and
    /// <see cref="InvalidOperationException"/> or <see cref="KeyNotFoundException"/> on JSON that is not a stack.
    /// </summary>
    public static SynthesizedEnvironment Parse(string environment, string stackJson)
    {
        using var document = JsonDocument.Parse(stackJson);
        return new SynthesizedEnvironment(environment, StackFacts.Parse(environment, stackJson), MovedBlocks(document.RootElement));
    }

    private static ImmutableArray<DeclaredMove> MovedBlocks(JsonElement stack) =>
        stack.TryGetProperty("moved", out var moved) && moved.ValueKind == JsonValueKind.Array
            ? [.. moved.EnumerateArray()
                .Where(m => m.ValueKind == JsonValueKind.Object)
                .Select(m => (From: Text(m, "from"), To: Text(m, "to")))
                .Where(m => m.From is not null && m.To is not null)
                .Select(m => new DeclaredMove(m.From!, m.To!))]
            : [];

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
