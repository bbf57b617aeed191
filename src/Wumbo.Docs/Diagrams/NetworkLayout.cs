using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Wumbo.Docs.Stacks;

namespace Wumbo.Docs.Diagrams;

/// <summary>
/// The VPC as the stack builds it: its CIDR, its subnets by tier and zone, where each NAT gateway sits, which NAT
/// gateway each private subnet routes the internet through, and the VPC endpoints. Read from the stack rather than
/// the model, so the diagram shows what Terraform creates (one NAT gateway per zone up to the model's count is the
/// stack's rule, not the model's).
/// </summary>
internal sealed partial record NetworkLayout(
    string VpcCidr,
    int ZoneCount,
    ImmutableArray<Subnet> Subnets,
    ImmutableArray<NatGateway> NatGateways,
    bool HasInternetGateway,
    ImmutableArray<string> InterfaceEndpoints,
    ImmutableArray<string> GatewayEndpoints)
{
    public IEnumerable<Subnet> Tier(string tier) => Subnets.Where(s => s.Tier == tier);

    public static NetworkLayout Read(StackFacts stack)
    {
        var vpc = stack.Resources("aws_vpc").Single();
        var zones = stack.Resources("aws_subnet").ToDictionary(s => s.Address, Zone, StringComparer.Ordinal);
        var natGateways = stack.Resources("aws_nat_gateway")
            .Select(nat => new NatGateway(nat.Address, zones[nat.References("subnet_id").Single()]))
            .OrderBy(nat => nat.Zone)
            .ToImmutableArray();
        var subnets = stack.Resources("aws_subnet")
            .Select(s => ReadSubnet(stack, s, zones[s.Address], natGateways))
            .OrderBy(s => s.Zone)
            .ToImmutableArray();
        var endpoints = stack.Resources("aws_vpc_endpoint")
            .Select(e => (Type: e.Text("vpc_endpoint_type"), Service: EndpointService(e.Text("service_name")!)))
            .OrderBy(e => e.Service, StringComparer.Ordinal)
            .ToList();
        return new NetworkLayout(
            vpc.Text("cidr_block")!,
            zones.Values.Distinct().Count(),
            subnets,
            natGateways,
            !stack.Resources("aws_internet_gateway").IsEmpty,
            [.. endpoints.Where(e => e.Type == "Interface").Select(e => e.Service)],
            [.. endpoints.Where(e => e.Type == "Gateway").Select(e => e.Service)]);
    }

    // Where the subnet's route table sends traffic: anywhere out of the VPC, and through which zone's NAT gateway.
    private static Subnet ReadSubnet(StackFacts stack, StackResource subnet, int zone, ImmutableArray<NatGateway> natGateways)
    {
        var tables = stack.Resources("aws_route_table_association")
            .Where(a => a.Refers("subnet_id", subnet))
            .SelectMany(a => a.References("route_table_id"))
            .ToHashSet(StringComparer.Ordinal);
        var routes = stack.Resources("aws_route").Where(r => r.References("route_table_id").Any(tables.Contains)).ToList();
        var nat = routes.SelectMany(r => r.References("nat_gateway_id")).FirstOrDefault();
        return new Subnet(
            Tag(subnet, "Tier"),
            zone,
            subnet.Text("cidr_block")!,
            routes.Count > 0,
            nat is null ? null : natGateways.Single(n => n.Address == nat).Zone);
    }

    // The stack places subnet N of each tier in ${element(data.aws_availability_zones.<zones>.names, N - 1)}.
    private static int Zone(StackResource subnet)
    {
        var match = ZoneElement().Match(subnet.Text("availability_zone") ?? string.Empty);
        return match.Success
            ? int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture) + 1
            : throw new InvalidOperationException($"{subnet.Address}: its availability_zone is not an element of the zone list, so the diagram cannot place it");
    }

    private static string Tag(StackResource resource, string name) =>
        resource.Arguments.TryGetProperty("tags", out var tags) && tags.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InvalidOperationException($"{resource.Address} has no {name} tag");

    // com.amazonaws.us-east-1.ecr.api → ecr.api
    private static string EndpointService(string serviceName) => RegionalServicePrefix().Replace(serviceName, string.Empty);

    [GeneratedRegex(@"^\$\{element\(.+, (?<index>[0-9]+)\)\}$")]
    private static partial Regex ZoneElement();

    [GeneratedRegex(@"^com\.amazonaws\.[a-z0-9-]+\.")]
    private static partial Regex RegionalServicePrefix();
}

/// <summary>
/// A subnet: its tier (public, private, isolated), its zone (1-based), its CIDR, whether its route table has any route
/// (the VPC's own range needs none), and the zone of the NAT gateway it reaches the internet through.
/// </summary>
internal sealed record Subnet(string Tier, int Zone, string Cidr, bool RoutesOut, int? NatZone);

/// <summary>A NAT gateway and the zone of the public subnet it sits in.</summary>
internal sealed record NatGateway(string Address, int Zone);
