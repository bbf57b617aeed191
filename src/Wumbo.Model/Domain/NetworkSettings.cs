using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Wumbo.Model.Domain;

[Description("The VPC: address space, availability zones, subnet tiers, NAT and VPC endpoints.")]
public sealed record NetworkSettings(
    [Description("The VPC's IPv4 CIDR block; must differ between environments.")]
    Cidr VpcCidr,
    [Description("How many availability zones the subnets span.")]
    [Range(1, 6)]
    int AvailabilityZones,
    [Description("Subnet CIDRs per tier, one per availability zone, in zone order.")]
    SubnetLayout Subnets,
    [Description("NAT gateways for the private tier; at most one per availability zone.")]
    [Range(0, 6)]
    int NatGateways,
    [Description("Interface and gateway VPC endpoints.")]
    ImmutableArray<VpcEndpointService> VpcEndpoints,
    [Description("VPC flow logs to CloudWatch Logs.")]
    FlowLogSettings FlowLogs);

[Description("VPC flow logs: which traffic is recorded and how long it is kept.")]
public sealed record FlowLogSettings(
    [Description("all (every connection) or reject (only refused connections, cheaper).")]
    FlowLogTraffic Traffic,
    [Description("Days CloudWatch keeps the flow logs.")]
    [Range(1, 3653)]
    int RetentionDays);

public enum FlowLogTraffic
{
    [WireName("all")]
    All,
    [WireName("reject")]
    Reject,
}

[Description("Subnet CIDR blocks per tier; each list holds one block per availability zone.")]
public sealed record SubnetLayout(
    [Description("Public subnets: the load balancer and the NAT gateways.")]
    ImmutableArray<Cidr> Public,
    [Description("Private subnets with egress through NAT: the Fargate tasks.")]
    ImmutableArray<Cidr> Private,
    [Description("Isolated subnets without internet access: the database and the cache.")]
    ImmutableArray<Cidr> Isolated);

/// <summary>The AWS services reached through VPC endpoints instead of NAT.</summary>
public enum VpcEndpointService
{
    [WireName("ecr.api")]
    EcrApi,
    [WireName("ecr.dkr")]
    EcrDocker,
    [WireName("secretsmanager")]
    SecretsManager,
    [WireName("logs")]
    CloudWatchLogs,
    [WireName("monitoring")]
    CloudWatchMonitoring,
    [WireName("email-smtp")]
    SesSmtp,
    [WireName("s3")]
    S3Gateway,
}
