using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;

// Generator-shaped L1 for hashicorp/aws 5.100.0: one file per Terraform type (class, config, blocks).
namespace Wumbo.Cdktf.Aws;

/// <summary>The <c>aws_availability_zones</c> data source.</summary>
public sealed class DataAwsAvailabilityZones : TerraformDataSource
{
    public const string TfType = "aws_availability_zones";

    private readonly DataAwsAvailabilityZonesConfig _config;

    public DataAwsAvailabilityZones(Construct scope, string id, DataAwsAvailabilityZonesConfig config)
        : base(scope, id, TfType, config) => _config = config;

    public TfBool AllAvailabilityZones => GetAttribute<TfBool>("all_availability_zones");
    public TfList<TfString> ExcludeNames => GetAttribute<TfList<TfString>>("exclude_names");
    public TfList<TfString> ExcludeZoneIds => GetAttribute<TfList<TfString>>("exclude_zone_ids");
    public TfList<TfString> GroupNames => GetAttribute<TfList<TfString>>("group_names");
    public TfString Id => GetAttribute<TfString>("id");
    public TfList<TfString> Names => GetAttribute<TfList<TfString>>("names");
    public TfString State => GetAttribute<TfString>("state");
    public TfList<TfString> ZoneIds => GetAttribute<TfList<TfString>>("zone_ids");

    protected override void WriteArguments(TfObjectWriter writer)
    {
        writer.Write("all_availability_zones", _config.AllAvailabilityZones);
        writer.Write("exclude_names", _config.ExcludeNames);
        writer.Write("exclude_zone_ids", _config.ExcludeZoneIds);
        writer.Write("id", _config.Id);
        writer.Write("state", _config.State);
        writer.Write("filter", _config.Filter);
        writer.WriteBlock("timeouts", _config.Timeouts);
    }
}

public sealed record DataAwsAvailabilityZonesConfig : TerraformMetaArguments
{
    public TfBool? AllAvailabilityZones { get; init; }

    public TfList<TfString>? ExcludeNames { get; init; }

    public TfList<TfString>? ExcludeZoneIds { get; init; }

    public TfString? Id { get; init; }

    public TfString? State { get; init; }

    public TfList<DataAwsAvailabilityZonesFilter>? Filter { get; init; }

    public DataAwsAvailabilityZonesTimeouts? Timeouts { get; init; }
}

/// <summary>The <c>filter</c> block.</summary>
public sealed record DataAwsAvailabilityZonesFilter : TfBlock
{
    public required TfString Name { get; init; }

    public required TfList<TfString> Values { get; init; }

    protected override void WriteArguments(TfObjectWriter writer)
    {
        writer.Write("name", Name);
        writer.Write("values", Values);
    }
}

/// <summary>The <c>timeouts</c> block.</summary>
public sealed record DataAwsAvailabilityZonesTimeouts : TfBlock
{
    public TfString? Read { get; init; }

    protected override void WriteArguments(TfObjectWriter writer)
    {
        writer.Write("read", Read);
    }
}
