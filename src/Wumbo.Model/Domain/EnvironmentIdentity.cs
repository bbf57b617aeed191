using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Wumbo.Model.Domain;

[Description("Who the environment is: its name, git branch, AWS region and account.")]
public sealed record EnvironmentIdentity(
    [Description("Environment name; also the Terraform stack name and the resource name prefix.")]
    [RegularExpression("^[a-z][a-z0-9-]{1,30}$")]
    string Name,
    [Description("development, staging or production. Production-only controls (a WAF on the load balancer, AWS Backup of the database, enhanced database monitoring) read this, never the name.")]
    EnvironmentTier Tier,
    [Description("Git branch that deploys to this environment; null when none deploys automatically.")]
    string? GitBranch,
    [Description("AWS region the environment runs in.")]
    AwsRegion Region,
    [Description("Twelve-digit AWS account id; optional, pins the provider to that account when set.")]
    [RegularExpression("^[0-9]{12}$")]
    string? AccountId,
    [Description("What the environment is for, in a few words.")]
    string Purpose,
    [Description("Extra tags put on every resource (Project, Environment and ManagedBy are always set).")]
    ImmutableSortedDictionary<string, string> Tags);

/// <summary>What kind of environment this is; production-only controls key off it.</summary>
public enum EnvironmentTier
{
    [WireName("development")]
    Development,
    [WireName("staging")]
    Staging,
    [WireName("production")]
    Production,
}
