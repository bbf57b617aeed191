using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;

// Generator-shaped L1 for hashicorp/aws 5.100.0: one file per Terraform type (class, config, blocks).
namespace Wumbo.Cdktf.Aws;

/// <summary>The <c>aws_vpc</c> resource.</summary>
public sealed class AwsVpc : TerraformResource
{
    public const string TfType = "aws_vpc";

    private readonly AwsVpcConfig _config;

    public AwsVpc(Construct scope, string id, AwsVpcConfig config)
        : base(scope, id, TfType, config) => _config = config;

    public TfString Arn => GetAttribute<TfString>("arn");
    public TfBool AssignGeneratedIpv6CidrBlock => GetAttribute<TfBool>("assign_generated_ipv6_cidr_block");
    public TfString CidrBlock => GetAttribute<TfString>("cidr_block");
    public TfString DefaultNetworkAclId => GetAttribute<TfString>("default_network_acl_id");
    public TfString DefaultRouteTableId => GetAttribute<TfString>("default_route_table_id");
    public TfString DefaultSecurityGroupId => GetAttribute<TfString>("default_security_group_id");
    public TfString DhcpOptionsId => GetAttribute<TfString>("dhcp_options_id");
    public TfBool EnableDnsHostnames => GetAttribute<TfBool>("enable_dns_hostnames");
    public TfBool EnableDnsSupport => GetAttribute<TfBool>("enable_dns_support");
    public TfBool EnableNetworkAddressUsageMetrics => GetAttribute<TfBool>("enable_network_address_usage_metrics");
    public TfString Id => GetAttribute<TfString>("id");
    public TfString InstanceTenancy => GetAttribute<TfString>("instance_tenancy");
    public TfString Ipv4IpamPoolId => GetAttribute<TfString>("ipv4_ipam_pool_id");
    public TfNumber Ipv4NetmaskLength => GetAttribute<TfNumber>("ipv4_netmask_length");
    public TfString Ipv6AssociationId => GetAttribute<TfString>("ipv6_association_id");
    public TfString Ipv6CidrBlock => GetAttribute<TfString>("ipv6_cidr_block");
    public TfString Ipv6CidrBlockNetworkBorderGroup => GetAttribute<TfString>("ipv6_cidr_block_network_border_group");
    public TfString Ipv6IpamPoolId => GetAttribute<TfString>("ipv6_ipam_pool_id");
    public TfNumber Ipv6NetmaskLength => GetAttribute<TfNumber>("ipv6_netmask_length");
    public TfString MainRouteTableId => GetAttribute<TfString>("main_route_table_id");
    public TfString OwnerId => GetAttribute<TfString>("owner_id");
    public TfMap<TfString> Tags => GetAttribute<TfMap<TfString>>("tags");
    public TfMap<TfString> TagsAll => GetAttribute<TfMap<TfString>>("tags_all");

    protected override void WriteArguments(TfObjectWriter writer)
    {
        writer.Write("assign_generated_ipv6_cidr_block", _config.AssignGeneratedIpv6CidrBlock);
        writer.Write("cidr_block", _config.CidrBlock);
        writer.Write("enable_dns_hostnames", _config.EnableDnsHostnames);
        writer.Write("enable_dns_support", _config.EnableDnsSupport);
        writer.Write("enable_network_address_usage_metrics", _config.EnableNetworkAddressUsageMetrics);
        writer.Write("id", _config.Id);
        writer.Write("instance_tenancy", _config.InstanceTenancy);
        writer.Write("ipv4_ipam_pool_id", _config.Ipv4IpamPoolId);
        writer.Write("ipv4_netmask_length", _config.Ipv4NetmaskLength);
        writer.Write("ipv6_cidr_block", _config.Ipv6CidrBlock);
        writer.Write("ipv6_cidr_block_network_border_group", _config.Ipv6CidrBlockNetworkBorderGroup);
        writer.Write("ipv6_ipam_pool_id", _config.Ipv6IpamPoolId);
        writer.Write("ipv6_netmask_length", _config.Ipv6NetmaskLength);
        writer.Write("tags", _config.Tags);
        writer.Write("tags_all", _config.TagsAll);
    }
}

public sealed record AwsVpcConfig : TerraformMetaArguments
{
    public TfBool? AssignGeneratedIpv6CidrBlock { get; init; }

    public TfString? CidrBlock { get; init; }

    public TfBool? EnableDnsHostnames { get; init; }

    public TfBool? EnableDnsSupport { get; init; }

    public TfBool? EnableNetworkAddressUsageMetrics { get; init; }

    public TfString? Id { get; init; }

    public TfString? InstanceTenancy { get; init; }

    public TfString? Ipv4IpamPoolId { get; init; }

    public TfNumber? Ipv4NetmaskLength { get; init; }

    public TfString? Ipv6CidrBlock { get; init; }

    public TfString? Ipv6CidrBlockNetworkBorderGroup { get; init; }

    public TfString? Ipv6IpamPoolId { get; init; }

    public TfNumber? Ipv6NetmaskLength { get; init; }

    public TfMap<TfString>? Tags { get; init; }

    public TfMap<TfString>? TagsAll { get; init; }
}
