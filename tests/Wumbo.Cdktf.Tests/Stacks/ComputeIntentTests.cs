using System.Text.Json;
using Wumbo.Testing.Stacks;

namespace Wumbo.Cdktf.Tests.Stacks;

/// <summary>The cluster, the three services, their containers, the load balancer and the migration task.</summary>
public sealed class ComputeIntentTests
{
    private static readonly string[] SensitiveNameParts = ["PASSWORD", "SECRET", "TOKEN", "API_KEY", "PRIVATE_KEY", "ACCESS_KEY"];

    [Theory]
    [InlineData("development", 1, 1, 1)]
    [InlineData("production", 3, 2, 1)]
    public void The_seed_s_services_run_on_fargate_in_the_private_subnets(string environment, int backend, int worker, int beat)
    {
        var stack = WumboStacks.For(environment);

        foreach (var (name, count) in new[] { ("backend", backend), ("worker", worker), ("beat", beat) })
        {
            stack.HasResourceWithProperties("aws_ecs_service", new
            {
                name = $"{environment}-wumbo-{name}",
                desired_count = count,
                launch_type = "FARGATE",
                platform_version = "LATEST",
                network_configuration = new { assign_public_ip = false, subnets = Match.Present },
                deployment_circuit_breaker = new { enable = true, rollback = true },
                service_registries = new { registry_arn = Match.ReferenceTo("aws_service_discovery_service", "arn") },
            });
        }

        stack.HasResources("aws_ecs_service", 3);
        stack.HasResourceWithProperties("aws_ecs_cluster", new { name = $"{environment}-wumbo" });
    }

    [Fact]
    public void Container_insights_is_on_in_production_only()
    {
        WumboStacks.For("production").HasResourceWithProperties("aws_ecs_cluster", new { setting = new[] { new { name = "containerInsights", value = "enabled" } } });
        WumboStacks.For("development").HasResourceWithProperties("aws_ecs_cluster", new { setting = new[] { new { name = "containerInsights", value = "disabled" } } });
    }

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void Ci_owns_the_running_revision_and_beat_never_runs_twice(string environment)
    {
        var stack = WumboStacks.For(environment);

        stack.HasResourceWithProperties("aws_ecs_service", new
        {
            name = $"{environment}-wumbo-backend",
            lifecycle = new { ignore_changes = new[] { "task_definition", "desired_count" } },
            load_balancer = new[] { new { container_name = "backend", container_port = 8000, target_group_arn = Match.ReferenceTo("aws_lb_target_group", "arn") } },
        });
        stack.HasResourceWithProperties("aws_ecs_service", new
        {
            name = $"{environment}-wumbo-beat",
            lifecycle = new { ignore_changes = new[] { "task_definition" } },
            deployment_minimum_healthy_percent = 0,
            deployment_maximum_percent = 100,
        });
    }

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void Each_service_logs_to_its_own_group_for_the_model_s_retention(string environment)
    {
        var stack = WumboStacks.For(environment);
        var retention = WumboStacks.Model(environment).Monitoring.LogRetentionDays;

        foreach (var name in new[] { "backend", "worker", "beat", "migration" })
        {
            stack.HasResourceWithProperties("aws_cloudwatch_log_group", new { name = $"/aws/ecs/{environment}-wumbo-{name}", retention_in_days = retention });
        }
    }

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void Containers_are_read_only_unprivileged_log_to_cloudwatch_and_get_secrets_only_by_reference(string environment)
    {
        foreach (var taskDefinition in WumboStacks.For(environment).Resources("aws_ecs_task_definition"))
        {
            var container = Assert.Single(JsonencodeDecoder.Decode(taskDefinition["container_definitions"]!.Value.GetString()!).EnumerateArray());

            Assert.True(container.GetProperty("readonlyRootFilesystem").GetBoolean());
            Assert.False(container.GetProperty("privileged").GetBoolean());
            Assert.Equal("awslogs", container.GetProperty("logConfiguration").GetProperty("logDriver").GetString());
            Assert.EndsWith(":bootstrap", container.GetProperty("image").GetString(), StringComparison.Ordinal);
            Assert.All(container.GetProperty("environment").EnumerateArray(), variable =>
                Assert.DoesNotContain(SensitiveNameParts, part => variable.GetProperty("name").GetString()!.Contains(part, StringComparison.Ordinal)));
            Assert.All(container.GetProperty("secrets").EnumerateArray(), secret =>
                Assert.Matches("^\\$\\{aws_(secretsmanager_secret\\.[^}]+\\.arn|db_instance\\.[^}]+\\.master_user_secret\\[0\\]\\.secret_arn)\\}:[a-z_]+::$", secret.GetProperty("valueFrom").GetString()));
        }
    }

    [Fact]
    public void The_backend_receives_its_secrets_keys_and_the_database_credentials()
    {
        var backend = WumboStacks.For("development").HasResourceWithProperties("aws_ecs_task_definition", new { family = "development-wumbo-backend" });
        var container = JsonencodeDecoder.Decode(backend["container_definitions"]!.Value.GetString()!)[0];

        Assert.Equal(
            ["DATABASE_USERNAME", "DATABASE_PASSWORD", "PLAID_CLIENT_ID", "PLAID_SECRET", "PLAID_ENVIRONMENT", "APP_SECURITY_JWT_SECRET_KEY", "APP_SECURITY_ALGORITHM"],
            container.GetProperty("secrets").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(8000, container.GetProperty("portMappings")[0].GetProperty("containerPort").GetInt32());
    }

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void Task_definitions_have_the_model_s_sizes_on_graviton_with_separate_roles(string environment)
    {
        var stack = WumboStacks.For(environment);

        stack.HasResourceWithProperties("aws_ecs_task_definition", new { family = $"{environment}-wumbo-beat", cpu = "256", memory = "512" });
        stack.EveryResourceHasProperties("aws_ecs_task_definition", new
        {
            network_mode = "awsvpc",
            requires_compatibilities = new[] { "FARGATE" },
            runtime_platform = new { cpu_architecture = "ARM64", operating_system_family = "LINUX" },
            execution_role_arn = Match.ReferenceTo("aws_iam_role", "arn"),
            task_role_arn = Match.ReferenceTo("aws_iam_role", "arn"),
        });
        foreach (var taskDefinition in stack.Resources("aws_ecs_task_definition"))
        {
            Assert.NotEqual(taskDefinition["execution_role_arn"]!.Value.GetString(), taskDefinition["task_role_arn"]!.Value.GetString());
        }
    }

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void Backend_and_worker_scale_on_cpu_and_memory_and_beat_does_not(string environment)
    {
        var stack = WumboStacks.For(environment);

        stack.HasResources("aws_appautoscaling_target", 2);
        stack.HasResources("aws_appautoscaling_policy", 4);
        stack.HasResourceWithProperties("aws_appautoscaling_target", new { resource_id = Match.Pattern($"^service/{environment}-wumbo/\\$\\{{aws_ecs_service\\.compute_backend_service_[0-9A-F]{{8}}\\.name\\}}$") });
        Assert.Empty(stack.ResourcesWithProperties("aws_appautoscaling_target", new { resource_id = Match.Pattern("beat") }));
    }

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void The_load_balancer_serves_https_with_a_modern_policy_and_redirects_http(string environment)
    {
        var stack = WumboStacks.For(environment);

        stack.HasResourceWithProperties("aws_lb", new { name = $"{environment}-wumbo-api", @internal = false, drop_invalid_header_fields = true, load_balancer_type = "application" });
        stack.HasResourceWithProperties("aws_lb_listener", new
        {
            port = 443,
            protocol = "HTTPS",
            ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06",
            certificate_arn = Match.ReferenceTo("aws_acm_certificate_validation", "certificate_arn"),
            default_action = new[] { new { type = "forward" } },
        });
        stack.HasResourceWithProperties("aws_lb_listener", new
        {
            port = 80,
            protocol = "HTTP",
            default_action = new[] { new { type = "redirect", redirect = new { port = "443", protocol = "HTTPS", status_code = "HTTP_301" } } },
        });
        stack.HasResourceWithProperties("aws_lb_target_group", new { target_type = "ip", port = 8000, health_check = new { path = "/health", matcher = "200" } });
    }

    [Fact]
    public void Production_puts_a_waf_with_managed_rules_in_front_of_the_load_balancer_and_logs_its_access()
    {
        var stack = WumboStacks.For("production");

        var acl = stack.HasResourceWithProperties("aws_wafv2_web_acl", new { scope = "REGIONAL", default_action = new { allow = new { } } });
        Assert.Contains("AWSManagedRulesKnownBadInputsRuleSet", acl.Body.GetRawText(), StringComparison.Ordinal);
        stack.HasResourceWithProperties("aws_wafv2_web_acl_association", new { resource_arn = Match.ReferenceTo("aws_lb", "arn") });
        stack.HasResourceWithProperties("aws_wafv2_web_acl_logging_configuration", new { log_destination_configs = new[] { Match.ReferenceTo("aws_cloudwatch_log_group", "arn") } });
        stack.HasResourceWithProperties("aws_lb", new { enable_deletion_protection = true, access_logs = new { enabled = true, bucket = Match.ReferenceTo("aws_s3_bucket", "id") } });
        WumboStacks.For("development").HasNoResource("aws_wafv2_web_acl");
    }

    [Theory]
    [MemberData(nameof(WumboStacks.Names), MemberType = typeof(WumboStacks))]
    public void The_migration_runs_alembic_from_the_migration_image_and_the_stack_says_how_to_start_it(string environment)
    {
        var stack = WumboStacks.For(environment);

        var migration = stack.HasResourceWithProperties("aws_ecs_task_definition", new { family = $"{environment}-wumbo-migration" });
        var container = JsonencodeDecoder.Decode(migration["container_definitions"]!.Value.GetString()!)[0];
        Assert.Equal(["alembic", "upgrade", "head"], container.GetProperty("command").EnumerateArray().Select(c => c.GetString()));
        Assert.StartsWith("${aws_ecr_repository.ecr_migration_", container.GetProperty("image").GetString(), StringComparison.Ordinal);
        Assert.StartsWith($"aws ecs run-task --region us-east-1 --cluster {environment}-wumbo --task-definition ", stack.HasOutput("migration_command")["value"]!.Value.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Container_definitions_are_json_strings_for_terraform()
    {
        var definitions = WumboStacks.For("staging").Resources("aws_ecs_task_definition")[0]["container_definitions"]!.Value;

        Assert.Equal(JsonValueKind.String, definitions.ValueKind);
        Assert.StartsWith("${jsonencode([", definitions.GetString(), StringComparison.Ordinal);
    }
}
