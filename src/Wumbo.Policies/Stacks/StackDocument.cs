using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Wumbo.Cdktf.Json;

namespace Wumbo.Policies.Stacks;

/// <summary>One synthesized stack as the rules read it: its managed resources, by type and by address.</summary>
public sealed partial class StackDocument
{
    private readonly ImmutableDictionary<string, StackResource> _byAddress;
    private readonly ImmutableDictionary<string, ImmutableHashSet<string>> _references;

    public StackDocument(JsonObject stack)
    {
        Resources =
        [
            .. (stack["resource"] as JsonObject ?? JsonObject.Empty).Members
                .SelectMany(type => (type.Value as JsonObject ?? JsonObject.Empty).Members
                    .Select(resource => new StackResource(type.Key, resource.Key, resource.Value as JsonObject ?? JsonObject.Empty))),
        ];
        _byAddress = Resources.ToImmutableDictionary(r => r.Address, StringComparer.Ordinal);

        // Read once: rules ask what references what for every pair of resources they compare.
        _references = Resources.ToImmutableDictionary(
            r => r.Address, r => r.Strings().SelectMany(ReferencedAddresses).ToImmutableHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>Every managed resource, ordered by type, then name.</summary>
    public ImmutableArray<StackResource> Resources { get; }

    public IEnumerable<StackResource> OfType(string type) => Resources.Where(r => r.Type == type);

    public StackResource? Find(string address) => _byAddress.GetValueOrDefault(address);

    /// <summary>The resources of a type whose arguments reference <paramref name="target"/> (e.g. the rotation of a secret).</summary>
    public IEnumerable<StackResource> Referencing(string type, StackResource target) =>
        OfType(type).Where(r => References(r, target));

    /// <summary>Whether an argument of <paramref name="resource"/> references <paramref name="target"/>.</summary>
    public bool References(StackResource resource, StackResource target) =>
        _references.TryGetValue(resource.Address, out var addresses) && addresses.Contains(target.Address);

    /// <summary>The addresses of managed resources a value references, e.g. <c>aws_kms_key.key</c> in <c>"${aws_kms_key.key.arn}"</c>.</summary>
    public static IEnumerable<string> ReferencedAddresses(string text) =>
        Reference().Matches(text).Select(m => m.Groups["address"].Value);

    [GeneratedRegex(@"(?<![\w.])(?<address>aws_[a-z0-9_]+\.[A-Za-z0-9_-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
