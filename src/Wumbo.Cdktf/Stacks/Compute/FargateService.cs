using Wumbo.Cdktf.Aws;
using Wumbo.Cdktf.Constructs;
using Wumbo.Model.Domain;

namespace Wumbo.Cdktf.Stacks;

/// <summary>
/// One ECS service of the model (<c>&lt;env&gt;-wumbo-&lt;name&gt;</c>): its log group, security group, task role,
/// task definition, Cloud Map name and the service itself, in the private subnets without public IPs
/// (SECURITY-RULES C3) on the latest Fargate platform (C8). Deployments stop and roll back when tasks do not
/// become healthy. The API sits behind the load balancer; the scheduler never runs twice, even while it is
/// replaced (Celery beat would send every periodic task twice).
/// </summary>
internal sealed class FargateService : Construct
{
    private const string Anywhere = "0.0.0.0/0";

    public FargateService(Construct scope, string id, StackContext context, ServiceDefinition service, ContainerSettings containers, ServiceWiring wiring)
        : base(scope, id)
    {
        Definition = service;
        ModelOrigin.Record(this, FormattableString.Invariant($"compute.services[{context.Environment.Compute.Services.IndexOf(service)}]"));
        var names = context.Names;
        var dependencies = wiring.Dependencies;
        var isApi = service.Role == ServiceRole.Api;
        // Celery beat only schedules: it needs the broker, not the database, and sends no e-mail.
        var usesDatabase = service.Role != ServiceRole.Scheduler;
        var sendsEmail = service.Role != ServiceRole.Scheduler;
        LogGroup = LogGroups.Create(this, "log-group", context, names.ServiceLogGroup(service), context.Environment.Monitoring.LogRetentionDays);

        SecurityGroup = SecurityGroups.Create(this, dependencies.Network, names.Service(service), $"Tasks of the {service.Name} service");
        _ = SecurityGroupRules.AllowTcpTo(this, "https-out", SecurityGroup, Anywhere, 443, "HTTPS to AWS APIs (through the endpoints) and to Plaid and SES (through NAT)");
        SecurityGroupRules.AllowTcp(this, "to-cache", SecurityGroup, dependencies.Cache.SecurityGroup, Cache.Port, $"Redis from the {service.Name} tasks");
        if (usesDatabase)
        {
            SecurityGroupRules.AllowTcp(this, "to-database", SecurityGroup, dependencies.Database.SecurityGroup, Database.Port, $"PostgreSQL from the {service.Name} tasks");
        }

        if (isApi)
        {
            SecurityGroupRules.AllowTcp(this, "from-load-balancer", wiring.LoadBalancer.SecurityGroup, SecurityGroup, service.Port!.Value, $"The load balancer to the {service.Name} tasks");
        }

        TaskRole = TaskRoles.Create(this, context, names.TaskRole(service), $"The {service.Name} containers' own permissions", dependencies.Cache, sendsEmail);
        var containerSpec = new ContainerSpec(service.Name, service.ImageRepository, service.Command, service.Port, LogGroup, service.Secrets, usesDatabase, UsesCache: true, sendsEmail);
        var taskDefinition = TaskDefinitions.Create(this, "task-definition", context, names.Service(service), service.Cpu, service.Memory, TaskRole, containers.ExecutionRole, containers.Definitions(containerSpec));
        var discovery = new AwsServiceDiscoveryService(this, "discovery", new AwsServiceDiscoveryServiceConfig
        {
            Name = service.Name,
            Description = $"The {service.Name} tasks' private DNS name",
            DnsConfig = new AwsServiceDiscoveryServiceDnsConfig
            {
                NamespaceId = wiring.Namespace.Id,
                RoutingPolicy = "MULTIVALUE",
                DnsRecords = [new AwsServiceDiscoveryServiceDnsConfigDnsRecords { Ttl = 10, Type = "A" }],
            },
            HealthCheckCustomConfig = new AwsServiceDiscoveryServiceHealthCheckCustomConfig(),
        });

        Service = new AwsEcsService(this, "service", new AwsEcsServiceConfig
        {
            Name = names.Service(service),
            Cluster = wiring.Cluster.Arn,
            TaskDefinition = taskDefinition.Arn,
            DesiredCount = service.DesiredCount,
            LaunchType = "FARGATE",
            PlatformVersion = "LATEST",
            PropagateTags = "SERVICE",
            EnableEcsManagedTags = true,
            EnableExecuteCommand = false,
            WaitForSteadyState = false,
            DeploymentMinimumHealthyPercent = service.Role == ServiceRole.Scheduler ? 0 : 100,
            DeploymentMaximumPercent = service.Role == ServiceRole.Scheduler ? 100 : 200,
            DeploymentCircuitBreaker = new AwsEcsServiceDeploymentCircuitBreaker { Enable = true, Rollback = true },
            NetworkConfiguration = new AwsEcsServiceNetworkConfiguration
            {
                Subnets = dependencies.Network.SubnetIds(SubnetTier.Private),
                SecurityGroups = [SecurityGroup.Id],
                AssignPublicIp = false,
            },
            ServiceRegistries = new AwsEcsServiceServiceRegistries { RegistryArn = discovery.Arn },
            LoadBalancer = isApi
                ? [new AwsEcsServiceLoadBalancer { TargetGroupArn = wiring.LoadBalancer.TargetGroup.Arn, ContainerName = service.Name, ContainerPort = service.Port!.Value }]
                : null,
            HealthCheckGracePeriodSeconds = isApi ? 60 : null,
            // CI owns which revision runs; autoscaling owns how many tasks run.
            Lifecycle = new TerraformLifecycle { IgnoreChanges = service.Autoscaling is null ? ["task_definition"] : ["task_definition", "desired_count"] },
            DependsOn = isApi ? [wiring.LoadBalancer.HttpsListener] : null,
        });
        if (service.Autoscaling is { } targets)
        {
            _ = new ServiceAutoscaling(this, "autoscaling", context, service, targets, Service);
        }
    }

    public ServiceDefinition Definition { get; }

    public AwsCloudwatchLogGroup LogGroup { get; }

    public AwsSecurityGroup SecurityGroup { get; }

    public AwsIamRole TaskRole { get; }

    public AwsEcsService Service { get; }
}
