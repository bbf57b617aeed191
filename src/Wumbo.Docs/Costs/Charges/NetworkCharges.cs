using System.Collections.Immutable;
using System.Globalization;
using static Wumbo.Docs.Costs.QuantityRange;

namespace Wumbo.Docs.Costs.Charges;

/// <summary>NAT gateways and their addresses, VPC endpoints, and the data the VPC sends to the internet.</summary>
internal static class NetworkCharges
{
    public static ImmutableArray<ResourceCharge> Resources { get; } =
    [
        new("aws_nat_gateway", "hours", _ => "NAT gateway", _ => "nat-gateway-hour", _ => HoursOf(1)),

        // Every public IPv4 address is billed since 2024-02-01, attached or idle; Infracost misses this (PRICING.md §3.4).
        new("aws_eip", "hours", _ => "Public IPv4 address (Elastic IP)", _ => "public-ipv4-address-hour", _ => HoursOf(1)),

        // An interface endpoint has one network interface per subnet (zone), each billed by the hour.
        new("aws_vpc_endpoint", "hours",
            e => string.Create(CultureInfo.InvariantCulture, $"Interface endpoint, one network interface in each of {e.Count("subnet_ids")} zones"),
            _ => "vpc-interface-endpoint-hour",
            e => HoursOf(e.Count("subnet_ids")))
        {
            AppliesTo = IsInterface,
        },

        // A $0 line, because AWS prices the gateway endpoint at $0, not because a price is missing.
        new("aws_vpc_endpoint", "endpoint-months", _ => "Gateway endpoint (AWS charges nothing for it)", _ => "vpc-gateway-endpoint-month", _ => Exactly(1))
        {
            AppliesTo = e => !IsInterface(e),
        },
    ];

    public static ImmutableArray<UsageCharge> Usage { get; } =
    [
        new("aws_nat_gateway", "GB", "Data processed by the NAT gateways", "nat-gateway-data-gb", u => u.NatDataProcessedGb),
        new("aws_vpc_endpoint", "GB", "Data processed by the interface endpoints", "vpc-interface-endpoint-data-gb", u => u.EndpointDataProcessedGb)
        {
            AppliesTo = IsInterface,
        },

        // Whatever leaves the VPC for the internet (API responses, calls through NAT) leaves through the internet gateway.
        new("aws_internet_gateway", "GB", "Data transfer out to the internet", "data-transfer-out-internet-gb", u => u.DataTransferOutGb),
    ];

    // Terraform's default endpoint type is Gateway.
    private static bool IsInterface(ChargedResource endpoint) => endpoint.Text("vpc_endpoint_type") == "Interface";
}
