using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;

// Generator-shaped L1 for hashicorp/aws 5.100.0: one file per Terraform type (class, config, blocks).
namespace Wumbo.Cdktf.Aws;

/// <summary>The <c>aws_subnet</c> resource.</summary>
public sealed class AwsSubnet : TerraformResource
{
    public const string TfType = "aws_subnet";

    private readonly AwsSubnetConfig _config;

    public AwsSubnet(Construct scope, string id, AwsSubnetConfig config)
        : base(scope, id, TfType, config) => _config = config;

    public TfString Arn => GetAttribute<TfString>("arn");
    public TfBool AssignIpv6AddressOnCreation => GetAttribute<TfBool>("assign_ipv6_address_on_creation");
    public TfString AvailabilityZone => GetAttribute<TfString>("availability_zone");
    public TfString AvailabilityZoneId => GetAttribute<TfString>("availability_zone_id");
    public TfString CidrBlock => GetAttribute<TfString>("cidr_block");
    public TfString CustomerOwnedIpv4Pool => GetAttribute<TfString>("customer_owned_ipv4_pool");
    public TfBool EnableDns64 => GetAttribute<TfBool>("enable_dns64");
    public TfNumber EnableLniAtDeviceIndex => GetAttribute<TfNumber>("enable_lni_at_device_index");
    public TfBool EnableResourceNameDnsARecordOnLaunch => GetAttribute<TfBool>("enable_resource_name_dns_a_record_on_launch");
    public TfBool EnableResourceNameDnsAaaaRecordOnLaunch => GetAttribute<TfBool>("enable_resource_name_dns_aaaa_record_on_launch");
    public TfString Id => GetAttribute<TfString>("id");
    public TfString Ipv6CidrBlock => GetAttribute<TfString>("ipv6_cidr_block");
    public TfString Ipv6CidrBlockAssociationId => GetAttribute<TfString>("ipv6_cidr_block_association_id");
    public TfBool Ipv6Native => GetAttribute<TfBool>("ipv6_native");
    public TfBool MapCustomerOwnedIpOnLaunch => GetAttribute<TfBool>("map_customer_owned_ip_on_launch");
    public TfBool MapPublicIpOnLaunch => GetAttribute<TfBool>("map_public_ip_on_launch");
    public TfString OutpostArn => GetAttribute<TfString>("outpost_arn");
    public TfString OwnerId => GetAttribute<TfString>("owner_id");
    public TfString PrivateDnsHostnameTypeOnLaunch => GetAttribute<TfString>("private_dns_hostname_type_on_launch");
    public TfMap<TfString> Tags => GetAttribute<TfMap<TfString>>("tags");
    public TfMap<TfString> TagsAll => GetAttribute<TfMap<TfString>>("tags_all");
    public TfString VpcId => GetAttribute<TfString>("vpc_id");

    protected override void WriteArguments(TfObjectWriter writer)
    {
        writer.Write("assign_ipv6_address_on_creation", _config.AssignIpv6AddressOnCreation);
        writer.Write("availability_zone", _config.AvailabilityZone);
        writer.Write("availability_zone_id", _config.AvailabilityZoneId);
        writer.Write("cidr_block", _config.CidrBlock);
        writer.Write("customer_owned_ipv4_pool", _config.CustomerOwnedIpv4Pool);
        writer.Write("enable_dns64", _config.EnableDns64);
        writer.Write("enable_lni_at_device_index", _config.EnableLniAtDeviceIndex);
        writer.Write("enable_resource_name_dns_a_record_on_launch", _config.EnableResourceNameDnsARecordOnLaunch);
        writer.Write("enable_resource_name_dns_aaaa_record_on_launch", _config.EnableResourceNameDnsAaaaRecordOnLaunch);
        writer.Write("id", _config.Id);
        writer.Write("ipv6_cidr_block", _config.Ipv6CidrBlock);
        writer.Write("ipv6_native", _config.Ipv6Native);
        writer.Write("map_customer_owned_ip_on_launch", _config.MapCustomerOwnedIpOnLaunch);
        writer.Write("map_public_ip_on_launch", _config.MapPublicIpOnLaunch);
        writer.Write("outpost_arn", _config.OutpostArn);
        writer.Write("private_dns_hostname_type_on_launch", _config.PrivateDnsHostnameTypeOnLaunch);
        writer.Write("tags", _config.Tags);
        writer.Write("tags_all", _config.TagsAll);
        writer.Write("vpc_id", _config.VpcId);
        writer.WriteBlock("timeouts", _config.Timeouts);
    }
}

public sealed record AwsSubnetConfig : TerraformMetaArguments
{
    public TfBool? AssignIpv6AddressOnCreation { get; init; }

    public TfString? AvailabilityZone { get; init; }

    public TfString? AvailabilityZoneId { get; init; }

    public TfString? CidrBlock { get; init; }

    public TfString? CustomerOwnedIpv4Pool { get; init; }

    public TfBool? EnableDns64 { get; init; }

    public TfNumber? EnableLniAtDeviceIndex { get; init; }

    public TfBool? EnableResourceNameDnsARecordOnLaunch { get; init; }

    public TfBool? EnableResourceNameDnsAaaaRecordOnLaunch { get; init; }

    public TfString? Id { get; init; }

    public TfString? Ipv6CidrBlock { get; init; }

    public TfBool? Ipv6Native { get; init; }

    public TfBool? MapCustomerOwnedIpOnLaunch { get; init; }

    public TfBool? MapPublicIpOnLaunch { get; init; }

    public TfString? OutpostArn { get; init; }

    public TfString? PrivateDnsHostnameTypeOnLaunch { get; init; }

    public TfMap<TfString>? Tags { get; init; }

    public TfMap<TfString>? TagsAll { get; init; }

    public required TfString VpcId { get; init; }

    public AwsSubnetTimeouts? Timeouts { get; init; }
}

/// <summary>The <c>timeouts</c> block.</summary>
public sealed record AwsSubnetTimeouts : TfBlock
{
    public TfString? Create { get; init; }

    public TfString? Delete { get; init; }

    protected override void WriteArguments(TfObjectWriter writer)
    {
        writer.Write("create", Create);
        writer.Write("delete", Delete);
    }
}
