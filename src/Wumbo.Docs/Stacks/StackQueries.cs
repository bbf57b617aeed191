using System.Text.Json;
using System.Text.RegularExpressions;

namespace Wumbo.Docs.Stacks;

/// <summary>
/// Finding resources in a stack by what the model names them, and following the references between them
/// (<c>${aws_subnet.security_network_public-1_0FEB1FD5.id}</c>). A document that shows a resource the stack does not
/// hold would be wrong, so a lookup that finds nothing throws, naming what is missing.
/// </summary>
public static partial class StackQueries
{
    /// <summary>The one resource of <paramref name="type"/> whose <paramref name="argument"/> is <paramref name="value"/>.</summary>
    public static StackResource Named(this StackFacts stack, string type, string argument, string value)
    {
        var matches = stack.Resources(type).Where(r => r.Text(argument) == value).ToList();
        return matches.Count == 1
            ? matches[0]
            : throw new InvalidOperationException(
                $"the stack of {stack.Environment} has {matches.Count} {type} with {argument} '{value}'; the docs expect exactly one");
    }

    /// <summary>The resource at <paramref name="address"/> (<c>aws_subnet.security_network_public-1_0FEB1FD5</c>).</summary>
    public static StackResource At(this StackFacts stack, string address)
    {
        var type = address[..Math.Max(0, address.IndexOf('.', StringComparison.Ordinal))];
        return stack.Resources(type).SingleOrDefault(r => r.Address == address)
            ?? throw new InvalidOperationException($"the stack of {stack.Environment} has no resource {address}");
    }

    /// <summary>The address a reference expression points at, or null when the text is not one reference.</summary>
    public static string? ReferencedAddress(string? expression)
    {
        var match = expression is null ? null : Reference().Match(expression);
        return match is { Success: true } ? match.Groups["address"].Value : null;
    }

    /// <summary>The addresses a top-level argument references: one reference, or a list of them.</summary>
    public static IEnumerable<string> References(this StackResource resource, string argument)
    {
        if (!resource.Arguments.TryGetProperty(argument, out var value))
        {
            return [];
        }

        var texts = value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString())
            : [value.ValueKind == JsonValueKind.String ? value.GetString() : null];
        return texts.Select(ReferencedAddress).OfType<string>();
    }

    /// <summary>Whether <paramref name="resource"/> refers to <paramref name="target"/> in <paramref name="argument"/>.</summary>
    public static bool Refers(this StackResource resource, string argument, StackResource target) =>
        resource.References(argument).Contains(target.Address, StringComparer.Ordinal);

    // ${<type>.<name>.<attribute>}: the synthesizer writes a reference as exactly this, alone in its string.
    [GeneratedRegex(@"^\$\{(?<address>[a-z0-9_]+\.[A-Za-z0-9_-]+)\.[a-z0-9_]+\}$")]
    private static partial Regex Reference();
}
