using System.Collections.Immutable;
using static Wumbo.Policies.Rules.Checks;
using static Wumbo.Policies.Rules.PolicyScope;

namespace Wumbo.Policies.Rules;

/// <summary>ElastiCache replication groups (SECURITY-RULES E1-E8; checkov and trivy check only clusters for some).</summary>
internal static class CacheRules
{
    private const string Group = "aws_elasticache_replication_group";

    public static ImmutableArray<PolicyRule> All { get; } =
    [
        new("WUM5021", "Cache is encrypted at rest", [Group], AllEnvironments, ScannerIds.Of("CKV_AWS_29", "AVD-AWS-0045", "ElastiCache.4"),
            "set cache.at_rest_encryption: true; it can only be set when the group is created", IsTrue("at_rest_encryption_enabled")),
        new("WUM5022", "Cache is encrypted in transit", [Group], AllEnvironments, ScannerIds.Of("CKV_AWS_30", "AVD-AWS-0051", "ElastiCache.5"),
            "set cache.transit_encryption: true", IsTrue("transit_encryption_enabled")),
        new("WUM5023", "Cache clients authenticate", [Group], AllEnvironments, ScannerIds.Of("CKV_AWS_31"),
            "attach a user group (user_group_ids) or an AUTH token kept in Secrets Manager, with transit encryption on",
            That((r, _) => r.Bool("transit_encryption_enabled") == true && (r.IsSet("auth_token") || r.IsSet("user_group_ids")), "no user group or AUTH token with transit encryption", "user_group_ids")),
        new("WUM5024", "Cache is encrypted with a customer-managed key", [Group], ProductionOnly, ScannerIds.Of("CKV_AWS_191"),
            "set security.customer_managed_key: true so kms_key_id names the environment's key", IsSet("kms_key_id")),
        new("WUM5025", "Cache fails over automatically", [Group], ProductionOnly, ScannerIds.Of("CKV2_AWS_50", "ElastiCache.3"),
            "set cache.multi_az: true with at least one replica", IsTrue("automatic_failover_enabled")),
        new("WUM5026", "Cache snapshots are kept", [Group], ProductionOnly, ScannerIds.Of("ElastiCache.1"),
            "set cache.snapshot_retention_days to 1 or more", Between("snapshot_retention_limit", 1, 35)),
        new("WUM5027", "Cache minor versions are upgraded automatically", [Group], AllEnvironments, ScannerIds.Of("ElastiCache.2"),
            "leave auto_minor_version_upgrade unset or true", That((r, _) => r.Bool("auto_minor_version_upgrade") != false, "auto_minor_version_upgrade is false", "auto_minor_version_upgrade")),
        new("WUM5028", "Cache runs in its own subnet group", [Group], AllEnvironments, ScannerIds.Of("ElastiCache.7"),
            "set subnet_group_name to a group of isolated subnets", IsSet("subnet_group_name")),
    ];
}
