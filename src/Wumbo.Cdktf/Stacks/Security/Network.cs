using System.Collections.Immutable;
using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;
using Wumbo.Model.Domain;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// The VPC: one subnet per zone in each tier, the internet gateway, and the default security group left with
/// no rules (SECURITY-RULES V2). No subnet hands out public IPs, not even the public ones (V3): the load
/// balancer and the NAT gateways have addresses of their own.
/// </summary>
internal sealed class Network : Construct
{
    private readonly Dictionary<SubnetTier, ImmutableArray<AwsSubnet>> _subnets = [];

    public Network(Construct scope, string id, StackContext context)
        : base(scope, id)
    {
        ModelOrigin.Record(this, "network");
        var settings = context.Environment.Network;
        var names = context.Names;
        var zones = new DataAwsAvailabilityZones(this, "zones", new DataAwsAvailabilityZonesConfig { State = "available" });
        Vpc = new AwsVpc(this, "vpc", new AwsVpcConfig
        {
            CidrBlock = settings.VpcCidr.Value,
            EnableDnsHostnames = true,
            EnableDnsSupport = true,
            Tags = ResourceNaming.NameTag(names.Resource("vpc")),
        });
        _ = new AwsDefaultSecurityGroup(this, "default-security-group", new AwsDefaultSecurityGroupConfig
        {
            VpcId = Vpc.Id,
            Tags = ResourceNaming.NameTag(names.Resource("default-deny-all")),
        });
        InternetGateway = new AwsInternetGateway(this, "internet-gateway", new AwsInternetGatewayConfig
        {
            VpcId = Vpc.Id,
            Tags = ResourceNaming.NameTag(names.Resource("igw")),
        });

        AddTier(names, zones, SubnetTier.Public, settings.Subnets.Public);
        AddTier(names, zones, SubnetTier.Private, settings.Subnets.Private);
        AddTier(names, zones, SubnetTier.Isolated, settings.Subnets.Isolated);
        Cidr = settings.VpcCidr.Value;
    }

    public AwsVpc Vpc { get; }

    /// <summary>The VPC's address range, as the model states it.</summary>
    public string Cidr { get; }

    public AwsInternetGateway InternetGateway { get; }

    public ImmutableArray<AwsSubnet> Subnets(SubnetTier tier) => _subnets[tier];

    public TfList<TfString> SubnetIds(SubnetTier tier) => TfList.Create([.. _subnets[tier].Select(subnet => subnet.Id)]);

    private void AddTier(EnvironmentNames names, DataAwsAvailabilityZones zones, SubnetTier tier, ImmutableArray<Cidr> blocks)
    {
        var name = tier.WireName();
        _subnets[tier] = [.. blocks.Select((block, zone) => new AwsSubnet(this, $"{name}-{zone + 1}", new AwsSubnetConfig
        {
            VpcId = Vpc.Id,
            CidrBlock = block.Value,
            AvailabilityZone = Fn.Element(zones.Names, zone),
            MapPublicIpOnLaunch = false,
            Tags = TfMap.Strings(new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["Name"] = names.Resource($"{name}-{zone + 1}"),
                ["Tier"] = name,
            }),
        }))];
    }
}
