using Wumbo.Docs.Stacks;
using Wumbo.Model.Domain;

namespace Wumbo.Docs.Costs;

/// <summary>Prices an environment's stack with the price catalog and the model's usage assumptions.</summary>
public static class CostEstimator
{
    public static EnvironmentCost Estimate(EnvironmentModel environment, StackFacts stack)
    {
        // Placeholder until the catalog and the pricing rules land; the shape of the API is what the documents use.
        _ = stack;
        return new EnvironmentCost(environment.Name, [], 0m, 0m);
    }
}
