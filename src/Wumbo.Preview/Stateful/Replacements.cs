using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Wumbo.Docs.Stacks;
using Wumbo.Preview.Resources;

namespace Wumbo.Preview.Stateful;

/// <summary>
/// Finds the stateful resources a change replaces: a force-new argument changed (<see cref="StatefulTypes"/>), or a
/// force-new argument refers to a resource that is itself replaced (a database's <c>kms_key_id</c> when its key
/// is replaced), repeated until nothing more is found.
/// </summary>
public static partial class Replacements
{
    public static ImmutableArray<Replacement> Find(StackDiff diff)
    {
        var found = new Dictionary<string, Replacement>(StringComparer.Ordinal);
        foreach (var change in diff.Changes.Where(c => c.Action is ChangeAction.Update or ChangeAction.Move))
        {
            var forcing = ForceNew(change.Type).Intersect(change.ChangedArguments, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
            if (forcing.Length > 0)
            {
                found[change.Address] = new Replacement(change.Address, forcing, null);
            }
        }

        var created = diff.Changes.Where(c => c.Action == ChangeAction.Create).Select(c => c.Address).ToHashSet(StringComparer.Ordinal);
        var kept = diff.After.All.Where(r => StatefulTypes.ByType.ContainsKey(r.Type) && !created.Contains(r.Address)).ToList();
        for (var more = true; more;)
        {
            more = false;
            foreach (var resource in kept.Where(r => !found.ContainsKey(r.Address)))
            {
                if (ReferenceToReplaced(resource, found) is { } reference)
                {
                    found[resource.Address] = new Replacement(resource.Address, [reference.Argument], reference.Dependency);
                    more = true;
                }
            }
        }

        return [.. found.Values.OrderBy(r => r.Address, StringComparer.Ordinal)];
    }

    private static ImmutableArray<string> ForceNew(string type) =>
        StatefulTypes.ByType.TryGetValue(type, out var stateful) ? stateful.ForceNewArguments : [];

    private static (string Argument, string Dependency)? ReferenceToReplaced(StackResource resource, Dictionary<string, Replacement> replaced)
    {
        foreach (var argument in ForceNew(resource.Type))
        {
            if (!resource.Arguments.TryGetProperty(argument, out var value))
            {
                continue;
            }

            var dependency = ReferencedAddress().Matches(value.GetRawText()).Select(m => m.Groups["address"].Value)
                .Where(replaced.ContainsKey)
                .Order(StringComparer.Ordinal)
                .FirstOrDefault();
            if (dependency is not null)
            {
                return (argument, dependency);
            }
        }

        return null;
    }

    // type.name followed by an attribute, not inside a longer name: ${aws_kms_key.security_encryption-key_8283EF7A.arn}.
    [GeneratedRegex(@"(?<![A-Za-z0-9_.-])(?<address>[a-z][a-z0-9_]*\.[A-Za-z0-9_-]+)(?=\.)", RegexOptions.CultureInvariant)]
    private static partial Regex ReferencedAddress();
}
