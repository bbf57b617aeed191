using Wumbo.Testing.Stacks;

namespace Wumbo.Cdktf.Tests.Stacks;

/// <summary>The database and the cache: the seed's sizes, and the secure settings every environment gets.</summary>
public sealed class DataStoreIntentTests
{
    [Theory]
    [InlineData("development", "db.t4g.micro", false)]
    [InlineData("staging", "db.t4g.small", false)]
    [InlineData("production", "db.t4g.small", true)]
    public void The_database_is_postgres_16_on_graviton_encrypted_private_with_a_managed_password(string environment, string instanceClass, bool multiAz) =>
        WumboStacks.For(environment).HasResourceWithProperties("aws_db_instance", new
        {
            identifier = $"{environment}-wumbo",
            engine = "postgres",
            engine_version = "16",
            instance_class = instanceClass,
            multi_az = multiAz,
            db_name = "wumbo",
            storage_encrypted = true,
            publicly_accessible = false,
            manage_master_user_password = true,
            password = Match.Absent,
            iam_database_authentication_enabled = true,
            auto_minor_version_upgrade = true,
            copy_tags_to_snapshot = true,
            enabled_cloudwatch_logs_exports = new[] { "postgresql", "upgrade" },
            db_subnet_group_name = Match.ReferenceTo("aws_db_subnet_group", "name"),
            parameter_group_name = Match.ReferenceTo("aws_db_parameter_group", "name"),
        });

    [Fact]
    public void Production_protects_monitors_and_backs_up_the_database()
    {
        var stack = WumboStacks.For("production");

        stack.HasResourceWithProperties("aws_db_instance", new
        {
            deletion_protection = true,
            skip_final_snapshot = false,
            final_snapshot_identifier = "production-wumbo-final",
            performance_insights_enabled = true,
            monitoring_interval = 60,
            monitoring_role_arn = Match.ReferenceTo("aws_iam_role", "arn"),
            backup_retention_period = 14,
        });
        stack.HasResourceWithProperties("aws_backup_selection", new { resources = new[] { Match.ReferenceTo("aws_db_instance", "arn") } });
        stack.HasResourceWithProperties("aws_backup_vault", new { kms_key_arn = Match.ReferenceTo("aws_kms_key", "arn") });
    }

    [Fact]
    public void Development_can_be_torn_down_and_has_no_backup_plan()
    {
        var stack = WumboStacks.For("development");

        stack.HasResourceWithProperties("aws_db_instance", new { deletion_protection = false, skip_final_snapshot = true, monitoring_interval = 0, backup_retention_period = 7 });
        stack.HasNoResource("aws_backup_plan");
    }

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void The_parameter_group_forces_tls(string environment) =>
        WumboStacks.For(environment).HasResourceWithProperties("aws_db_parameter_group", new
        {
            family = "postgres16",
            parameter = new[] { new { name = "rds.force_ssl", value = "1" } },
        });

    [Theory]
    [InlineData("development", "cache.t4g.micro", 1, false)]
    [InlineData("staging", "cache.t4g.micro", 1, false)]
    [InlineData("production", "cache.r7g.large", 2, true)]
    public void The_cache_is_redis_7_1_encrypted_and_fails_over_where_it_has_a_replica(string environment, string nodeType, int nodes, bool failover) =>
        WumboStacks.For(environment).HasResourceWithProperties("aws_elasticache_replication_group", new
        {
            replication_group_id = $"{environment}-wumbo",
            engine = "redis",
            engine_version = "7.1",
            node_type = nodeType,
            num_cache_clusters = nodes,
            automatic_failover_enabled = failover,
            multi_az_enabled = failover,
            at_rest_encryption_enabled = "true",
            transit_encryption_enabled = true,
            transit_encryption_mode = "required",
            auth_token = Match.Absent,
            user_group_ids = new[] { Match.ReferenceTo("aws_elasticache_user_group", "user_group_id") },
        });

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void The_cache_admits_only_an_iam_authenticated_user_and_switches_the_default_user_off(string environment)
    {
        var stack = WumboStacks.For(environment);

        stack.HasResourceWithProperties("aws_elasticache_user", new { user_name = "default", access_string = "off -@all", passwords = Match.Absent });
        stack.HasResourceWithProperties("aws_elasticache_user", new
        {
            user_id = $"{environment}-wumbo-app",
            user_name = $"{environment}-wumbo-app",
            authentication_mode = new { type = "iam" },
            passwords = Match.Absent,
        });
    }

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void The_data_stores_live_in_the_isolated_subnets(string environment)
    {
        var stack = WumboStacks.For(environment);
        var isolated = stack.ResourcesWithProperties("aws_subnet", new { tags = new { Tier = "isolated" } }).Select(s => $"${{{s.Address}.id}}").ToArray();

        stack.HasResourceWithProperties("aws_db_subnet_group", new { subnet_ids = isolated });
        stack.HasResourceWithProperties("aws_elasticache_subnet_group", new { subnet_ids = isolated });
    }
}
