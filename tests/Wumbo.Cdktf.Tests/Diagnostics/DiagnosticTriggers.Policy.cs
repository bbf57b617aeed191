using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Expressions;
using Wumbo.Cdktf.Pipeline;
using Wumbo.Cdktf.Stacks;
using Wumbo.Diagnostics;
using Wumbo.Model;
using Wumbo.Policies.Engine;
using Wumbo.Testing;

namespace Wumbo.Cdktf.Tests.Diagnostics;

/// <summary>
/// WUM5xxx: the policy pack on the checked-in production stack with one resource made to break one rule, through
/// the cdktf escape hatch (an override; lists merge by appending, as cdktf's do, so a list is replaced by null) or a resource added as raw JSON where the stacks have none of its type. These
/// are the rules' failing examples, as checkov's fixtures are; the unbroken stacks are their passing ones.
/// </summary>
internal static partial class DiagnosticTriggers
{
    private static Part Policy() => new()
    {
        { Rule("WUM5001"), () => Set("database/instance", "storage_encrypted", false) },
        { Rule("WUM5002"), () => Set("database/instance", "publicly_accessible", true) },
        { Rule("WUM5003"), () => Set("database/instance", "backup_retention_period", 1) },
        { Rule("WUM5004"), () => Set("database/instance", "deletion_protection", false) },
        { Rule("WUM5005"), () => Set("database/instance", "iam_database_authentication_enabled", false) },
        { Rule("WUM5006"), () => Set("database/instance", "auto_minor_version_upgrade", Tf.Null) },
        { Rule("WUM5007"), () => Set("database/instance", "enabled_cloudwatch_logs_exports", Tf.Null) },
        { Rule("WUM5008"), () => Set("database/instance", "monitoring_interval", 0) },
        { Rule("WUM5009"), () => Set("database/instance", "multi_az", false) },
        { Rule("WUM5010"), () => Set("database/instance", "copy_tags_to_snapshot", false) },
        { Rule("WUM5011"), () => Set("database/instance", "performance_insights_enabled", false) },
        { Rule("WUM5012"), () => Set("database/instance", "performance_insights_kms_key_id", Tf.Null) },
        { Rule("WUM5013"), () => Set("database/parameter-group", "parameter", Tf.Null) },
        { Rule("WUM5014"), () => Set("database/instance", "ca_cert_identifier", "rds-ca-2019") },
        { Rule("WUM5021"), () => Set("cache/replication-group", "at_rest_encryption_enabled", "false") },
        { Rule("WUM5022"), () => Set("cache/replication-group", "transit_encryption_enabled", false) },
        { Rule("WUM5023"), () => Set("cache/replication-group", "user_group_ids", Tf.Null) },
        { Rule("WUM5024"), () => Set("cache/replication-group", "kms_key_id", Tf.Null) },
        { Rule("WUM5025"), () => Set("cache/replication-group", "automatic_failover_enabled", false) },
        { Rule("WUM5026"), () => Set("cache/replication-group", "snapshot_retention_limit", 0) },
        { Rule("WUM5027"), () => Set("cache/replication-group", "auto_minor_version_upgrade", "false") },
        { Rule("WUM5028"), () => Set("cache/replication-group", "subnet_group_name", Tf.Null) },
        { Rule("WUM5031"), () => Set("cache/security-group", "description", "Managed by Terraform") },
        { Rule("WUM5032"), () => Set("compute/backend/from-load-balancer-in", "cidr_ipv4", "0.0.0.0/0") },
        { Rule("WUM5033"), () => Set("compute/backend/https-out", "ip_protocol", "-1") },
        { Rule("WUM5034"), () => Raw("aws_security_group", ("description", "Unused"), ("vpc_id", "vpc-1")) },
        { Rule("WUM5041"), () => Set("security/flow-logs/flow-log", "vpc_id", "vpc-elsewhere") },
        { Rule("WUM5042"), () => Set("security/network/default-security-group", "ingress", Tf.List(Tf.Map(("from_port", 0), ("to_port", 0), ("protocol", "-1"), ("self", true)))) },
        { Rule("WUM5043"), () => Set("security/network/public-1", "map_public_ip_on_launch", true) },
        { Rule("WUM5044"), () => Raw("aws_default_vpc") },
        { Rule("WUM5045"), () => Set("security/endpoints/ecr-api", "private_dns_enabled", false) },
        { Rule("WUM5046"), () => Set("security/endpoints/s3", "vpc_id", "vpc-elsewhere") },
        { Rule("WUM5051"), () => Set("compute/load-balancer/alb", "drop_invalid_header_fields", false) },
        { Rule("WUM5052"), () => Set("compute/load-balancer/https", "protocol", "HTTP") },
        { Rule("WUM5053"), () => Set("compute/load-balancer/https", "ssl_policy", "ELBSecurityPolicy-2016-08") },
        { Rule("WUM5054"), () => Set("compute/load-balancer/alb", "enable_deletion_protection", false) },
        { Rule("WUM5055"), () => Set("compute/load-balancer/alb", "access_logs.enabled", false) },
        { Rule("WUM5056"), () => Set("compute/load-balancer/alb", "desync_mitigation_mode", "monitor") },
        { Rule("WUM5057"), () => Raw("aws_lb", ("internal", false)) },
        { Rule("WUM5058"), () => Set("compute/load-balancer/firewall/association", "resource_arn", "arn:aws:elasticloadbalancing:elsewhere") },
        { Rule("WUM5059"), () => Set("compute/load-balancer/api-targets", "health_check.enabled", false) },
        { Rule("WUM5061"), () => Containers(("privileged", true)) },
        { Rule("WUM5062"), () => Containers(("readonlyRootFilesystem", false)) },
        { Rule("WUM5063"), () => Set("compute/backend/service", "network_configuration.assign_public_ip", true) },
        { Rule("WUM5064"), () => Set("compute/cluster", "setting", Tf.Null) },
        { Rule("WUM5065"), () => Containers(("environment", Tf.List(Tf.Map(("name", "DB_PASSWORD"), ("value", "x"))))) },
        { Rule("WUM5066"), () => Set("compute/backend/task-definition", "task_role_arn", Tf.Null) },
        { Rule("WUM5067"), () => Set("compute/backend/task-definition", "pid_mode", "host") },
        { Rule("WUM5068"), () => Set("compute/backend/service", "platform_version", "1.3.0") },
        { Rule("WUM5069"), () => Containers(("logConfiguration", Tf.Null)) },
        { Rule("WUM5070"), () => Set("compute/cluster", "configuration.execute_command_configuration.logging", "NONE") },
        { Rule("WUM5071"), () => Set("ecr/backend", "image_scanning_configuration.scan_on_push", false) },
        { Rule("WUM5072"), () => Set("ecr/backend", "image_tag_mutability", "MUTABLE") },
        { Rule("WUM5073"), () => Set("ecr/backend", "encryption_configuration", Tf.Null) },
        { Rule("WUM5074"), () => Set("ecr/backend-lifecycle", "repository", "elsewhere") },
        { Rule("WUM5075"), () => Raw("aws_ecr_repository_policy", ("policy", PublicPolicy("ecr:*"))) },
        { Rule("WUM5076"), () => Set("ecr/backend", "encryption_configuration", Tf.Null) },
        { Rule("WUM5081"), () => Set("compute/backend/log-group", "retention_in_days", Tf.Null) },
        { Rule("WUM5082"), () => Set("security/flow-logs/log-group", "retention_in_days", 90) },
        { Rule("WUM5083"), () => Set("compute/backend/log-group", "kms_key_id", Tf.Null) },
        { Rule("WUM5084"), () => Set("monitoring/alarms/alb-5xx", "actions_enabled", false) },
        { Rule("WUM5091"), () => Set("security/secrets/plaid", "kms_key_id", "alias/aws/secretsmanager") },
        { Rule("WUM5092"), () => Raw("aws_secretsmanager_secret", ("name", "unrotated")) },
        { Rule("WUM5093"), () => Raw("aws_secretsmanager_secret_rotation", ("secret_id", "x"), ("rotation_rules", Tf.Map(("automatically_after_days", 365)))) },
        { Rule("WUM5101"), () => Set("security/encryption-key/key", "enable_key_rotation", false) },
        { Rule("WUM5102"), () => Set("security/encryption-key/key", "policy", PublicPolicy("kms:Decrypt")) },
        { Rule("WUM5103"), () => Set("security/encryption-key/key", "deletion_window_in_days", 7) },
        { Rule("WUM5111"), () => Set("monitoring/alarm-topic", "kms_master_key_id", "alias/aws/sns") },
        { Rule("WUM5112"), () => Set("monitoring/alarm-topic-policy", "policy", PublicPolicy("sns:Publish")) },
        { Rule("WUM5121"), () => Raw("aws_iam_user_policy", ("user", "ci")) },
        { Rule("WUM5122"), () => Set("compute/backend/task-role-policy", "policy", Policy(("Effect", "Allow"), ("Action", Tf.List("*")), ("Resource", Tf.List("*")))) },
        { Rule("WUM5123"), () => Set("compute/backend/task-role-policy", "policy", Policy(("Effect", "Allow"), ("Action", Tf.List("s3:GetObject")), ("Resource", Tf.List("*")))) },
        { Rule("WUM5124"), () => Raw("aws_iam_user", ("name", "ci")) },
        { Rule("WUM5125"), () => Set("compute/backend/task-role", "assume_role_policy", PublicPolicy("sts:AssumeRole")) },
        { Rule("WUM5131"), () => Set("compute/load-balancer/access-logs/public-access-block", "block_public_policy", false) },
        { Rule("WUM5132"), () => Set("compute/load-balancer/access-logs/encryption", "bucket", "elsewhere") },
        { Rule("WUM5133"), () => Raw("aws_s3_bucket", ("bucket", "unencrypted")) },
        { Rule("WUM5134"), () => Set("compute/load-balancer/access-logs/versioning", "versioning_configuration.status", "Suspended") },
        { Rule("WUM5135"), () => Raw("aws_s3_bucket", ("bucket", "unlogged")) },
        { Rule("WUM5136"), () => Set("compute/load-balancer/access-logs/ownership", "rule.object_ownership", "ObjectWriter") },
        { Rule("WUM5141"), () => Raw("aws_cloudfront_distribution", ("default_cache_behavior", Tf.Map(("viewer_protocol_policy", "allow-all")))) },
        { Rule("WUM5142"), () => Raw("aws_cloudfront_distribution", ("viewer_certificate", Tf.Map(("cloudfront_default_certificate", true)))) },
        { Rule("WUM5143"), () => Raw("aws_cloudfront_distribution") },
        { Rule("WUM5144"), () => Raw("aws_cloudfront_distribution") },
        { Rule("WUM5145"), () => Raw("aws_cloudfront_distribution", ("origin", Tf.List(Tf.Map(("origin_id", "bucket"))))) },
        { Rule("WUM5151"), () => Set("compute/load-balancer/firewall/web-acl", "rule", Tf.Null) },
        { Rule("WUM5152"), () => Set("dns/api-certificate/certificate", "lifecycle.create_before_destroy", false) },
        { Rule("WUM5161"), () => Set("database/backup/vault", "kms_key_arn", Tf.Null) },
        { Rule("WUM5162"), () => Set("database/backup/plan", "rule", Tf.List(Tf.Map(("rule_name", "daily"), ("lifecycle", Tf.Map(("delete_after", 1)))))) },
        { Rule("WUM5171"), () => Set("frontend/amplify/app", "environment_variables", Tf.Map(("PLAID_SECRET", "x"))) },
        { PolicyDiagnostics.ExpiredWaiver, () => Production("expires: 2027-06-30\n", "expires: 2026-01-31\n") },
        { PolicyDiagnostics.UnknownRule, () => Production("rule: WUM5057", "rule: WUM5899") },
        { PolicyDiagnostics.UnusedWaiver, () => Production("resource: aws_lb.compute_load-balancer_alb_7378EDAB", "resource: aws_lb.gone") },
    };

    private static DiagnosticDescriptor Rule(string id) => Wumbo.Policies.Rules.PolicyRules.Find(id)!.Descriptor;

    /// <summary>The checked-in environments, their app changed by <paramref name="change"/>, through the pipeline every host runs.</summary>
    private static IEnumerable<Diagnostic> Policed(Action<App> change, IEnumerable<SourceFile>? files = null)
    {
        var loaded = EnvironmentLoader.Load(files ?? CheckedIn);
        var app = WumboApp.Build(loaded.Environments);
        change(app);
        return [.. loaded.Diagnostics, .. WumboSynthesis.Run(app, loaded.Environments, loaded.Sources, FixedClock.Today).Diagnostics];
    }

    /// <summary>One argument of a production resource (by its construct path below the stack) overridden.</summary>
    private static IEnumerable<Diagnostic> Set(string path, string argument, Expression value) =>
        Policed(app => app.Node.FindAll().OfType<TerraformResource>().Single(r => r.Node.Path == "production/" + path).AddOverride(argument, value));

    /// <summary>A resource the stacks do not emit, added to the production stack as raw JSON.</summary>
    private static IEnumerable<Diagnostic> Raw(string type, params (string Key, Expression Value)[] arguments) =>
        Policed(app => app.Node.Children.OfType<TerraformStack>().Single(s => s.Node.Id == "production")
            .AddOverride($"resource.{type}.example", Tf.Map(arguments)));

    /// <summary>The backend's container definitions replaced by one container with the given fields.</summary>
    private static IEnumerable<Diagnostic> Containers(params (string Key, Expression Value)[] fields) =>
        Set("compute/backend/task-definition", "container_definitions", Fn.Jsonencode(Tf.List(Tf.Map([
            ("name", "backend"), ("readonlyRootFilesystem", true), ("logConfiguration", Tf.Map(("logDriver", "awslogs"))), .. fields]))));

    private static Expression Policy(params (string Key, Expression Value)[] statement) =>
        Fn.Jsonencode(Tf.Map(("Version", "2012-10-17"), ("Statement", Tf.List(Tf.Map(statement)))));

    private static Expression PublicPolicy(string action) =>
        Policy(("Effect", "Allow"), ("Principal", "*"), ("Action", Tf.List(action)), ("Resource", Tf.List("*")));

    /// <summary>The production environment file edited, loaded and synthesized.</summary>
    private static IEnumerable<Diagnostic> Production(string from, string to) =>
        Policed(_ => { }, CheckedIn.Select(f => f.Path == "environments/production.yaml" ? f with { Content = System.Text.Encoding.UTF8.GetBytes(Replaced(Text(f), from, to)) } : f));
}
