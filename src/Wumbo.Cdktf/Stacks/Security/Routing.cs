using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// Where each tier's traffic goes. Public subnets route to the internet gateway. Each zone's private subnet
/// routes to a NAT gateway (one per zone up to the model's count; zones beyond it share the last one), and
/// each NAT gateway sits in a public subnet with an Elastic IP. Isolated subnets have a route table with no
/// route out of the VPC: the database and the cache never reach the internet.
/// </summary>
internal sealed class Routing : Construct
{
    private const string Anywhere = "0.0.0.0/0";

    public Routing(Construct scope, string id, StackContext context, Network network)
        : base(scope, id)
    {
        ModelOrigin.Record(this, "network.nat_gateways");
        var names = context.Names;
        var publicTable = Table("public", network, names.Resource("public"));
        _ = new AwsRoute(this, "public-internet", new AwsRouteConfig
        {
            RouteTableId = publicTable.Id,
            DestinationCidrBlock = Anywhere,
            GatewayId = network.InternetGateway.Id,
        });
        Associate("public", publicTable, network.Subnets(SubnetTier.Public));

        var publicSubnets = network.Subnets(SubnetTier.Public);
        var natGateways = Enumerable.Range(1, context.Environment.Network.NatGateways).Select(n =>
        {
            var address = new AwsEip(this, $"nat-{n}-address", new AwsEipConfig
            {
                Domain = "vpc",
                Tags = ResourceNaming.NameTag(names.Resource($"nat-{n}")),
            });
            return new AwsNatGateway(this, $"nat-{n}", new AwsNatGatewayConfig
            {
                AllocationId = address.Id,
                SubnetId = publicSubnets[n - 1].Id,
                Tags = ResourceNaming.NameTag(names.Resource($"nat-{n}")),
                DependsOn = [network.InternetGateway],
            });
        }).ToList();

        var privateSubnets = network.Subnets(SubnetTier.Private);
        for (var zone = 0; zone < privateSubnets.Length; zone++)
        {
            var table = Table($"private-{zone + 1}", network, names.Resource($"private-{zone + 1}"));
            PrivateRouteTables.Add(table);
            if (natGateways.Count > 0)
            {
                _ = new AwsRoute(this, $"private-{zone + 1}-internet", new AwsRouteConfig
                {
                    RouteTableId = table.Id,
                    DestinationCidrBlock = Anywhere,
                    NatGatewayId = natGateways[Math.Min(zone, natGateways.Count - 1)].Id,
                });
            }

            Associate("private", table, [privateSubnets[zone]], firstZone: zone + 1);
        }

        Associate("isolated", Table("isolated", network, names.Resource("isolated")), network.Subnets(SubnetTier.Isolated));
    }

    /// <summary>The private tier's route tables, one per zone, where the S3 gateway endpoint adds its route.</summary>
    public List<AwsRouteTable> PrivateRouteTables { get; } = [];

    public TfList<TfString> PrivateRouteTableIds => TfList.Create([.. PrivateRouteTables.Select(t => t.Id)]);

    private AwsRouteTable Table(string id, Network network, string name) =>
        new(this, id, new AwsRouteTableConfig { VpcId = network.Vpc.Id, Tags = ResourceNaming.NameTag(name) });

    private void Associate(string tier, AwsRouteTable table, IReadOnlyList<AwsSubnet> subnets, int firstZone = 1)
    {
        for (var i = 0; i < subnets.Count; i++)
        {
            _ = new AwsRouteTableAssociation(this, $"{tier}-{firstZone + i}-association", new AwsRouteTableAssociationConfig
            {
                RouteTableId = table.Id,
                SubnetId = subnets[i].Id,
            });
        }
    }
}
