using System.ComponentModel;

namespace Wumbo.Model.Domain;

/// <summary>
/// One Wumbo environment (development, staging or production), as loaded and validated from
/// <c>environments/&lt;name&gt;.yaml</c>. Every emitter (Terraform, docs) reads only this record.
/// </summary>
[Description("One Wumbo deployment environment: everything the Terraform stacks and the docs are compiled from.")]
public sealed record EnvironmentModel(
    EnvironmentIdentity Environment,
    DnsSettings Dns,
    EmailSettings Email,
    NetworkSettings Network,
    SecuritySettings Security,
    RegistrySettings Registry,
    DatabaseSettings Database,
    CacheSettings Cache,
    ComputeSettings Compute,
    MonitoringSettings Monitoring,
    FrontendSettings Frontend,
    MobileSettings Mobile,
    [Description("Where Terraform keeps this environment's state.")]
    StateBackend StateBackend,
    UsageAssumptions Usage,
    PolicySettings Policy)
{
    /// <summary>The environment's name, which is also its stack name and the prefix of its resources.</summary>
    public string Name => Environment.Name;

    /// <summary>Whether production-only controls apply.</summary>
    public bool IsProduction => Environment.Tier == EnvironmentTier.Production;

    /// <summary>The AWS names of the environment's resources, derived here once for the stacks and the docs.</summary>
    public EnvironmentNames Names => new(this);
}
