using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Wumbo.Docs.Stacks;

namespace Wumbo.Docs.Costs;

/// <summary>
/// A resource being priced, with the stack it belongs to, so that a charge can read its arguments and follow its
/// references (a service to its task definition, an autoscaling target to its service) without the model.
/// </summary>
internal sealed class ChargedResource(StackResource resource, StackFacts stack)
{
    /// <summary>The resources of one type in a stack, ordered by address.</summary>
    public static IEnumerable<ChargedResource> OfType(StackFacts stack, string type) =>
        stack.Resources(type).Select(r => new ChargedResource(r, stack));

    public string Address => resource.Address;

    public string? Text(string name) => resource.Text(name);

    public decimal? Number(string name) => resource.Number(name);

    public bool? Bool(string name) => resource.Bool(name);

    /// <summary>A number written as a string, as Terraform takes task sizes (<c>"cpu": "512"</c>).</summary>
    public decimal? NumberText(string name) =>
        decimal.TryParse(Text(name), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>How many items a list argument holds (subnets, rules); 0 when it is not written.</summary>
    public int Count(string name) =>
        resource.Arguments.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.GetArrayLength() : 0;

    /// <summary>A string inside a nested block, whether the block is written as an object or as a list of objects.</summary>
    public string? BlockText(string block, string name) => Blocks(block).Select(b => TextOf(b, name)).FirstOrDefault(text => text is not null);

    /// <summary>The value of a named setting in a list of <c>{ name, value }</c> blocks (an ECS cluster's <c>setting</c>); null when absent.</summary>
    public string? Setting(string block, string name) =>
        Blocks(block).Where(b => TextOf(b, "name") == name).Select(b => TextOf(b, "value")).FirstOrDefault();

    /// <summary>The resource of <paramref name="type"/> that <paramref name="argument"/> refers to (<c>${type.name.attr}</c>); null when none.</summary>
    public ChargedResource? Follow(string type, string? argument) =>
        OfType(stack, type).FirstOrDefault(r => r.IsReferencedIn(argument));

    /// <summary>The resources of <paramref name="type"/> whose <paramref name="argument"/> refers to this one.</summary>
    public IEnumerable<ChargedResource> ReferredToBy(string type, Func<ChargedResource, string?> argument) =>
        OfType(stack, type).Where(r => IsReferencedIn(argument(r)));

    private bool IsReferencedIn(string? argument) =>
        argument is not null && argument.Contains("${" + Address + ".", StringComparison.Ordinal);

    private ImmutableArray<JsonElement> Blocks(string name) =>
        !resource.Arguments.TryGetProperty(name, out var value) ? []
        : value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()]
        : value.ValueKind == JsonValueKind.Object ? [value]
        : [];

    private static string? TextOf(JsonElement block, string name) =>
        block.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
