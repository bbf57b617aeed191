using System.Collections.Immutable;
using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;
using Wumbo.Model.Domain;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// The VPC of an environment: one subnet per zone in each tier, the internet gateway, and the security group
/// of the public load balancer. Secure by default (docs/reference/SECURITY-RULES.md): no subnet hands out
/// public IPs (V3), every group and rule is described (G1), only the load balancer takes traffic from the
/// internet and only on 443 and 80 for the redirect (G2), and its egress stays inside the VPC (G3).
/// </summary>
public sealed class Network : Construct
{
    private const string Anywhere = "0.0.0.0/0";

    private readonly Dictionary<SubnetTier, ImmutableArray<AwsSubnet>> _subnets = [];

    public Network(Construct scope, string id, EnvironmentModel environment)
        : base(scope, id)
    {
        var settings = environment.Network;
        var zones = new DataAwsAvailabilityZones(this, "zones", new DataAwsAvailabilityZonesConfig { State = "available" });
        Vpc = new AwsVpc(this, "vpc", new AwsVpcConfig
        {
            CidrBlock = settings.VpcCidr.Value,
            EnableDnsHostnames = true,
            EnableDnsSupport = true,
            Tags = NameTag(environment, "vpc"),
        });
        _ = new AwsInternetGateway(this, "internet-gateway", new AwsInternetGatewayConfig
        {
            VpcId = Vpc.Id,
            Tags = NameTag(environment, "igw"),
        });

        AddTier(environment, zones, SubnetTier.Public, settings.Subnets.Public);
        AddTier(environment, zones, SubnetTier.Private, settings.Subnets.Private);
        AddTier(environment, zones, SubnetTier.Isolated, settings.Subnets.Isolated);

        LoadBalancerSecurityGroup = new AwsSecurityGroup(this, "load-balancer", new AwsSecurityGroupConfig
        {
            Name = environment.Names.Resource("alb"),
            Description = "Public load balancer of the Wumbo API",
            VpcId = Vpc.Id,
            Tags = NameTag(environment, "alb"),
        });
        AllowFromInternet("https", 443, "HTTPS from the internet");
        AllowFromInternet("http", 80, "HTTP from the internet, only to redirect to HTTPS");
        var apiPort = environment.Compute.Services.Single(s => s.Role == ServiceRole.Api).Port!.Value;
        _ = new AwsVpcSecurityGroupEgressRule(this, "load-balancer-to-api", new AwsVpcSecurityGroupEgressRuleConfig
        {
            SecurityGroupId = LoadBalancerSecurityGroup.Id,
            Description = "To the API tasks inside the VPC",
            IpProtocol = "tcp",
            FromPort = apiPort,
            ToPort = apiPort,
            CidrIpv4 = settings.VpcCidr.Value,
        });
    }

    public AwsVpc Vpc { get; }

    public AwsSecurityGroup LoadBalancerSecurityGroup { get; }

    public TfList<TfString> SubnetIds(SubnetTier tier) => TfList.Create([.. _subnets[tier].Select(subnet => subnet.Id)]);

    private void AddTier(EnvironmentModel environment, DataAwsAvailabilityZones zones, SubnetTier tier, ImmutableArray<Cidr> blocks)
    {
        var name = TierName(tier);
        _subnets[tier] = [.. blocks.Select((block, zone) => new AwsSubnet(this, $"{name}-{zone + 1}", new AwsSubnetConfig
        {
            VpcId = Vpc.Id,
            CidrBlock = block.Value,
            AvailabilityZone = Fn.Element(zones.Names, zone),
            MapPublicIpOnLaunch = false,
            Tags = TfMap.Strings(new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["Name"] = environment.Names.Resource($"{name}-{zone + 1}"),
                ["Tier"] = name,
            }),
        }))];
    }

    private void AllowFromInternet(string id, int port, string description) =>
        _ = new AwsVpcSecurityGroupIngressRule(this, "load-balancer-" + id, new AwsVpcSecurityGroupIngressRuleConfig
        {
            SecurityGroupId = LoadBalancerSecurityGroup.Id,
            Description = description,
            IpProtocol = "tcp",
            FromPort = port,
            ToPort = port,
            CidrIpv4 = Anywhere,
        });

    private static TfMap<TfString> NameTag(EnvironmentModel environment, string suffix) =>
        TfMap.Strings([new("Name", environment.Names.Resource(suffix))]);

    private static string TierName(SubnetTier tier) => tier switch
    {
        SubnetTier.Public => "public",
        SubnetTier.Private => "private",
        SubnetTier.Isolated => "isolated",
        _ => throw new ArgumentOutOfRangeException(nameof(tier)),
    };
}
