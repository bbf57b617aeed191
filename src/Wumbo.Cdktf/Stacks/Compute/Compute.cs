using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Aws.Iam;
using Wumbo.Cdktf.Constructs;
using Wumbo.Model.Domain;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// The seed's ComputeStack: the ECS cluster (Container Insights as the model says, SECURITY-RULES C4), the
/// Cloud Map namespace the services register in, the load balancer, one <see cref="FargateService"/> per
/// model service, the migration task, and the execution role ECS starts every task with.
/// </summary>
internal sealed class Compute : Construct
{
    public Compute(Construct scope, string id, StackContext context, ComputeDependencies dependencies)
        : base(scope, id)
    {
        ModelOrigin.Record(this, "compute");
        var settings = context.Environment.Compute;
        var names = context.Names;
        Cluster = new AwsEcsCluster(this, "cluster", new AwsEcsClusterConfig
        {
            Name = names.Cluster,
            Setting = [new AwsEcsClusterSetting { Name = "containerInsights", Value = settings.ContainerInsights ? "enabled" : "disabled" }],
        });
        ModelOrigin.Record(Cluster, ("setting", "compute.container_insights"));
        var network = dependencies.Network;
        var @namespace = new AwsServiceDiscoveryPrivateDnsNamespace(this, "namespace", new AwsServiceDiscoveryPrivateDnsNamespaceConfig
        {
            Name = settings.ServiceDiscoveryNamespace,
            Description = $"Private DNS names of {context.Environment.Name}'s services",
            Vpc = network.Vpc.Id,
        });
        ExecutionRole = ServiceRoles.Create(this, "execution-role", context, names.Resource("task-execution"), "ecs-tasks.amazonaws.com", "ECS pulls images, writes logs and reads secrets for the tasks");
        LoadBalancer = new LoadBalancer(this, "load-balancer", context, network, dependencies.Certificate);

        var containers = new ContainerSettings(context, dependencies, ExecutionRole);
        Services = [.. settings.Services.Select(service => new FargateService(this, service.Name, context, service, containers, new ServiceWiring(Cluster, @namespace, LoadBalancer, dependencies)))];
        Migration = new MigrationTask(this, "migration", context, containers, dependencies);
        _ = ServiceRoles.Grant(this, "execution-role-policy", ExecutionRole, ExecutionPermissions(context, dependencies, [.. Services.Select(s => s.LogGroup), Migration.LogGroup], containers));
    }

    public AwsEcsCluster Cluster { get; }

    public AwsIamRole ExecutionRole { get; }

    public LoadBalancer LoadBalancer { get; }

    public IReadOnlyList<FargateService> Services { get; }

    public MigrationTask Migration { get; }

    public FargateService Api => Services.Single(s => s.Definition.Role == ServiceRole.Api);

    /// <summary>What CI deploys: the services, the migration, and the roles it registers task definitions with.</summary>
    public CiDeployTargets DeployTargets(StackContext context) => new(
        [.. Services.Select(s => context.Names.Service(s.Definition))],
        context.Names.Migration,
        [ExecutionRole.Arn, .. Services.Select(s => s.TaskRole.Arn), Migration.TaskRole.Arn]);

    // Only what starting the tasks needs: pull this environment's images, write to its log groups, and read the
    // secrets its containers receive (and, in production, decrypt them with the key).
    private static List<PolicyStatement> ExecutionPermissions(
        StackContext context, ComputeDependencies dependencies, IReadOnlyList<AwsCloudwatchLogGroup> logGroups, ContainerSettings containers)
    {
        List<PolicyStatement> statements =
        [
            PolicyStatement.Allow("LogInToEcr", ["ecr:GetAuthorizationToken"], "*"),
            PolicyStatement.Allow(
                "PullImages",
                ["ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"],
                [.. dependencies.Repositories.Values.Select(r => r.Arn)]),
            PolicyStatement.Allow("WriteLogs", ["logs:CreateLogStream", "logs:PutLogEvents"], ServiceRoles.WithChildren(logGroups.Select(g => g.Arn))),
            PolicyStatement.Allow("ReadContainerSecrets", ["secretsmanager:GetSecretValue"], containers.SecretArns),
        ];
        if (context.KeyArn is { } key)
        {
            statements.Add(PolicyStatement.Allow("DecryptContainerSecrets", ["kms:Decrypt"], key));
        }

        return statements;
    }
}
