using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;

// Generator-shaped L1 for hashicorp/aws 5.100.0: one file per Terraform type (class, config, blocks).
namespace Wumbo.Cdktf.Aws;

/// <summary>The <c>aws_security_group</c> resource.</summary>
public sealed class AwsSecurityGroup : TerraformResource
{
    public const string TfType = "aws_security_group";

    private readonly AwsSecurityGroupConfig _config;

    public AwsSecurityGroup(Construct scope, string id, AwsSecurityGroupConfig config)
        : base(scope, id, TfType, config) => _config = config;

    public TfString Arn => GetAttribute<TfString>("arn");
    public TfString Description => GetAttribute<TfString>("description");
    public TfList<AwsSecurityGroupEgress> Egress => GetAttribute<TfList<AwsSecurityGroupEgress>>("egress");
    public TfString Id => GetAttribute<TfString>("id");
    public TfList<AwsSecurityGroupIngress> Ingress => GetAttribute<TfList<AwsSecurityGroupIngress>>("ingress");
    public TfString Name => GetAttribute<TfString>("name");
    public TfString NamePrefix => GetAttribute<TfString>("name_prefix");
    public TfString OwnerId => GetAttribute<TfString>("owner_id");
    public TfBool RevokeRulesOnDelete => GetAttribute<TfBool>("revoke_rules_on_delete");
    public TfMap<TfString> Tags => GetAttribute<TfMap<TfString>>("tags");
    public TfMap<TfString> TagsAll => GetAttribute<TfMap<TfString>>("tags_all");
    public TfString VpcId => GetAttribute<TfString>("vpc_id");

    protected override void WriteArguments(TfObjectWriter writer)
    {
        writer.Write("description", _config.Description);
        writer.Write("egress", _config.Egress);
        writer.Write("id", _config.Id);
        writer.Write("ingress", _config.Ingress);
        writer.Write("name", _config.Name);
        writer.Write("name_prefix", _config.NamePrefix);
        writer.Write("revoke_rules_on_delete", _config.RevokeRulesOnDelete);
        writer.Write("tags", _config.Tags);
        writer.Write("tags_all", _config.TagsAll);
        writer.Write("vpc_id", _config.VpcId);
        writer.WriteBlock("timeouts", _config.Timeouts);
    }
}

public sealed record AwsSecurityGroupConfig : TerraformMetaArguments
{
    public TfString? Description { get; init; }

    public TfList<AwsSecurityGroupEgress>? Egress { get; init; }

    public TfString? Id { get; init; }

    public TfList<AwsSecurityGroupIngress>? Ingress { get; init; }

    public TfString? Name { get; init; }

    public TfString? NamePrefix { get; init; }

    public TfBool? RevokeRulesOnDelete { get; init; }

    public TfMap<TfString>? Tags { get; init; }

    public TfMap<TfString>? TagsAll { get; init; }

    public TfString? VpcId { get; init; }

    public AwsSecurityGroupTimeouts? Timeouts { get; init; }
}

/// <summary>An element of <c>egress</c>: an attribute written as blocks, so every field is written, unset ones as null (CONTRACT §4.5).</summary>
public sealed record AwsSecurityGroupEgress : TfBlock
{
    public TfList<TfString>? CidrBlocks { get; init; }

    public TfString? Description { get; init; }

    public TfNumber? FromPort { get; init; }

    public TfList<TfString>? Ipv6CidrBlocks { get; init; }

    public TfList<TfString>? PrefixListIds { get; init; }

    public TfString? Protocol { get; init; }

    public TfList<TfString>? SecurityGroups { get; init; }

    public TfBool? Self { get; init; }

    public TfNumber? ToPort { get; init; }

    protected override void WriteArguments(TfObjectWriter writer)
    {
        writer.WriteOrNull("cidr_blocks", CidrBlocks);
        writer.WriteOrNull("description", Description);
        writer.WriteOrNull("from_port", FromPort);
        writer.WriteOrNull("ipv6_cidr_blocks", Ipv6CidrBlocks);
        writer.WriteOrNull("prefix_list_ids", PrefixListIds);
        writer.WriteOrNull("protocol", Protocol);
        writer.WriteOrNull("security_groups", SecurityGroups);
        writer.WriteOrNull("self", Self);
        writer.WriteOrNull("to_port", ToPort);
    }
}

/// <summary>An element of <c>ingress</c>: an attribute written as blocks, so every field is written, unset ones as null (CONTRACT §4.5).</summary>
public sealed record AwsSecurityGroupIngress : TfBlock
{
    public TfList<TfString>? CidrBlocks { get; init; }

    public TfString? Description { get; init; }

    public TfNumber? FromPort { get; init; }

    public TfList<TfString>? Ipv6CidrBlocks { get; init; }

    public TfList<TfString>? PrefixListIds { get; init; }

    public TfString? Protocol { get; init; }

    public TfList<TfString>? SecurityGroups { get; init; }

    public TfBool? Self { get; init; }

    public TfNumber? ToPort { get; init; }

    protected override void WriteArguments(TfObjectWriter writer)
    {
        writer.WriteOrNull("cidr_blocks", CidrBlocks);
        writer.WriteOrNull("description", Description);
        writer.WriteOrNull("from_port", FromPort);
        writer.WriteOrNull("ipv6_cidr_blocks", Ipv6CidrBlocks);
        writer.WriteOrNull("prefix_list_ids", PrefixListIds);
        writer.WriteOrNull("protocol", Protocol);
        writer.WriteOrNull("security_groups", SecurityGroups);
        writer.WriteOrNull("self", Self);
        writer.WriteOrNull("to_port", ToPort);
    }
}

/// <summary>The <c>timeouts</c> block.</summary>
public sealed record AwsSecurityGroupTimeouts : TfBlock
{
    public TfString? Create { get; init; }

    public TfString? Delete { get; init; }

    protected override void WriteArguments(TfObjectWriter writer)
    {
        writer.Write("create", Create);
        writer.Write("delete", Delete);
    }
}
