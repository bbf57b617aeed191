using System.Collections.Immutable;
using System.Globalization;
using static Wumbo.Docs.Costs.QuantityRange;

namespace Wumbo.Docs.Costs.Charges;

/// <summary>The load balancer in front of the API, its public addresses and capacity units, and the firewall on it.</summary>
internal static class LoadBalancerCharges
{
    public static ImmutableArray<ResourceCharge> Resources { get; } =
    [
        // The price id names the type, so a network or gateway load balancer finds no price instead of the ALB's.
        new("aws_lb", "hours", lb => $"Load balancer ({LoadBalancerType(lb)})", lb => $"{LoadBalancerType(lb)}-load-balancer-hour", _ => HoursOf(1)),

        // An internet-facing load balancer holds at least one public IPv4 address in each of its subnets' zones
        // (more while it scales out); Infracost misses these (PRICING.md §3.4).
        new("aws_lb", "hours",
            lb => string.Create(CultureInfo.InvariantCulture, $"Public IPv4 addresses, one in each of {lb.Count("subnets")} zones"),
            _ => "public-ipv4-address-hour",
            lb => HoursOf(lb.Count("subnets")))
        {
            AppliesTo = lb => lb.Bool("internal") != true,
        },

        new("aws_wafv2_web_acl", "ACL-months", _ => "Web ACL", _ => "wafv2-web-acl-month", _ => Exactly(1)),
        new("aws_wafv2_web_acl", "rule-months", _ => "Rules (a managed rule group counts as one)", _ => "wafv2-rule-month", acl => Exactly(acl.Count("rule"))),
    ];

    public static ImmutableArray<UsageCharge> Usage { get; } =
    [
        new("aws_lb", "LCU-hours", "Load balancer capacity units", "application-load-balancer-lcu-hour", u => u.LoadBalancerCapacityUnits * HoursPerMonth)
        {
            AppliesTo = lb => LoadBalancerType(lb) == "application",
        },
    ];

    private static string LoadBalancerType(ChargedResource lb) => lb.Text("load_balancer_type") ?? "application";
}
