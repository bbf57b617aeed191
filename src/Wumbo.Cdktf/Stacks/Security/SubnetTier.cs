namespace Wumbo.Cdktf.Stacks;

/// <summary>The three subnet tiers of the seed: public (load balancer, NAT), private (tasks), isolated (data).</summary>
public enum SubnetTier
{
    Public,
    Private,
    Isolated,
}

internal static class SubnetTiers
{
    /// <summary>The tier's name in construct ids and tags.</summary>
    public static string WireName(this SubnetTier tier) => tier switch
    {
        SubnetTier.Public => "public",
        SubnetTier.Private => "private",
        SubnetTier.Isolated => "isolated",
        _ => throw new ArgumentOutOfRangeException(nameof(tier)),
    };
}
