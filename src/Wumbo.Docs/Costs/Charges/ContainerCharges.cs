using System.Collections.Immutable;
using System.Globalization;
using static Wumbo.Docs.Costs.QuantityRange;

namespace Wumbo.Docs.Costs.Charges;

/// <summary>
/// The Fargate services, the Cloud Map namespace they register in, and the images they run. Only services are billed:
/// the migration task definition has no service and runs only for the minutes a migration takes, so it is left out.
/// </summary>
internal static class ContainerCharges
{
    public static ImmutableArray<ResourceCharge> Resources { get; } =
    [
        PerRunningTask("cpu", "vCPU", "vCPU-hours", "vcpu"),
        PerRunningTask("memory", "GB of memory", "GB-hours", "gb"),

        // A private DNS namespace is a Route 53 private hosted zone, billed as one.
        new("aws_service_discovery_private_dns_namespace", "zone-months",
            _ => "Private DNS namespace (a Route 53 private hosted zone)", _ => "route53-hosted-zone-month", _ => Exactly(1)),

        // Each running task of the service that registers here is one registered instance.
        new("aws_service_discovery_service", "instance-months",
            _ => "Registered instances, one per running task",
            _ => "cloudmap-registered-instance-month",
            d => d.ReferredToBy("aws_ecs_service", s => s.BlockText("service_registries", "registry_arn"))
                .Select(RunningTasks)
                .Aggregate(Exactly(0), (sum, tasks) => sum.Plus(tasks))),
    ];

    public static ImmutableArray<UsageCharge> Usage { get; } =
    [
        new("aws_ecr_repository", "GB-months", "Images stored in the repositories", "ecr-storage-gb-month", u => u.EcrStorageGb),
    ];

    /// <summary>Fargate bills each running task's vCPU or memory by the hour, at the rate of its platform (ARM or x86).</summary>
    private static ResourceCharge PerRunningTask(string sizeArgument, string what, string unit, string priceKind) =>
        new("aws_ecs_service", unit,
            s => string.Create(CultureInfo.InvariantCulture, $"{TaskSize(s, sizeArgument):0.###} {what} per task ({PlatformName(s)})"),
            s => $"fargate-{PlatformId(s)}-{priceKind}-hour",
            s => HoursOf(RunningTasks(s)).Times(TaskSize(s, sizeArgument)))
        {
            AppliesTo = IsFargate,
        };

    private static bool IsFargate(ChargedResource service) => service.Text("launch_type") == "FARGATE";

    /// <summary>Autoscaling's range where a target scales the service, else its fixed desired count (Terraform's default: 0).</summary>
    private static QuantityRange RunningTasks(ChargedResource service)
    {
        var target = service.ReferredToBy("aws_appautoscaling_target", t => t.Text("resource_id")).FirstOrDefault();
        return target is null
            ? Exactly(service.Number("desired_count") ?? 0m)
            : new QuantityRange(target.Number("min_capacity") ?? 0m, target.Number("max_capacity") ?? 0m);
    }

    /// <summary>vCPUs (from CPU units) or GB (from MiB) per task, from the task definition the service runs.</summary>
    private static decimal TaskSize(ChargedResource service, string argument) =>
        (TaskDefinition(service).NumberText(argument)
            ?? throw new InvalidOperationException($"the task definition of {service.Address} has no '{argument}'")) / 1024m;

    /// <summary>The operating system and CPU architecture as the task definition writes them (<c>LINUX/ARM64</c>); Fargate's default is LINUX/X86_64.</summary>
    private static string PlatformName(ChargedResource service)
    {
        var task = TaskDefinition(service);
        var system = task.BlockText("runtime_platform", "operating_system_family") ?? "LINUX";
        var architecture = task.BlockText("runtime_platform", "cpu_architecture") ?? "X86_64";
        return $"{system}/{architecture}";
    }

    /// <summary>The catalog's name of the platform: <c>fargate-linux-arm64-…</c>.</summary>
    private static string PlatformId(ChargedResource service) => PlatformName(service).Replace('/', '-').ToLowerInvariant();

    private static ChargedResource TaskDefinition(ChargedResource service) =>
        service.Follow("aws_ecs_task_definition", service.Text("task_definition"))
            ?? throw new InvalidOperationException($"{service.Address} runs a task definition the stack does not hold");
}
