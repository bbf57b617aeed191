using System.Collections.Frozen;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// Resource types whose replacement loses data or breaks clients: moving one to a new address without a
/// <c>moved</c> block makes Terraform destroy and recreate it. The snapshot tests guard these addresses.
/// </summary>
public static class StatefulResources
{
    public static IReadOnlySet<string> Types { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "aws_db_instance",
        "aws_elasticache_replication_group",
        "aws_kms_key",
        "aws_secretsmanager_secret",
        "aws_ecr_repository",
        "aws_s3_bucket",
        "aws_cloudwatch_log_group",
        "aws_backup_vault");
}
