using System.Collections.Immutable;
using Wumbo.Docs.Costs;
using Wumbo.Preview.Resources;

namespace Wumbo.Preview.Costs;

/// <summary>
/// One environment's monthly cost before and after (null where the environment is not in that checkout), and, when
/// both are priced, the lines that changed. Base lines of moved resources are matched under their new address.
/// </summary>
public sealed record CostComparison(RevisionCost? Before, RevisionCost? After, ImmutableArray<CostLineChange> ChangedLines)
{
    public static CostComparison Compare(RevisionCost? before, RevisionCost? after, StackDiff diff)
    {
        if (before?.Estimate is not { } old || after?.Estimate is not { } current)
        {
            return new CostComparison(before, after, []);
        }

        var headAddress = diff.Moves.ToDictionary(m => m.FromResource, m => m.ToResource, StringComparer.Ordinal);
        var oldLines = old.Lines.ToLookup(l => (Address: headAddress.GetValueOrDefault(l.Address, l.Address), l.Item));
        var newLines = current.Lines.ToLookup(l => (l.Address, l.Item));
        var changed = oldLines.Select(g => g.Key).Union(newLines.Select(g => g.Key))
            .OrderBy(k => k.Address, StringComparer.Ordinal)
            .ThenBy(k => k.Item, StringComparer.Ordinal)
            .Select(k => new CostLineChange(k.Address, k.Item, oldLines[k].FirstOrDefault(), newLines[k].FirstOrDefault()))
            .Where(c => !SameCost(c.Before, c.After));
        return new CostComparison(before, after, [.. changed]);
    }

    private static bool SameCost(CostLine? before, CostLine? after) =>
        before is not null && after is not null
        && before.QuantityMin == after.QuantityMin && before.QuantityMax == after.QuantityMax
        && before.UnitPrice == after.UnitPrice && before.Unit == after.Unit;
}
