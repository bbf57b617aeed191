using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Wumbo.Docs.Stacks;

/// <summary>
/// What the docs read from an environment's synthesized stack (its <c>cdk.tf.json</c>): the resources by type
/// and Terraform address, with their arguments, so that every name and priced line the docs show can be
/// traced to an address that exists; and the stack's outputs, which tell CI and people what to run.
/// </summary>
public sealed partial class StackFacts
{
    private readonly ImmutableSortedDictionary<string, ImmutableArray<StackResource>> _byType;
    private readonly ImmutableSortedDictionary<string, StackOutput> _outputs;

    private StackFacts(
        string environment,
        ImmutableSortedDictionary<string, ImmutableArray<StackResource>> byType,
        ImmutableSortedDictionary<string, StackOutput> outputs)
    {
        Environment = environment;
        _byType = byType;
        _outputs = outputs;
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

        var outputs = ImmutableSortedDictionary.CreateBuilder<string, StackOutput>(StringComparer.Ordinal);
        if (document.RootElement.TryGetProperty("output", out var declared))
        {
            foreach (var output in declared.EnumerateObject())
            {
                var description = output.Value.TryGetProperty("description", out var text) ? text.GetString() ?? string.Empty : string.Empty;
                outputs[output.Name] = new StackOutput(output.Name, description, output.Value.GetProperty("value").Clone());
            }
        }

        return new StackFacts(environment, byType.ToImmutable(), outputs.ToImmutable());
    }

    /// <summary>Every output, by name (ordinal).</summary>
    public IEnumerable<StackOutput> Outputs => _outputs.Values;

    /// <summary>The output of that name; a missing one is a bug in the stacks or the docs, so it throws.</summary>
    public StackOutput Output(string name) =>
        _outputs.TryGetValue(name, out var output) ? output : throw new KeyNotFoundException($"the {Environment} stack has no output '{name}'");

    public bool HasOutput(string name) => _outputs.ContainsKey(name);

    /// <summary>The resources of one Terraform type, ordered by address; none when the stack has no such type.</summary>
    public ImmutableArray<StackResource> Resources(string type) => _byType.TryGetValue(type, out var resources) ? resources : [];

    public bool Contains(string address) => Resource(address) is not null;

    /// <summary>The resource at a Terraform address, or null.</summary>
    public StackResource? Resource(string address) =>
        Resources(address[..Math.Max(0, address.IndexOf('.', StringComparison.Ordinal))]).FirstOrDefault(r => r.Address == address);

    /// <summary>The literal values of one argument across the resources of a type, in address order (<c>aws_ecs_service</c>, <c>name</c>).</summary>
    public ImmutableArray<string> Texts(string type, string argument) =>
        [.. Resources(type).Select(r => r.Text(argument)).OfType<string>().Where(text => !text.Contains("${", StringComparison.Ordinal))];

    /// <summary>The resource a plain reference such as <c>${aws_cloudwatch_log_group.x.arn}</c> points at, or null for anything else.</summary>
    public StackResource? Referenced(string? reference)
    {
        var match = reference is null ? null : PlainReference().Match(reference);
        return match is { Success: true } && match.Length == reference!.Length ? Resource(match.Groups["address"].Value) : null;
    }

    /// <summary>
    /// Replaces each plain reference <c>${type.name.argument}</c> whose argument the stack states literally (a task
    /// definition's <c>family</c>) by that value; what only Terraform knows at apply (ids, function calls) stays.
    /// </summary>
    public string ResolveLiterals(string template) =>
        PlainReference().Replace(template, match =>
        {
            var literal = Resource(match.Groups["address"].Value)?.Text(match.Groups["argument"].Value);
            return literal is null || literal.Contains("${", StringComparison.Ordinal) ? match.Value : literal;
        });

    [GeneratedRegex(@"\$\{(?<address>[a-z0-9_]+\.[A-Za-z0-9_-]+)\.(?<argument>[a-z0-9_]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex PlainReference();
}

/// <summary>One resource of a stack: its type, its address (<c>aws_nat_gateway.security_routing_nat-1_E1AD421C</c>) and its arguments.</summary>
public sealed record StackResource(string Type, string Address, JsonElement Arguments)
{
    /// <summary>A top-level argument as a string (references stay <c>${…}</c> text), or null when it is not written.</summary>
    public string? Text(string name) =>
        Arguments.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A top-level argument that is a list of strings, or empty when it is not written.</summary>
    public ImmutableArray<string> Strings(string name) =>
        Arguments.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];

    public decimal? Number(string name) =>
        Arguments.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;

    public bool? Bool(string name) =>
        Arguments.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : null;
}
