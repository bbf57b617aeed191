using System.Collections.Frozen;

namespace Wumbo.Preview.Stateful;

/// <summary>
/// The force-new arguments of the stateful types the stacks emit (<c>Wumbo.Cdktf.Stacks.StatefulResources</c>), for
/// hashicorp/aws 5.100.0. <c>terraform providers schema -json</c> does not say which arguments force a replacement
/// (its attributes carry type, required, optional, computed, sensitive, write_only, deprecated and a description;
/// there is no <c>requires_replace</c> or <c>force_new</c>), so this table is written down by hand from the
/// provider's resource schemas (<c>ForceNew: true</c> in hashicorp/terraform-provider-aws, files named below) and
/// its changelog. Only unconditional <c>ForceNew</c> is listed: replacements the provider decides in a
/// <c>CustomizeDiff</c> (an ElastiCache engine or version downgrade) are not predicted. A test checks that every
/// argument named here exists in the checked-in schema subset, and that the types are the stacks' stateful types.
/// </summary>
public static class StatefulTypes
{
    public static FrozenDictionary<string, StatefulType> ByType { get; } = new StatefulType[]
    {
        // internal/service/rds/instance.go. Not identifier and identifier_prefix: since 5.0.0 a new identifier renames
        // the instance in place (CHANGELOG 5.0.0, #31232); the endpoint changes, the data stays.
        new("aws_db_instance", "database", [
            "availability_zone", "backup_target", "character_set_name", "custom_iam_instance_profile", "db_name", "engine",
            "kms_key_id", "nchar_character_set_name", "restore_to_point_in_time", "s3_import", "snapshot_identifier",
            "storage_encrypted", "timezone", "username"]),

        // internal/service/elasticache/replication_group.go.
        new("aws_elasticache_replication_group", "cache", [
            "at_rest_encryption_enabled", "data_tiering_enabled", "global_replication_group_id", "kms_key_id", "network_type",
            "port", "replication_group_id", "security_group_names", "snapshot_arns", "snapshot_name", "subnet_group_name"]),

        // internal/service/kms/key.go.
        new("aws_kms_key", "KMS key", ["custom_key_store_id", "customer_master_key_spec", "key_usage", "multi_region", "xks_key_id"]),

        // internal/service/secretsmanager/secret.go.
        new("aws_secretsmanager_secret", "secret", ["name", "name_prefix"]),

        // internal/service/ecr/repository.go: the encryption_configuration block and both its fields.
        new("aws_ecr_repository", "container repository", ["encryption_configuration", "name"]),

        // internal/service/s3/bucket.go; website/docs/r/s3_bucket.html.markdown marks the same "Forces new resource".
        new("aws_s3_bucket", "bucket", ["bucket", "bucket_prefix", "object_lock_enabled"]),

        // internal/service/logs/group.go.
        new("aws_cloudwatch_log_group", "log group", ["log_group_class", "name", "name_prefix"]),

        // internal/service/backup/vault.go.
        new("aws_backup_vault", "backup vault", ["kms_key_arn", "name"]),
    }.ToFrozenDictionary(t => t.Type, StringComparer.Ordinal);
}
