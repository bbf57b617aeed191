using Wumbo.Docs.Costs;

namespace Wumbo.Preview.Costs;

/// <summary>One environment's monthly cost in one checkout, or why it is not available.</summary>
public sealed record RevisionCost(EnvironmentCost? Estimate, string? UnavailableReason)
{
    public static RevisionCost Unavailable(string reason) => new(null, reason);
}
