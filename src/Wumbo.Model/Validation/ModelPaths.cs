using System.Globalization;
using Wumbo.Model.Domain;
using Wumbo.Model.Shapes;

namespace Wumbo.Model.Validation;

/// <summary>
/// Model paths in YAML wire names (snake_case parameter names joined with '.', list items as [i]),
/// the keys of <see cref="Binding.SourceMap"/>. A test checks every constant against the records.
/// </summary>
internal static class ModelPaths
{
    public const string EnvironmentName = "environment.name";
    public const string DnsApiHost = "dns.api_host";
    public const string VpcCidr = "network.vpc_cidr";
    public const string AvailabilityZones = "network.availability_zones";
    public const string NatGateways = "network.nat_gateways";
    public const string VpcEndpoints = "network.vpc_endpoints";
    public const string Subnets = "network.subnets";
    public const string Secrets = "security.secrets";
    public const string Repositories = "registry.repositories";
    public const string Waivers = "policy.waivers";
    public const string CiBranches = "registry.ci_access.branches";
    public const string DatabaseEngineVersion = "database.engine_version";
    public const string DatabaseInstanceClass = "database.instance_class";
    public const string DatabaseMultiAz = "database.multi_az";
    public const string AllocatedStorage = "database.allocated_storage_gb";
    public const string MaxAllocatedStorage = "database.max_allocated_storage_gb";
    public const string BackupRetention = "database.backup_retention_days";
    public const string CacheEngineVersion = "cache.engine_version";
    public const string CacheNodeType = "cache.node_type";
    public const string CacheReplicas = "cache.replicas";
    public const string CacheMultiAz = "cache.multi_az";
    public const string CacheTransitEncryption = "cache.transit_encryption";
    public const string Services = "compute.services";
    public const string Migration = "compute.migration";
    public const string OwnsOidcProvider = "registry.ci_access.owns_oidc_provider";
    public const string OwnsDomainIdentity = "email.owns_domain_identity";
    public const string FrontendHost = "frontend.host";
    public const string IosBundleId = "mobile.ios_bundle_id";
    public const string AndroidPackage = "mobile.android_package";
    public const string StateBackend = "state_backend";

    public static string Item(string list, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{list}[{index}]");

    public static string Item(string list, int index, string field) => Item(list, index) + "." + field;

    public static string Service(int index, string field) => Item(Services, index, field);

    /// <summary>
    /// The one key of the state_backend mapping that names the variant, e.g. <c>state_backend.s3</c>: the case
    /// name the binder reads, from the same shape.
    /// </summary>
    public static string StateBackendVariant(StateBackend backend) =>
        StateBackend + "." + ((UnionShape)ModelShapes.For(typeof(StateBackend))).Cases.Single(c => c.Shape.Type == backend.GetType()).WireName;
}
