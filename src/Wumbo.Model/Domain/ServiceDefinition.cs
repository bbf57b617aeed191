using System.Collections.Immutable;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Wumbo.Model.Domain;

[Description("One Fargate service: backend API, Celery worker or Celery beat.")]
public sealed record ServiceDefinition(
    [Description("Short name; the ECS service is named <env>-wumbo-<name>.")]
    [RegularExpression("^[a-z][a-z0-9-]{0,30}$")]
    string Name,
    [Description("api (behind the load balancer), worker, or scheduler (Celery beat: exactly one task).")]
    ServiceRole Role,
    [Description("Id of the ECR repository the image comes from.")]
    string ImageRepository,
    [Description("Task CPU units (256 = 0.25 vCPU); must pair with memory as Fargate allows.")]
    int Cpu,
    [Description("Task memory in MiB.")]
    int Memory,
    [Description("Tasks normally running.")]
    [Range(0, 100)]
    int DesiredCount,
    [Description("Fewest tasks autoscaling may leave.")]
    [Range(0, 100)]
    int MinCount,
    [Description("Most tasks autoscaling may start.")]
    [Range(0, 100)]
    int MaxCount,
    [Description("Container port; required for the api role.")]
    [Range(1, 65535)]
    int? Port,
    [Description("Load balancer health-check path; required for the api role.")]
    string? HealthCheckPath,
    [Description("Container command.")]
    ImmutableArray<string> Command,
    [Description("Ids of the security.secrets whose keys the containers receive as environment variables (<ID>_<KEY>, read through valueFrom). The database credentials are always given.")]
    ImmutableArray<string> Secrets,
    [Description("Target-tracking autoscaling; absent means a fixed task count.")]
    AutoscalingTargets? Autoscaling);

public enum ServiceRole
{
    [WireName("api")]
    Api,
    [WireName("worker")]
    Worker,
    [WireName("scheduler")]
    Scheduler,
}

[Description("Target-tracking autoscaling targets in percent.")]
public sealed record AutoscalingTargets(
    [Description("Average CPU utilisation to hold.")]
    [Range(1, 100)]
    int? CpuPercent,
    [Description("Average memory utilisation to hold.")]
    [Range(1, 100)]
    int? MemoryPercent);
