using System.Collections.Immutable;
using System.ComponentModel;

namespace Wumbo.Model.Domain;

[Description("ECS on Fargate: the cluster, its services, the load balancer and service discovery.")]
public sealed record ComputeSettings(
    [Description("CloudWatch Container Insights on the cluster.")]
    bool ContainerInsights,
    [Description("CPU architecture of every task: arm64 (Graviton, cheaper) or x86_64.")]
    CpuArchitecture CpuArchitecture,
    [Description("Private DNS namespace (AWS Cloud Map) the services register in.")]
    string ServiceDiscoveryNamespace,
    [Description("The application load balancer in front of the API.")]
    LoadBalancerSettings LoadBalancer,
    [Description("The Fargate services.")]
    ImmutableArray<ServiceDefinition> Services,
    [Description("The one-off task that migrates the database (alembic upgrade head), started by CI or by hand.")]
    MigrationTask Migration);

[Description("The database migration task: a task definition, not a service.")]
public sealed record MigrationTask(
    [Description("Id of the ECR repository the migration image comes from.")]
    string ImageRepository,
    [Description("Task CPU units; must pair with memory as Fargate allows.")]
    int Cpu,
    [Description("Task memory in MiB.")]
    int Memory,
    [Description("Container command.")]
    ImmutableArray<string> Command);

public enum CpuArchitecture
{
    [WireName("arm64")]
    Arm64,
    [WireName("x86_64")]
    X86,
}
