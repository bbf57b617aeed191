using Wumbo.Docs.Costs;
using Wumbo.Preview.Reading;

namespace Wumbo.Preview.Costs;

/// <summary>
/// Prices an environment of a checkout with this build's <see cref="CostEstimator"/> and price catalog: the
/// checkout's own synthesized stack and its own environment file's usage figures. Both sides are priced with the
/// same catalog, so the difference is what the change to the infrastructure costs, not a price update (COSTS.md
/// shows those). This reads what every checkout already has, the stacks and the environment files, rather than a
/// cost file only newer checkouts would have written.
/// </summary>
public static class RevisionCosts
{
    /// <summary>Null when the checkout has no stack for the environment.</summary>
    public static RevisionCost? Estimate(Revision revision, string environment)
    {
        if (!revision.Stacks.TryGetValue(environment, out var stack))
        {
            return null;
        }

        if (revision.Models.UnavailableReason is { } reason)
        {
            return RevisionCost.Unavailable(reason);
        }

        if (!revision.Models.ByName.TryGetValue(environment, out var model))
        {
            return RevisionCost.Unavailable($"the {revision.Label} checkout has a stack for {environment} but no environment file {environment}.yaml");
        }

        try
        {
            return new RevisionCost(CostEstimator.Estimate(model, stack.Facts), null);
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException)
        {
            // The estimator reads the stacks this build writes; an older stack may lack what a charge follows.
            return RevisionCost.Unavailable($"this build's cost estimator cannot price the {revision.Label} stack of {environment}: {e.Message}");
        }
    }
}
