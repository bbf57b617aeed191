using System.Collections.Immutable;
using Wumbo.Preview.Resources;

namespace Wumbo.Preview.Stateful;

/// <summary>
/// The warnings a reviewer must not miss: every stateful resource the head destroys (its address is gone without a
/// <c>moved</c> block) or replaces (<see cref="Replacements"/>). A destroyed resource whose type gained an address
/// names that address and the <c>moved</c> block that would keep it.
/// </summary>
public static class StatefulWarnings
{
    public static ImmutableArray<StatefulWarning> Find(StackDiff diff, ImmutableArray<Replacement> replacements)
    {
        var created = diff.Changes.Where(c => c.Action == ChangeAction.Create).ToList();
        var destroyed = diff.Changes
            .Where(c => c.Action == ChangeAction.Destroy && StatefulTypes.ByType.ContainsKey(c.Type))
            .Select(c => new StatefulWarning(c.Address, KindOf(c.Type), Replaced: false, DestroyReason(c, created.Where(n => n.Type == c.Type).ToList())));
        var replaced = replacements.Select(r => new StatefulWarning(r.Address, KindOf(TerraformAddress.TypeOf(r.Address)), Replaced: true, ReplaceReason(r)));
        return [.. destroyed.Concat(replaced).OrderBy(w => w.Address, StringComparer.Ordinal)];
    }

    private static string KindOf(string type) => StatefulTypes.ByType[type].Kind;

    private static string DestroyReason(ResourceChange destroyed, List<ResourceChange> sameTypeCreated) => sameTypeCreated.Count switch
    {
        0 => "it is no longer in the configuration",
        1 => $"its address changed to `{sameTypeCreated[0].Address}` without a `moved` block; to keep it, add "
            + $"`{{\"from\": \"{destroyed.Address}\", \"to\": \"{sameTypeCreated[0].Address}\"}}` "
            + $"(`MoveFromId(\"{destroyed.Address}\")` on the new resource)",
        _ => $"its address is gone without a `moved` block, and {sameTypeCreated.Count} of its type are added "
            + $"({string.Join(", ", sameTypeCreated.Select(c => $"`{c.Address}`"))}); if one of them is this resource renamed, add a `moved` block",
    };

    private static string ReplaceReason(Replacement replacement) =>
        replacement.ReplacedDependency is { } dependency
            ? $"`{replacement.Arguments[0]}` forces a new resource and refers to `{dependency}`, which is replaced"
            : $"{string.Join(", ", replacement.Arguments.Select(a => $"`{a}`"))} {(replacement.Arguments.Length == 1 ? "forces" : "force")} a new resource";
}
