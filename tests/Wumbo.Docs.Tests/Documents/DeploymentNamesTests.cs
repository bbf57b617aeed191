using Wumbo.Docs.Costs;
using Wumbo.Docs.Documents.Deployment;
using Wumbo.Docs.Stacks;
using Wumbo.Docs.Tests.Support;

namespace Wumbo.Docs.Tests.Documents;

/// <summary>
/// Every AWS name DEPLOYMENT.md gives is printed and exists in that environment's synthesized stack, as the name
/// argument of a resource of the right type: the docs name what is deployed, never a guess.
/// </summary>
public sealed class DeploymentNamesTests
{
    public static TheoryData<string> Environments() => ["development", "staging", "production"];

    [Theory]
    [MemberData(nameof(Environments))]
    public void Every_name_the_document_gives_exists_in_the_stack(string environment)
    {
        var model = CheckedIn.Model(environment);
        var stack = CheckedIn.Context.Stack(model);
        var facts = DeploymentView.From(CheckedIn.Context, [.. CheckedIn.Context.Environments.Select(e => CostEstimator.Estimate(e, CheckedIn.Context.Stack(e)))])
            .Environments.Single(e => e.Name == environment);
        var text = CheckedIn.Document("DEPLOYMENT.md");
        var compute = facts.Compute;
        var hosts = stack.Texts("aws_route53_record", "name")
            .Concat(stack.Texts("aws_acm_certificate", "domain_name"))
            .Concat(stack.Texts("aws_amplify_domain_association", "domain_name"))
            .ToHashSet(StringComparer.Ordinal);

        (string Name, string Type, string Argument)[] named =
        [
            .. compute.Services.Select(s => (s.Name, "aws_ecs_service", "name")),
            .. compute.Services.Select(s => (s.LogGroup, "aws_cloudwatch_log_group", "name")),
            .. facts.Monitoring.LogGroups.Select(g => (g.Name, "aws_cloudwatch_log_group", "name")),
            (compute.Migration.LogGroup, "aws_cloudwatch_log_group", "name"),
            (facts.Network.FlowLogGroup, "aws_cloudwatch_log_group", "name"),
            .. facts.Secrets.Select(s => (s.Name, "aws_secretsmanager_secret", "name")),
            (facts.Monitoring.AlarmTopic, "aws_sns_topic", "name"),
            .. facts.Monitoring.Alarms.Select(a => (a.Name, "aws_cloudwatch_metric_alarm", "alarm_name")),
            .. facts.Registry.Repositories.Select(r => (r, "aws_ecr_repository", "name")),
            (facts.Registry.Ci.PrincipalName, "aws_iam_role", "name"),
            (compute.Cluster, "aws_ecs_cluster", "name"),
            (compute.LoadBalancer.Name, "aws_lb", "name"),
            (compute.Migration.Family, "aws_ecs_task_definition", "family"),
            (compute.Namespace, "aws_service_discovery_private_dns_namespace", "name"),
            (facts.Database.Identifier, "aws_db_instance", "identifier"),
            (facts.Cache.Id, "aws_elasticache_replication_group", "replication_group_id"),
        ];

        Assert.All(named, n =>
        {
            Assert.Contains(n.Name, stack.Texts(n.Type, n.Argument));
            Assert.Contains("`" + n.Name + "`", text, StringComparison.Ordinal);
        });
        Assert.All([facts.Edge.ApiHost, facts.Edge.WebHost, facts.Edge.Certificate], host =>
        {
            Assert.Contains(host, hosts);
            Assert.Contains("`" + host + "`", text, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public void The_names_are_the_ones_environment_names_derives(string environment)
    {
        var model = CheckedIn.Model(environment);
        var names = model.Names;
        var compute = ComputeFacts.From(model, CheckedIn.Context.Stack(model));

        Assert.Equal(model.Compute.Services.Select(names.Service), compute.Services.Select(s => s.Name));
        Assert.Equal(model.Compute.Services.Select(names.ServiceLogGroup), compute.Services.Select(s => s.LogGroup));
        Assert.Equal(names.MigrationLogGroup, compute.Migration.LogGroup);
        Assert.Equal(names.Migration, compute.Migration.Family);
        Assert.Equal(model.Security.Secrets.Select(s => names.Secret(s.Id)), SecretFacts.From(model).Select(s => s.Name));
    }

    [Fact]
    public void The_stack_s_own_names_are_read_where_the_model_has_none()
    {
        var production = CheckedIn.Model("production");
        StackFacts stack = CheckedIn.Context.Stack(production);

        var monitoring = MonitoringFacts.From(production, stack);

        Assert.Contains(new LogGroupFacts("aws-waf-logs-production-wumbo", "WAF request logs", 90), monitoring.LogGroups);
        Assert.Contains(new LogGroupFacts("/aws/vpc/production-wumbo-flow-logs", "VPC flow logs", 365), monitoring.LogGroups);
        Assert.Contains(new LogGroupFacts("/aws/rds/instance/production-wumbo/postgresql", "the database's postgresql log", 90), monitoring.LogGroups);
        Assert.DoesNotContain(monitoring.LogGroups, g => g.Holds == "other logs");
        Assert.Equal(16, monitoring.Alarms.Length);
    }
}
