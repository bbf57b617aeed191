using System.ComponentModel;

namespace Wumbo.Model.Domain;

/// <summary>
/// Where Terraform keeps an environment's state. Written in YAML as a mapping with exactly one key,
/// <c>local</c>, <c>s3</c> or <c>terraform_cloud</c>, whose value holds that backend's settings.
/// </summary>
public abstract record StateBackend;

[Description("State in a local file next to the stack (the default).")]
public sealed record LocalStateBackend(
    [Description("State file path relative to the stack directory; default terraform.<env>.tfstate.")]
    string? Path) : StateBackend;

[Description("State in S3 with locking.")]
public sealed record S3StateBackend(
    [Description("Bucket name.")]
    string Bucket,
    [Description("Object key, for example wumbo/development.tfstate.")]
    string Key,
    [Description("Bucket region.")]
    AwsRegion Region,
    [Description("DynamoDB table for state locking; null uses S3-native locking (use_lockfile).")]
    string? DynamodbTable) : StateBackend;

[Description("State in Terraform Cloud (HCP Terraform), one workspace per environment.")]
public sealed record TerraformCloudStateBackend(
    [Description("Organization name.")]
    string Organization,
    [Description("Workspace name, for example wumbo-development.")]
    string Workspace,
    [Description("Host name; null means app.terraform.io.")]
    string? Hostname) : StateBackend;
