using System.Text;
using System.Text.Json;
using Wumbo.Cdktf.Pipeline;
using Wumbo.Model;
using Wumbo.Policies.Rules;
using Wumbo.Testing;

namespace Wumbo.Cdktf.Tests.Policies;

/// <summary>
/// The policy pack as a whole: its rules (each one's failing example is its trigger in DiagnosticTriggers.Policy, its
/// passing example the checked-in stacks), where a finding points, and what waivers write and print.
/// </summary>
public sealed class PolicyPackTests
{
    [Fact]
    public void The_pack_has_at_least_forty_rules_with_ids_in_order_scanner_ids_and_a_fix()
    {
        var ids = PolicyRules.All.Select(r => r.Id).ToList();

        Assert.True(ids.Count >= 40, $"{ids.Count} rules");
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(PolicyRules.All, r => Assert.Matches("^WUM5[0-8][0-9]{2}$", r.Id));
        Assert.All(PolicyRules.All, r => Assert.NotEmpty(r.Fix));
        Assert.All(PolicyRules.All.Where(r => r.Ids.All.Any()), r => Assert.All(r.Ids.All, id => Assert.DoesNotContain(' ', id)));
    }

    [Fact]
    public void Every_resource_type_the_stacks_emit_that_a_scanner_checks_is_read_by_a_rule()
    {
        // The default security group is read through its VPC (WUM5042), as checkov's graph check does.
        var read = PolicyRules.All.SelectMany(r => r.ResourceTypes).ToHashSet(StringComparer.Ordinal);
        string[] covered =
        [
            "aws_vpc", "aws_subnet", "aws_security_group", "aws_vpc_security_group_ingress_rule",
            "aws_vpc_security_group_egress_rule", "aws_vpc_endpoint", "aws_secretsmanager_secret", "aws_kms_key", "aws_ecr_repository",
            "aws_db_instance", "aws_db_parameter_group", "aws_elasticache_replication_group", "aws_ecs_task_definition", "aws_ecs_service",
            "aws_ecs_cluster", "aws_iam_role", "aws_iam_role_policy", "aws_lb", "aws_lb_listener", "aws_lb_target_group", "aws_wafv2_web_acl",
            "aws_amplify_app", "aws_cloudfront_distribution", "aws_s3_bucket", "aws_sns_topic", "aws_sns_topic_policy",
            "aws_cloudwatch_log_group", "aws_cloudwatch_metric_alarm", "aws_backup_vault", "aws_backup_plan", "aws_acm_certificate",
        ];

        Assert.All(covered, type => Assert.Contains(type, read));
    }

    [Fact]
    public void A_finding_points_at_the_environment_file_line_its_value_came_from()
    {
        var diagnostics = Synthesize("production.yaml", "  deletion_protection: true\n  database_name", "  deletion_protection: false\n  database_name");

        var finding = Assert.Single(diagnostics, d => d.Code == "WUM5004");
        var line = LineOf("production.yaml", "  deletion_protection: true\n  database_name");
        Assert.StartsWith($"environments/production.yaml({line},", finding.ToString(), StringComparison.Ordinal);
        Assert.Contains("aws_db_instance.database_instance_D7FC2283 (production/database/instance)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("CKV_AWS_293", finding.Message, StringComparison.Ordinal);
        Assert.Equal("database.deletion_protection", finding.ModelPath);
    }

    [Fact]
    public void Every_rule_passes_on_the_checked_in_environments_or_carries_an_unexpired_waiver()
    {
        var loaded = EnvironmentLoader.Load(CheckedInEnvironments.Files());
        var result = WumboSynthesis.Run(loaded.Environments, loaded.Sources, FixedClock.Today);

        Assert.Empty(result.Diagnostics);
        Assert.All(loaded.Environments.SelectMany(e => e.Policy.Waivers), w => Assert.True(w.Reason.Length >= 10));
        Assert.Equal(loaded.Environments.Sum(e => e.Policy.Waivers.Length), result.ActiveWaivers.Values.Sum(w => w.Length));
    }

    [Fact]
    public void A_waiver_is_written_into_its_resource_for_checkov_and_trivy()
    {
        var loaded = EnvironmentLoader.Load(CheckedInEnvironments.Files());
        var stack = WumboSynthesis.Run(loaded.Environments, loaded.Sources, FixedClock.Today).Synthesis.Find("stacks/production/cdk.tf.json")!;

        using var json = JsonDocument.Parse(stack);
        var comment = json.RootElement.GetProperty("resource").GetProperty("aws_lb").GetProperty("compute_load-balancer_alb_7378EDAB").GetProperty("//");
        Assert.Equal("trivy:ignore:AVD-AWS-0053", comment.GetProperty("trivy")[0].GetString());
        Assert.StartsWith("WUM5057 waived until 2027-06-30: ", comment.GetProperty("policy")[0].GetString(), StringComparison.Ordinal);
        var bucket = json.RootElement.GetProperty("resource").GetProperty("aws_s3_bucket").EnumerateObject().Single().Value.GetProperty("//");
        Assert.StartsWith("checkov:skip=CKV_AWS_145:", bucket.GetProperty("checkov")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_expired_waiver_fails_on_the_day_after_its_expiry_and_not_before()
    {
        var loaded = EnvironmentLoader.Load(CheckedInEnvironments.Files());
        var expiry = loaded.Environments.SelectMany(e => e.Policy.Waivers).Min(w => w.Expires.Date);

        Assert.True(WumboSynthesis.Run(loaded.Environments, loaded.Sources, expiry).Success);
        var after = WumboSynthesis.Run(loaded.Environments, loaded.Sources, expiry.AddDays(1));
        Assert.Contains(after.Diagnostics, d => d.Code == "WUM5901" && d.Span?.File == "environments/production.yaml");
        Assert.Empty(after.Synthesis.Artifacts);
    }

    private static System.Collections.Immutable.ImmutableArray<Wumbo.Diagnostics.Diagnostic> Synthesize(string file, string from, string to)
    {
        var files = CheckedInEnvironments.Files().Select(f => f.Path == "environments/" + file
            ? f with { Content = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(f.Content.Span).Replace(from, to, StringComparison.Ordinal)) }
            : f).ToList();
        var loaded = EnvironmentLoader.Load(files);
        Assert.Empty(loaded.Diagnostics);
        return WumboSynthesis.Run(loaded.Environments, loaded.Sources, FixedClock.Today).Diagnostics;
    }

    private static int LineOf(string file, string text)
    {
        var content = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "environments", file));
        return content[..content.IndexOf(text, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
    }
}
