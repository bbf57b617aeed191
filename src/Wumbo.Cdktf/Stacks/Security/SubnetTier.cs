namespace Wumbo.Cdktf.Stacks;

/// <summary>The three subnet tiers of the seed: public (load balancer, NAT), private (tasks), isolated (data).</summary>
public enum SubnetTier
{
    Public,
    Private,
    Isolated,
}
