using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;

// Generator-shaped provider for hashicorp/aws 5.100.0; only the arguments Wumbo uses so far
// (the generator will emit all of them, including the assume_role and endpoints blocks).
namespace Wumbo.Cdktf.Aws;

/// <summary>The <c>aws</c> provider, pinned to <c>hashicorp/aws</c> 5.100.0.</summary>
public sealed class AwsProvider : TerraformProvider
{
    public const string TfType = "aws";
    public const string ProviderSource = "hashicorp/aws";
    public const string ProviderVersion = "5.100.0";

    private readonly AwsProviderConfig _config;

    public AwsProvider(Construct scope, string id, AwsProviderConfig config)
        : base(scope, id, TfType, ProviderSource, ProviderVersion, config.Alias) => _config = config;

    protected override void WriteArguments(TfObjectWriter writer)
    {
        writer.Write("allowed_account_ids", _config.AllowedAccountIds);
        writer.Write("default_tags", _config.DefaultTags);
        writer.Write("forbidden_account_ids", _config.ForbiddenAccountIds);
        writer.Write("profile", _config.Profile);
        writer.Write("region", _config.Region);
    }
}

public sealed record AwsProviderConfig
{
    /// <summary>The provider meta-argument <c>alias</c>; resources select the instance with <c>Provider</c>.</summary>
    public string? Alias { get; init; }

    public TfList<TfString>? AllowedAccountIds { get; init; }

    public TfList<AwsProviderDefaultTags>? DefaultTags { get; init; }

    public TfList<TfString>? ForbiddenAccountIds { get; init; }

    public TfString? Profile { get; init; }

    public TfString? Region { get; init; }
}

/// <summary>The <c>default_tags</c> block.</summary>
public sealed record AwsProviderDefaultTags : TfBlock
{
    public TfMap<TfString>? Tags { get; init; }

    protected override void WriteArguments(TfObjectWriter writer)
    {
        writer.Write("tags", Tags);
    }
}
