using System.Collections.Immutable;
using Wumbo.Preview.Costs;
using Wumbo.Preview.Reading;
using Wumbo.Preview.Resources;
using Wumbo.Preview.Stateful;

namespace Wumbo.Preview;

/// <summary>
/// Compares two checkouts' synthesized output environment by environment (ordinal order): the plan a reviewer
/// would want to see, predicted from the configurations alone, without credentials, a backend or Terraform state.
/// </summary>
public static class PlanPreview
{
    public static ImmutableArray<EnvironmentPreview> Compare(Revision before, Revision after) =>
        [.. before.Stacks.Keys.Union(after.Stacks.Keys)
            .Order(StringComparer.Ordinal)
            .Select(name => Environment(name, before, after))];

    private static EnvironmentPreview Environment(string name, Revision before, Revision after)
    {
        var old = before.Stacks.GetValueOrDefault(name);
        var current = after.Stacks.GetValueOrDefault(name);
        var presence = old is null ? EnvironmentPresence.Added : current is null ? EnvironmentPresence.Removed : EnvironmentPresence.Both;

        // A removed stack is not destroyed: CI stops applying it, and its resources stay until its workspace is destroyed.
        var diff = StackDiff.Compare(old, presence == EnvironmentPresence.Removed ? old : current);
        var replacements = Replacements.Find(diff);
        return new EnvironmentPreview(
            name,
            presence,
            diff,
            replacements,
            StatefulWarnings.Find(diff, replacements),
            CostComparison.Compare(RevisionCosts.Estimate(before, name), RevisionCosts.Estimate(after, name), diff));
    }
}
