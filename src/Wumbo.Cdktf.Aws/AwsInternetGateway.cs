using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;

// Generator-shaped L1 for hashicorp/aws 5.100.0: one file per Terraform type (class, config, blocks).
namespace Wumbo.Cdktf.Aws;

/// <summary>The <c>aws_internet_gateway</c> resource.</summary>
public sealed class AwsInternetGateway : TerraformResource
{
    public const string TfType = "aws_internet_gateway";

    private readonly AwsInternetGatewayConfig _config;

    public AwsInternetGateway(Construct scope, string id, AwsInternetGatewayConfig config)
        : base(scope, id, TfType, config) => _config = config;

    public TfString Arn => GetAttribute<TfString>("arn");
    public TfString Id => GetAttribute<TfString>("id");
    public TfString OwnerId => GetAttribute<TfString>("owner_id");
    public TfMap<TfString> Tags => GetAttribute<TfMap<TfString>>("tags");
    public TfMap<TfString> TagsAll => GetAttribute<TfMap<TfString>>("tags_all");
    public TfString VpcId => GetAttribute<TfString>("vpc_id");

    protected override void WriteArguments(TfObjectWriter writer)
    {
        writer.Write("id", _config.Id);
        writer.Write("tags", _config.Tags);
        writer.Write("tags_all", _config.TagsAll);
        writer.Write("vpc_id", _config.VpcId);
        writer.WriteBlock("timeouts", _config.Timeouts);
    }
}

public sealed record AwsInternetGatewayConfig : TerraformMetaArguments
{
    public TfString? Id { get; init; }

    public TfMap<TfString>? Tags { get; init; }

    public TfMap<TfString>? TagsAll { get; init; }

    public TfString? VpcId { get; init; }

    public AwsInternetGatewayTimeouts? Timeouts { get; init; }
}

/// <summary>The <c>timeouts</c> block.</summary>
public sealed record AwsInternetGatewayTimeouts : TfBlock
{
    public TfString? Create { get; init; }

    public TfString? Delete { get; init; }

    public TfString? Update { get; init; }

    protected override void WriteArguments(TfObjectWriter writer)
    {
        writer.Write("create", Create);
        writer.Write("delete", Delete);
        writer.Write("update", Update);
    }
}
