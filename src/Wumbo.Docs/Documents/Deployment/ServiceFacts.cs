using System.Globalization;
using Wumbo.Docs.Rendering;
using Wumbo.Model.Domain;

namespace Wumbo.Docs.Documents.Deployment;

/// <summary>
/// One Fargate service: its ECS name and log group (from <see cref="EnvironmentNames"/>), the image's repository,
/// size, task counts, and its autoscaling targets as one phrase ("none" for a fixed count).
/// </summary>
public sealed record ServiceFacts(
    string ShortName,
    string Name,
    string Role,
    string Repository,
    int Cpu,
    int Memory,
    int DesiredCount,
    int MinCount,
    int MaxCount,
    string Autoscaling,
    string LogGroup)
{
    public static ServiceFacts From(EnvironmentModel model, ServiceDefinition service)
    {
        var names = model.Names;
        return new(
            service.Name,
            names.Service(service),
            service.Role.WireName(),
            names.Repository(service.ImageRepository),
            service.Cpu,
            service.Memory,
            service.DesiredCount,
            service.MinCount,
            service.MaxCount,
            Targets(service.Autoscaling),
            names.ServiceLogGroup(service));
    }

    private static string Targets(AutoscalingTargets? targets)
    {
        var parts = new[] { ("CPU", targets?.CpuPercent), ("memory", targets?.MemoryPercent) }
            .Where(t => t.Item2 is not null)
            .Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Item1} {t.Item2} %"))
            .ToList();
        return parts.Count == 0 ? "none" : string.Join(", ", parts);
    }
}
