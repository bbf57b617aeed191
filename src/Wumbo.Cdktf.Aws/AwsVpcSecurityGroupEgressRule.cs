using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;

// Generator-shaped L1 for hashicorp/aws 5.100.0: one file per Terraform type (class, config, blocks).
namespace Wumbo.Cdktf.Aws;

/// <summary>The <c>aws_vpc_security_group_egress_rule</c> resource.</summary>
public sealed class AwsVpcSecurityGroupEgressRule : TerraformResource
{
    public const string TfType = "aws_vpc_security_group_egress_rule";

    private readonly AwsVpcSecurityGroupEgressRuleConfig _config;

    public AwsVpcSecurityGroupEgressRule(Construct scope, string id, AwsVpcSecurityGroupEgressRuleConfig config)
        : base(scope, id, TfType, config) => _config = config;

    public TfString Arn => GetAttribute<TfString>("arn");
    public TfString CidrIpv4 => GetAttribute<TfString>("cidr_ipv4");
    public TfString CidrIpv6 => GetAttribute<TfString>("cidr_ipv6");
    public TfString Description => GetAttribute<TfString>("description");
    public TfNumber FromPort => GetAttribute<TfNumber>("from_port");
    public TfString Id => GetAttribute<TfString>("id");
    public TfString IpProtocol => GetAttribute<TfString>("ip_protocol");
    public TfString PrefixListId => GetAttribute<TfString>("prefix_list_id");
    public TfString ReferencedSecurityGroupId => GetAttribute<TfString>("referenced_security_group_id");
    public TfString SecurityGroupId => GetAttribute<TfString>("security_group_id");
    public TfString SecurityGroupRuleId => GetAttribute<TfString>("security_group_rule_id");
    public TfMap<TfString> Tags => GetAttribute<TfMap<TfString>>("tags");
    public TfMap<TfString> TagsAll => GetAttribute<TfMap<TfString>>("tags_all");
    public TfNumber ToPort => GetAttribute<TfNumber>("to_port");

    protected override void WriteArguments(TfObjectWriter writer)
    {
        writer.Write("cidr_ipv4", _config.CidrIpv4);
        writer.Write("cidr_ipv6", _config.CidrIpv6);
        writer.Write("description", _config.Description);
        writer.Write("from_port", _config.FromPort);
        writer.Write("ip_protocol", _config.IpProtocol);
        writer.Write("prefix_list_id", _config.PrefixListId);
        writer.Write("referenced_security_group_id", _config.ReferencedSecurityGroupId);
        writer.Write("security_group_id", _config.SecurityGroupId);
        writer.Write("tags", _config.Tags);
        writer.Write("to_port", _config.ToPort);
    }
}

public sealed record AwsVpcSecurityGroupEgressRuleConfig : TerraformMetaArguments
{
    public TfString? CidrIpv4 { get; init; }

    public TfString? CidrIpv6 { get; init; }

    public TfString? Description { get; init; }

    public TfNumber? FromPort { get; init; }

    public required TfString IpProtocol { get; init; }

    public TfString? PrefixListId { get; init; }

    public TfString? ReferencedSecurityGroupId { get; init; }

    public required TfString SecurityGroupId { get; init; }

    public TfMap<TfString>? Tags { get; init; }

    public TfNumber? ToPort { get; init; }
}
