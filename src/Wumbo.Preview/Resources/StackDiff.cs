using System.Collections.Immutable;
using Wumbo.Docs.Stacks;
using Wumbo.Preview.Reading;

namespace Wumbo.Preview.Resources;

/// <summary>
/// The resources of one environment's stack compared between the base and the head, by Terraform address. A
/// <c>moved</c> block of the head counts when its <c>from</c> is a base address the head no longer has and its
/// <c>to</c> one the head has; moves an earlier apply has already done name no base address and are left out.
/// </summary>
public sealed class StackDiff
{
    private static readonly StackFacts NoStack = StackFacts.Parse(string.Empty, "{}");

    private StackDiff(StackFacts before, StackFacts after, ImmutableArray<DeclaredMove> moves, ImmutableArray<ResourceChange> changes)
    {
        Before = before;
        After = after;
        Moves = moves;
        Changes = changes;
    }

    public StackFacts Before { get; }

    public StackFacts After { get; }

    /// <summary>The moves this change makes, by their <c>from</c> address.</summary>
    public ImmutableArray<DeclaredMove> Moves { get; }

    /// <summary>Every changed resource, by address (ordinal).</summary>
    public ImmutableArray<ResourceChange> Changes { get; }

    /// <summary>Compares two stacks; a missing side (an environment added or removed) is an empty stack.</summary>
    public static StackDiff Compare(SynthesizedEnvironment? before, SynthesizedEnvironment? after)
    {
        var old = (before?.Facts ?? NoStack).All.ToDictionary(r => r.Address, StringComparer.Ordinal);
        var current = (after?.Facts ?? NoStack).All.ToDictionary(r => r.Address, StringComparer.Ordinal);
        var moves = (after?.Moves ?? [])
            .Where(m => old.ContainsKey(m.FromResource) && !current.ContainsKey(m.FromResource) && current.ContainsKey(m.ToResource))
            .GroupBy(m => m.FromResource, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(m => m.From, StringComparer.Ordinal)
            .ToImmutableArray();
        var renames = new AddressRenames(moves);
        var movedTo = moves.ToDictionary(m => m.ToResource, m => m.FromResource, StringComparer.Ordinal);
        var movedFrom = moves.Select(m => m.FromResource).ToHashSet(StringComparer.Ordinal);

        var changes = new List<ResourceChange>();
        foreach (var (address, resource) in current)
        {
            if (movedTo.TryGetValue(address, out var from))
            {
                changes.Add(new ResourceChange(ChangeAction.Move, address, from, Arguments(old[from], resource, renames)));
            }
            else if (!old.TryGetValue(address, out var previous))
            {
                changes.Add(new ResourceChange(ChangeAction.Create, address, null, []));
            }
            else if (Arguments(previous, resource, renames) is { Length: > 0 } arguments)
            {
                changes.Add(new ResourceChange(ChangeAction.Update, address, null, arguments));
            }
        }

        changes.AddRange(old.Keys
            .Where(address => !current.ContainsKey(address) && !movedFrom.Contains(address))
            .Select(address => new ResourceChange(ChangeAction.Destroy, address, null, [])));
        return new StackDiff(
            before?.Facts ?? NoStack,
            after?.Facts ?? NoStack,
            moves,
            [.. changes.OrderBy(c => c.Address, StringComparer.Ordinal)]);
    }

    /// <summary>The base's address of a head resource: where a move brings it from, else its own.</summary>
    public string BaseAddressOf(string headAddress) =>
        Moves.FirstOrDefault(m => m.ToResource == headAddress)?.FromResource ?? headAddress;

    private static ImmutableArray<ArgumentChange> Arguments(StackResource before, StackResource after, AddressRenames renames)
    {
        var old = ArgumentFlattener.Flatten(before.Arguments);
        var current = ArgumentFlattener.Flatten(after.Arguments);
        return [.. old.Keys.Union(current.Keys)
            .Order(StringComparer.Ordinal)
            .Select(path => new ArgumentChange(path, old.TryGetValue(path, out var a) ? renames.Apply(a) : null, current.GetValueOrDefault(path)))
            .Where(change => change.Before != change.After)];
    }
}
