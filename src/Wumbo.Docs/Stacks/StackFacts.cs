using System.Collections.Immutable;
using System.Text.Json;

namespace Wumbo.Docs.Stacks;

/// <summary>
/// What the docs read from an environment's synthesized stack (its <c>cdk.tf.json</c>): the resources by type
/// and Terraform address, with their arguments, so that every name and priced line the docs show can be
/// traced to an address that exists.
/// </summary>
public sealed class StackFacts
{
    private readonly ImmutableSortedDictionary<string, ImmutableArray<StackResource>> _byType;

    private StackFacts(string environment, ImmutableSortedDictionary<string, ImmutableArray<StackResource>> byType)
    {
        Environment = environment;
        _byType = byType;
    }

    public string Environment { get; }

    /// <summary>Every resource, by type then address (ordinal).</summary>
    public IEnumerable<StackResource> All => _byType.Values.SelectMany(resources => resources);

    public static StackFacts Parse(string environment, string stackJson)
    {
        using var document = JsonDocument.Parse(stackJson);
        var byType = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<StackResource>>(StringComparer.Ordinal);
        if (document.RootElement.TryGetProperty("resource", out var resources))
        {
            foreach (var type in resources.EnumerateObject())
            {
                byType[type.Name] = [.. type.Value.EnumerateObject()
                    .Select(r => new StackResource(type.Name, type.Name + "." + r.Name, r.Value.Clone()))
                    .OrderBy(r => r.Address, StringComparer.Ordinal)];
            }
        }

        return new StackFacts(environment, byType.ToImmutable());
    }

    /// <summary>The resources of one Terraform type, ordered by address; none when the stack has no such type.</summary>
    public ImmutableArray<StackResource> Resources(string type) => _byType.TryGetValue(type, out var resources) ? resources : [];

    public bool Contains(string address) => All.Any(r => r.Address == address);
}

/// <summary>One resource of a stack: its type, its address (<c>aws_nat_gateway.security_routing_nat-1_E1AD421C</c>) and its arguments.</summary>
public sealed record StackResource(string Type, string Address, JsonElement Arguments)
{
    /// <summary>A top-level argument as a string (references stay <c>${…}</c> text), or null when it is not written.</summary>
    public string? Text(string name) =>
        Arguments.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public decimal? Number(string name) =>
        Arguments.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;

    public bool? Bool(string name) =>
        Arguments.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;
}
