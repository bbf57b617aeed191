using System.Text.Json;
using Wumbo.Testing.Stacks;

namespace Wumbo.Cdktf.Tests.Stacks;

/// <summary>Secrets, the production key, and what the security groups let through.</summary>
public sealed class SecurityIntentTests
{
    private static readonly string[] SecurityGroupTypes =
        ["aws_security_group", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"];

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void The_seed_s_three_secrets_exist_by_name_and_no_value_is_ever_written(string environment)
    {
        var stack = WumboStacks.For(environment);

        foreach (var secret in new[] { "plaid", "aws", "app-security" })
        {
            stack.HasResourceWithProperties("aws_secretsmanager_secret", new { name = $"{environment}/wumbo/{secret}" });
        }

        stack.HasResources("aws_secretsmanager_secret", 3);
        stack.HasNoResource("aws_secretsmanager_secret_version");
    }

    [Fact]
    public void Only_production_has_a_customer_managed_key_and_it_rotates()
    {
        WumboStacks.For("development").HasNoResource("aws_kms_key");
        WumboStacks.For("staging").HasNoResource("aws_kms_key");
        var key = WumboStacks.For("production").HasResourceWithProperties("aws_kms_key", new { enable_key_rotation = true, deletion_window_in_days = 30 });

        var policy = JsonencodeDecoder.Decode(key["policy"]!.Value.GetString()!);
        var services = policy.GetProperty("Statement").EnumerateArray()
            .Where(s => s.GetProperty("Principal").TryGetProperty("Service", out _))
            .Select(s => s.GetProperty("Principal").GetProperty("Service")[0].GetString());
        Assert.Equal(["logs.us-east-1.amazonaws.com", "cloudwatch.amazonaws.com"], services);
    }

    [Fact]
    public void In_production_the_key_encrypts_secrets_logs_database_cache_repositories_and_the_alarm_topic()
    {
        var stack = WumboStacks.For("production");
        var key = Match.ReferenceTo("aws_kms_key", "arn");

        stack.EveryResourceHasProperties("aws_secretsmanager_secret", new { kms_key_id = key, recovery_window_in_days = 30 });
        stack.EveryResourceHasProperties("aws_cloudwatch_log_group", new { kms_key_id = key });
        stack.HasResourceWithProperties("aws_db_instance", new { kms_key_id = key, master_user_secret_kms_key_id = key, performance_insights_kms_key_id = key });
        stack.HasResourceWithProperties("aws_elasticache_replication_group", new { kms_key_id = key });
        stack.EveryResourceHasProperties("aws_ecr_repository", new { encryption_configuration = new[] { new { encryption_type = "KMS", kms_key = key } } });
        stack.HasResourceWithProperties("aws_sns_topic", new { kms_master_key_id = key });
    }

    [Fact]
    public void Elsewhere_nothing_names_a_key_and_the_alarm_topic_stays_unencrypted()
    {
        var stack = WumboStacks.For("development");

        stack.EveryResourceHasProperties("aws_secretsmanager_secret", new { kms_key_id = Match.Absent, recovery_window_in_days = 7 });
        stack.EveryResourceHasProperties("aws_cloudwatch_log_group", new { kms_key_id = Match.Absent });
        stack.HasResourceWithProperties("aws_sns_topic", new { kms_master_key_id = Match.Absent });
    }

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void Only_the_load_balancer_is_open_to_the_internet_and_only_on_443_and_80(string environment)
    {
        var open = WumboStacks.For(environment).ResourcesWithProperties("aws_vpc_security_group_ingress_rule", new { cidr_ipv4 = "0.0.0.0/0" });

        Assert.Equal([80, 443], open.Select(r => r["from_port"]!.Value.GetInt32()).Order());
        Assert.All(open, r => Assert.Equal(r["from_port"]!.Value.GetInt32(), r["to_port"]!.Value.GetInt32()));
        Assert.All(open, r => Assert.StartsWith("compute_load-balancer_", r.LogicalId, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void What_leaves_the_vpc_is_https_only_and_every_other_rule_names_a_group_or_the_vpc(string environment)
    {
        var stack = WumboStacks.For(environment);

        foreach (var rule in stack.Resources("aws_vpc_security_group_egress_rule"))
        {
            if (rule["cidr_ipv4"] is { } cidr && cidr.GetString() == "0.0.0.0/0")
            {
                Assert.Equal(("tcp", 443, 443), (rule["ip_protocol"]!.Value.GetString(), rule["from_port"]!.Value.GetInt32(), rule["to_port"]!.Value.GetInt32()));
            }
            else
            {
                Assert.Equal(JsonValueKind.String, rule["referenced_security_group_id"]?.ValueKind);
            }
        }
    }

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void Every_security_group_and_rule_is_described(string environment)
    {
        var stack = WumboStacks.For(environment);

        Assert.All(SecurityGroupTypes, type => stack.EveryResourceHasProperties(type, new { description = Match.Pattern("\\S") }));
    }
}
